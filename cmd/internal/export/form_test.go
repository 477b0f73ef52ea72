package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/tailor"
)

// docxText reads a Word document back: the text of each paragraph outside
// tables, and each table as rows of cell texts.
func docxText(t *testing.T, b []byte) (paras []string, tables [][][]string) {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var doc []byte
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			r, _ := f.Open()
			doc, _ = io.ReadAll(r)
		}
	}
	d := xml.NewDecoder(bytes.NewReader(doc))
	var text strings.Builder
	var row []string
	depth := 0 // tables open
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("document.xml: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "tbl":
				depth++
				tables = append(tables, nil)
			case "tr":
				row = nil
			case "p":
				text.Reset()
			case "br":
				text.WriteByte('\n')
			}
		case xml.CharData:
			text.Write(e)
		case xml.EndElement:
			switch e.Name.Local {
			case "tbl":
				depth--
			case "tr":
				tables[len(tables)-1] = append(tables[len(tables)-1], row)
			case "p":
				if depth > 0 {
					row = append(row, text.String())
				} else {
					paras = append(paras, text.String())
				}
			}
		}
	}
	return paras, tables
}

func TestFormDOCX(t *testing.T) {
	md := "年　　月　　日\n\n（発注者）様\n\n## 申請の内容\n\n| 事項 | 記入欄 |\n| --- | --- |\n| 再委託先の名称 | |\n| [業務](../x.md)の\\*範囲\\* | |\n\n1. 契約書の写し\n2. R&D <部門> の体制図\n\n住所  \n氏名\n"
	b, err := FormDOCX("様式第3号", "再委託承認申請書", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := FormDOCX("様式第3号", "再委託承認申請書", []byte(md)); !bytes.Equal(b, again) {
		t.Error("two documents of the same form differ")
	}
	paras, tables := docxText(t, b)
	want := []string{"様式第3号", "再委託承認申請書", "年　　月　　日", "（発注者）様", "申請の内容"}
	for i, w := range want {
		if i >= len(paras) || paras[i] != w {
			t.Fatalf("paragraphs %q, want them to start %q", paras, want)
		}
	}
	rest := strings.Join(paras[len(want):], "|")
	if !strings.Contains(rest, "1．契約書の写し|2．R&D <部門> の体制図|住所\n氏名") {
		t.Errorf("list and address lines read back as %q", rest)
	}
	if len(tables) != 1 || len(tables[0]) != 3 {
		t.Fatalf("tables %q", tables)
	}
	for i, r := range [][]string{{"事項", "記入欄"}, {"再委託先の名称", ""}, {"業務の*範囲*", ""}} {
		if strings.Join(tables[0][i], "|") != strings.Join(r, "|") {
			t.Errorf("row %d = %q, want %q", i, tables[0][i], r)
		}
	}
	z, _ := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	for _, f := range z.File {
		r, _ := f.Open()
		data, _ := io.ReadAll(r)
		switch f.Name {
		case "word/document.xml":
			for _, w := range []string{`<w:tblHeader/>`, `w:hRule="atLeast"`, `<w:pgSz w:w="11906" w:h="16838"/>`,
				`<w:pPr>` + styleTitle + `</w:pPr><w:r><w:t xml:space="preserve">再委託承認申請書</w:t>`,
				`<w:pPr>` + styleHeading2 + `</w:pPr><w:r><w:t xml:space="preserve">申請の内容</w:t>`} {
				if !bytes.Contains(data, []byte(w)) {
					t.Errorf("document.xml lacks %s", w)
				}
			}
		case "docProps/core.xml":
			if !bytes.Contains(data, []byte("<dc:title>様式第3号　再委託承認申請書</dc:title>")) {
				t.Errorf("core.xml: %s", data)
			}
		}
	}
}

// The exports carry each check item's question and good answer as plain
// text: a link keeps its words.
func TestExportQuestionAndGood(t *testing.T) {
	h, err := content.LoadFS(fstest.MapFS{
		"clauses/c09.md":  {Data: []byte("---\nid: C-09\ntitle: 再委託\norder: 9\nrationale: 理由\n---\n本文\n")},
		"checklist/k1.md": {Data: []byte("---\nid: K-09-1\nclause: C-09\ntitle: 承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由\nquestion: |\n  [承認書](../content/forms/f.md)を見せてください。\n\n  日付も見ます。\ngood: 着手の前の**承認書**があること。\n---\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	d := FromHandbook(h)
	if len(d.Checks) != 1 || d.Checks[0].Question != "承認書を見せてください。\n日付も見ます。" || d.Checks[0].Good != "着手の前の承認書があること。" {
		t.Fatalf("checks %+v", d.Checks)
	}
	row := row(d.Checks[0])
	if row[3] != d.Checks[0].Question || row[4] != d.Checks[0].Good || Header[3] != "確認内容" || Header[4] != "よい状態" {
		t.Errorf("row %q under %q", row, Header)
	}
}

// The 特記仕様書 lists, after its articles, the forms its clauses ask
// for, each with the articles that ask for it as numbered in that text:
// whoever attaches the text to a contract sees which forms go with it.
func TestFormsListed(t *testing.T) {
	clause := func(id, order, extra string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\nid: " + id + "\ntitle: 条" + id + "\norder: " + order + "\nrationale: 理由\n" + extra + "---\n本文\n")}
	}
	form := func(n string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: 様式第" + n + "号　書式" + n + "\nid: F-" + n + "\nform: " + n + "\n---\n本文\n")}
	}
	fsys := fstest.MapFS{
		"content/_index.md":       {Data: []byte("---\ntitle: 手引\nquestions:\n  - id: sub\n    text: 再委託しますか。\n    answers: [はい, いいえ]\n    default: いいえ\n---\n")},
		"clauses/c1.md":           clause("C-01", "1", "forms: [F-10]\n"),
		"clauses/c2.md":           clause("C-02", "2", "when: {sub: はい}\nforms: [F-2, F-10]\n"),
		"clauses/c3.md":           clause("C-03", "3", "forms: [F-2]\n"),
		"clauses/c4.md":           clause("C-04", "4", "forms: [F-99]\n"),
		"content/forms/f2.md":     form("2"),
		"content/forms/f10.md":    form("10"),
		"content/forms/f7.md":     form("7"),
		"content/forms/_index.md": {Data: []byte("---\ntitle: 様式\n---\n")},
	}
	h, err := content.LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	whole := string(Text(FromHandbook(h)))
	want := FormsHeading + "\r\n様式第2号　書式2（第2条、第3条）\r\n様式第10号　書式10（第1条、第2条）\r\n"
	if !strings.HasSuffix(whole, want) {
		t.Errorf("whole handbook ends\n%q\nwant\n%q", whole[max(0, len(whole)-len(want)-40):], want)
	}
	r, err := tailor.Tailor(h, tailor.Input{}) // sub: いいえ drops 第2条
	if err != nil {
		t.Fatal(err)
	}
	d := FromTailored(h, r)
	want = FormsHeading + "\r\n様式第2号　書式2（第2条）\r\n様式第10号　書式10（第1条）\r\n"
	if got := string(Text(d)); !strings.HasSuffix(got, want) {
		t.Errorf("tailored text ends\n%q\nwant\n%q", got[max(0, len(got)-len(want)-40):], want)
	}
	b, err := DOCX(d)
	if err != nil {
		t.Fatal(err)
	}
	z, _ := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			r, _ := f.Open()
			data, _ := io.ReadAll(r)
			for _, w := range []string{FormsHeading, "様式第2号　書式2（第2条）", "様式第10号　書式10（第1条）"} {
				if !bytes.Contains(data, []byte(w)) {
					t.Errorf("the Word document lacks %s", w)
				}
			}
		}
	}

	// Without forms, nothing is added.
	delete(fsys, "clauses/c1.md")
	delete(fsys, "clauses/c2.md")
	delete(fsys, "clauses/c3.md")
	h, _ = content.LoadFS(fsys)
	if got := string(Text(FromHandbook(h))); strings.Contains(got, FormsHeading) {
		t.Errorf("no form is asked for, but the text lists forms:\n%s", got)
	}
}
