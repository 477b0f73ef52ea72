package lint

import (
	"encoding/json"
	"io"
	"slices"
)

// writeJSON prints the one object the content model specifies:
// {"findings": [...], "errors": N, "warnings": N}.
func writeJSON(w io.Writer, findings []Finding, base Base) error {
	errs, warns := Count(findings)
	if base.Prefix != "" {
		findings = slices.Clone(findings)
		for i := range findings {
			findings[i].File = base.path(findings[i].File)
		}
	}
	if findings == nil {
		findings = []Finding{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Findings []Finding `json:"findings"`
		Errors   int       `json:"errors"`
		Warnings int       `json:"warnings"`
	}{findings, errs, warns})
}
