package lint

import (
	"fmt"
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
