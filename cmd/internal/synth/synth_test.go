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
