package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// The benchmarks below lint files shaped to find work that grows faster
// than the input: the target is well under a second per megabyte, as a
// handbook file may be up to content.MaxFileSize. Run them with
// -benchtime 1x to see one lint of each.

// benchHostile loads base() with the file added and lints it once per
// iteration, reporting the file's size in megabytes.
func benchHostile(b *testing.B, name, src string) {
	b.Helper()
	if len(src) > content.MaxFileSize {
		b.Fatalf("%s is %d bytes, over the loader's limit of %d", name, len(src), content.MaxFileSize)
	}
	fsys := base()
	fsys[name] = &fstest.MapFile{Data: []byte(src)}
	b.ReportAllocs()
	for b.Loop() {
		h, err := content.LoadFS(fsys)
		if err != nil {
			b.Fatal(err)
		}
		if len(Run(h, Options{Now: today})) == 0 {
			b.Fatal("no findings; the input no longer exercises the rule")
		}
	}
	b.ReportMetric(float64(len(src))/(1<<20), "MB")
}

// BenchmarkLintManyUnknownKeys lints a page with 200,000 front-matter keys
// that no schema knows, each one a finding with a suggestion looked for.
func BenchmarkLintManyUnknownKeys(b *testing.B) {
	var src strings.Builder
	src.WriteString("---\ntitle: 鍵の多いページ\n")
	for i := range 200_000 {
		// Four-character keys, a letter then base 36, to fit 200,000 in
		// the loader's limit.
		fmt.Fprintf(&src, "%c%03s: 1\n", 'a'+i/46656, strconv.FormatInt(int64(i%46656), 36))
	}
	src.WriteString("---\n\n本文。\n")
	benchHostile(b, "content/keys.md", src.String())
}

// BenchmarkLintManyLinksOneLine lints a page whose body is one line of
// 120,000 links after Japanese text (so a column is not a byte offset):
// half resolve, half point at a missing file.
func BenchmarkLintManyLinksOneLine(b *testing.B) {
	var src strings.Builder
	src.WriteString("---\ntitle: リンクの多いページ\n---\n\n先頭の文。")
	for i := range 120_000 {
		if i%2 == 0 {
			src.WriteString("[a](guide/a.md)")
		} else {
			src.WriteString("[b](no.md)")
		}
	}
	src.WriteString("\n")
	benchHostile(b, "content/links.md", src.String())
}

// BenchmarkLintManyMissingLinks lints, in a handbook with a folder of 1,000
// pages, a page with 20,000 links to pages missing from that folder and
// 20,000 to anchors missing from one of its pages, each of them different:
// every one is a finding that looks for a name to suggest. The handbook is on disk,
// as fstest.MapFS looks through all its files for one that is missing.
func BenchmarkLintManyMissingLinks(b *testing.B) {
	dir := b.TempDir()
	write := func(name, src string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for name, f := range base() {
		write(name, string(f.Data))
	}
	for i := range 1000 {
		write(fmt.Sprintf("content/many/p%04d.md", i), "---\ntitle: 頁\n---\n\n## 見出し\n")
	}
	var src strings.Builder
	src.WriteString("---\ntitle: リンクの多いページ\n---\n\n先頭の文。")
	for i := range 20_000 {
		fmt.Fprintf(&src, "[a](many/q%05d.md)[b](many/p0001.md#x%d)", i, i)
	}
	write("content/links.md", src.String())
	b.ReportAllocs()
	for b.Loop() {
		h, err := content.Load(dir)
		if err != nil {
			b.Fatal(err)
		}
		if len(Run(h, Options{Now: today})) < 40_000 {
			b.Fatal("fewer findings than wrong links")
		}
	}
	b.ReportMetric(float64(src.Len())/(1<<20), "MB")
}
