package lint

import (
	"encoding/json"
	"io"
)

// writeSARIF prints a SARIF 2.1.0 log, the format GitHub code scanning
// uploads (github/codeql-action/upload-sarif). Every rule is described in
// the tool's driver, each result points at its rule by index, and locations
// are relative to the repository root (%SRCROOT%). Columns are counted in
// Unicode characters, as the findings count them.
func writeSARIF(w io.Writer, findings []Finding, version string) error {
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
		rules[i] = rule{ID: r.Name, Name: r.Name, ShortDescription: text{r.Summary}, FullDescription: text{r.Summary},
			DefaultConfiguration: config{string(r.Severity)}, HelpURI: helpURI}
	}
	results := make([]result, 0, len(findings))
	for _, f := range findings {
		loc := physical{ArtifactLocation: artifact{URI: f.File, URIBaseID: "%SRCROOT%"}}
		// SARIF regions start at line 1; a finding about the whole file
		// (line 0) is shown on its first line.
		loc.Region = &region{StartLine: max(f.Line, 1), StartColumn: f.Column}
		results = append(results, result{RuleID: f.Rule, RuleIndex: index[f.Rule], Level: string(f.Severity),
			Message: text{f.Message}, Locations: []location{{loc}}})
	}
	log := map[string]any{
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"version": "2.1.0",
		"runs": []any{map[string]any{
			"tool": map[string]any{"driver": map[string]any{
				"name":           "tokki",
				"version":        version,
				"informationUri": helpURI,
				"rules":          rules,
			}},
			"columnKind": "unicodeCodePoints",
			"results":    results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

// helpURI is where the rules are documented.
const helpURI = "https://github.com/tokki-handbook/tokki#lint-rules"
