package lint

import (
	"encoding/json"
	"io"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// writeSARIF prints a SARIF 2.1.0 log, the format GitHub code scanning
// uploads (github/codeql-action/upload-sarif). Every rule is described in
// the tool's driver, each result points at its rule by index, and locations
// are URIs relative to %SRCROOT%, the base (the repository root, where
// code scanning looks for them), which originalUriBaseIds gives as an
// absolute file: URI when it is known. Columns are counted in Unicode
// characters, as the findings count them.
func writeSARIF(w io.Writer, findings []Finding, version string, base Base, lang msg.Lang) error {
	type text struct {
		Text string `json:"text"`
	}
	type config struct {
		Level string `json:"level"`
	}
	type rule struct {
		ID                   string `json:"id"`
		Name                 string `json:"name"`
		ShortDescription     text   `json:"shortDescription"`
		FullDescription      text   `json:"fullDescription"`
		DefaultConfiguration config `json:"defaultConfiguration"`
		HelpURI              string `json:"helpUri,omitempty"`
	}
	type region struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
	}
	type artifact struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId"`
	}
	type physical struct {
		ArtifactLocation artifact `json:"artifactLocation"`
		Region           *region  `json:"region,omitempty"`
	}
	type location struct {
		PhysicalLocation physical `json:"physicalLocation"`
	}
	type result struct {
		RuleID    string     `json:"ruleId"`
		RuleIndex int        `json:"ruleIndex"`
		Level     string     `json:"level"`
		Message   text       `json:"message"`
		Locations []location `json:"locations"`
	}

	rules := make([]rule, len(Rules))
	index := map[string]int{}
	for i, r := range Rules {
		index[r.Name] = i
		rules[i] = rule{ID: r.Name, Name: r.Name, ShortDescription: text{lang.Text(r.Summary)}, FullDescription: text{lang.Text(r.Summary)},
			DefaultConfiguration: config{string(r.Severity)}, HelpURI: helpURI}
	}
	results := make([]result, 0, len(findings))
	for _, f := range findings {
		loc := physical{ArtifactLocation: artifact{URI: relativeURI(base.path(f.File)), URIBaseID: srcRoot}}
		// SARIF regions start at line 1; a finding about the whole file
		// (line 0) is shown on its first line.
		loc.Region = &region{StartLine: max(f.Line, 1), StartColumn: f.Column}
		results = append(results, result{RuleID: f.Rule, RuleIndex: index[f.Rule], Level: string(f.Severity),
			Message: text{f.Message}, Locations: []location{{loc}}})
	}
	run := map[string]any{
		"tool": map[string]any{"driver": map[string]any{
			"name":           "tokki",
			"version":        version,
			"informationUri": helpURI,
			"rules":          rules,
		}},
		"columnKind": "unicodeCodePoints",
		"results":    results,
	}
	if base.Dir != "" {
		run["originalUriBaseIds"] = map[string]any{srcRoot: map[string]any{
			"uri":         fileURI(base.Dir),
			"description": text{lang.Text("the root of the repository (or folder) the handbook is in")},
		}}
	}
	log := map[string]any{
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"version": "2.1.0",
		"runs":    []any{run},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

// srcRoot names the base in SARIF, as CodeQL and GitHub's documentation
// name the root of the checked-out source.
const srcRoot = "%SRCROOT%"

// helpURI is where the rules are documented.
const helpURI = "https://github.com/tokki-handbook/tokki#lint-rules"
