package content_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/synth"
)

// synthFiles writes a handbook of the shape with about n files and
// returns its Markdown files' texts.
func synthFiles(tb testing.TB, shape string, n int) [][]byte {
	dir := tb.TempDir()
	o := synth.Shapes[shape].Options(n)
	o.Seed, o.Today = 1, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	if _, err := synth.Generate(dir, o); err != nil {
		tb.Fatal(err)
	}
	var files [][]byte
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		b, err := os.ReadFile(p)
		files = append(files, b)
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return files
}

// TestPlainYAMLOnSynth: the synthetic handbooks that cmd/benchlint lints
// take the plain path, all but their settings file, and read as YAML reads
// them; a target met by the fallback would not be met.
func TestPlainYAMLOnSynth(t *testing.T) {
	for shape := range synth.Shapes {
		files := synthFiles(t, shape, 300)
		fast := 0
		for _, b := range files {
			ok, diff := content.CheckPlainYAML(b)
			if diff != "" {
				t.Errorf("%s: %s\n%s", shape, diff, b)
			}
			if ok {
				fast++
			}
		}
		if fast < len(files)-1 {
			t.Errorf("%s: parsePlain read %d of %d files; want all but content/_index.md", shape, fast, len(files))
		}
	}
}

// BenchmarkFrontMatter reads the front matter of 1,000 synthetic files
// with the YAML library and with parsePlain, the fast path that lint's
// target of one second for 10,000 files needs (see parsePlain).
func BenchmarkFrontMatter(b *testing.B) {
	var srcs [][]byte
	for _, f := range synthFiles(b, "prose", 1000) {
		if src, _, _, p := content.Split(f); p == nil {
			srcs = append(srcs, src)
		}
	}
	b.Run("yaml", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, src := range srcs {
				var n yaml.Node
				if err := yaml.Unmarshal(src, &n); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("plain", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, src := range srcs {
				content.ParsePlain(src)
			}
		}
	})
}
