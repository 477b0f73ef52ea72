package lint

import (
	"testing"
	"testing/fstest"
)

// A link to a file whose name has a '#' or a '?' works when the link
// percent-encodes them, as on a Git host, and one whose name has a ':'
// when it starts with ./ or encodes the ':'; written plainly, lint says
// how.
func TestLinkToOddNames(t *testing.T) {
	const page = "---\ntitle: x\n---\n\n## 見出し\n"
	fsys := base()
	fsys["content/guide/a#b.md"] = &fstest.MapFile{Data: []byte(page)}
	fsys["content/guide/q?x.md"] = &fstest.MapFile{Data: []byte(page)}
	fsys["content/guide/javascript:x.md"] = &fstest.MapFile{Data: []byte(page)}
	fsys["content/guide/links.md"] = &fstest.MapFile{Data: []byte("---\ntitle: y\n---\n\n" +
		"[1](a%23b.md) [2](q%3Fx.md#見出し) [3](./a%23b.md#見出し)\n\n" +
		"[4](a#b.md) [5](q?x.md) [6](a#b.md#見出し)\n\n" +
		"[7](./javascript:x.md) [8](javascript%3Ax.md) [9](javascript:x.md) [10](mailto:x.md) [11](https://x.md)\n")}
	got := run(t, fsys)
	want := []want{
		{"content/guide/links.md:7:1", "broken-link", `link "a#b.md" points at content/guide/a, which does not exist; to link to content/guide/a#b.md, write its name's # as %23 and ? as %3F: "a%23b.md"`},
		{"content/guide/links.md:7:13", "broken-link", `to link to content/guide/q?x.md, write its name's # as %23 and ? as %3F: "q%3Fx.md"`},
		{"content/guide/links.md:7:25", "broken-link", `write its name's # as %23 and ? as %3F: "a%23b.md#見出し"`},
		{"content/guide/links.md:9:47", "broken-link", `link "javascript:x.md" reads as an address with the scheme "javascript:", not as the file content/guide/javascript:x.md; write it "./javascript:x.md"`},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d findings, want %d:\n%s", len(got), len(want), dump(got))
	}
	for i, w := range want {
		if f := got[i]; fmtPos(f) != w.at || f.Rule != w.rule || !contains(f.Message, w.text) {
			t.Errorf("finding %d = %s %s %q, want %s %s containing %q", i, fmtPos(f), f.Rule, f.Message, w.at, w.rule, w.text)
		}
	}
}
