package site

import (
	"bytes"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// Editors on Windows save with a byte-order mark and CRLF line endings. A
// handbook saved so builds the same site, byte for byte: no \r reaches a
// page, the search index or an office file, and every position (anchors,
// article numbers, the 特記仕様書's own CRLF text) is the same.
func TestWindowsLineEndingsBuildTheSameSite(t *testing.T) {
	lf := map[string][]byte{}
	err := filepath.WalkDir(filepath.Join("testdata", "handbook"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(filepath.Join("testdata", "handbook"), p)
		b, err := os.ReadFile(p)
		lf[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	crlf := map[string][]byte{}
	converted := 0
	for name, b := range lf {
		if filepath.Ext(name) == ".md" && utf8.Valid(b) && !bytes.Contains(b, []byte("\r")) {
			b = append([]byte("\uFEFF"), bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))...)
			converted++
		}
		crlf[name] = b
	}
	if converted < 10 {
		t.Fatalf("only %d files converted; the fixture should have more", converted)
	}
	sites := make([]*Site, 2)
	for i, files := range []map[string][]byte{lf, crlf} {
		h, err := content.LoadMap(files)
		if err != nil {
			t.Fatal(err)
		}
		if sites[i], err = Build(h); err != nil {
			t.Fatal(err)
		}
	}
	want, got := sites[0].Files, sites[1].Files
	for _, name := range slices.Sorted(maps.Keys(want)) {
		if !bytes.Equal(got[name], want[name]) {
			t.Errorf("%s differs when the handbook has CRLF line endings", name)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d files from CRLF, %d from LF", len(got), len(want))
	}
}
