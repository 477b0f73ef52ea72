package tailor_test

import (
	"archive/zip"
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/export"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
	"github.com/tokki-handbook/tokki/cmd/internal/site"
	"github.com/tokki-handbook/tokki/cmd/internal/tailor"
)

// raw are what must never reach a reader: a parameter as written, and the
// marks that stand for values and references while a text is rendered.
var raw = []string{"{{", markdown.ValueOpen, markdown.ValueClose, "\uE000", "\uE001", "\uE004", "\uE005"}

func rawIn(s string) string {
	for _, r := range raw {
		if strings.Contains(s, r) {
			return r
		}
	}
	return ""
}

// TestEveryTailoringHoldsTogether builds this repository's handbook for
// every combination of answers to its questions and checks that each
// tailored 特記仕様書 refers only to articles it has, names each as it
// numbers it, and shows no raw parameter.
func TestEveryTailoringHoldsTogether(t *testing.T) {
	h, err := content.Load(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	qs := h.Settings.Questions
	if len(qs) == 0 {
		t.Fatal("the handbook declares no questions")
	}
	combos, refs := 0, 0
	answers := map[string]string{}
	var each func(i int)
	each = func(i int) {
		if i < len(qs) {
			for _, a := range qs[i].Answers {
				answers[qs[i].ID] = a
				each(i + 1)
			}
			return
		}
		combos++
		r, err := tailor.Tailor(h, tailor.Input{Answers: answers})
		if err != nil {
			t.Fatalf("%v: %v", answers, err)
		}
		number := map[string]tailor.Clause{}
		for _, c := range r.Clauses {
			number[c.ID] = c
		}
		var doc bytes.Buffer
		if err := tailor.WriteMarkdown(&doc, r); err != nil {
			t.Fatal(err)
		}
		if m := rawIn(doc.String()); m != "" {
			t.Errorf("%v: the tailored document shows %q", answers, m)
		}
		for _, c := range r.Clauses {
			text := markdown.ArticleText([]byte(c.Text))
			if m := rawIn(text); m != "" {
				t.Errorf("%v: 第%d条 (%s) shows %q", answers, c.Number, c.ID, m)
			}
			for _, id := range c.Refs {
				refs++
				to, ok := number[id]
				if !ok {
					t.Errorf("%v: 第%d条 (%s) refers to %s, which this text leaves out", answers, c.Number, c.ID, id)
					continue
				}
				if label := markdown.Label(to.Number, to.Title); !strings.Contains(text, label) {
					t.Errorf("%v: 第%d条 (%s) does not name %s as %s:\n%s", answers, c.Number, c.ID, id, label, text)
				}
			}
		}
		txt := string(export.Text(export.FromTailored(h, r)))
		if m := rawIn(txt); m != "" {
			t.Errorf("%v: the tailored text file shows %q", answers, m)
		}
	}
	each(0)
	if refs == 0 {
		t.Errorf("%d combinations, but no clause refers to another: the test proves nothing", combos)
	}
	t.Logf("%d combinations, %d references", combos, refs)
}

// TestWholeHandbookShowsValues: the whole handbook (site pages, search
// index, the Word and text downloads) shows each parameter's default
// marked as a value to fill, names references by the handbook's numbers,
// and never shows a raw parameter.
func TestWholeHandbookShowsValues(t *testing.T) {
	h, err := content.Load(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	s, err := site.Build(h)
	if err != nil {
		t.Fatal(err)
	}
	for p, data := range s.Files {
		if !strings.HasSuffix(p, ".html") && !strings.HasPrefix(p, "search/") && !strings.HasPrefix(p, "downloads/") {
			continue // the theme's scripts and the builder page's data fill values in the browser
		}
		if strings.HasSuffix(p, ".docx") || strings.HasSuffix(p, ".xlsx") {
			continue
		}
		if m := rawIn(string(data)); m != "" {
			t.Errorf("%s shows %q", p, m)
		}
	}
	docx := docxText(t, s.Files["downloads/clauses.docx"])
	if m := rawIn(docx); m != "" {
		t.Errorf("clauses.docx shows %q", m)
	}
	txt := string(s.Files["downloads/clauses.txt"])
	clauses := string(s.Files["clauses/index.html"])
	for _, p := range h.Settings.Params {
		shown := "【" + p.Default + "】"
		if !strings.Contains(txt, shown) {
			t.Errorf("clauses.txt does not show %s", shown)
		}
		if !strings.Contains(docx, `<w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">`+shown) {
			t.Errorf("clauses.docx does not underline %s", shown)
		}
		if !strings.Contains(clauses, `<span class="param">`+shown+`</span>`) {
			t.Errorf("the 特記仕様書 page does not mark %s", shown)
		}
	}
	if !strings.Contains(clauses, "契約ごとに決めて書き換える値") {
		t.Error("the 特記仕様書 page does not explain the mark")
	}
	// Every reference, in every download, as the whole handbook numbers it.
	whole := markdown.Whole(h)
	n := 0
	for _, c := range h.Clauses {
		for _, ref := range markdown.Refs(c.Body, c.Path) {
			label, ok := whole[ref.Target]
			if !ok {
				continue
			}
			n++
			for name, out := range map[string]string{"clauses.txt": txt, "clauses.docx": docx, "the 特記仕様書 page": clauses} {
				if !strings.Contains(out, label) {
					t.Errorf("%s does not name %s's reference as %s", name, c.ID, label)
				}
			}
		}
	}
	if n == 0 {
		t.Error("no clause body refers to another: the test proves nothing")
	}
}

func docxText(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			return string(b)
		}
	}
	t.Fatal("no word/document.xml")
	return ""
}
