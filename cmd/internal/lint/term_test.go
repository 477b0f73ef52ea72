package lint

import (
	"testing"
	"testing/fstest"
)

const termHome = `---
title: 手引き
terms:
  - use: 漏えい
    avoid: [漏洩]
    note: 常用漢字表にない字は仮名で書く
  - use: コンピューター
    avoid: [コンピュータ]
  - use: 届出
    avoid: [届け出]
    allow: [届け出る, 届け出て]
---
`

func TestTerm(t *testing.T) {
	for _, tc := range []struct {
		name, file, src string
		want            []want
	}{
		{"body, heading, table and link text", "content/guide/a.md",
			"---\ntitle: 使い方\n---\n\n## 漏洩の防止\n\n情報の漏洩、コンピュータ。\n\n| 届け出の先 |\n| --- |\n| [漏洩](b.md) |\n",
			[]want{
				{"content/guide/a.md:5:4", "term", "write 漏えい, not 漏洩 (常用漢字表にない字は仮名で書く)"},
				{"content/guide/a.md:7:4", "term", "漏洩"},
				{"content/guide/a.md:7:7", "term", "write コンピューター, not コンピュータ"},
				{"content/guide/a.md:9:3", "term", "write 届出, not 届け出"},
				{"content/guide/a.md:11:4", "term", "漏洩"},
			}},
		{"right spellings that hold an avoided one", "content/guide/a.md",
			"---\ntitle: 使い方\n---\n\nコンピューターに届け出る。届け出てください。漏えい。\n", nil},
		{"code, URLs, link targets, quotes and HTML", "content/guide/a.md",
			"---\ntitle: 使い方\n---\n\n`漏洩` と <https://example.jp/漏洩> と https://example.jp/漏洩 と [リンク](漏洩.md)。\n\n```\n漏洩\n```\n\n> 漏洩のおそれ（他人の言葉）\n\n<!-- 漏洩 -->\n",
			nil},
		{"a marker turns the rule off for one block", "content/guide/a.md",
			"---\ntitle: 使い方\n---\n\n<!-- tokki-lint-disable term -->\n- 広島市「コンピュータウイルス感染について」\n- 漏洩\n\n漏洩\n",
			[]want{{"content/guide/a.md:9:1", "term", "漏洩"}}},
		{"a title the sources cite, and the sources themselves", "clauses/c09.md", `---
id: C-09
title: 再委託の禁止
order: 9
rationale: ガイドライン「漏洩時の対応」は、「漏洩」に触れる。
stages: [委託事業者との契約]
incidents: [I-2022-06]
sources: ["某省「漏洩時の対応」第1項"]
reviewed: 2026-11-01
---

受注者は、「漏洩時の対応」に従う。
`, []want{{"clauses/c09.md:5:29", "term", "漏洩"}}},
		{"front-matter values at their columns", "content/guide/a.md",
			"---\ntitle: \"漏洩の防止と漏洩\"\ndescription: |\n  一行目。\n  二行目の漏洩と漏洩。\n---\n",
			[]want{
				{"content/guide/a.md:2:9", "term", "漏洩"},
				{"content/guide/a.md:2:15", "term", "漏洩"},
				{"content/guide/a.md:5:7", "term", "漏洩"},
				{"content/guide/a.md:5:10", "term", "漏洩"},
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := base()
			fsys["content/_index.md"] = &fstest.MapFile{Data: []byte(termHome)}
			fsys[tc.file] = &fstest.MapFile{Data: []byte(tc.src)}
			got := lintRule(t, fsys, "term")
			checkFindings(t, got, tc.want)
		})
	}
}

// A bad entry of the terms setting is an invalid-value at the spelling;
// the good entries still work.
func TestTermSettingProblems(t *testing.T) {
	fsys := base()
	fsys["content/_index.md"] = &fstest.MapFile{Data: []byte("---\ntitle: 手引き\nterms:\n  - use: 漏えい\n    avoid: [漏洩]\n  - use: 情報漏れ\n    avoid: [漏えい]\n---\n")}
	fsys["content/guide/a.md"] = &fstest.MapFile{Data: []byte("---\ntitle: 使い方\n---\n\n漏洩。\n")}
	checkFindings(t, lintRule(t, fsys, "invalid-value"), []want{
		{"content/_index.md:7:13", "invalid-value", "漏えい is avoided here but is the spelling to use in the entry on line 4"},
	})
	checkFindings(t, lintRule(t, fsys, "term"), []want{{"content/guide/a.md:5:1", "term", "write 漏えい, not 漏洩"}})
}
