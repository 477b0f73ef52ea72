package lint

import (
	"strings"
	"testing"
)

func TestSentenceLength(t *testing.T) {
	a := func(n int) string { return strings.Repeat("あ", n-1) + "。" } // n characters
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"100 characters are allowed", guide(a(100) + "\n"), nil},
		{"101 are not, reported at the sentence's start", guide("短い文。" + a(101) + "\n"),
			[]want{{"content/guide/p.md:4:5", "sentence-length", "this sentence has 101 characters, more than 100"}}},
		{"Markdown syntax and link targets are not counted", guide("**" + a(50)[:3*49] + "**[" + strings.Repeat("い", 50) + "](../../clauses/c09.md)。\n"), nil},
		{"code spans are", guide("`" + strings.Repeat("x", 100) + "`。\n"),
			[]want{{"content/guide/p.md:4:2", "sentence-length", "101 characters"}}},
		{"clause text has its own limit, 150", clauseWith(a(150)+"\n\n"+a(151)+"\n", ""),
			[]want{{"clauses/c09.md:13:1", "sentence-length", "151 characters, more than 150; split it into shorter sentences (the limit is prose: clause-sentence-length"}}},
		{"a 解説 has the guide pages' limit, with its column", clauseWith("受注者は、従う。\n", "|\n  短い文。"+a(101)+"\n"),
			[]want{{"clauses/c09.md:6:7", "sentence-length", "101 characters, more than 100"}}},
		{"a 解説 on the key's line", clauseWith("受注者は、従う。\n", a(101)),
			[]want{{"clauses/c09.md:5:12", "sentence-length", "101 characters"}}},
		{"a check item's body and question", map[string]string{"checklist/k1.md": "---\nid: K-09-1\nclause: C-09\ntitle: 承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\nquestion: \"" + a(101) + "\"\n---\n\n" + a(101) + "\n"},
			[]want{
				{"checklist/k1.md:8:0", "sentence-length", "101"}, // quoted: the line alone
				{"checklist/k1.md:11:1", "sentence-length", "101"},
			}},
		{"settings set the limits", withHome(guide(a(21)+"\n"), "prose:\n  sentence-length: 20\n"),
			[]want{{"content/guide/p.md:4:1", "sentence-length", "21 characters, more than 20"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { expectProse(t, tc.files, tc.want) })
	}
}
