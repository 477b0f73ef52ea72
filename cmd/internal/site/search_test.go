package site

import (
	"strings"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/search"
)

// The queries of issue 18, as staff type them, on this repository's
// handbook: each finds pages, and the ranking cases put the page meant
// near the top.
func TestSearchHandbook(t *testing.T) {
	h, err := content.Load("../../..")
	if err != nil {
		t.Fatal(err)
	}
	var ib Builder
	_, docs, err := ib.Build(h)
	if err != nil {
		t.Fatal(err)
	}
	ix := search.Build(docs)
	ix.Groups, ix.Words = searchGroups(h), searchWords(h)
	rank := func(q, url string) int {
		for i, r := range ix.Search(q) {
			if r.URL == url {
				return i + 1
			}
		}
		return 0
	}
	clauseOf := func(order int) string {
		for _, c := range h.Clauses {
			if c.Order == order {
				return "clauses/" + c.ID + ".html"
			}
		}
		t.Fatalf("no clause %d", order)
		return ""
	}
	for _, q := range []string{"取り扱い", "取扱い", "持ち出し", "持出し", "漏洩", "漏えい", "問い合わせ", "問合せ",
		"受け渡し", "委託先の監査", "USBメモリを紛失した", "個人情報を持ち出すとき", "コンピューター", "まいなんばー"} {
		a := ix.Ask(q)
		t.Logf("%s: %d pages (words %q), first %v", q, len(a.Results), a.Words, first(a.Results, 3))
		if len(a.Results) == 0 {
			t.Errorf("%s finds nothing", q)
		}
	}
	// Spellings meet: as many pages either way.
	for _, pair := range [][2]string{{"取り扱い", "取扱い"}, {"持ち出し", "持出し"}, {"問い合わせ", "問合せ"}} {
		a, b := len(ix.Search(pair[0])), len(ix.Search(pair[1]))
		if a < b*9/10 || b < a*9/10 {
			t.Errorf("%s finds %d pages, %s %d", pair[0], a, pair[1], b)
		}
	}
	// No new false hits: every page found for 個人番号 has it (not only
	// 個人情報), and no page is found through a bridge over a particle.
	for _, q := range []string{"個人番号", "情報保護"} {
		for _, r := range ix.Search(q) {
			if d := docs[r.Doc]; !strings.Contains(search.Normalize(d.Title+" "+d.Text), q) {
				t.Errorf("%s finds %s, which does not have it", q, r.URL)
			}
		}
	}
	if got := ix.Search("ぬばたまの"); len(got) != 0 {
		t.Errorf("an unrelated word finds %v", first(got, 3))
	}
	// Ids and article numbers find their clause or item first.
	c9 := clauseOf(9)
	for _, q := range []string{"第9条", "9条"} {
		if r := rank(q, c9); r != 1 {
			t.Errorf("%s: %s ranks %d, results %v", q, c9, r, first(ix.Search(q), 3))
		}
	}
	for _, c := range h.Clauses[:3] {
		url := "clauses/" + c.ID + ".html"
		for _, q := range []string{c.ID, toWide(c.ID), lowerNoHyphen(c.ID)} {
			if r := rank(q, url); r != 1 {
				t.Errorf("%s: %s ranks %d, results %v", q, url, r, first(ix.Search(q), 3))
			}
		}
	}
	for _, k := range h.Checks[:3] {
		url := "checklist/" + k.ID + ".html"
		if r := rank(k.ID, url); r != 1 {
			t.Errorf("%s: %s ranks %d, results %v", k.ID, url, r, first(ix.Search(k.ID), 3))
		}
	}
	// The clause on taking data out ranks within the first three.
	takeout := ""
	for _, c := range h.Clauses {
		if c.ID == "C-13" {
			takeout = "clauses/C-13.html"
		}
	}
	if takeout != "" {
		if r := rank("個人情報 持ち出し", takeout); r < 1 || r > 3 {
			t.Errorf("個人情報 持ち出し: %s ranks %d, results %v", takeout, r, first(ix.Search("個人情報 持ち出し"), 5))
		}
	}
}

func first(rs []search.Result, n int) []string {
	var out []string
	for _, r := range rs[:min(n, len(rs))] {
		out = append(out, r.URL+" "+r.Title)
	}
	return out
}

func toWide(s string) string {
	var out []rune
	for _, r := range s {
		switch {
		case r == '-':
			out = append(out, '－')
		case r >= '!' && r <= '~':
			out = append(out, r+0xFEE0)
		default:
			out = append(out, r)
		}
	}
	return string(out)
}

func lowerNoHyphen(s string) string {
	var out []rune
	for i, r := range s {
		if r == '-' && i == 1 {
			continue
		}
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		out = append(out, r)
	}
	return string(out)
}
