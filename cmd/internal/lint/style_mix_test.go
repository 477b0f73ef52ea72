package lint

import "testing"

func TestStyleMix(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"a guide page in です・ます", guide("報告します。報告してください。報告しません。報告しましたか？\n"), nil},
		{"a plain sentence in a guide page", guide("報告します。受注者が報告する。期限は翌日である。報告しない。報告した。\n"),
			[]want{
				{"content/guide/p.md:4:7", "style-mix", "this sentence ends in である調 (…者が報告する); the handbook explains in です・ます"},
				{"content/guide/p.md:4:16", "style-mix", "である"},
				{"content/guide/p.md:4:25", "style-mix", "報告しない"},
				{"content/guide/p.md:4:31", "style-mix", "報告した"},
			}},
		{"noun endings, lists, quotes and headings are not judged", guide("## 受注者が報告する。\n\n確認すること。提出の期限。\n\n- 受注者が報告する。\n\n> 受注者は、報告しなければならない。\n"), nil},
		{"a closing remark in brackets is looked through", guide("報告する（法第2条）。\n"),
			[]want{{"content/guide/p.md:4:1", "style-mix", "である調"}}},
		{"clause text in である調", clauseWith("1. 受注者は、報告しなければならない。\n2. 発注者は、求めることができる。\n   1. 報告の期限\n", ""), nil},
		{"です・ます in clause text, list items too", clauseWith("受注者は、報告します。\n\n1. 受注者は、報告してください。\n2. 受注者は、報告する。\n", ""),
			[]want{
				{"clauses/c09.md:11:1", "style-mix", "this clause sentence ends in です・ます (…、報告します); a clause is written in である調"},
				{"clauses/c09.md:13:4", "style-mix", "してください"},
			}},
		{"a clause's 解説 in です・ます", clauseWith("受注者は、報告する。\n", "|\n  報告を求めます。\n  報告を求める。\n"),
			[]want{{"clauses/c09.md:7:3", "style-mix", "である調"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { expectProse(t, tc.files, tc.want) })
	}
}
