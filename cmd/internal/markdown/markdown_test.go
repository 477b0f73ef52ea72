package markdown

import (
	"slices"
	"strings"
	"testing"
)

func TestAnchor(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"点検の時期", "点検の時期"},
		{"第3条（再委託）", "第3条再委託"},
		{"Hello World", "hello-world"},
		{"ＵＳＢメモリ の管理", "ｕｓｂメモリ-の管理"},
		{"「解説」・注意", "解説注意"},
		{"データ消去", "データ消去"},
		{"a_b-c.d", "a_b-cd"},
		{"  前後の空白  ", "前後の空白"},
		{"", ""},
	} {
		if got := Anchor(tc.in); got != tc.want {
			t.Errorf("Anchor(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHeadingsAndLinks(t *testing.T) {
	src := []byte("# 手引き\n\n## 点検の時期\n\n## 点検の時期\n\n## **強調**と`コード`\n\n## 独自 {#custom}\n\n本文[第9条](../clauses/c09.md#解説)と![図](a.png)、<https://example.jp>。\n")
	doc := Parse(src)
	var ids []string
	for _, h := range Headings(doc, src) {
		ids = append(ids, h.ID)
	}
	want := []string{"手引き", "点検の時期", "点検の時期-1", "強調とコード", "custom"}
	if !slices.Equal(ids, want) {
		t.Errorf("ids = %q, want %q", ids, want)
	}
	links := Links(doc)
	if len(links) != 2 {
		t.Fatalf("links = %+v, want the link and the image (not the autolink)", links)
	}
	if links[0].Dest != "../clauses/c09.md#解説" || string(src[links[0].Offset]) != "[" {
		t.Errorf("link %+v does not start at its '['", links[0])
	}
	if !links[1].Image || links[1].Dest != "a.png" {
		t.Errorf("image = %+v", links[1])
	}
}

func TestLinkFree(t *testing.T) {
	for _, s := range []string{"", "受注者は、秘密を保持しなければならない。", "1. 一\n2. 二\n   - 三", "<https://example.jp/>", "a - b\n\nc = d", "---x"} {
		if !LinkFree([]byte(s)) {
			t.Errorf("%q: not taken as link-free", s)
		}
	}
	for _, s := range []string{"[a](b.md)", "![図](x.png)", "# 見出し", "見出し\n===", "見出し\n  ---  ", "注[^1]", "[参照]\n\n[参照]: x.md", "> 引用\n> ---", ">> 引用\n>>===="} {
		if LinkFree([]byte(s)) {
			t.Errorf("%q: taken as link-free", s)
		}
	}
}

// A text LinkFree passes must have no link and no heading when parsed.
func FuzzLinkFree(f *testing.F) {
	for _, s := range []string{"本文", "a\n-", "a\n=\n", "<http://x>", "www.example.com", "a\\\n- b", "*a*\n\n> b\n> ---"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !LinkFree([]byte(s)) {
			return
		}
		doc := Parse([]byte(s))
		if l := Links(doc); len(l) > 0 {
			t.Errorf("%q: link-free, but has links %v", s, l)
		}
		if h := Headings(doc, []byte(s)); len(h) > 0 {
			t.Errorf("%q: link-free, but has headings %v", s, h)
		}
	})
}

// An article as contracts lay it out: the first paragraph's number 1 gives
// way to 第N条; an article of one unnumbered paragraph gets 第N条 too.
func TestArticleLines(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"1　受注者は、守る。\n2　受注者は、従う。\n　(1)　記録\n", []string{"（基本）", "第3条　受注者は、守る。", "2　受注者は、従う。", "　(1)　記録"}},
		{"受注者は、守る。\n", []string{"（基本）", "第3条　受注者は、守る。"}},
		{"", []string{"（基本）", "第3条"}},
		{"10　十番目から始まる。\n", []string{"（基本）", "第3条　10　十番目から始まる。"}},
	} {
		if got := ArticleLines(3, "基本", tc.text); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
