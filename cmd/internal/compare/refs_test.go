package compare

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// A 新旧対照表 names each side's references as that version numbers them,
// and shows parameters as their marked defaults: a clause whose referenced
// article moved is changed (its text changed in the contract).
func TestCompareNamesReferencesPerVersion(t *testing.T) {
	home := "---\ntitle: 手引き\nparams:\n  - name: 期限\n    default: 直ちに\n---\n"
	c1 := "---\nid: C-01\ntitle: 報告\norder: 1\nrationale: 理由\n---\n\n受注者は、{{期限}}、[第2条](c2.md)の定めにより報告する。\n"
	c2 := func(order string) string {
		return "---\nid: C-02\ntitle: 事故\norder: " + order + "\nrationale: 理由\n---\n\n本文\n"
	}
	load := func(order string) *content.Handbook {
		h, err := content.LoadFS(fstest.MapFS{"content/_index.md": {Data: []byte(home)}, "clauses/c1.md": {Data: []byte(c1)}, "clauses/c2.md": {Data: []byte(c2(order))}})
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	changes := Compare(load("2"), load("5"), Options{})
	var c01 *Change
	for i := range changes {
		if changes[i].ID == "C-01" {
			c01 = &changes[i]
		}
	}
	if c01 == nil || c01.Kind != "改正" {
		t.Fatalf("C-01 not shown as changed: %+v", changes)
	}
	newSide, oldSide := sides(c01.Ops)
	text := func(c cell) string {
		var b strings.Builder
		for _, r := range c {
			b.WriteString(r.Text)
		}
		return b.String()
	}
	if n, o := text(newSide), text(oldSide); !strings.Contains(n, "受注者は、【直ちに】、第5条（事故）の定めにより") || !strings.Contains(o, "第2条（事故）の定めにより") {
		t.Errorf("new side %q, old side %q", n, o)
	}
}
