package content

import (
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// FuzzLoad feeds arbitrary bytes to the loader as a clause, a check item and
// a page. It must never panic, and every position it reports must lie in
// the file.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		clauseSrc,
		"",
		"---",
		"---\n",
		"---\n---\n",
		"---\n...\n本文",
		"\uFEFF---\r\nid: C-01\r\n---\r\n",
		"---\nid: [\n---\n",
		"---\na: &x [1]\nb: *x\nstages: *x\n---\n",
		"---\n? [a]\n: b\n---\n",
		"---\norder: 0x1F\nreviewed: 2026-02-30\n---\n",
		"---\nid: C-01\nid: C-02\n---\n",
		"---\n\xff\n---\n",
		"---\ntitle: \"\\u00\"\n---\n",
		"---\n<<: {title: x}\n---\n",
		"---\nincidents: [a, [b], {c: d}, ~]\n---\n[x](../a.md#b)\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, path := range []string{"clauses/a.md", "checklist/a.md", "content/_index.md", "content/incidents/a.md"} {
			h, err := LoadFS(fstest.MapFS{path: {Data: src}})
			if err != nil {
				t.Fatal(err)
			}
			d := h.Docs[0]
			lines := 1
			for _, b := range src {
				if b == '\n' || b == '\r' {
					lines++
				}
			}
			for _, p := range d.Problems {
				if p.Pos.Line < 0 || p.Pos.Line > lines+1 {
					t.Errorf("%s: problem at line %d of a %d-line file: %s", path, p.Pos.Line, lines, p.Message)
				}
				if !utf8.ValidString(p.Message) {
					t.Errorf("message is not UTF-8: %q", p.Message)
				}
			}
			for _, f := range d.Fields {
				if f.Key.Line < 2 || f.Key.Line > lines {
					t.Errorf("%s: key %s at line %d of a %d-line file", path, f.Name, f.Key.Line, lines)
				}
			}
		}
	})
}
