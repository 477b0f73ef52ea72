package site_test

import (
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/site"
	"github.com/tokki-handbook/tokki/cmd/internal/synth"
)

// BenchmarkIndexSize builds 10,000 pages of each shape of synthetic
// handbook and reports the size of the search index (search/): per page,
// per byte of Markdown (index/md), and by kind of file (MB of postings in
// b-N.js and k-N.js, texts for snippets in t-N.js, URLs and titles in
// m-N.js). Issue 19's target is the size of Pagefind's index of the same
// pages, 0.6 bytes per byte of Markdown (48 MB for 80 MB of the prose
// shape). Nothing else is written: the other files are counted and
// dropped.
func BenchmarkIndexSize(b *testing.B) {
	for _, shape := range []string{"compact", "prose"} {
		b.Run("shape="+shape, func(b *testing.B) {
			dir := b.TempDir()
			opts := synth.Shapes[shape].Options(10000)
			opts.Seed, opts.Today = 1, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
			if _, err := synth.Generate(dir, opts); err != nil {
				b.Fatal(err)
			}
			md := 0
			filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
					if info, err := d.Info(); err == nil {
						md += int(info.Size())
					}
				}
				return nil
			})
			var sink kindSink
			var st site.Stats
			for b.Loop() {
				h, err := content.Load(dir)
				if err != nil {
					b.Fatal(err)
				}
				sink = kindSink{bytes: map[string]int{}}
				if st, err = site.BuildTo(h, &sink); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(st.IndexBytes)/float64(st.Pages), "index-bytes/page")
			b.ReportMetric(float64(st.IndexBytes)/float64(md), "index/md")
			b.ReportMetric(float64(md)/1e6, "md-MB")
			b.ReportMetric(float64(st.IndexBytes)/1e6, "index-MB")
			for _, k := range []string{"b", "k", "t", "m"} {
				b.ReportMetric(float64(sink.bytes[k])/1e6, k+"-MB")
			}
		})
	}
}

// kindSink counts the bytes of the search index's files by kind (the
// letter before the dash: b, k, m, t) and drops every file.
type kindSink struct {
	mu    sync.Mutex
	bytes map[string]int
}

func (s *kindSink) Put(p string, data []byte) error {
	name, ok := strings.CutPrefix(p, "search/")
	if !ok {
		return nil
	}
	kind, _, _ := strings.Cut(name, "-")
	s.mu.Lock()
	s.bytes[kind] += len(data)
	s.mu.Unlock()
	return nil
}

// Create drops the file: the search index is put whole.
func (s *kindSink) Create(string) (io.WriteCloser, error) { return nopCloser{io.Discard}, nil }

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }
