package lint

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

const refsHome = `---
title: 手引き
questions:
  - id: subcontract
    text: 再委託をしますか。
    answers: [はい, いいえ]
    default: いいえ
  - id: takeout
    text: 持ち出しますか。
    answers: [はい, いいえ]
    default: いいえ
  - id: place
    text: 作業場所は。
    answers: [受注者, 発注者, 両方]
    default: 受注者
---
`

// clause is a clause file with a waiver (so that it needs no check item),
// extra front matter and a body.
func clause(id, title string, order int, front, body string) string {
	return fmt.Sprintf("---\nid: %s\ntitle: %s\norder: %d\nrationale: 理由\nwaiver: 試験\n%s---\n\n%s", id, title, order, front, body)
}

func TestClauseRefRules(t *testing.T) {
	c10 := clause("C-10", "再委託先の管理", 10, "when: {subcontract: はい}\n", "受注者は、再委託先を管理する。\n")
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"linked reference, always kept: clean", map[string]string{
			"clauses/c11.md": clause("C-11", "目的外利用の禁止", 11, "", "受注者は、[第9条](c09.md)に従う。法第66条及び第67条、（昭和60年法律第88号）第2条に定める。\n"),
		}, nil},
		{"hand-typed number and caption", map[string]string{
			"clauses/c10.md": clause("C-10", "再委託先の管理", 10, "", "1. 受注者は、第9条に従う。\n2. 受注者は、「再委託の禁止」に定める承認を受ける。第10条第2項も同じ。\n"),
		}, []want{
			{"clauses/c10.md:9:9", "clause-ref", "第9条 is typed by hand, so it is wrong wherever the clauses are numbered otherwise (a tailored text, a later revision); link to it instead: [第9条](c09.md)"},
			{"clauses/c10.md:10:9", "clause-ref", "「再委託の禁止」 names clause C-09 by a caption typed by hand; link to it instead, e.g. [第9条](c09.md)に定め"},
		}},
		{"relative article", map[string]string{
			"clauses/c10.md": clause("C-10", "再委託先の管理", 10, "", "受注者は、前条の承認を受けたときは、管理する。\n"),
		}, []want{{"clauses/c10.md:9:6", "clause-ref", "前条 names the article next to this one"}}},
		{"hand-typed in a variant", map[string]string{
			"content/_index.md": refsHome,
			"clauses/c11.md":    clause("C-11", "持出し", 11, "variants:\n  - when: {takeout: はい}\n    text: |\n      1. 前段\n      2. 「再委託の禁止」の定めにより報告する。\n", "本文\n"),
		}, []want{{"clauses/c11.md:11:0", "clause-ref", "「再委託の禁止」 names clause C-09"}}},
		{"link to a missing clause in a variant", map[string]string{
			"content/_index.md": refsHome,
			"clauses/c11.md":    clause("C-11", "持出し", 11, "variants:\n  - when: {takeout: はい}\n    text: \"[第12条](c12.md)に従う。\"\n", "本文\n"),
		}, []want{{"clauses/c11.md:9:0", "broken-link", "clauses/c12.md, which does not exist"}}},
		{"kept clause refers to a dropped one", map[string]string{
			"content/_index.md": refsHome,
			"clauses/c10.md":    c10,
			"clauses/c11.md":    clause("C-11", "検査", 11, "", "受注者は、\n[再委託先の管理](c10.md)の定めによる。\n"),
		}, []want{{"clauses/c11.md:10:1", "tailoring-ref", "with `subcontract: いいえ`, 第11条（検査） (C-11) is kept but the clause it refers to, 第10条（再委託先の管理） (C-10), is left out"}}},
		{"a variant for those answers makes it clean", map[string]string{
			"content/_index.md": refsHome,
			"clauses/c10.md":    c10,
			"clauses/c11.md":    clause("C-11", "検査", 11, "variants:\n  - when: {subcontract: いいえ}\n    text: 再委託はない。\n", "[第10条](c10.md)による。\n"),
		}, nil},
		{"a when as narrow makes it clean", map[string]string{
			"content/_index.md": refsHome,
			"clauses/c10.md":    c10,
			"clauses/c11.md":    clause("C-11", "検査", 11, "when: {subcontract: はい, takeout: はい}\n", "[第10条](c10.md)による。\n"),
		}, nil},
		{"an earlier variant shadows, a later one is reached", map[string]string{
			"content/_index.md": refsHome,
			"clauses/c10.md":    clause("C-10", "作業場所", 10, "when: {place: 受注者}\n", "本文\n"),
			"clauses/c11.md": clause("C-11", "検査", 11,
				"variants:\n  - when: {place: 受注者}\n    text: \"[第10条](c10.md)による。\"\n  - when: {takeout: はい}\n    text: |\n      受注者は、\n      [第10条](c10.md)による。\n", "本文\n"),
		}, []want{{"clauses/c11.md:13:0", "tailoring-ref", "with `takeout: はい`, `place: 発注者`, variant 2 of 第11条（検査） (C-11) is kept"}}},
		{"check item refers to a dropped clause", map[string]string{
			"content/_index.md": refsHome,
			"clauses/c10.md":    c10,
			"checklist/k2.md":   "---\nid: K-09-2\nclause: C-09\ntitle: 実績\naspect: 運用\ntiming: [定期]\nmethod: [実地]\nrationale: 理由。\n---\n\n- [再委託先の管理](../clauses/c10.md)も見る。\n",
		}, []want{{"checklist/k2.md:11:3", "tailoring-ref", "with `subcontract: いいえ`, check item K-09-2 is kept"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expectFindings(t, tc.files, tc.want)
		})
	}
}

// TestTailoringRefScales: 20 questions, and clauses whose whens and
// variants name all of them, lint in well under a second.
func TestTailoringRefScales(t *testing.T) {
	var home strings.Builder
	home.WriteString("---\ntitle: 手引き\nquestions:\n")
	for i := range 20 {
		fmt.Fprintf(&home, "  - id: q%d\n    text: 質問%d\n    answers: [はい, いいえ, 不明]\n", i, i)
	}
	home.WriteString("---\n")
	fsys := base()
	fsys["content/_index.md"] = &fstest.MapFile{Data: []byte(home.String())}
	var all, variants strings.Builder
	for i := range 20 {
		fmt.Fprintf(&all, "q%d: はい, ", i)
		fmt.Fprintf(&variants, "  - when: {q%d: はい}\n    text: \"[第%d条](c%d.md)による。\"\n", i, 100+i, 100+i)
	}
	for i := range 20 {
		fsys[fmt.Sprintf("clauses/c%d.md", 100+i)] = &fstest.MapFile{Data: []byte(clause(fmt.Sprintf("C-%d", 100+i), fmt.Sprintf("条%d", i), 100+i,
			"when: {"+strings.TrimSuffix(all.String(), ", ")+"}\n", "本文\n"))}
	}
	fsys["clauses/c99.md"] = &fstest.MapFile{Data: []byte(clause("C-99", "参照", 99, "variants:\n"+variants.String(), "本文\n"))}
	h, err := content.LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	var n int
	for _, f := range Run(h, Options{Now: today}) {
		if f.Rule == "tailoring-ref" {
			n++
		}
	}
	if n != 20 {
		t.Errorf("%d tailoring-ref findings, want one per variant", n)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("lint took %v", d)
	}
}
