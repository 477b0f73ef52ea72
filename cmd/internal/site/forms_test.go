package site

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
)

// A form page (content/forms/) is shown as a form: its download offered
// under the form's title, the clauses that ask for it linked back, and the
// Word file written where the link points.
func TestFormPage(t *testing.T) {
	s := build(t)
	p := page(t, s, "forms/f03.html")
	for _, want := range []string{
		`<body class="kind-form">`,
		`<a class="button" href="../downloads/forms/form-03.docx" download="様式第3号_再委託承認申請書.docx">Wordで保存</a>`,
		`この様式を定める条項：<a href="../clauses/C-09.html">第9条（再委託の禁止）</a>`,
		`<h1>様式第3号　再委託承認申請書</h1>`,
		`<td>再委託先の名称</td>`,
		`再委託の承認を受けるときに出す申請書です。`,
	} {
		if !strings.Contains(p, want) {
			t.Errorf("the form page lacks %s", want)
		}
	}
	if c := page(t, s, "clauses/C-09.html"); !strings.Contains(c, `<a href="../forms/f03.html">様式第3号　再委託承認申請書</a>（<a href="../downloads/forms/form-03.docx" download=`) {
		t.Error("the clause does not link its form and the form's download")
	}
	if idx := page(t, s, "forms/index.html"); !strings.Contains(idx, `href="../forms/f03.html"`) {
		t.Error("the forms section does not list the form")
	}
	// The 特記仕様書 lists its forms after the articles, on the page and
	// in the downloads alike.
	if doc := page(t, s, "clauses/index.html"); !strings.Contains(doc, `<h2 id="h-forms">別添　様式の一覧</h2>`) ||
		!strings.Contains(doc, `<li><a href="../forms/f03.html">様式第3号　再委託承認申請書</a>（第9条）</li>`) {
		t.Error("the 特記仕様書 page does not list its forms")
	}
	if txt := string(s.Files["downloads/clauses.txt"]); !strings.Contains(txt, "別添　様式の一覧\r\n様式第3号　再委託承認申請書（第9条）\r\n") {
		t.Errorf("clauses.txt does not list its forms:\n%s", txt[max(0, len(txt)-300):])
	}
	b, ok := s.Files["downloads/forms/form-03.docx"]
	if !ok {
		t.Fatal("the form's Word file is not written")
	}
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name != "word/document.xml" {
			continue
		}
		r, _ := f.Open()
		doc, _ := io.ReadAll(r)
		for _, want := range []string{">様式第3号<", ">再委託承認申請書<", "<w:tbl>", ">再委託先の名称<", "R&amp;D &lt;部門&gt;"} {
			if !bytes.Contains(doc, []byte(want)) {
				t.Errorf("the form's Word file lacks %s", want)
			}
		}
	}
}

// The 遵守確認表 and each check item's page show what to ask and what a
// good answer looks like.
func TestChecklistIsAnInspectionForm(t *testing.T) {
	s := build(t)
	want := []string{`<div class="question"><p>再委託先の一覧と、<a href="../forms/f03.html">承認書</a>を見せてください。</p>`,
		`<td class="good" data-label="よい状態"><p>全ての再委託先に、着手の前の日付の承認書があること。</p>`, `<th scope="col" class="c-good">よい状態</th>`}
	if p := page(t, s, "checklist/index.html"); !strings.Contains(p, want[0]) || !strings.Contains(p, want[1]) || !strings.Contains(p, want[2]) {
		t.Errorf("the 遵守確認表 lacks the question or the good answer")
	}
	p := page(t, s, "checklist/K-09-1.html")
	for _, w := range []string{`<th scope="row">確認内容</th><td class="inspection"><p>再委託先の一覧と、`, `<th scope="row">よい状態</th><td class="inspection"><p>全ての再委託先に、`} {
		if !strings.Contains(p, w) {
			t.Errorf("the check item's page lacks %s", w)
		}
	}
}
