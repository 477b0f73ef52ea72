package lint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/lint"
	"github.com/tokki-handbook/tokki/cmd/internal/synth"
)

// benchSizes are the handbook sizes benchmarked, in files. The target is a
// 10,000-file handbook loaded and linted in under a second.
var benchSizes = []int{100, 1000, 10000}

// benchToday is the date the corpus is generated for and linted on, so that
// stale-review finds nothing whatever the clock says.
var benchToday = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

// corpus writes a synthetic handbook of about files files into a folder
// that lives as long as the benchmark, and returns the folder and the exact
// number of files. b.Loop runs the benchmark function once, so each size is
// generated once, and generation is not timed: b.Loop resets the timer on
// its first call.
func corpus(b *testing.B, files int) (dir string, n int) {
	b.Helper()
	dir = b.TempDir()
	n, err := synth.Generate(dir, synth.Options{Clauses: synth.ClausesFor(files), Seed: 1, Today: benchToday})
	if err != nil {
		b.Fatal(err)
	}
	return dir, n
}

// BenchmarkLint loads and lints a whole handbook per iteration, as
// `tokki lint` does.
func BenchmarkLint(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(fmt.Sprintf("files=%d", size), func(b *testing.B) {
			dir, n := corpus(b, size)
			b.ReportAllocs()
			for b.Loop() {
				h, err := content.Load(dir)
				if err != nil {
					b.Fatal(err)
				}
				if fs := lint.Run(h, lint.Options{Now: benchToday}); len(fs) > 0 {
					b.Fatalf("%d findings in a synthetic handbook; the first: %s:%d: %s [%s]",
						len(fs), fs[0].File, fs[0].Line, fs[0].Message, fs[0].Rule)
				}
			}
			b.ReportMetric(float64(n), "files") // after the loop, which resets metrics
		})
	}
}

// BenchmarkLoad only loads the handbook, to tell the loader's share of
// BenchmarkLint from the rules'.
func BenchmarkLoad(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(fmt.Sprintf("files=%d", size), func(b *testing.B) {
			dir, n := corpus(b, size)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := content.Load(dir); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n), "files")
		})
	}
}

// BenchmarkLintCached is lint as tokki serve runs it after an edit: the
// handbook is loaded again through a content.Loader (only the changed file
// is read) and each unchanged file's parsed links come from the cache. The
// edit adds a sentence to a guide page: an edit to a clause would rightly
// make its check items suspect until they are reviewed.
func BenchmarkLintCached(b *testing.B) {
	for _, size := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("files=%d", size), func(b *testing.B) {
			dir, _ := corpus(b, size)
			var loader content.Loader
			var cache lint.Cache
			p := filepath.Join(dir, "content", "guide", "g00001.md")
			orig, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := range b.N {
				b.StopTimer() // the editor's save is not ours to time
				edited := append(append([]byte{}, orig...), fmt.Sprintf("\n点検の記録は、%d回目の見直しで改めました。\n", i+1)...)
				if err := os.WriteFile(p, edited, 0o644); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				h, err := loader.Load(os.DirFS(dir))
				if err != nil {
					b.Fatal(err)
				}
				if fs := lint.Run(h, lint.Options{Now: benchToday, Cache: &cache}); len(fs) > 0 {
					b.Fatalf("%d findings after an edit; the first: %s:%d: %s [%s]",
						len(fs), fs[0].File, fs[0].Line, fs[0].Message, fs[0].Rule)
				}
			}
		})
	}
}
