// Package review keeps check items honest when their clause changes: a
// check item records the fingerprint of its clause as last reviewed
// (reviewed_clause), lint's suspect rule reports the items whose clause has
// changed since, and Stamp records a review in place, changing nothing else
// in the file.
package review

import (
	"crypto/sha256"
	"fmt"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// Fingerprint is the fingerprint of what gives a clause its meaning, in
// three parts so that a changed stamp can say what changed: the id and
// title, the text, and the rationale (解説). Each part is the first four
// hex digits of a SHA-256 of the part's text with what does not change
// its meaning removed: line endings, trailing blanks, blank lines at
// either end, and the typed text of links to other clauses, which every
// output replaces with the article's number there (so renumbering the
// handbook makes no check item suspect). Written "1a2b-3c4d-5e6f".
type Fingerprint struct {
	Title, Text, Rationale string

	// typedText and typedRationale are the text and rationale parts
	// with the links' typed text kept, as stamps written before tokki
	// left it out have them: a stamp that matches either is current.
	typedText, typedRationale string
}

// Of returns a clause's fingerprint.
func Of(c *content.Clause) Fingerprint {
	text, rationale := string(body(c.Doc)), c.Rationale
	return Fingerprint{
		Title:          part(c.ID + "\n" + c.Title),
		Text:           part(untyped(text, c.Path)),
		Rationale:      part(untyped(rationale, c.Path)),
		typedText:      part(text),
		typedRationale: part(rationale),
	}
}

// untyped is a clause's text (from the clause's file at path) with the
// typed text of its links to clauses left out.
func untyped(s, path string) string {
	return string(markdown.ResolveRefs([]byte(s), path, func(target string) (string, bool) {
		return "", strings.HasPrefix(target, "clauses/")
	}))
}

// body is the clause text without the blank lines that stand in for the
// front matter.
func body(d *content.Doc) []byte { return d.Body }

func part(s string) string {
	sum := sha256.Sum256([]byte(normalize(s)))
	return fmt.Sprintf("%x", sum[:2])
}

// normalize drops what does not change a text's meaning: CR, blanks at the
// ends of lines, and blank lines at the start and the end.
func normalize(s string) string {
	s = strings.ReplaceAll(s, "\r", "")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\u3000")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// OfSource returns the fingerprint of a clause given as the text of its
// file (used by the synthetic-handbook generator, which writes stamps).
func OfSource(src []byte) (Fingerprint, error) {
	h, err := content.LoadMap(map[string][]byte{"clauses/c.md": src})
	if err != nil {
		return Fingerprint{}, err
	}
	if len(h.Clauses) != 1 || !h.Clauses[0].Decoded {
		return Fingerprint{}, fmt.Errorf("not a clause")
	}
	return Of(h.Clauses[0]), nil
}

func (f Fingerprint) String() string { return f.Title + "-" + f.Text + "-" + f.Rationale }

// Parse reads a stamp written by String.
func Parse(s string) (Fingerprint, bool) {
	p := strings.Split(strings.TrimSpace(s), "-")
	if len(p) != 3 {
		return Fingerprint{}, false
	}
	for _, x := range p {
		if len(x) != 4 || strings.Trim(x, "0123456789abcdef") != "" {
			return Fingerprint{}, false
		}
	}
	return Fingerprint{Title: p[0], Text: p[1], Rationale: p[2]}, true
}

// Changes names the parts of the clause that differ from a stamp.
func (f Fingerprint) Changes(stamp Fingerprint) []string {
	var out []string
	if f.Title != stamp.Title {
		out = append(out, "title")
	}
	if f.Text != stamp.Text && f.typedText != stamp.Text {
		out = append(out, "text")
	}
	if f.Rationale != stamp.Rationale && f.typedRationale != stamp.Rationale {
		out = append(out, "rationale")
	}
	return out
}
