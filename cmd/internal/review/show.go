package review

import (
	"fmt"
	"io"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/compare"
	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// PartNames are the parts of a clause a fingerprint tells apart, as Changes
// names them, in the words editors use.
var PartNames = map[string]string{"title": "見出し", "text": "本文", "rationale": "解説"}

// ClauseAt reads a clause from the text of its file, at path (slash,
// relative to the handbook root) as it was then: an old version from Git.
func ClauseAt(path string, src []byte) (*content.Clause, error) {
	h, err := content.LoadMap(map[string][]byte{path: src})
	if err != nil {
		return nil, err
	}
	if len(h.Clauses) != 1 || !h.Clauses[0].Decoded {
		return nil, msg.Errorf("%s: not a clause whose front matter can be read", path)
	}
	return h.Clauses[0], nil
}

// Matches reports whether a clause is the one a stamp was taken of.
func Matches(c *content.Clause, stamp Fingerprint) bool {
	return len(Of(c).Changes(stamp)) == 0
}

// partText is a part of a clause as editors write it.
func partText(c *content.Clause, part string) string {
	switch part {
	case "title":
		return c.ID + "　" + c.Title
	case "text":
		return normalize(string(body(c.Doc)))
	case "rationale":
		return normalize(c.Rationale)
	}
	return ""
}

// WriteChanges writes, for each named part, the part of old (the clause as
// reviewed) and cur (as it is now) compared character by character, as
// git diff --word-diff writes it: [-removed-]{+added+}, the lines that did
// not change left out but for one on either side of a change. With old
// nil (the reviewed version is not known), it writes each part as it is now.
func WriteChanges(w io.Writer, old, cur *content.Clause, parts []string) {
	for _, p := range parts {
		fmt.Fprintf(w, "\n== %s (%s) ==\n", PartNames[p], p)
		now := partText(cur, p)
		if old == nil {
			for _, l := range strings.Split(now, "\n") {
				fmt.Fprintln(w, "  "+l)
			}
			continue
		}
		writeMarked(w, compare.Diff(partText(old, p), now))
	}
}

// writeMarked writes a comparison line by line, changed lines with "~ ",
// and "  …" where unchanged lines are left out.
func writeMarked(w io.Writer, ops []compare.Op) {
	type line struct {
		text    strings.Builder
		changed bool
	}
	lines := []*line{{}}
	for _, op := range ops {
		open, shut := "", ""
		switch op.Kind {
		case '-':
			open, shut = "[-", "-]"
		case '+':
			open, shut = "{+", "+}"
		}
		for i, seg := range strings.Split(op.Text, "\n") {
			if i > 0 {
				if open != "" {
					// A removed or added line break changes both lines.
					lines[len(lines)-1].changed = true
				}
				lines = append(lines, &line{})
				if open != "" {
					lines[len(lines)-1].changed = true
				}
			}
			l := lines[len(lines)-1]
			if seg == "" {
				continue
			}
			l.text.WriteString(open + seg + shut)
			if open != "" {
				l.changed = true
			}
		}
	}
	show := make([]bool, len(lines))
	for i, l := range lines {
		if l.changed {
			for j := max(0, i-1); j <= min(len(lines)-1, i+1); j++ {
				show[j] = true
			}
		}
	}
	skipped := false
	for i, l := range lines {
		if !show[i] {
			skipped = true
			continue
		}
		if skipped {
			fmt.Fprintln(w, "  …")
			skipped = false
		}
		mark := "  "
		if l.changed {
			mark = "~ "
		}
		fmt.Fprintln(w, mark+l.text.String())
	}
	if skipped {
		fmt.Fprintln(w, "  …")
	}
}
