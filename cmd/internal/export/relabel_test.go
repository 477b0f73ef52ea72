package export

import (
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/tailor"
)

// A check item's question and good answer name an article typed as a
// label by the number of the document exported: the whole handbook's,
// or the task's, numbered afresh; a clause the task leaves out by its
// caption.
func TestCheckLabels(t *testing.T) {
	clause := func(id, title, order, when string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\nid: " + id + "\ntitle: " + title + "\norder: " + order + "\nrationale: 理由\n" + when + "---\n\n本文\n")}
	}
	fsys := fstest.MapFS{
		"content/_index.md": {Data: []byte("---\ntitle: 手引\nquestions:\n  - id: sub\n    text: 再委託しますか。\n    answers: [はい, いいえ]\n    default: いいえ\n---\n")},
		"clauses/c1.md":     clause("C-01", "再委託", "1", "when: {sub: はい}\n"),
		"clauses/c2.md":     clause("C-02", "報告", "2", ""),
		"checklist/k.md": {Data: []byte("---\nid: K-02-1\nclause: C-02\ntitle: 報告\naspect: 対策\ntiming: [定期]\nrationale: 理由\n" +
			"question: \"[第7条第1項](../clauses/c2.md)の経路を見る。\"\ngood: \"[第7条（古い）](../clauses/c2.md)どおり、[報告の定め](../clauses/c2.md)に沿う。[第6条](../clauses/c1.md)も見る。\"\n---\n\n本文\n")},
	}
	h, err := new(content.Loader).Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	k := FromHandbook(h).Checks[0]
	if k.Question != "第2条第1項の経路を見る。" || k.Good != "第2条（報告）どおり、報告の定めに沿う。第1条も見る。" {
		t.Errorf("whole handbook: %q, %q", k.Question, k.Good)
	}
	r, err := tailor.Tailor(h, tailor.Input{})
	if err != nil {
		t.Fatal(err)
	}
	k = FromTailored(h, r).Checks[0]
	// A clause the task leaves out is named by its caption, as the task's
	// clause texts name it, never by a number it does not have.
	if k.Question != "第1条第1項の経路を見る。" || k.Good != "第1条（報告）どおり、報告の定めに沿う。「再委託」も見る。" {
		t.Errorf("tailored: %q, %q", k.Question, k.Good)
	}
	if k.ID != "K-01-1（ハンドブックのK-02-1）" {
		t.Errorf("tailored: the item of 第1条 is %q; want it numbered with its article, the handbook's id after it", k.ID)
	}
}
