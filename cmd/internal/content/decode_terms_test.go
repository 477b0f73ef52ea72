package content

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestDecodeTerms(t *testing.T) {
	home := `---
title: 手引
terms:
  - use: 漏えい
    avoid: [漏洩, 漏れい]
    synonyms: [情報漏れ]
    note: 常用漢字表にない字は仮名で書く
  - use: 届出
    avoid: 届け出
    allow: [届け出る, 届け出て]
  - use: 漏洩
  - use: 毀損
    avoid: [き損, 届出]
  - use: かし
    avoid: [瑕疵, 瑕疵]
  - use: あっせん
    avoid: [""]
  - use: 改ざん
    colour: red
  - avoid: [脆弱]
  - use: 補塡
    avoid: [補てん]
    allow: [補填]
  - use: 遡及
    synonyms: [さかのぼり]
    avoid: [遡及]
  - use: 隠蔽
    avoid: [隠ぺい]
    allow: [隠ぺい]
---
`
	h, err := LoadMap(map[string][]byte{"content/_index.md": []byte(home)})
	if err != nil {
		t.Fatal(err)
	}
	want := []Term{
		{Use: "漏えい", Avoid: []string{"漏洩", "漏れい"}, Synonyms: []string{"情報漏れ"}, Note: "常用漢字表にない字は仮名で書く", Pos: Pos{4, 5}},
		{Use: "届出", Avoid: []string{"届け出"}, Allow: []string{"届け出る", "届け出て"}, Pos: Pos{8, 5}},
	}
	if !reflect.DeepEqual(h.Settings.Terms, want) {
		t.Errorf("terms\n%+v, want\n%+v", h.Settings.Terms, want)
	}
	var got []string
	for _, p := range h.Home.Problems {
		if p.Kind != ProblemType {
			t.Errorf("problem of kind %d: %s", p.Kind, p.Message)
		}
		got = append(got, fmt.Sprintf("%d:%d %s", p.Pos.Line, p.Pos.Column, p.Message))
	}
	wantProblems := []string{
		"11:10 terms: 漏洩 is the spelling to use here but the entry for 漏えい on line 4 avoids it; a spelling is either used or avoided",
		"13:17 terms: 届出 is avoided here but is the spelling to use in the entry on line 8; a spelling is either used or avoided",
		"15:17 terms: 瑕疵 is listed twice in the entry for かし; keep one",
		"17:13 terms: a spelling in avoid is empty; write the word or delete the item",
		"19:5 terms: unknown key \"colour\"; use use, avoid, synonyms, allow, note",
		"20:5 terms: every entry needs use, the spelling the handbook uses, as one value",
		"23:13 terms: allow \"補填\" of 補塡 contains none of its avoid spellings, so it is not needed; allow lists right spellings that contain an avoided one",
		"26:13 terms: 遡及 is both the spelling to use and listed in its avoid; delete it from avoid",
		"29:13 terms: 隠ぺい is both avoided and allowed in the entry for 隠蔽; delete it from one of them",
	}
	if strings.Join(got, "\n") != strings.Join(wantProblems, "\n") {
		t.Errorf("problems\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantProblems, "\n"))
	}
}

// An avoid spelling that an earlier entry uses is reported at the avoid
// spelling, and a terms value that is not a list at the value.
func TestDecodeTermsUseThenAvoid(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"terms:\n  - use: 漏えい\n  - use: 情報漏れ\n    avoid: [漏えい]\n",
			"5:13 terms: 漏えい is avoided here but is the spelling to use in the entry on line 3; a spelling is either used or avoided"},
		{"terms: 漏えい\n", "2:8 terms must be a list of {use, avoid, synonyms, note}, one item for each word"},
		{"terms:\n  - use: [a, b]\n", "3:5 terms: every entry needs use, the spelling the handbook uses, as one value"},
		{"terms:\n  - use: a\n    avoid: {b: c}\n", "4:12 terms: avoid of a must be a list such as [a, b], not a set of keys"},
		{"terms:\n  - use: a\n    avoid: [\" b\"]\n", "4:13 terms: the spelling \" b\" in avoid has spaces around it; delete them"},
	} {
		h, err := LoadMap(map[string][]byte{"content/_index.md": []byte("---\n" + tc.yaml + "---\n")})
		if err != nil {
			t.Fatal(err)
		}
		if len(h.Home.Problems) != 1 || fmt.Sprintf("%d:%d %s", h.Home.Problems[0].Pos.Line, h.Home.Problems[0].Pos.Column, h.Home.Problems[0].Message) != tc.want {
			t.Errorf("%q: problems %+v, want %s", tc.yaml, h.Home.Problems, tc.want)
		}
	}
}
