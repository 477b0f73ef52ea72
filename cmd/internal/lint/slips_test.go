package lint

import "testing"

// Slips of a Japanese keyboard and of YAML, as an editor makes them: one
// finding each, on the line (and column) of the mistake, saying what to
// type instead; and no second finding on another file that only follows
// from it.
func TestSlips(t *testing.T) {
	k1 := func(lines string) string {
		return "---\nid: K-09-1\nclause: C-09\n" + lines + "rationale: 理由。\n---\n"
	}
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"unclosed quote on line 4 of ten, where it opens",
			map[string]string{"checklist/k1.md": "---\nid: K-09-1\nclause: C-09\ntitle: \"承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\nmethod: [書面]\nevidence: \"承認書\"\nquestion: 承認書はありますか。\n---\n"},
			[]want{{"checklist/k1.md:4:8", "frontmatter", `the quote " that opens the value of title is never closed; end the value with " on this line`}}},
		{"full-width colon",
			map[string]string{"checklist/k1.md": k1("title：承認\naspect: 対策\ntiming: [契約前]\n")},
			[]want{{"checklist/k1.md:4:6", "frontmatter", "after the key title, write a half-width ':' and a space (title: …), not the full-width '：'"}}},
		{"full-width space before a key",
			map[string]string{"checklist/k1.md": k1("title: 承認\naspect: 対策\n　timing: [契約前]\n")},
			[]want{{"checklist/k1.md:6:1", "frontmatter", "the key timing is written with a full-width space (　); indent with half-width spaces"}}},
		{"、 between the items of a list",
			map[string]string{"checklist/k1.md": k1("title: 承認\naspect: 対策\ntiming: [契約前、定期]\n")},
			[]want{{"checklist/k1.md:6:10", "invalid-value", `timing "契約前、定期" is read as one value; separate the items with ", " (a half-width comma and a space): [契約前, 定期]`}}},
		{"、 without brackets",
			map[string]string{"checklist/k1.md": k1("title: 承認\naspect: 対策\ntiming: 契約前、定期\n")},
			[]want{{"checklist/k1.md:6:9", "invalid-value", "[契約前, 定期]"}}},
		{"、 between ids",
			map[string]string{
				"content/incidents/y.md": "---\ntitle: 事故2\nid: I-2023-01\ndate: 2023-01\n---\n",
				"clauses/c09.md":         "---\nid: C-09\ntitle: 再委託の禁止\norder: 9\nrationale: 理由。\nincidents: [I-2022-06、I-2023-01]\nreviewed: 2026-11-01\n---\n\n受注者は、再委託してはならない。\n",
			},
			[]want{{"clauses/c09.md:6:13", "unknown-ref", `incidents "I-2022-06、I-2023-01" is read as one id; separate the ids with ", " (a half-width comma and a space): [I-2022-06, I-2023-01]`}}},
		{"full-width brackets",
			map[string]string{"checklist/k1.md": k1("title: 承認\naspect: 対策\ntiming: ［契約前］\n")},
			[]want{{"checklist/k1.md:6:9", "invalid-value", "timing is written with full-width brackets ［ ］; write the list with half-width ones: [契約前]"}}},
		{"a full-width space after a value",
			map[string]string{"checklist/k1.md": k1("title: 承認\naspect: 対策　\ntiming: [契約前]\n")},
			// The item's aspect is not 対策, so C-09 lacks one: true.
			[]want{
				{"checklist/k1.md:5:9", "invalid-value", "aspect 対策 has a full-width space (　) beside it; delete it (aspect: 対策)"},
				{"clauses/c09.md:2:5", "missing-aspect", "対策"},
			}},
		{"full-width id",
			map[string]string{"checklist/k1.md": "---\nid: Ｋ－０９－１\nclause: C-09\ntitle: 承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\n---\n"},
			[]want{{"checklist/k1.md:2:5", "id-format", `id "Ｋ－０９－１" is written with full-width characters; write it in half-width: K-09-1`}}},
		{"full-width id with a long vowel mark",
			map[string]string{"checklist/k1.md": "---\nid: Ｋー09ー1\nclause: C-09\ntitle: 承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\n---\n"},
			[]want{{"checklist/k1.md:2:5", "id-format", "write it in half-width: K-09-1"}}},
		// The item names no clause that exists, so C-09 lacks its 対策
		// item: that finding is true, and stays.
		{"full-width clause reference",
			map[string]string{"checklist/k1.md": k1("title: 承認\naspect: 対策\ntiming: [契約前]\n")[:0] + "---\nid: K-09-1\nclause: Ｃ-０９\ntitle: 承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\n---\n"},
			[]want{
				{"checklist/k1.md:3:9", "unknown-clause", `clause "Ｃ-０９" is not the id of any clause (write it in half-width characters: "C-09")`},
				{"clauses/c09.md:2:5", "missing-aspect", "no check item with aspect 対策"},
			}},
		{"full-width reference to no clause",
			map[string]string{"checklist/k1.md": "---\nid: K-09-1\nclause: Ｃ－３０\ntitle: 承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\n---\n"},
			[]want{
				{"checklist/k1.md:3:9", "unknown-clause", `(ids are written in half-width characters, "C-30"; did you mean "C-09"?)`},
				{"clauses/c09.md:2:5", "missing-aspect", "対策"},
			}},
	} {
		t.Run(tc.name, func(t *testing.T) { expectFindings(t, tc.files, tc.want) })
	}
}

// A check item that does not read must not make its clause seem to lack
// it: the frontmatter finding stands alone.
func TestBrokenCheckItemLeavesItsClauseAlone(t *testing.T) {
	broken := "---\nid: K-09-1\nclause: C-09\ntitle: \"承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\n---\n"
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"the clause's 対策 item", map[string]string{"checklist/k1.md": broken},
			[]want{{"checklist/k1.md:4:8", "frontmatter", "never closed"}}},
		{"the clause's only item", map[string]string{"checklist/k1.md": broken, "checklist/k2.md": ""},
			[]want{{"checklist/k1.md:4:8", "frontmatter", "never closed"}}},
		{"clause typed with a full-width colon and id",
			map[string]string{"checklist/k1.md": "---\nid: K-09-1\nclause：Ｃ-０９\ntitle: 承認\naspect: 対策\n---\n"},
			[]want{{"checklist/k1.md:3:7", "frontmatter", "after the key clause"}}},
		{"no clause in the text: the file name says",
			map[string]string{"checklist/k09-1.md": "---\nid: K-09-3\ntitle: 'a' b\n---\n", "checklist/k2.md": ""},
			[]want{{"checklist/k09-1.md:3:8", "frontmatter", "text follows the closing quote"}}},
		// The items of a clause that does not read are not "for no
		// clause".
		{"a clause that does not read", map[string]string{
			"clauses/c09.md": "---\nid: C-09\ntitle: \"再委託の禁止\norder: 9\nrationale: 理由。\nstages: [\"委託事業者との契約\"]\n---\n\n受注者は、再委託してはならない。\n",
		}, []want{{"clauses/c09.md:3:8", "frontmatter", "never closed"}}},
		// Another clause's pairing still counts.
		{"another clause", map[string]string{
			"checklist/k1.md": broken,
			"clauses/c10.md":  "---\nid: C-10\ntitle: 秘密の保持\norder: 10\nrationale: 理由。\n---\n\n受注者は、秘密を守る。\n",
		}, []want{
			{"checklist/k1.md:4:8", "frontmatter", "never closed"},
			{"clauses/c10.md:2:5", "unpaired-clause", "clause C-10 has no check item"},
		}},
		// A check item that reads but names the clause wrongly is not
		// broken: the clause does lack it.
		{"a readable item", map[string]string{"checklist/k1.md": "---\nid: K-09-1\nclause: C-9\ntitle: 承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\n---\n"},
			[]want{
				{"checklist/k1.md:3:9", "unknown-clause", `did you mean "C-09"?`},
				{"clauses/c09.md:2:5", "missing-aspect", "対策"},
			}},
	} {
		t.Run(tc.name, func(t *testing.T) { expectFindings(t, tc.files, tc.want) })
	}
}
