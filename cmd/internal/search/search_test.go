package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

var docs = []Doc{
	{URL: "clauses/C-04.html", Title: "個人情報取扱責任者及び従事者の指定", Kind: "clause", Text: "受注者は、個人情報取扱責任者を定め、書面により発注者に報告しなければならない。"},
	{URL: "clauses/C-22.html", Title: "特定個人情報の取扱い", Kind: "clause", Text: "個人番号を含む個人情報を取り扱うときは、番号法の定めに従う。"},
	{URL: "clauses/C-16.html", Title: "記録媒体の管理", Kind: "clause", Text: "ＵＳＢメモリその他の記録媒体は、施錠できる場所に保管する。ﾌｧｲﾙ共有ソフトは使わない。"},
	{URL: "guide/a.html", Title: "使い方", Kind: "page", Text: "個人情報と番号と人番という語が離れて並ぶページ。IDカードを配る。provide"},
	{URL: "clauses/index.html", Title: "特記仕様書", Kind: "clauses", Text: "個人情報取扱責任者 記録媒体 USB 個人番号 再委託"},
	{URL: "guide/b.html", Title: "再委託", Kind: "page", Text: "再委託の承認は書面で行う。"},
}

func urls(rs []Result) string {
	var s []string
	for _, r := range rs {
		s = append(s, r.URL)
	}
	return strings.Join(s, " ")
}

func TestSearch(t *testing.T) {
	ix := Build(docs)
	for _, tc := range []struct{ q, want string }{
		{"取扱責任者", "clauses/C-04.html clauses/index.html"}, // inside a compound; the whole document last
		{"個人番号", "clauses/C-22.html clauses/index.html"},  // not guide/a.html, which has the bigrams apart
		{"ＵＳＢ", "clauses/C-16.html clauses/index.html"},   // full width
		{"usb", "clauses/C-16.html clauses/index.html"},   // case
		{"ファイル", "clauses/C-16.html"},                     // half-width kana in the text
		{"ﾌｧｲﾙ", "clauses/C-16.html"},                     // half-width kana in the query
		{"委託", "guide/b.html clauses/index.html"},         // two characters; title first
		{"再委託 承認", "guide/b.html"},                        // all terms must match
		{"再委託　書面", "guide/b.html"},                        // full-width space separates too
		{"id", "guide/a.html"},                            // ASCII starts a word: not "provide"
		{"ovide", ""},
		{"媒", "clauses/C-16.html clauses/index.html"}, // one character
		{"", ""},
		{"   ", ""},
		{"<script>", ""},
		{".*[(", ""},
		{strings.Repeat("個人情報", 500), ""},
		{"「個人番号」", "clauses/C-22.html clauses/index.html"}, // punctuation separates terms
		{"書面、報告", "clauses/C-04.html"},                     // both words, though a comma stands between them on no page
		{"者を定め", "clauses/C-04.html"},
		{"を定め、書面", "clauses/C-04.html"},
		{"、", ""},
	} {
		if got := urls(ix.Search(tc.q)); got != tc.want {
			t.Errorf("Search(%.20q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"ＵＳＢメモリ":    "usbメモリ",
		"ﾌｧｲﾙ":      "ファイル",
		"ｶﾞｲﾄﾞ":     "ガイド",
		"Ａ　 Ｂ\n\nC": "a b c",
		"①":         "1",
		" 先頭と末尾 ":   "先頭と末尾",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFilesEscapeScript(t *testing.T) {
	ix := Build([]Doc{{URL: "a.html", Title: "</script><script>alert(1)</script>", Kind: "page", Text: "本文"}})
	files, err := ix.Files()
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range files {
		if strings.Contains(strings.ToLower(string(b)), "</script") {
			t.Errorf("%s contains </script", name)
		}
	}
	if _, ok := files["search/index.js"]; !ok {
		t.Error("no search/index.js")
	}
}

// A large set is indexed in parts, one per core; the files must be the
// same as when it is indexed whole, however it is split.
func TestPartsJoinExactly(t *testing.T) {
	var many []Doc
	for i := range 700 {
		d := docs[i%len(docs)]
		d.URL = fmt.Sprintf("p/%04d.html", i)
		d.Text = strings.Repeat(d.Text, i%3+1) + fmt.Sprintf(" 第%d条 ID%d", i%37, i%11)
		many = append(many, d)
	}
	files := func(ix *Index) map[string]string {
		out := map[string]string{}
		if _, err := ix.WriteFiles(func(p string, data []byte) error {
			out[p] = string(data)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	whole := files(buildIn(many, 1))
	for _, parts := range []int{2, 3, 4, 7} {
		got := files(buildIn(many, parts))
		if len(got) != len(whole) {
			t.Errorf("%d parts: %d files, want %d", parts, len(got), len(whole))
		}
		for p, data := range whole {
			if got[p] != data {
				t.Errorf("%d parts: %s differs", parts, p)
			}
		}
	}
	for _, n := range []int{len(many), 1, 8, 16, 17} { // whole shards, and not
		streamed := map[string]string{}
		b := Builder{Put: func(p string, data []byte) error {
			if _, dup := streamed[p]; dup {
				t.Errorf("Builder wrote %s twice", p)
			}
			streamed[p] = string(data)
			return nil
		}}
		for _, d := range many[:n] {
			b.Add(d)
		}
		written, err := b.Finish()
		if err != nil {
			t.Fatal(err)
		}
		want := files(buildIn(many[:n], 1))
		size := 0
		for p, data := range want {
			size += len(data)
			if streamed[p] != data {
				t.Errorf("Builder, %d pages: %s differs", n, p)
			}
		}
		if len(streamed) != len(want) || written != size {
			t.Errorf("Builder, %d pages: %d files of %d bytes, want %d of %d", n, len(streamed), written, len(want), size)
		}
	}
	var once Builder
	for _, d := range many {
		once.Add(d)
	}
	if a, b := urls(once.Index().Search("第5条")), urls(once.Index().Search("第5条")); a != b || a == "" {
		t.Errorf("Index twice: %q, then %q", a, b)
	}
	if got := urls(buildIn(many, 3).Search("第5条")); got != urls(buildIn(many, 1).Search("第5条")) || got == "" {
		t.Errorf("search over parts: %q", got)
	}
}

// appendNormalized and the indexer's normalizePage take shortcuts; they
// must give what Normalize gives.
func FuzzNormalizeShortcuts(f *testing.F) {
	for _, s := range []string{"", "ＵＳＢメモリ", "ｶﾞｲﾄﾞ ﾌｧｲﾙ", "Ａ　 Ｂ\n\nC", "①", " a\u0301 e\u0300\u0301 ",
		"\u0301先頭", "\x00\xff\xc3", "㍻ ﬁ ẞ İ", "\U0001D400\u0308"} {
		f.Add(s, "題 ")
		f.Add("タイトル", s)
	}
	f.Fuzz(func(t *testing.T, title, text string) {
		// Segments as a range over the runes cuts them.
		var want, got []string
		start := 0
		for i, r := range text {
			if i > 0 && !attaches(r) {
				want = append(want, text[start:i])
				start = i
			}
		}
		if text != "" {
			want = append(want, text[start:])
		}
		segments(text, func(seg string) { got = append(got, seg) })
		if !slices.Equal(got, want) {
			t.Errorf("segments(%q) = %q, want %q", text, got, want)
		}
		// As runes: an invalid byte becomes U+FFFD.
		if got, want := string(appendNormalized(nil, text)), string([]rune(Normalize(text))); got != want {
			t.Errorf("appendNormalized(%q) = %q, want %q", text, got, want)
		}
		var w partWriter
		n := w.normalizePage(Doc{Title: title, Text: text})
		if got, want := string(w.stream), string([]rune(Normalize(title+"\n"+text))); got != want {
			t.Errorf("normalizePage(%q, %q) = %q, want %q", title, text, got, want)
		}
		if want := len([]rune(Normalize(title))); n != want {
			t.Errorf("normalizePage(%q, %q): title length %d, want %d", title, text, n, want)
		}
	})
}

// TestWholeDocumentsIndexedAsFarAsTheirSnippets: a whole document (the
// 特記仕様書 repeats every clause) is found by the words its snippet text
// holds, not by those further on, which its clauses' own pages hold; any
// other page is indexed whole.
func TestWholeDocumentsIndexedAsFarAsTheirSnippets(t *testing.T) {
	long := "冒頭の語は秘密保持。" + strings.Repeat("受注者は記録を残す。", snippetRunes/10) + "末尾の語は媒体廃棄。"
	ix := Build([]Doc{
		{URL: "clauses/index.html", Title: "特記仕様書", Kind: "clauses", Text: long},
		{URL: "guide/long.html", Title: "長い手引き", Kind: "page", Text: long},
	})
	for q, want := range map[string]string{
		"秘密保持": "guide/long.html clauses/index.html",
		"媒体廃棄": "guide/long.html",
	} {
		if got := urls(ix.Search(q)); got != want {
			t.Errorf("Search(%q) = %q, want %q", q, got, want)
		}
	}
}

// Pairs of hiragana are stored without positions: a term's other pairs
// must stand in place, its pairs of hiragana only be on the page.
func TestHiraganaPairs(t *testing.T) {
	ix := Build(docs)
	for _, tc := range []struct{ q, want string }{
		{"報告しなければ", "clauses/C-04.html"},   // anchored by 報告 and 告し
		{"しなければならない", "clauses/C-04.html"}, // hiragana alone: the pages with all its pairs
		{"報告しなかった", ""},                    // かっ and った are on no page
		{"記録しなければ", ""},                    // 記録し stands nowhere
		{"を取り扱う", "clauses/C-22.html"},
		{"取り扱うとき", "clauses/C-22.html"},
	} {
		// As typed: without the look-up by content words that follows
		// when a query finds little.
		if got := urls(ix.run(Terms(tc.q), nil)); got != tc.want {
			t.Errorf("%q finds %q, want %q", tc.q, got, tc.want)
		}
	}
}

// A query loads, of the pairs that would place a term, the smallest lists
// that do: 取扱責任者 needs 取扱 and 任者, and 扱責 or 責任, whichever is
// smaller. Either finds the same pages.
func TestCoverLoadsTheSmallerLists(t *testing.T) {
	for _, tc := range []struct {
		more string // repeated on every page
		want string
	}{
		{"責任", "[0 1 3]"},
		{"扱責", "[0 2 3]"},
	} {
		var many []Doc
		for i := range 1500 {
			many = append(many, Doc{URL: fmt.Sprintf("p/%d.html", i), Title: "題", Kind: "page",
				Text: "取扱責任者。" + strings.Repeat(tc.more+"。", 6)})
		}
		ix := Build(many)
		if got := fmt.Sprint(ix.cover([]rune("取扱責任者"))); got != tc.want {
			t.Errorf("with %s on every page, cover(取扱責任者) = %s, want %s", tc.more, got, tc.want)
		}
		if n := len(ix.Search("取扱責任者")); n != len(many) {
			t.Errorf("with %s on every page, 取扱責任者 finds %d pages, want %d", tc.more, n, len(many))
		}
	}
	ix := Build(docs)
	for term, want := range map[string]string{
		"ab":       "[0]",
		"しなければ":    "[]",    // hiragana alone: no positions
		"報告しなければ":  "[0 1]", // the pairs after 告し are hiragana
		"usbメモリ":   "[0 2 4]",
		"者を定め":     "[0 2]",
		"ければ取扱責任者": "[2 4 6]",
	} {
		if got := fmt.Sprint(ix.cover([]rune(term))); got != want {
			t.Errorf("cover(%s) = %s, want %s", term, got, want)
		}
	}
}

// TestIsBreak: isBreak's switch holds the marks of breaks, and no others.
func TestIsBreak(t *testing.T) {
	for r := rune(0); r < 0x20000; r++ {
		if isBreak(r) != strings.ContainsRune(breaks, r) {
			t.Errorf("isBreak(%q) = %v", r, isBreak(r))
		}
	}
}
