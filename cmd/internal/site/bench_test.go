package site_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/site"
	"github.com/tokki-handbook/tokki/cmd/internal/synth"
)

// BenchmarkBuild loads a synthetic handbook and renders the whole site in
// memory (pages and search index) per iteration; writing to disk is not
// included (cmd/benchcompare measures the command end to end). It reports
// the search index's bytes and pages.
func BenchmarkBuild(b *testing.B) {
	for _, size := range []int{100, 1000, 10000} {
		b.Run(fmt.Sprintf("pages=%d", size), func(b *testing.B) {
			dir := b.TempDir()
			if _, err := synth.Generate(dir, synth.Options{Clauses: synth.ClausesFor(size), Seed: 1,
				Today: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			var s *site.Site
			for b.Loop() {
				h, err := content.Load(dir)
				if err != nil {
					b.Fatal(err)
				}
				if s, err = site.Build(h); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(s.Pages), "pages")
			b.ReportMetric(float64(s.IndexBytes), "index-bytes")
		})
	}
}

// BenchmarkRebuild measures what tokki serve does after an editor saves a
// clause: load again (only the changed file is read), and render again the
// pages that draw from it. The search index is rebuilt after the new pages
// are served, so it is not part of this time.
func BenchmarkRebuild(b *testing.B) {
	for _, size := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("pages=%d", size), func(b *testing.B) {
			dir := b.TempDir()
			if _, err := synth.Generate(dir, synth.Options{Clauses: synth.ClausesFor(size), Seed: 1,
				Today: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
				b.Fatal(err)
			}
			var loader content.Loader
			var ib site.Builder
			h, err := loader.Load(os.DirFS(dir))
			if err != nil {
				b.Fatal(err)
			}
			if _, _, err := ib.Build(h); err != nil {
				b.Fatal(err)
			}
			p := filepath.Join(dir, "clauses", "c00002.md")
			orig, _ := os.ReadFile(p)
			b.ResetTimer()
			for i := range b.N {
				b.StopTimer() // the editor's save is not ours to time
				os.WriteFile(p, append(append([]byte{}, orig...), fmt.Sprintf("\n追記 %d\n", i)...), 0o644)
				b.StartTimer()
				h, err := loader.Load(os.DirFS(dir))
				if err != nil {
					b.Fatal(err)
				}
				if _, _, err := ib.Build(h); err != nil {
					b.Fatal(err)
				}
			}
			rendered, reused := ib.Rendered()
			b.ReportMetric(float64(rendered), "rendered")
			b.ReportMetric(float64(reused), "reused")
		})
	}
}
