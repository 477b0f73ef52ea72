package lint

import (
	"encoding/json"
	"io"
)

// writeJSON prints the one object the content model specifies:
// {"findings": [...], "errors": N, "warnings": N}.
func writeJSON(w io.Writer, findings []Finding) error {
	errs, warns := Count(findings)
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
