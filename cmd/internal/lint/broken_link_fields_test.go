package lint

import (
	"testing"
	"testing/fstest"
)

// A check item's question and good answer are rendered like its body, so a
// link in them must resolve too.
func TestBrokenLinkInQuestion(t *testing.T) {
	fsys := base()
	fsys["checklist/k2.md"] = &fstest.MapFile{Data: []byte("---\nid: K-09-2\nclause: C-09\ntitle: 実績\naspect: 運用\ntiming: [定期]\nrationale: 理由。\nquestion: \"[手順](../content/guide/none.md)を見る。\"\ngood: |\n  よい。\n  [記録](../content/guide/a.md#ない見出し)がある。\n---\n")}
	checkFindings(t, run(t, fsys), []want{
		{"checklist/k2.md:8:0", "broken-link", "none.md"},
		{"checklist/k2.md:11:0", "broken-link", "ない見出し"},
	})
}
