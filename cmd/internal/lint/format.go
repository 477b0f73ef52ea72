package lint

import (
	"io"
	"strconv"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// Formats are the output formats Write knows.
var Formats = []string{"text", "json", "github", "sarif"}

// Write prints findings in a format, with paths relative to the handbook
// root. version is tokki's version, for the SARIF tool description.
func Write(w io.Writer, format string, findings []Finding, version string) error {
	return WriteFrom(w, format, findings, version, Base{}, msg.English)
}

// WriteFrom is Write with paths shown from base (see BaseFor), and the
// words of its own (SARIF's rule descriptions) in lang.
func WriteFrom(w io.Writer, format string, findings []Finding, version string, base Base, lang msg.Lang) error {
	switch format {
	case "text":
		return writeText(w, findings, base)
	case "json":
		return writeJSON(w, findings, base)
	case "github":
		return writeGitHub(w, findings, base)
	case "sarif":
		return writeSARIF(w, findings, version, base, lang)
	}
	return lang.Errorf("unknown format %q; use one of text, json, github, sarif", format)
}

// printable writes each control character of s (a line break, an escape
// sequence, a bidirectional override) as a Go escape such as \n or \x1b:
// a file name may hold any of them, and in a line-based format one would
// forge a finding, a GitHub workflow command, or what the terminal shows.
// The characters in keep are left for the format to escape its own way.
func printable(s, keep string) string {
	escape := func(r rune) bool { return isControl(r) && !strings.ContainsRune(keep, r) }
	if !strings.ContainsFunc(s, escape) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if escape(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isControl reports whether r changes how a line reads rather than
// showing as a character: C0 and C1 controls, DEL, the line and paragraph
// separators, and the bidirectional controls.
func isControl(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r < 0xa0, r == 0x2028, r == 0x2029:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}
