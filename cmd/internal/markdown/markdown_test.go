package markdown

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
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

// plainParagraph's shortcut must give exactly what goldmark gives, for the
// texts it takes; and it must not take texts with syntax in them.
func TestPlainParagraph(t *testing.T) {
	var texts []string
	// Every front-matter string and body of this repository's handbook.
	root := filepath.Join("..", "..", "..")
	for _, dir := range []string{"clauses", "checklist", "content"} {
		filepath.WalkDir(filepath.Join(root, dir), func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() || !strings.HasSuffix(p, ".md") {
				return nil
			}
			b, _ := os.ReadFile(p)
			for _, line := range strings.Split(string(b), "\n") {
				texts = append(texts, line, strings.TrimPrefix(line, "rationale: "), strings.TrimSpace(line)+"\n")
			}
			return nil
		})
	}
	texts = append(texts,
		"個人情報を含む記録媒体は施錠できる書庫に保管する", "末尾に全角空白　", "　全角空白で始まる", "全角　空白",
		"USB メモリ 2 個", "x  y", "A", "1", "ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ", "https：／／example", "①②③", "😀 絵文字",
		"www example com", "\u00a0前に詰めない空白", "後ろに詰めない空白\u00a0", "改行なし\n", "\n\n前後に改行\n\n",
		"a\u2028b", "零幅\u200b空白", "1. 番号", "- 箇条書き", "# 見出し", "*強調*", "<b>", "a&b", "[リンク](x.md)",
		"www.example.com", "user@example.com", "    字下げ", "\t字下げ", "行末の空白 ", "二行\n目", "~~取消~~", "a|b",
		"\\エスケープ", "`コード`", "&amp;", "ﾊﾝｶｸｶﾅ", "Ａ＿Ｂ＊Ｃ", "")
	taken := 0
	for _, s := range texts {
		src := []byte(s)
		if _, ok := plainParagraph(src); !ok {
			continue
		}
		taken++
		fast, err := Render(src, nil)
		if err != nil {
			t.Fatal(err)
		}
		slow, err := render(src, nil)
		if err != nil {
			t.Fatal(err)
		}
		if string(fast.HTML) != string(slow.HTML) || fast.Text != slow.Text || len(fast.Headings) != len(slow.Headings) {
			t.Errorf("%q: shortcut gives %q / %q, goldmark %q / %q", s, fast.HTML, fast.Text, slow.HTML, slow.Text)
		}
	}
	if taken < 50 {
		t.Errorf("the shortcut took only %d texts", taken)
	}
	for _, s := range []string{"1. 番号", "*強調*", "<b>", "a&b", "[リンク](x.md)", "www.example.com", "    字下げ", "二行\n目", "行末の空白 ", "零幅\u200b空白", ""} {
		if _, ok := plainParagraph([]byte(s)); ok {
			t.Errorf("%q was taken as plain text", s)
		}
	}
}

func FuzzPlainParagraph(f *testing.F) {
	for _, s := range []string{"個人情報の保護", "USB メモリ 2 個", "末尾　", "😀", "ﾊﾝｶｸ", "a\u3000b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, ok := plainParagraph([]byte(s)); !ok {
			return
		}
		fast, _ := Render([]byte(s), nil)
		slow, _ := render([]byte(s), nil)
		if string(fast.HTML) != string(slow.HTML) || fast.Text != slow.Text {
			t.Errorf("%q: shortcut gives %q / %q, goldmark %q / %q", s, fast.HTML, fast.Text, slow.HTML, slow.Text)
		}
	})
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

// RenderArticle gives Render's output and leaves ArticleText's, from one
// parse.
func TestRenderArticle(t *testing.T) {
	rw := func(dest string) string { return "rewritten/" + dest }
	for _, src := range []string{
		"受注者は、秘密を保持しなければならない。",
		"\n\n1. 受注者は、[第2条](c02.md)に従う。\n2. 次の事項を守る。\n   1. 一\n   2. 二\n      - ア\n\n末尾の段落\n",
		"- 箇条\n- **強調**と`符号`\n\n> 引用\n",
		"# 見出し\n\n本文{{param}}\n",
		"",
	} {
		clearArticles()
		got, err := RenderArticle([]byte(src), rw)
		if err != nil {
			t.Fatal(err)
		}
		kept, ok := cachedArticle(string(bytes.Trim([]byte(src), "\n")))
		want, _ := Render([]byte(src), rw)
		if string(got.HTML) != string(want.HTML) || got.Text != want.Text {
			t.Errorf("%q: RenderArticle gives %q, Render %q", src, got.HTML, want.HTML)
		}
		clearArticles()
		if fresh := ArticleText([]byte(src)); !ok || kept != fresh {
			t.Errorf("%q: RenderArticle kept %q (%v), ArticleText gives %q", src, kept, ok, fresh)
		}
	}
}

func clearArticles() {
	articles.Lock()
	clear(articles.m)
	articles.bytes = 0
	articles.Unlock()
}
