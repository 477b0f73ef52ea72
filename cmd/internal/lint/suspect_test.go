package lint

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/review"
)

func suspects(t *testing.T, fsys fstest.MapFS) []Finding {
	t.Helper()
	h, err := content.LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var out []Finding
	for _, f := range Run(h, Options{Now: today}) {
		if f.Rule == "suspect" {
			out = append(out, f)
		}
	}
	return out
}

// stamp gives the base's check items the fingerprint of clause C-09 as it
// is in fsys.
func stamp(t *testing.T, fsys fstest.MapFS) {
	t.Helper()
	fp, err := review.OfSource(fsys["clauses/c09.md"].Data)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"checklist/k1.md", "checklist/k2.md"} {
		s := strings.Replace(string(fsys[k].Data), "\n---\n", "\nreviewed_clause: "+fp.String()+"\n---\n", 1)
		fsys[k] = &fstest.MapFile{Data: []byte(s)}
	}
}

func TestSuspect(t *testing.T) {
	fsys := base()
	got := suspects(t, fsys)
	if len(got) != 2 || !strings.Contains(got[0].Message, "has not been reviewed against clause C-09") || got[0].Line != 2 {
		t.Fatalf("unstamped items: %s", dump(got))
	}

	stamp(t, fsys)
	if got := suspects(t, fsys); len(got) != 0 {
		t.Fatalf("stamped items are suspect: %s", dump(got))
	}

	// Formatting only: CRLF, trailing blanks, blank lines at the end.
	clause := string(fsys["clauses/c09.md"].Data)
	reformatted := strings.ReplaceAll(strings.ReplaceAll(clause, "に従う。\n", "に従う。   \n\n\n"), "\n", "\r\n")
	fsys["clauses/c09.md"] = &fstest.MapFile{Data: []byte(reformatted)}
	if got := suspects(t, fsys); len(got) != 0 {
		t.Fatalf("a formatting change made items suspect: %s", dump(got))
	}

	// A change of meaning names what changed, on the stamp's line.
	changed := strings.Replace(clause, "に従う。", "に従わなければならない。", 1)
	changed = strings.Replace(changed, "title: 再委託の禁止", "title: 再委託の制限", 1)
	fsys["clauses/c09.md"] = &fstest.MapFile{Data: []byte(changed)}
	got = suspects(t, fsys)
	if len(got) != 2 || !strings.Contains(got[0].Message, "clause C-09 changed (title, text) since check item K-09-1 was reviewed") || got[0].Line != 8 {
		t.Fatalf("after a change: %s", dump(got))
	}
	if r := RuleByName("suspect"); r == nil || r.Severity != Warning {
		t.Error("suspect must be a warning")
	}
}
