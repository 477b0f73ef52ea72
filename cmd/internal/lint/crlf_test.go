package lint

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// A handbook saved by a Windows editor (a byte-order mark, CRLF line
// endings) gets the same findings at the same lines and columns as the
// same handbook with LF, and no \r reaches a message.
func TestWindowsLineEndingsSameFindings(t *testing.T) {
	root := filepath.Join("testdata", "broken")
	lf, crlf := map[string][]byte{}, map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		lf[filepath.ToSlash(rel)] = b
		crlf[filepath.ToSlash(rel)] = append([]byte("\uFEFF"), bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))...)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var runs [2][]Finding
	for i, files := range []map[string][]byte{lf, crlf} {
		h, err := content.LoadMap(files)
		if err != nil {
			t.Fatal(err)
		}
		runs[i] = Run(h, Options{Now: today})
	}
	if len(runs[0]) < 10 {
		t.Fatalf("only %d findings; the fixture should break many rules", len(runs[0]))
	}
	if !slices.Equal(runs[0], runs[1]) {
		for i := range max(len(runs[0]), len(runs[1])) {
			var a, b Finding
			if i < len(runs[0]) {
				a = runs[0][i]
			}
			if i < len(runs[1]) {
				b = runs[1][i]
			}
			if a != b {
				t.Errorf("LF   %+v\nCRLF %+v", a, b)
			}
		}
	}
	var out strings.Builder
	if err := Write(&out, "text", runs[1], "test"); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(out.String(), "\r\uFEFF") {
		t.Errorf("a \\r or BOM reached the output:\n%q", out.String())
	}
}
