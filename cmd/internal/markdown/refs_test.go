package markdown

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

func TestResolveRefs(t *testing.T) {
	n := Numbering{"clauses/c10.md": "第3条（再委託先の管理）", "clauses/c_1.md": "第1条（a*b）"}
	for _, tc := range []struct{ src, want string }{
		{"「再委託先の管理」に定める", "「再委託先の管理」に定める"},
		{"[第10条](c10.md)の定め", "[第3条（再委託先の管理）](c10.md)の定め"},
		{"[](c10.md#条文)", "[第3条（再委託先の管理）](c10.md#条文)"},
		{"[**古い**名前](./c10.md)", "[第3条（再委託先の管理）](./c10.md)"},
		{"[x](c_1.md) と [y](other.md) と [z](https://e.jp/c10.md)", "[第1条（a\\*b）](c_1.md) と [y](other.md) と [z](https://e.jp/c10.md)"},
		{"1. 前段\n   2. [第十条](c10.md)と[同](/clauses/c10.md)\n", "1. 前段\n   2. [第3条（再委託先の管理）](c10.md)と[第3条（再委託先の管理）](/clauses/c10.md)\n"},
		{"`[x](c10.md)`", "`[x](c10.md)`"},
	} {
		if got := string(ResolveRefs([]byte(tc.src), "clauses/c09.md", n.Label)); got != tc.want {
			t.Errorf("ResolveRefs(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
	// The label shows as written, whatever Markdown would make of it.
	got := ArticleText(ResolveRefs([]byte("[x](c_1.md)に従う。"), "clauses/c09.md", n.Label))
	if got != "第1条（a*b）に従う。\n" {
		t.Errorf("article text %q", got)
	}
}

func TestValues(t *testing.T) {
	value := Defaults(nil)
	src := MarkValues("{{期限}}までに{{ 未知 }}を\\<b>。", func(name string) (string, bool) {
		if name == "期限" {
			return "*直ちに*", true
		}
		return value(name)
	})
	r, err := Render([]byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	html := string(ValuesHTML(r.HTML))
	if want := `<p><span class="param">【*直ちに*】</span>までに<span class="param">【未知】</span>を&lt;b&gt;。</p>` + "\n"; html != want {
		t.Errorf("HTML %q, want %q", html, want)
	}
	if got := ShowValues(r.Text); got != "【*直ちに*】までに【未知】を<b>。\n" {
		t.Errorf("text %q", got)
	}
	// In an attribute the mark is text: it cannot end the attribute.
	img, _ := Render([]byte(MarkValues(`![{{x}}](a.png)`, value)), nil)
	if got := string(ValuesHTML(img.HTML)); !strings.Contains(got, `alt="【x】"`) {
		t.Errorf("image %q", got)
	}
	runs := Runs(ShowValues("a") + ValueOpen + "1年間" + ValueClose + "b")
	if len(runs) != 3 || runs[1] != (Run{"【1年間】", true}) || runs[2].Text != "b" {
		t.Errorf("runs %+v", runs)
	}
}

func TestRelabelRefs(t *testing.T) {
	n := Numbering{"clauses/c10.md": "第3条（再委託先の管理）", "clauses/c_1.md": "第1条（a*b）", "clauses/c12.md": "「複写の制限」"}
	for _, tc := range []struct{ src, want string }{
		{"[第10条](../clauses/c10.md)の定め", "[第3条](../clauses/c10.md)の定め"},
		{"[第１０条（再委託先）](../clauses/c10.md#条文)", "[第3条（再委託先の管理）](../clauses/c10.md#条文)"},
		{"[第10条第2項](../clauses/c10.md)と[第10条（古い）第2項第1号](../clauses/c10.md)", "[第3条第2項](../clauses/c10.md)と[第3条（再委託先の管理）第2項第1号](../clauses/c10.md)"},
		{"[](../clauses/c_1.md)", "[第1条（a\\*b）](../clauses/c_1.md)"},
		{"- [第10条 再委託先](../clauses/c10.md)：", "- [第3条 再委託先の管理](../clauses/c10.md)："},
		{"[再委託の管理](../clauses/c10.md)、[第10条の規定](../clauses/c10.md)、[第10条及び第11条](../clauses/c10.md)", "[再委託の管理](../clauses/c10.md)、[第10条の規定](../clauses/c10.md)、[第10条及び第11条](../clauses/c10.md)"},
		{"[第10条](other.md)、[第10条](../clauses/c99.md)、`[第10条](../clauses/c10.md)`", "[第10条](other.md)、[第10条](../clauses/c99.md)、`[第10条](../clauses/c10.md)`"},
		// A numbering that does not number the clause (a tailored text
		// that leaves it out) names it as it does.
		{"[第12条第2項](../clauses/c12.md)", "[「複写の制限」第2項](../clauses/c12.md)"},
	} {
		if got := string(RelabelRefs([]byte(tc.src), "checklist/k10-1.md", n)); got != tc.want {
			t.Errorf("RelabelRefs(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

// TestRenderRelabeledIsRenderOfRelabelRefs: relabeling the parsed links
// gives the HTML, text and headings that relabeling the source and parsing
// it again gives, for random texts made of links of every kind (labels
// typed, empty, emphasised, in code, by reference, in headings, lists and
// tables, to clauses and elsewhere) and labels with Markdown's and HTML's
// marks in them. (Only the headings' offsets differ: they are in src.)
func TestRenderRelabeledIsRenderOfRelabelRefs(t *testing.T) {
	n := Numbering{
		"clauses/c10.md": "第3条（再委託先の管理）",
		"clauses/c_1.md": "第1条（a*b & <c> \\d `e` [f]）",
		"clauses/c02.md": "「旧 & 条」",
		"clauses/c03.md": "第12条（&amp; の_扱い_）",
	}
	pieces := []string{
		"[第10条](../clauses/c10.md)", "[](../clauses/c_1.md)", "[第1条（旧）第2項](../clauses/c02.md#条文)",
		"[**第9条**](../clauses/c10.md)", "[第9条 再委託](../clauses/c03.md)", "[再委託](../clauses/c10.md)",
		"[第2条](https://example.jp/c10.md)", "[x](other.md)", "`[第1条](../clauses/c10.md)`",
		"[第5条][r]", "![図](../clauses/c10.md)", "<https://example.jp>", "\\[第1条](../clauses/c10.md)",
		"[第１０条各号](../clauses/c_1.md)", "[ 第3条 ](../clauses/c03.md)", "本文。", "*強調*", "a & b < c",
	}
	blocks := []string{"", "## ", "- ", "1. ", "> ", "| a | b |\n|---|---|\n| "}
	rw := func(dest string) string { return "page:" + dest }
	rnd := rand.New(rand.NewPCG(1, 2))
	relabeled := 0
	for i := range 3000 {
		var b strings.Builder
		for range 1 + rnd.IntN(4) {
			b.WriteString(blocks[rnd.IntN(len(blocks))])
			for range 1 + rnd.IntN(4) {
				b.WriteString(pieces[rnd.IntN(len(pieces))])
			}
			if rnd.IntN(3) == 0 {
				b.WriteString(" |")
			}
			b.WriteString("\n\n")
		}
		if i%2 == 0 {
			b.WriteString("[r]: ../clauses/c10.md\n")
		}
		src := []byte(b.String())
		if !bytes.Equal(RelabelRefs(src, "guide/a.md", n), src) {
			relabeled++
		}
		want, err := Render(RelabelRefs(src, "guide/a.md", n), rw)
		if err != nil {
			t.Fatal(err)
		}
		got, err := RenderRelabeled(src, "guide/a.md", n, rw)
		if err != nil {
			t.Fatal(err)
		}
		// The headings' offsets are in src, not in the source relabeled.
		for _, hs := range [][]Heading{got.Headings, want.Headings} {
			for i := range hs {
				hs[i].Offset = 0
			}
		}
		if !bytes.Equal(got.HTML, want.HTML) || got.Text != want.Text || !reflect.DeepEqual(got.Headings, want.Headings) {
			t.Fatalf("%q:\nHTML %s\nwant %s\ntext %q\nwant %q\nheadings %v\nwant %v", src, got.HTML, want.HTML, got.Text, want.Text, got.Headings, want.Headings)
		}
	}
	if relabeled < 1000 {
		t.Errorf("only %d of the texts had a link to relabel", relabeled)
	}
}
