package lint

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// ListLimit is how many warnings Brief lets a build or serve list one by
// one. Past it they are counted by rule: a handbook whose 6,666 check items
// were never reviewed would otherwise print a megabyte of one warning
// during every build, burying the build's own messages; tokki lint lists
// them all.
const ListLimit = 20

// Brief splits findings for a command whose job is not linting: list is
// every finding when at most ListLimit are warnings, else only the errors
// (which stop a build, so they are always shown), and summary then counts
// the warnings left out by rule, most frequent first: "6,666 warnings
// (suspect 6,666)", in lang. summary is "" when nothing was left out.
func Brief(lang msg.Lang, findings []Finding) (list []Finding, summary string) {
	byRule := map[string]int{}
	warnings := 0
	for _, f := range findings {
		if f.Severity != Error {
			byRule[f.Rule]++
			warnings++
		}
	}
	if warnings <= ListLimit {
		return findings, ""
	}
	for _, f := range findings {
		if f.Severity == Error {
			list = append(list, f)
		}
	}
	rules := make([]string, 0, len(byRule))
	for r := range byRule {
		rules = append(rules, r)
	}
	slices.SortFunc(rules, func(a, b string) int {
		return cmp.Or(cmp.Compare(byRule[b], byRule[a]), strings.Compare(a, b))
	})
	counts := make([]string, len(rules))
	for i, r := range rules {
		counts[i] = r + " " + thousands(byRule[r])
	}
	return list, lang.Sprintf("%s warnings (%s)", thousands(warnings), strings.Join(counts, ", "))
}

// thousands writes n with commas between groups of three digits (6,666).
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// Command is the command that lists the findings of the handbook at
// source, as the user would type it in a shell.
func Command(source string) string {
	if source == "" || source == "." {
		return "tokki lint"
	}
	if strings.ContainsAny(source, " \t'\"$&;|<>()*?[]#~`\\") {
		source = "'" + strings.ReplaceAll(source, "'", `'\''`) + "'"
	}
	return "tokki lint --source " + source
}
