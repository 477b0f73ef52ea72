package tailor

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// A question with from_dates is answered from the contract's dates when
// they are given, by the schedule's three-month line, and the 判断記録
// says so; an answer that contradicts the dates is refused.
func TestLengthFromDates(t *testing.T) {
	h, err := content.LoadFS(fstest.MapFS{
		"content/_index.md": {Data: []byte("---\ntitle: 手引き\nquestions:\n  - id: length\n    text: 契約期間はどのくらいですか。\n    answers: [3か月以上, 3か月未満]\n    from_dates: true\n---\n")},
		"clauses/c01.md":    {Data: []byte("---\nid: C-01\ntitle: 報告\norder: 1\nrationale: r\nwaiver: w\nvariants:\n  - when: {length: 3か月未満}\n    text: 終了時に報告する。\n---\n\n四半期ごとに報告する。\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, answer, start, end string
		want                     string // the answer used, or the error
		mark                     string
	}{
		{"no dates: the default", "", "", "", "3か月以上", "（既定）"},
		{"no dates: the answer", "3か月未満", "", "", "3か月未満", ""},
		{"dates of three months", "", "2026-04-01", "2026-07-01", "3か月以上", FromDatesMark},
		{"a day short of three months", "", "2026-04-01", "2026-06-30", "3か月未満", FromDatesMark},
		{"31 January to 30 April", "", "2026-01-31", "2026-04-30", "3か月以上", FromDatesMark}, // the schedule's month arithmetic
		{"an answer that agrees", "3か月未満", "2026-04-01", "2026-05-31", "3か月未満", FromDatesMark},
		{"an answer that contradicts", "3か月以上", "2026-04-01", "2026-05-31",
			`answers: length is "3か月以上", but the contract from 2026-04-01 to 2026-05-31 runs less than three months, so its answer is "3か月未満"; leave the answer out`, ""},
	} {
		in := Input{}
		if tc.answer != "" {
			in.Answers = map[string]string{"length": tc.answer}
		}
		if tc.start != "" {
			in.Start, in.End = d(tc.start), d(tc.end)
		}
		r, err := Tailor(h, in)
		if err != nil {
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s: %v, want %s", tc.name, err, tc.want)
			}
			continue
		}
		if r.Answers[0].Answer != tc.want {
			t.Errorf("%s: answered %q, want %q", tc.name, r.Answers[0].Answer, tc.want)
			continue
		}
		if variant := r.Clauses[0].Variant; variant != (tc.want == "3か月未満") {
			t.Errorf("%s: variant chosen %v", tc.name, variant)
		}
		var b bytes.Buffer
		WriteMarkdown(&b, r)
		if row := "| 契約期間はどのくらいですか。 | " + tc.want + tc.mark + " |"; !strings.Contains(b.String(), row) {
			t.Errorf("%s: the record lacks %q:\n%s", tc.name, row, b.String())
		}
	}
}
