package compare

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// A check item that names its article by a link with a label shows, on
// each side of the 新旧対照表, the number that version gives the article.
func TestCompareLabelsCheckItems(t *testing.T) {
	c2 := func(order string) string {
		return "---\nid: C-02\ntitle: 事故\norder: " + order + "\nrationale: 理由\n---\n\n本文\n"
	}
	k := "---\nid: K-02-1\nclause: C-02\ntitle: 報告\naspect: 対策\ntiming: [定期]\nrationale: 理由\n---\n\n[第2条第1項](../clauses/c2.md)の連絡先を見る。\n"
	load := func(order string) *content.Handbook {
		h, err := content.LoadFS(fstest.MapFS{"content/_index.md": {Data: []byte("---\ntitle: 手引き\n---\n")},
			"clauses/c2.md": {Data: []byte(c2(order))}, "checklist/k.md": {Data: []byte(k)}})
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	for _, ch := range Compare(load("2"), load("5"), Options{}) {
		if ch.ID != "K-02-1" {
			continue
		}
		newSide, oldSide := sides(ch.Ops)
		text := func(c cell) string {
			var b strings.Builder
			for _, r := range c {
				b.WriteString(r.Text)
			}
			return b.String()
		}
		if n, o := text(newSide), text(oldSide); !strings.Contains(n, "第5条第1項の連絡先") || !strings.Contains(o, "第2条第1項の連絡先") {
			t.Errorf("new side %q, old side %q", n, o)
		}
		return
	}
	t.Error("K-02-1, whose text names the moved article, is not shown as changed")
}
