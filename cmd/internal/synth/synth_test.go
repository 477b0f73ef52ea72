package synth

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/lint"
)

var today = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

func TestGenerateLintsClean(t *testing.T) {
	const clauses = 45
	dir := t.TempDir()
	files, err := Generate(dir, Options{Clauses: clauses, Seed: 7, Today: today})
	if err != nil {
		t.Fatal(err)
	}
	if files != Files(clauses) {
		t.Errorf("Generate wrote %d files, Files(%d) = %d", files, clauses, Files(clauses))
	}
	h, err := content.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Docs) != files || len(h.Clauses) != clauses || len(h.Checks) != 2*clauses {
		t.Errorf("loaded %d files, %d clauses, %d check items; want %d, %d, %d",
			len(h.Docs), len(h.Clauses), len(h.Checks), files, clauses, 2*clauses)
	}
	for _, f := range lint.Run(h, lint.Options{Now: today}) {
		t.Errorf("%s:%d:%d: %s [%s]", f.File, f.Line, f.Column, f.Message, f.Rule)
	}
	for _, cl := range h.Clauses {
		if n := utf8.RuneCountInString(cl.Rationale); n < 250 {
			t.Errorf("%s: rationale has %d characters; want a few hundred", cl.Path, n)
		}
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	read := func(seed int64) map[string][]byte {
		dir := t.TempDir()
		if _, err := Generate(dir, Options{Clauses: 30, Seed: seed, Today: today}); err != nil {
			t.Fatal(err)
		}
		out := map[string][]byte{}
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			out[strings.TrimPrefix(p, dir)] = b
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	a, b, other := read(1), read(1), read(2)
	if len(a) != len(b) {
		t.Fatalf("two runs wrote %d and %d files", len(a), len(b))
	}
	differ := 0
	for name, text := range a {
		if !bytes.Equal(text, b[name]) {
			t.Errorf("%s differs between two runs with the same options", name)
		}
		if !bytes.Equal(text, other[name]) {
			differ++
		}
	}
	if differ < len(a)/2 {
		t.Errorf("only %d of %d files change with the seed", differ, len(a))
	}
}

func TestGenerateRefusesNonEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(dir, Options{Clauses: 1}); err == nil {
		t.Error("Generate wrote into a folder that already had a file")
	}
}

func TestClausesFor(t *testing.T) {
	for n := 1; n < 500; n++ {
		if got := ClausesFor(Files(n)); got != n {
			t.Errorf("ClausesFor(Files(%d) = %d) = %d", n, Files(n), got)
		}
	}
	if n := ClausesFor(10000); Files(n) > 10000 || Files(n+1) <= 10000 {
		t.Errorf("ClausesFor(10000) = %d, whose handbook has %d files", n, Files(n))
	}
}

// Every slot a template names must exist, or its text would show "{name}".
func TestVocabSlotsExist(t *testing.T) {
	r := newRNG(0, "test", 0)
	for slot, words := range vocab {
		for _, w := range words {
			if s := r.expand(w); strings.ContainsAny(s, "{}") {
				t.Errorf("vocab[%q]: %q expands to %q, which names an unknown slot", slot, w, s)
			}
		}
	}
}

// The prose shape is the corpus of issue 19: long bodies with headings and
// no review stamps. It must lint clean but for one suspect warning per
// check item, and its bodies must be as long as asked.
func TestProseShape(t *testing.T) {
	dir := t.TempDir()
	opts := Shapes["prose"].Options(300)
	opts.Seed, opts.Today = 3, today
	files, err := Generate(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	if files != opts.Files() || files < 300 || files > 305 {
		t.Errorf("Generate wrote %d files, Options.Files() = %d; want about 300", files, opts.Files())
	}
	h, err := content.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Clauses) != 100 || len(h.Checks) != 200 {
		t.Errorf("%d clauses and %d check items; want a third of the files clauses, two items each", len(h.Clauses), len(h.Checks))
	}
	suspect := 0
	for _, f := range lint.Run(h, lint.Options{Now: today}) {
		if f.Rule == "suspect" {
			suspect++
			continue
		}
		t.Errorf("%s:%d:%d: %s [%s]", f.File, f.Line, f.Column, f.Message, f.Rule)
	}
	if suspect != len(h.Checks) {
		t.Errorf("%d suspect warnings; want one per check item (%d)", suspect, len(h.Checks))
	}
	var docs []*content.Doc
	for _, c := range h.Clauses {
		docs = append(docs, c.Doc)
	}
	for _, k := range h.Checks {
		docs = append(docs, k.Doc)
	}
	for _, d := range docs {
		body := strings.TrimLeft(string(d.Body), "\n")
		if n := utf8.RuneCountInString(body); n < 1500 || n > 2000 {
			t.Errorf("%s: body of %d characters; want about 1,500", d.Path, n)
		}
		if n := strings.Count(body, "\n## "); n < 3 {
			t.Errorf("%s: %d headings; want one every seven sentences", d.Path, n)
		}
	}
}

func TestShapeOptions(t *testing.T) {
	for n := 5; n < 400; n += 7 {
		if got, want := (Shape{}).Options(n).Clauses, ClausesFor(n); got != want {
			t.Errorf("compact shape, %d files: %d clauses; ClausesFor says %d", n, got, want)
		}
	}
	three := Shape{ChecksPerClause: 3, ClauseShare: 0.2}
	o := three.Options(1000)
	if o.Clauses != 200 || o.Files() < 1000 || o.Files() > 1005 {
		t.Errorf("share 0.2 of 1000 files: %d clauses, %d files", o.Clauses, o.Files())
	}
	if err := (Shape{ChecksPerClause: 1}).Check(); err == nil {
		t.Error("a shape with one check item per clause passed Check")
	}
}

// More check items per clause alternate 対策 and 運用 and still lint clean.
func TestMoreChecksPerClause(t *testing.T) {
	dir := t.TempDir()
	files, err := Generate(dir, Options{Clauses: 12, Seed: 5, Today: today, Shape: Shape{ChecksPerClause: 4}})
	if err != nil {
		t.Fatal(err)
	}
	h, err := content.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Checks) != 48 || files != len(h.Docs) {
		t.Errorf("%d check items in %d files; want 48", len(h.Checks), files)
	}
	for _, f := range lint.Run(h, lint.Options{Now: today}) {
		t.Errorf("%s:%d:%d: %s [%s]", f.File, f.Line, f.Column, f.Message, f.Rule)
	}
}
