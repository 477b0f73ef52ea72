package search

import (
	"strings"
	"testing"
)

func TestSkeleton(t *testing.T) {
	for in, want := range map[string]string{
		"取り扱い":    "取扱",
		"取扱い":     "取扱",
		"取扱":      "取扱",
		"受け渡し":    "受渡",
		"問い合わせ":   "問合",
		"問合せ":     "問合",
		"立ち入り":    "立入",
		"持ち出し":    "持出",
		"持ち出":     "持出",
		"取り扱い責任者": "取扱責任者",
		"情報の保護":   "情報の保護", // a particle is never left out
		"漏れ":      "漏れ",    // at least two characters stay
		"個人情報を":   "個人情報を",
		"ください":    "ください",
		"申し込みます":  "申込みます", // three hiragana at the end stay
	} {
		if got := skeleton(in); got != want {
			t.Errorf("skeleton(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestVariantsOfATerm(t *testing.T) {
	groups := [][]string{{"漏えい", "漏洩", "情報漏れ"}}
	for _, tc := range []struct{ in, want string }{
		{"漏洩", "漏洩 漏えい 情報漏れ"},
		{"漏洩事案", "漏洩事案 漏えい事案 情報漏れ事案"},
		{"コンピューター", "コンピューター コンピュータ"},
		{"メモリー", "メモリー メモリ"},
		{"キー", "キー"}, // too short to lose its mark
		{"まいなんばー", "まいなんばー マイナンバー マイナンバ"},
		{"c09", "c09 c-09"},
		{"c-9", "c-9 c-09"},
		{"k-13-2", "k-13-2"},
		{"取り扱い", "取り扱い 取扱"},
		{"個人番号", "個人番号"},
	} {
		var got []string
		for _, v := range variants(tc.in, groups) {
			got = append(got, v.text)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("variants(%q) = %q, want %q", tc.in, g, tc.want)
		}
	}
}

func TestWords(t *testing.T) {
	for in, want := range map[string]string{
		"USBメモリを紛失した": "usbメモリ 紛失",
		"個人情報を持ち出すとき": "個人情報 持ち出",
		"委託先の監査":      "委託先 監査",
		"再委託、承認は？":    "再委託 承認",
		"まいなんばー":      "",
	} {
		if got := strings.Join(words(in), " "); got != want {
			t.Errorf("words(%q) = %q, want %q", in, got, want)
		}
	}
}

var foldDocs = []Doc{
	{URL: "a.html", Title: "個人情報の取り扱い", Kind: "clause", Text: "受注者は個人情報を適正に取り扱い、問い合わせに応じる。"},
	{URL: "b.html", Title: "記録媒体", Kind: "clause", Text: "個人情報の取扱いは書面で定める。問合せ窓口を置く。USBメモリーを紛失したときは直ちに報告する。", Keys: "C-09"},
	{URL: "c.html", Title: "取扱責任者", Kind: "clause", Text: "取扱責任者を置く。受渡し簿に記録する。"},
	{URL: "d.html", Title: "持ち出し", Kind: "page", Text: "個人情報を持ち出すときは承認を得る。立入り検査を受ける。漏えいの防止。"},
	{URL: "e.html", Title: "マイナンバー", Kind: "page", Text: "マイナンバーを扱うコンピュータ。個人番号の管理。"},
	{URL: "f.html", Title: "情報の保護", Kind: "page", Text: "個人情報の保護について。受け渡しの記録。紛失の報告は別に定める。USBメモリの管理。"},
	{URL: "g.html", Title: "K-13-2 点検", Kind: "check", Text: "持出しの記録を確認する。"},
	{URL: "h.html", Title: "手引き", Kind: "page", Text: "契約の前に確かめることを説明します。" + strings.Repeat("本文です。", 40) + "委託先の選び方の例。",
		Headings: "委託先の選び方\n点検の時期"},
	{URL: "i.html", Title: "よくある質問", Kind: "page", Text: "委託先の選び方は、手引きを見てください。"},
}

func foldIndex() *Index {
	ix := Build(foldDocs)
	ix.Groups = [][]string{{"漏えい", "漏洩", "情報漏れ"}}
	ix.Words = []string{"個人情報", "漏えい", "再委託", "記録媒体", "マイナンバー"}
	return ix
}

func foldQueries() []string {
	return []string{"取り扱い", "取扱い", "取扱", "問い合わせ", "問合せ", "受け渡し", "受渡し", "持ち出し", "持出し",
		"立ち入り", "漏洩", "コンピューター", "メモリ", "メモリー", "まいなんばー", "個人番号", "情報保護",
		"USBメモリを紛失した", "個人情報を持ち出すとき", "C-09", "c09", "Ｃ－０９", "k-13-2", "ききゅう", "再委託", "個人情報 持ち出し", "選び方", "点検の時期"}
}

func TestFoldedSearch(t *testing.T) {
	ix := foldIndex()
	for _, tc := range []struct{ q, want string }{
		{"取り扱い", "a.html c.html b.html"}, // as typed first, then 取扱 in a title, then 取扱い
		{"取扱い", "b.html"},                // as typed first
		{"問い合わせ", "a.html b.html"},       // 問合せ too
		{"問合せ", "b.html a.html"},
		{"受け渡し", "f.html c.html"},
		{"受渡し", "c.html f.html"},
		{"持ち出し", "d.html g.html"},
		{"持出し", "g.html d.html"},
		{"立ち入り", "d.html"},
		{"漏洩", "d.html"}, // the terms fold 漏洩 onto 漏えい
		{"コンピューター", "e.html"},
		{"メモリー", "b.html f.html"},
		{"まいなんばー", "e.html"},
		{"個人番号", "e.html"},               // not the pages with 個人情報
		{"情報保護", ""},                     // の is a particle: no new hit
		{"ききゅう", ""},                     // unrelated: nothing
		{"C-09", "b.html"},               // an id in the keys
		{"c09", "b.html"},                // lower case, no hyphen
		{"Ｃ－０９", "b.html"},               // full width
		{"k-13-2", "g.html"},             // a check item's id in its title
		{"USBメモリを紛失した", "b.html f.html"}, // the content words; close together first
		{"選び方", "h.html i.html"},         // a heading above the start of the text
	} {
		if got := urls(ix.Search(tc.q)); !strings.HasPrefix(got+" ", tc.want+" ") && got != tc.want {
			t.Errorf("Search(%q) = %q, want %q first", tc.q, got, tc.want)
		}
	}
	a := ix.Ask("USBメモリを紛失した")
	if strings.Join(a.Words, " ") != "usbメモリ 紛失" || !a.Fallback {
		t.Errorf("USBメモリを紛失した: words %q, fallback %v", a.Words, a.Fallback)
	}
	if a := ix.Ask("ききゅう"); a.Fallback || len(a.Results) > 0 {
		t.Errorf("ききゅう: %+v", a)
	}
	if a := ix.Ask("個人情報漏洩"); len(a.Suggest) > 0 && len(a.Results) > 0 {
		t.Errorf("suggestions beside results: %+v", a)
	}
	if got := strings.Join(ix.Ask("こじんじょうほ").Suggest, " "); got != "" {
		t.Logf("こじんじょうほ suggests %q", got)
	}
	if got := strings.Join(ix.Ask("記録媒休").Suggest, " "); !strings.HasPrefix(got, "記録媒体") {
		t.Errorf("記録媒休 (a typo) suggests %q, want 記録媒体 first", got)
	}
}
