package main

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tokki build writes each form (様式) as a page and as a Word file, links
// the two, and links the form from the clause that cites it; lint refuses
// a form number used twice, and the build then stops.
func TestBuildForms(t *testing.T) {
	files := with(clean, "content/forms/f1.md", "---\ntitle: 様式第1号　再委託承認申請書\nid: F-01\nform: 1\n---\n\n| 事項 | 記入欄 |\n| --- | --- |\n| 再委託先の名称 | |\n")
	files = with(files, "clauses/c09.md", strings.Replace(files["clauses/c09.md"], "incidents: [I-2022-06]\n", "incidents: [I-2022-06]\nforms: [F-01]\n", 1))
	src := writeTree(t, files)
	dest := filepath.Join(t.TempDir(), "public")
	if code, out, errs := tokki(t, "build", "--source", src, "--dest", dest); code != 0 {
		t.Fatalf("build: exit %d: %s %s", code, out, errs)
	}
	page, err := os.ReadFile(filepath.Join(dest, "forms", "f1.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), `href="../downloads/forms/form-01.docx" download="様式第1号_再委託承認申請書.docx"`) {
		t.Error("the form page does not offer its Word file")
	}
	clause, _ := os.ReadFile(filepath.Join(dest, "clauses", "C-09.html"))
	if !strings.Contains(string(clause), `href="../forms/f1.html"`) {
		t.Error("the clause does not link its form")
	}
	z, err := zip.OpenReader(filepath.Join(dest, "downloads", "forms", "form-01.docx"))
	if err != nil {
		t.Fatalf("the form's Word file: %v", err)
	}
	z.Close()

	twice := writeTree(t, with(files, "content/forms/f2.md", "---\ntitle: 様式第1号　点検記録\nid: F-02\nform: 1\n---\n"))
	code, out, _ := tokki(t, "lint", "--source", twice)
	if code != 1 || !strings.Contains(out, "content/forms/f2.md:4:7: error: form number 1 is also used by content/forms/f1.md") {
		t.Errorf("lint: exit %d:\n%s", code, out)
	}
	if code, _, _ := tokki(t, "build", "--source", twice, "--dest", filepath.Join(t.TempDir(), "p")); code == 0 {
		t.Error("build went ahead with a form number used twice")
	}
}
