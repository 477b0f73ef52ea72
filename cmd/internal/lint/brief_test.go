package lint

import (
	"fmt"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

func TestBrief(t *testing.T) {
	warn := func(rule string, n int) []Finding {
		var fs []Finding
		for i := range n {
			fs = append(fs, Finding{Rule: rule, Severity: Warning, File: fmt.Sprintf("checklist/k%d.md", i), Line: 2})
		}
		return fs
	}
	failing := Finding{Rule: "required", Severity: Error, File: "clauses/a.md", Line: 3}
	for _, tc := range []struct {
		name     string
		findings []Finding
		listed   int
		summary  string
	}{
		{"few warnings are listed", append(warn("suspect", ListLimit), failing), ListLimit + 1, ""},
		{"many warnings are counted, errors listed", append(append(warn("suspect", 6666), warn("stale-review", 415)...), failing), 1,
			"7,081 warnings (suspect 6,666, stale-review 415)"},
		{"ties in name order", append(warn("width", 11), warn("term", 11)...), 0, "22 warnings (term 11, width 11)"},
		{"no findings", nil, 0, ""},
	} {
		list, summary := Brief(msg.English, tc.findings)
		if len(list) != tc.listed || summary != tc.summary {
			t.Errorf("%s: %d listed, summary %q; want %d, %q", tc.name, len(list), summary, tc.listed, tc.summary)
		}
		for _, f := range list {
			if len(list) < len(tc.findings) && f.Severity != Error {
				t.Errorf("%s: listed a warning although the warnings were counted", tc.name)
			}
		}
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 6666: "6,666", 1234567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q; want %q", n, got, want)
		}
	}
}

func TestCommand(t *testing.T) {
	for source, want := range map[string]string{
		".":                "tokki lint",
		"handbook":         "tokki lint --source handbook",
		"/srv/my handbook": `tokki lint --source '/srv/my handbook'`,
		"it's":             `tokki lint --source 'it'\''s'`,
	} {
		if got := Command(source); got != want {
			t.Errorf("Command(%q) = %q; want %q", source, got, want)
		}
	}
}
