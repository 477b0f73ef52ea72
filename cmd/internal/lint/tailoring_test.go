package lint

import (
	"testing"
)

const tailoredHome = `---
title: 手引き
params:
  - name: 報告期限
    label: 事故を報告する期限
    default: 直ちに
questions:
  - id: takeout
    text: 個人情報を作業場所の外へ持ち出しますか。
    answers: [はい, いいえ]
    default: いいえ
---
`

func TestTailoringRules(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"clean", map[string]string{
			"content/_index.md": tailoredHome,
			"clauses/c10.md":    "---\nid: C-10\ntitle: 持出し\norder: 10\nrationale: 理由\nwaiver: 試験\nwhen: {takeout: はい}\nvariants:\n  - when: {takeout: はい}\n    text: |\n      受注者は、{{報告期限}}報告する。\n---\n\n受注者は、{{ 報告期限 }}報告する。\n",
		}, nil},
		{"unknown question and answer", map[string]string{
			"content/_index.md": tailoredHome,
			"clauses/c10.md":    "---\nid: C-10\ntitle: 持出し\norder: 10\nrationale: 理由\nwaiver: 試験\nwhen: {takeot: はい}\nvariants:\n  - when: {takeout: 時々}\n    text: 本文\n---\n",
		}, []want{
			{"clauses/c10.md:7:8", "unknown-question", `when names question "takeot", which content/_index.md does not declare (did you mean "takeout"?)`},
			{"clauses/c10.md:9:12", "unknown-question", `question takeout has no answer "時々"; its answers are はい, いいえ`},
		}},
		{"unknown param in body and variant", map[string]string{
			"content/_index.md": tailoredHome,
			"clauses/c10.md":    "---\nid: C-10\ntitle: 持出し\norder: 10\nrationale: 理由\nwaiver: 試験\nvariants:\n  - when: {takeout: はい}\n    text: |\n      一行目。\n      {{保存期間}}まで保存する。\n---\n\n受注者は、{{報告期限x}}報告する。\n",
		}, []want{
			{"clauses/c10.md:11:0", "unknown-param", `{{保存期間}} is not a parameter`},
			{"clauses/c10.md:14:6", "unknown-param", `{{報告期限x}} is not a parameter; declare it under params in content/_index.md (did you mean "報告期限"?)`},
		}},
		{"malformed questions", map[string]string{
			"content/_index.md": "---\ntitle: 手引き\nquestions:\n  - id: q\n    text: 質問\n    answers: [はい]\n---\n",
		}, []want{{"content/_index.md:4:5", "invalid-value", "needs a list of at least two answers"}}},
		{"from_dates with three answers", map[string]string{
			"content/_index.md": "---\ntitle: 手引き\nquestions:\n  - id: length\n    text: 期間\n    answers: [長い, 短い, 中くらい]\n    from_dates: true\n---\n",
		}, []want{{"content/_index.md:7:17", "invalid-value", "length has from_dates, so it needs exactly two answers"}}},
		{"from_dates not a truth value", map[string]string{
			"content/_index.md": "---\ntitle: 手引き\nquestions:\n  - id: length\n    text: 期間\n    answers: [長い, 短い]\n    from_dates: はい\n---\n",
		}, []want{{"content/_index.md:7:17", "invalid-value", "from_dates of length must be true or false"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expectFindings(t, tc.files, tc.want)
		})
	}
}
