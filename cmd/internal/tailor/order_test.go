package tailor

import (
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// A task's check items follow their articles' order, which need not be
// their ids' (a clause added later and placed earlier keeps its id).
func TestChecksFollowArticles(t *testing.T) {
	clause := func(id, order string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\nid: " + id + "\ntitle: 条\norder: " + order + "\nrationale: 理由\n---\n\n本文\n")}
	}
	check := func(id, clause string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\nid: " + id + "\nclause: " + clause + "\ntitle: 点検\naspect: 対策\ntiming: [定期]\nrationale: 理由\n---\n")}
	}
	h, err := content.LoadFS(fstest.MapFS{
		"content/_index.md": {Data: []byte("---\ntitle: 手引\n---\n")},
		"clauses/c01.md":    clause("C-01", "1"), "clauses/c02.md": clause("C-02", "3"), "clauses/c38.md": clause("C-38", "2"),
		"checklist/a.md": check("K-01-1", "C-01"), "checklist/b.md": check("K-02-1", "C-02"),
		"checklist/c.md": check("K-38-2", "C-38"), "checklist/d.md": check("K-38-1", "C-38"),
	})
	if err != nil {
		t.Fatal(err)
	}
	r, err := Tailor(h, Input{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, k := range r.Checks {
		got = append(got, k.ID)
	}
	if want := "[K-01-1 K-38-1 K-38-2 K-02-1]"; fmt.Sprint(got) != want {
		t.Errorf("checks %v, want %s", got, want)
	}
}
