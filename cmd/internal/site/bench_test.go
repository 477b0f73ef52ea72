package site_test

import (
	"fmt"
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
