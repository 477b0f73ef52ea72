package content

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// Each case is a slip an editor makes, and the line (and column, when the
// character is known) that the problem must name: where the mistake is,
// not where the YAML reader gave up.
func TestYAMLProblemsWhereTheMistakeIs(t *testing.T) {
	for _, tc := range []struct {
		name, src string    // src may start with a path and a NUL (default: a check item)
		want      []Problem // Kind is ProblemFrontMatter unless given; Message is a part of it
	}{
		{"unclosed double quote on line 4, closed by the quote on line 9",
			"---\nid: K-09-1\nclause: C-09\ntitle: \"承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\nquestion: 承認書\ngood: \"よい\"\nevidence: 書類\n---\n",
			[]Problem{{Pos: Pos{4, 8}, Message: `the quote " that opens the value of title is never closed`}}},
		{"unclosed quote on line 4, and text after a quote on line 9",
			"---\nid: K-09-1\nclause: C-09\ntitle: \"承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\nquestion: 承認書\ngood: \"着手の前\"の承認書\n---\n",
			[]Problem{{Pos: Pos{4, 8}, Message: "never closed"}, {Pos: Pos{9, 7}, Message: "text follows the closing quote of the value of good"}}},
		{"unclosed double quote before a block value",
			"---\nid: K-09-1\nclause: C-09\ntitle: \"承認\naspect: 対策\nrationale: |\n  理由。\n  \"引用\"\ngood: よい\n---\n",
			[]Problem{{Pos: Pos{4, 8}, Message: "never closed"}}},
		{"unclosed double quote on the last line",
			"---\nid: K-09-1\ntitle: \"承認\n---\n",
			[]Problem{{Pos: Pos{3, 8}, Message: "never closed"}}},
		{"unclosed single quote",
			"---\nid: K-09-1\ntitle: '承認\naspect: 対策\ngood: 'よい'\n---\n",
			[]Problem{{Pos: Pos{3, 8}, Message: `the quote ' that opens the value of title`}}},
		{"a quoted value that spans lines is not the mistake",
			"---\nid: K-09-1\ntitle: \"再委託の\n  禁止\"\naspect: 対策\n  bad: x\n---\n",
			[]Problem{{Pos: Pos{6, 0}, Message: "not valid YAML: this line has a second ': ' or is indented under a value"}}},
		{"text after the closing quote",
			"---\nid: K-09-1\ntitle: \"個人情報\"の管理\naspect: 対策\n---\n",
			[]Problem{{Pos: Pos{3, 8}, Message: "text follows the closing quote of the value of title"}}},
		{"full-width colon",
			"---\nid: K-09-1\nclause: C-09\ntitle：再委託\naspect: 対策\n---\n",
			[]Problem{{Pos: Pos{4, 6}, Message: "after the key title, write a half-width ':' and a space (title: …), not the full-width '：'"}}},
		{"full-width colon on the only line",
			"---\ntitle：再委託\n---\n",
			[]Problem{{Pos: Pos{2, 6}, Message: "half-width ':'"}}},
		{"full-width colon on the first line, mapping below",
			"---\ntitle：再委託\norder: 1\n---\n",
			[]Problem{{Pos: Pos{2, 6}, Message: "half-width ':'"}}},
		{"two slips, two problems",
			"---\nid：K-09-1\nclause: C-09\ntitle：再委託\n---\n",
			[]Problem{{Pos: Pos{2, 3}, Message: "after the key id"}, {Pos: Pos{4, 6}, Message: "after the key title"}}},
		{"a slip and a mistake of another kind",
			"---\nid：K-09-1\nclause: C-09\ntiming: [契約前\ntitle: x\n---\n",
			[]Problem{{Pos: Pos{2, 3}, Message: "after the key id"}, {Pos: Pos{4, 0}, Message: "not closed with ']'"}}},
		{"no space after the colon",
			"---\nid: K-09-1\ntitle:再委託\naspect: 対策\n---\n",
			[]Problem{{Pos: Pos{3, 6}, Message: "put a space after the ':' of the key title"}}},
		{"full-width space before a key (reads as a key of its own)",
			"---\nid: K-09-1\n　timing: [定期]\nrationale: x\n---\n",
			[]Problem{{Pos: Pos{3, 1}, Message: "the key timing is written with a full-width space"}}},
		{"full-width space before a key after a block value",
			"---\nid: K-09-1\nrationale: |\n  理由。\n　timing: [定期]\n---\n",
			[]Problem{{Pos: Pos{5, 1}, Message: "full-width space"}}},
		{"full-width space before a key that breaks the YAML",
			"---\nid: K-09-1\n　timing：[定期]\nrationale: x\n---\n",
			[]Problem{{Pos: Pos{3, 1}, Message: "indented with a full-width space"}, {Message: "half-width ':'"}}},
		{"full-width space before a list item",
			"---\nid: K-09-1\ntiming:\n　- 定期\nrationale: x\n---\n",
			[]Problem{{Pos: Pos{4, 1}, Message: "indented with a full-width space"}}},
		{"a block value may start its lines with a full-width space",
			"---\nid: K-09-1\nrationale: |\n  　受注者は、\n  　title：も書ける。\ntiming: [契約前\n---\n",
			[]Problem{{Pos: Pos{6, 0}, Message: "not closed with ']'"}}},
		{"long vowel mark for a list dash",
			"---\nid: K-09-1\ntiming:\n  - 契約前\n  ー 定期\n---\n",
			[]Problem{{Pos: Pos{5, 3}, Message: "start a list item with a half-width '-' and a space, not 'ー'"}}},
		{"full-width closing bracket",
			"---\nid: K-09-1\ntiming: [契約前］\nrationale: x\n---\n",
			[]Problem{{Pos: Pos{3, 13}, Message: "half-width brackets: [契約前]"}}},
		{"full-width brackets read as one word", "---\nid: K-09-1\ntiming: ［契約前、定期］\n---\n",
			[]Problem{{Kind: ProblemType, Pos: Pos{3, 9}, Message: "timing is written with full-width brackets ［ ］; write the list with half-width ones: [契約前, 定期]"}}},
		{"full-width digits in a clause", "clauses/c.md\x00---\nid: C-09\norder: ９\n---\n",
			[]Problem{{Kind: ProblemType, Pos: Pos{3, 8}, Message: "order is written in full-width digits; write it in half-width: 9"}}},
		{"full-width date", "---\nid: C-09\nreviewed: ２０２６ー１１ー０１\n---\n",
			[]Problem{{Kind: ProblemType, Pos: Pos{3, 11}, Message: "reviewed is written with full-width characters; write it in half-width: 2026-11-01"}}},
		{"a tab", "---\nid: K-09-1\n\ttitle: x\n---\n",
			[]Problem{{Pos: Pos{3, 0}, Message: "indented with a tab; indent with spaces"}}},
		{"a reference to no anchor", "---\nid: K-09-1\ntitle: *注意\n---\n",
			[]Problem{{Pos: Pos{3, 0}, Message: "starts with '*'"}}},
		{"an unclosed list", "---\nid: K-09-1\ntiming: [契約前, 定期\nrationale: x\n---\n",
			[]Problem{{Pos: Pos{3, 0}, Message: "a list opened with '[' is not closed with ']' on its line"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, src, ok := strings.Cut(tc.src, "\x00")
			if !ok {
				path, src = "checklist/k.md", tc.src
			}
			d := loadOne(t, path, src)
			var got []Problem
			for _, p := range d.Problems {
				if p.Kind == ProblemFrontMatter || p.Kind == ProblemType {
					got = append(got, p)
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d problems, want %d:\n%s", len(got), len(tc.want), dumpProblems(got))
			}
			for i, w := range tc.want {
				g := got[i]
				kind := w.Kind
				if kind == 0 {
					kind = ProblemFrontMatter
				}
				if g.Kind != kind || !strings.Contains(g.Message, w.Message) || (w.Pos != Pos{} && g.Pos != w.Pos) {
					t.Errorf("problem %d:\n%s\nwant %d:%d %q (kind %d)", i, dumpProblems([]Problem{g}), w.Pos.Line, w.Pos.Column, w.Message, kind)
				}
				for _, lib := range []string{"did not find", "could not find", "yaml:", "scalar"} {
					if strings.Contains(g.Message, lib) {
						t.Errorf("problem %d keeps the YAML reader's words %q: %s", i, lib, g.Message)
					}
				}
			}
		})
	}
}

func dumpProblems(ps []Problem) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "  %d:%d: %s (kind %d)\n", p.Pos.Line, p.Pos.Column, p.Message, p.Kind)
	}
	return b.String()
}

// Slips typed anywhere never lose the problem, nor point outside the file.
func TestYAMLProblemsOfRandomSlips(t *testing.T) {
	src := []rune("---\nid: K-09-1\nclause: C-09\ntitle: \"承認\"\naspect: 対策\ntiming: [契約前, 定期]\nrationale: |\n  理由。\n  　二行目。\nmethod:\n  - 書面\n---\n本文\n")
	marks := []string{`"`, `'`, "：", "　", "［", "］", "、", "ー", "\n", " ", ":", "-", "[", "|", "\t", "*", "#"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		s := slices.Clone(src)
		for range 1 + rng.IntN(3) {
			at := 4 + rng.IntN(len(s)-12)
			s = slices.Insert(s, at, []rune(marks[rng.IntN(len(marks))])...)
		}
		text := string(s)
		d := loadOne(t, "checklist/k.md", text)
		lines := strings.Count(text, "\n") + 1
		framed := false
		for _, p := range d.Problems {
			if p.Pos.Line < 1 || p.Pos.Line > lines || p.Pos.Column < 0 {
				t.Fatalf("problem at %d:%d of a %d-line file: %s\n%s", p.Pos.Line, p.Pos.Column, lines, p.Message, text)
			}
			framed = framed || p.Kind == ProblemFrontMatter
		}
		if !d.Decoded && !framed {
			t.Fatalf("front matter not read, and no problem says why:\n%s", text)
		}
	}
}
