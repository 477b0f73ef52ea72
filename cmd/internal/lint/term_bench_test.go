package lint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/lint"
)

// BenchmarkLintTerms is BenchmarkLint without and with the handbook's own
// terms setting (content/_index.md of this repository, 40 words) given to
// the synthetic handbook, to see what the term rule costs. The synthetic
// text uses three avoided spellings (USBメモリ, 管理簿, 受け渡し), about
// 1.5 findings a file, so nearly every file is parsed and its front matter
// read again for columns: the worst case. A clean handbook costs only the
// quick scan of each text.
func BenchmarkLintTerms(b *testing.B) {
	home, err := os.ReadFile(filepath.Join("..", "..", "..", "content", "_index.md"))
	if err != nil {
		b.Skip("the repository's content/_index.md is not there:", err)
	}
	own, err := content.LoadMap(map[string][]byte{"content/_index.md": home})
	if err != nil || len(own.Settings.Terms) == 0 {
		b.Fatalf("no terms in content/_index.md (%v)", err)
	}
	for _, size := range benchSizes {
		for _, terms := range []string{"none", "handbook"} {
			b.Run(fmt.Sprintf("files=%d/terms=%s", size, terms), func(b *testing.B) {
				dir, n := corpus(b, size)
				b.ReportAllocs()
				found := 0
				for b.Loop() {
					h, err := content.Load(dir)
					if err != nil {
						b.Fatal(err)
					}
					if terms == "handbook" {
						h.Settings.Terms = own.Settings.Terms
					}
					found = 0
					for _, f := range lint.Run(h, lint.Options{Now: benchToday}) {
						if f.Rule == "term" {
							found++
						}
					}
				}
				b.ReportMetric(float64(n), "files")
				b.ReportMetric(float64(found), "term-findings")
			})
		}
	}
}
