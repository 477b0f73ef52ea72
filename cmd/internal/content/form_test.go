package content

import (
	"testing"
	"testing/fstest"
)

// A check item carries the question and the good answer the 遵守確認表
// shows; a page under content/forms/ is a form with a number and an id,
// which clauses cite in forms.
func TestInspectionAndFormKeys(t *testing.T) {
	h, err := LoadFS(fstest.MapFS{
		"clauses/c09.md":           {Data: []byte("---\nid: C-09\ntitle: 再委託\norder: 9\nrationale: 理由\nforms: [F-03]\n---\n本文\n")},
		"checklist/k1.md":          {Data: []byte("---\nid: K-09-1\nclause: C-09\ntitle: 承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由\nquestion: |\n  承認書を見せてください。\ngood: 着手の前の日付の承認書があること。\n---\n")},
		"content/forms/_index.md":  {Data: []byte("---\ntitle: 様式\n---\n")},
		"content/forms/f03.md":     {Data: []byte("---\ntitle: 様式第3号　再委託承認申請書\nid: F-03\nform: 3\n---\n")},
		"content/guide/notform.md": {Data: []byte("---\ntitle: 案内\nform: 4\n---\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if c := h.Clauses[0]; len(c.Forms) != 1 || c.Forms[0] != "F-03" {
		t.Errorf("clause forms = %q", c.Forms)
	}
	if k := h.Checks[0]; k.Question != "承認書を見せてください。\n" || k.Good != "着手の前の日付の承認書があること。" {
		t.Errorf("question %q, good %q", k.Question, k.Good)
	}
	pages := map[string]*Page{}
	for _, p := range h.Pages {
		pages[p.Path] = p
	}
	if p := pages["content/forms/f03.md"]; !p.IsForm() || p.Form != 3 || p.ID != "F-03" || FormLabel(p.Form) != "様式第3号" {
		t.Errorf("form page: form %v number %d id %q", p.IsForm(), p.Form, p.ID)
	}
	if p := pages["content/forms/_index.md"]; p.IsForm() {
		t.Error("the forms section's index is taken for a form")
	}
	// form is a form page's key: elsewhere it is an unknown key, and the
	// page is no form.
	if p := pages["content/guide/notform.md"]; p.IsForm() || p.Form != 0 || len(p.Unknown) != 1 || p.Unknown[0].Name != "form" {
		t.Errorf("a guide page with form: is form %v, number %d, unknown %v", p.IsForm(), p.Form, p.Unknown)
	}
	for _, spec := range Schema(KindPage, "content/forms/f03.md") {
		if (spec.Name == "form" || spec.Name == "id") != spec.Required && spec.Name != "title" {
			t.Errorf("form page key %s required = %v", spec.Name, spec.Required)
		}
	}
}
