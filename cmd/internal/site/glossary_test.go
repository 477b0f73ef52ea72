package site

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

func TestGlossaryShowsTerms(t *testing.T) {
	fsys := fstest.MapFS{
		"content/_index.md": {Data: []byte(`---
title: 手引
terms:
  - use: 漏えい
    avoid: [漏洩, 漏れい]
    synonyms: [情報漏れ]
    note: 常用漢字表にない字は仮名で書く
  - use: メモリー
    avoid: [メモリ]
  - use: 点検
    synonyms: ["<b>検査</b>"]
---
`)},
		"content/glossary.md": {Data: []byte("---\ntitle: 用語集\n---\n\n## 漏えい\n\n個人情報が外に出ることです。\n\n## 点検\n点検の説明です。\n\n## 作業場所\n\n場所です。")},
	}
	h, err := content.LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Build(h)
	if err != nil {
		t.Fatal(err)
	}
	var html string
	for name, b := range s.Files {
		if strings.HasPrefix(name, "glossary") && strings.HasSuffix(name, ".html") {
			html = string(b)
		}
	}
	if html == "" {
		t.Fatal("the site has no glossary page")
	}
	for _, want := range []string{
		// under the heading that names the term, before its own text
		"漏えい</h2>\n<p>ほかの書き方：漏洩、漏れい（使いません）／同じ意味の言葉：情報漏れ</p>\n<p>個人情報が外に出ることです。</p>",
		"点検</h2>\n<p>同じ意味の言葉：&lt;b&gt;検査&lt;/b&gt;</p>\n<p>点検の説明です。</p>",
		// every term in the table at the end, with its note
		"<td>漏えい</td>\n<td>漏洩、漏れい</td>\n<td>情報漏れ</td>\n<td>常用漢字表にない字は仮名で書く</td>",
		"<td>メモリー</td>\n<td>メモリ</td>",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the glossary lacks\n%s\nin\n%s", want, html[strings.Index(html, "<h2"):])
		}
	}
	if strings.Contains(html, "作業場所</h2>\n<p>ほかの") {
		t.Error("a heading that names no term got a line of spellings")
	}
}
