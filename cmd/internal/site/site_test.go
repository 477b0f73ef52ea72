package site

import (
	"bytes"
	"flag"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func build(t *testing.T) *Site {
	t.Helper()
	h, err := content.Load(filepath.Join("testdata", "handbook"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := Build(h)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func page(t *testing.T, s *Site, p string) string {
	t.Helper()
	b, ok := s.Files[p]
	if !ok {
		t.Fatalf("the site has no %s", p)
	}
	return string(b)
}

func TestPagesExist(t *testing.T) {
	s := build(t)
	for _, p := range []string{
		"index.html", "guide/index.html", "guide/contract.html", "guide/monitoring.html",
		"incidents/2022-06.html", "incidents/index.html", "img/chart.png",
		"clauses/C-09.html", "clauses/C-10.html", "clauses/index.html", "downloads/clauses.txt", "downloads/clauses.docx", "downloads/checklist.xlsx", "downloads/checklist.csv",
		"checklist/K-09-1.html", "checklist/K-09-2.html", "checklist/index.html",
		"trace.html", "404.html", "assets/style.css", "assets/tokki.js", "assets/search.js", "search/index.js",
	} {
		if _, ok := s.Files[p]; !ok {
			t.Errorf("missing %s", p)
		}
	}
}

// Links written for a Git host (relative, to .md files, with Japanese
// anchors) must point at the rendered pages, relative to each page.
func TestLinksRewritten(t *testing.T) {
	s := build(t)
	for _, tc := range []struct{ page, want string }{
		{"index.html", `href="guide/index.html"`},
		{"index.html", `href="clauses/C-09.html#%E8%A7%A3%E8%AA%AC"`},
		{"guide/contract.html", `href="../clauses/C-09.html"`},
		{"guide/contract.html", `href="monitoring.html#%E7%82%B9%E6%A4%9C%E3%81%AE%E6%99%82%E6%9C%9F"`},
		{"guide/contract.html", `src="../img/chart.png"`},
		{"guide/monitoring.html", `href="../checklist/K-09-1.html"`},
		{"guide/monitoring.html", `<h2 id="点検の時期">`},
		{"guide/monitoring.html", `<h2 id="点検の時期-1">`},
		{"clauses/C-09.html", `href="../guide/contract.html"`}, // in the rationale
		{"clauses/C-09.html", `<h2 id="解説">`},
		{"clauses/C-09.html", `href="../incidents/2022-06.html"`},
		{"clauses/C-09.html", `href="../checklist/K-09-2.html"`},
		{"checklist/K-09-1.html", `href="../clauses/C-09.html"`},
	} {
		if !strings.Contains(page(t, s, tc.page), tc.want) {
			t.Errorf("%s lacks %s", tc.page, tc.want)
		}
	}
	// No page links anywhere by an absolute path, loads anything from
	// another host, or keeps a .md link.
	abs := regexp.MustCompile(`href="(/|[a-z]+://|[^"]*\.md[#"])|src="(/|[a-z]+:)`)
	for p, b := range s.Files {
		if strings.HasSuffix(p, ".html") {
			if m := abs.FindString(string(b)); m != "" {
				t.Errorf("%s has %s", p, m)
			}
		}
	}
}

func TestEscaping(t *testing.T) {
	s := build(t)
	for p, b := range s.Files {
		if !strings.HasSuffix(p, ".txt") && strings.Contains(string(b), "<script>alert(1)") {
			t.Errorf("%s lets a title's </script><script> through", p)
		}
	}
	if p := page(t, s, "guide/contract.html"); strings.Contains(p, "alert('raw')") || strings.Contains(p, "onclick") {
		t.Error("raw HTML in Markdown reaches the page")
	}
	if !strings.Contains(page(t, s, "clauses/C-10.html"), "秘密の保持 &lt;/script&gt;") {
		t.Error("the title is not shown escaped")
	}
}

func TestDeterministic(t *testing.T) {
	a, b := build(t), build(t)
	if len(a.Files) != len(b.Files) {
		t.Fatalf("%d files, then %d", len(a.Files), len(b.Files))
	}
	for p, data := range a.Files {
		if !bytes.Equal(data, b.Files[p]) {
			t.Errorf("%s differs between two builds", p)
		}
	}
}

func TestClausesText(t *testing.T) {
	got := page(t, build(t), "downloads/clauses.txt")
	want := "\uFEFF個人情報の取扱いに関する特記仕様書\r\n\r\n" +
		"（再委託の禁止）\r\n" +
		"第9条　受注者は、この契約による業務を第三者に再委託してはならない。\r\n" +
		"2　前項の規定にかかわらず、受注者は、次に掲げる事項を書面で発注者に申請し、承認を受けたときは、再委託することができる。\r\n" +
		"　(1)　再委託先の名称\r\n" +
		"　(2)　再委託する業務の内容\r\n\r\n"
	if !strings.HasPrefix(got, want) {
		t.Errorf("text starts\n%q\nwant\n%q", got[:min(len(got), len(want)+40)], want)
	}

	// The page's copy button copies the same text (a <template>'s), and the
	// search index reads it.
	s := build(t)
	doc := page(t, s, "clauses/index.html")
	i, j := strings.Index(doc, `<template id="clauses-plain">`), strings.Index(doc, "</template>")
	if i < 0 || j < i {
		t.Fatal("the 特記仕様書 page has no plain text to copy")
	}
	copied := html.UnescapeString(doc[i+len(`<template id="clauses-plain">`) : j])
	if want := strings.ReplaceAll(strings.TrimPrefix(got, "\uFEFF"), "\r\n", "\n"); copied != want {
		t.Errorf("the copy button's text differs from clauses.txt:\n%q\nwant\n%q", copied, want)
	}
	if !strings.Contains(doc, `data-copy="#clauses-plain"`) {
		t.Error("the copy button does not copy the plain text")
	}
}

func TestChecklistTable(t *testing.T) {
	p := page(t, build(t), "checklist/index.html")
	for _, want := range []string{
		`<th scope="col" class="c-result">結果</th>`, `<th scope="col" class="c-note">備考</th>`,
		`<tr data-timing="契約前 定期">`, `<tr data-timing="定期 終了時">`, `第9条（再委託の禁止）`,
	} {
		if !strings.Contains(p, want) {
			t.Errorf("checklist lacks %s", want)
		}
	}
	if strings.Index(p, "K-09-1") > strings.Index(p, "K-09-2") {
		t.Error("対策 items must come before 運用 items")
	}
}

// TestGolden compares a few rendered pages with testdata/golden. Run with
// -update after an intended change to the theme and read the diff.
func TestGolden(t *testing.T) {
	s := build(t)
	for _, p := range []string{"index.html", "clauses/C-09.html", "checklist/index.html", "guide/contract.html"} {
		golden := filepath.Join("testdata", "golden", strings.ReplaceAll(p, "/", "_"))
		if *update {
			os.WriteFile(golden, s.Files[p], 0o644)
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if !bytes.Equal(s.Files[p], want) {
			t.Errorf("%s differs from %s; run go test -update and read the diff", p, golden)
		}
	}
}

// The site is written while lint runs, so an id that lint would reject must
// not reach a file name.
func TestUnsafeIDStaysInside(t *testing.T) {
	h, err := content.LoadFS(fstest.MapFS{
		"content/_index.md":  {Data: []byte("---\ntitle: t\n---\n")},
		"clauses/evil.md":    {Data: []byte("---\nid: ../../escape\ntitle: x\norder: 1\nrationale: r\nwaiver: w\n---\n")},
		"checklist/evil2.md": {Data: []byte("---\nid: a/b\nclause: ../../escape\ntitle: x\naspect: 対策\ntiming: [定期]\nrationale: r\n---\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	s, err := Build(h)
	if err != nil {
		t.Fatal(err)
	}
	for p := range s.Files {
		if !filepath.IsLocal(p) || strings.Contains(p, "..") {
			t.Errorf("the site has a file at %s", p)
		}
	}
	if _, ok := s.Files["clauses/evil.html"]; !ok {
		t.Error("a clause with an unsafe id is not named after its file")
	}
}
