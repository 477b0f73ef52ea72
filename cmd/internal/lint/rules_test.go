package lint

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

var today = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

// base is a small handbook that lints clean; each case below changes or
// adds files and expects exactly the findings it lists.
func base() fstest.MapFS {
	return fstest.MapFS{
		"content/_index.md":      {Data: []byte("---\ntitle: 手引き\nreview_days: 365\n---\n\n[再委託](../clauses/c09.md#解説)\n")},
		"content/guide/a.md":     {Data: []byte("---\ntitle: 使い方\norder: 1\n---\n\n## 点検の時期\n\n本文。[同じページ](#点検の時期)\n")},
		"content/incidents/x.md": {Data: []byte("---\ntitle: 事故\nid: I-2022-06\ndate: 2022-06\n---\n")},
		"clauses/c09.md": {Data: []byte(`---
id: C-09
title: 再委託の禁止
order: 9
rationale: 再委託先で事故が起きやすいため。
stages: [委託事業者との契約]
incidents: [I-2022-06]
reviewed: 2026-11-01
---

受注者は、[点検の時期](../content/guide/a.md#点検の時期)に従う。
`)},
		"checklist/k1.md": {Data: []byte("---\nid: K-09-1\nclause: C-09\ntitle: 承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\n---\n")},
		"checklist/k2.md": {Data: []byte("---\nid: K-09-2\nclause: C-09\ntitle: 実績\naspect: 運用\ntiming: [定期]\nmethod: [実地]\nrationale: 理由。\n---\n")},
	}
}

// run lints fsys and returns the findings, leaving out suspect and
// inspection-form: the base check items carry no review stamp, question or
// good, and TestSuspect and TestInspectionForm cover those rules. The
// prose rules are left out too (the cases write short texts in any
// style); expectProse keeps them.
func run(t *testing.T, fsys fstest.MapFS) []Finding {
	t.Helper()
	h, err := content.LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var out []Finding
	for _, f := range Run(h, Options{Now: today}) {
		if f.Rule != "suspect" && f.Rule != "inspection-form" && !slices.Contains(content.ProseRules, f.Rule) {
			out = append(out, f)
		}
	}
	return out
}

func TestBaseIsClean(t *testing.T) {
	if fs := run(t, base()); len(fs) != 0 {
		t.Fatalf("base handbook has findings:\n%s", dump(fs))
	}
}

func dump(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "  %s:%d:%d: %s [%s]\n", f.File, f.Line, f.Column, f.Message, f.Rule)
	}
	return b.String()
}

// want is one expected finding: "file:line:col rule" and a part of its
// message.
type want struct {
	at, rule, text string
}

func TestRules(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string // "" deletes the file
		want  []want
	}{
		{"encoding", map[string]string{"clauses/c09.md": strings.Replace(string(base()["clauses/c09.md"].Data), "再委託の禁止", "再委託\xffの禁止", 1)},
			[]want{{"clauses/c09.md:3:11", "encoding", "not valid UTF-8"}}},
		{"binary", map[string]string{"content/guide/b.md": "\x89PNG\r\n\x1a\n\x00\x00"},
			[]want{{"content/guide/b.md:3:0", "encoding", "binary"}}},
		{"file-size", map[string]string{"content/guide/b.md": "---\ntitle: x\n---\n" + strings.Repeat("a", content.MaxFileSize)},
			[]want{{"content/guide/b.md:1:0", "file-size", "MB"}}},
		{"frontmatter missing", map[string]string{"content/guide/b.md": "# 見出し\n"},
			[]want{{"content/guide/b.md:1:0", "frontmatter", "no front matter"}}},
		{"frontmatter unterminated", map[string]string{"content/guide/b.md": "---\ntitle: x\n本文\n"},
			[]want{{"content/guide/b.md:1:0", "frontmatter", "never closed"}}},
		{"frontmatter yaml", map[string]string{"content/guide/b.md": "---\ntitle: x\n  bad: [\n---\n"},
			[]want{{"content/guide/b.md:3:0", "frontmatter", "not valid YAML"}}},
		{"frontmatter duplicate", map[string]string{"content/guide/b.md": "---\ntitle: x\norder: 1\ntitle: y\n---\n"},
			[]want{{"content/guide/b.md:4:1", "frontmatter", "given twice"}}},
		{"required missing", map[string]string{"checklist/k2.md": "---\nid: K-09-2\nclause: C-09\ntitle: 実績\naspect: 運用\ntiming: [定期]\n---\n"},
			[]want{{"checklist/k2.md:1:0", "required", "no rationale"}}},
		{"required blank rationale", map[string]string{"checklist/k2.md": "---\nid: K-09-2\nclause: C-09\ntitle: 実績\naspect: 運用\ntiming: [定期]\nrationale: |\n   \n---\n"},
			[]want{{"checklist/k2.md:7:1", "required", "rationale (解説) is empty"}}},
		{"required empty timing", map[string]string{"checklist/k2.md": "---\nid: K-09-2\nclause: C-09\ntitle: 実績\naspect: 運用\ntiming: []\nrationale: 理由\n---\n"},
			[]want{{"checklist/k2.md:6:1", "required", "timing"}}},
		{"required home", map[string]string{"content/_index.md": ""},
			[]want{{"content/_index.md:0:0", "required", "no home page"}}},
		{"required incident id", map[string]string{"content/incidents/y.md": "---\ntitle: 事故2\n---\n"},
			[]want{{"content/incidents/y.md:1:0", "required", "incident page has no id"}}},
		{"invalid aspect", map[string]string{"checklist/k2.md": "---\nid: K-09-2\nclause: C-09\ntitle: 実績\naspect: 運営\ntiming: [定期]\nrationale: 理由\n---\n"},
			[]want{
				{"checklist/k2.md:5:9", "invalid-value", `aspect "運営" is not one of 対策, 運用 (did you mean "運用"?)`},
				{"clauses/c09.md:2:5", "missing-aspect", "運用"},
			}},
		{"invalid timing item", map[string]string{"checklist/k2.md": "---\nid: K-09-2\nclause: C-09\ntitle: 実績\naspect: 運用\ntiming: [定期, 毎月]\nrationale: 理由\n---\n"},
			[]want{{"checklist/k2.md:6:14", "invalid-value", `timing "毎月"`}}},
		{"invalid order type", map[string]string{"clauses/c09.md": strings.Replace(string(base()["clauses/c09.md"].Data), "order: 9", "order: 九", 1)},
			[]want{{"clauses/c09.md:4:8", "invalid-value", "whole number"}}},
		{"invalid order zero", map[string]string{"clauses/c09.md": strings.Replace(string(base()["clauses/c09.md"].Data), "order: 9", "order: 0", 1)},
			[]want{{"clauses/c09.md:4:8", "invalid-value", "1 or more"}}},
		{"invalid date", map[string]string{"clauses/c09.md": strings.Replace(string(base()["clauses/c09.md"].Data), "2026-11-01", "2026-02-30", 1)},
			[]want{{"clauses/c09.md:8:11", "invalid-value", "YYYY-MM-DD"}}},
		{"invalid stage", map[string]string{"clauses/c09.md": strings.Replace(string(base()["clauses/c09.md"].Data), "[委託事業者との契約]", "[契約]", 1)},
			[]want{{"clauses/c09.md:6:10", "invalid-value", `stages "契約"`}}},
		{"same order twice", map[string]string{
			"clauses/c10.md": "---\nid: C-10\ntitle: 別\norder: 9\nrationale: 理由\nwaiver: 確認できない\n---\n",
		}, []want{
			{"clauses/c09.md:4:8", "invalid-value", "order 9 is also used by clauses/c10.md"},
			{"clauses/c10.md:4:8", "invalid-value", "order 9 is also used by clauses/c09.md"},
		}},
		{"id-format", map[string]string{"content/incidents/x.md": "---\ntitle: 事故\nid: 事故1\n---\n"},
			[]want{
				{"clauses/c09.md:7:13", "unknown-ref", `incident "I-2022-06"`},
				{"content/incidents/x.md:3:5", "id-format", "ASCII letters"},
			}},
		{"duplicate-id", map[string]string{"checklist/k3.md": "---\nid: K-09-1\nclause: C-09\ntitle: 写し\naspect: 対策\ntiming: [随時]\nrationale: 理由\n---\n"},
			[]want{
				{"checklist/k1.md:2:5", "duplicate-id", "also used by checklist/k3.md"},
				{"checklist/k3.md:2:5", "duplicate-id", "also used by checklist/k1.md"},
			}},
		{"unknown-clause", map[string]string{"checklist/k3.md": "---\nid: K-09-3\nclause: C-9\ntitle: 写し\naspect: 対策\ntiming: [随時]\nrationale: 理由\n---\n"},
			[]want{{"checklist/k3.md:3:9", "unknown-clause", `clause "C-9" is not the id of any clause (did you mean "C-09"?)`}}},
		{"unpaired-clause", map[string]string{"clauses/c10.md": "---\nid: C-10\ntitle: 別\norder: 10\nrationale: 理由\n---\n"},
			[]want{{"clauses/c10.md:2:5", "unpaired-clause", "clause C-10 has no check item; add one in checklist/ with clause: C-10, or give the clause a waiver"}}},
		{"waiver pairs", map[string]string{"clauses/c10.md": "---\nid: C-10\ntitle: 別\norder: 10\nrationale: 理由\nwaiver: 契約書の条文で足りるため\n---\n"}, nil},
		{"missing-aspect", map[string]string{"checklist/k2.md": ""},
			[]want{{"clauses/c09.md:2:5", "missing-aspect", "no check item with aspect 運用"}}},
		{"unknown-ref", map[string]string{"clauses/c09.md": strings.Replace(string(base()["clauses/c09.md"].Data), "[I-2022-06]", "[I-2022-06, I-2022-6]", 1)},
			[]want{{"clauses/c09.md:7:24", "unknown-ref", `incident "I-2022-6" is not the id of any page (did you mean "I-2022-06"?)`}}},
		{"broken-link file", map[string]string{"content/guide/a.md": "---\ntitle: 使い方\n---\n\n本文と[リンク](../../clauses/c99.md)。\n"},
			[]want{
				{"clauses/c09.md:11:6", "broken-link", `content/guide/a.md has no heading with the anchor "点検の時期"`},
				{"content/guide/a.md:5:4", "broken-link", `clauses/c99.md, which does not exist (did you mean "c09.md"?)`},
			}},
		{"broken-link anchor", map[string]string{"content/_index.md": "---\ntitle: 手引き\n---\n\n[再委託](../clauses/c09.md#解説)と[時期](guide/a.md#点検時期)\n"},
			[]want{
				{"content/_index.md:5:29", "broken-link", `has no heading with the anchor "点検時期" (did you mean "点検の時期"?)`},
			}},
		{"broken-link same page", map[string]string{"content/guide/a.md": "---\ntitle: 使い方\n---\n\n## 点検の時期\n\n[上へ](#点検)\n"},
			[]want{{"content/guide/a.md:7:1", "broken-link", `this file has no heading with the anchor "点検"`}}},
		{"broken-link outside", map[string]string{"content/guide/b.md": "---\ntitle: b\n---\n\n![図](../../../secret.png)\n"},
			[]want{{"content/guide/b.md:5:1", "broken-link", "outside the handbook"}}},
		{"broken-link in rationale", map[string]string{"clauses/c10.md": "---\nid: C-10\ntitle: 別\norder: 10\nrationale: |\n  理由は\n  [ここ](../content/none.md)にある。\nwaiver: なし\n---\n"},
			[]want{{"clauses/c10.md:7:0", "broken-link", "content/none.md, which does not exist"}}},
		{"links that are fine", map[string]string{"content/guide/b.md": "---\ntitle: b\n---\n\n[外](https://example.jp) [メール](mailto:a@example.jp) [フォルダ](../incidents/) [エンコード](a.md#%E7%82%B9%E6%A4%9C%E3%81%AE%E6%99%82%E6%9C%9F) [根](/clauses/c09.md) [問い](a.md?x=1)\n"}, nil},
		{"unknown-field", map[string]string{"checklist/k2.md": "---\nid: K-09-2\nclause: C-09\ntitle: 実績\naspect: 運用\ntiming: [定期]\nrationale: 理由\nrevewed: 2026-01-01\ncolour: red\n---\n"},
			[]want{
				{"checklist/k2.md:8:1", "unknown-field", `unknown field "revewed"; did you mean "reviewed"?`},
				{"checklist/k2.md:9:1", "unknown-field", `unknown field "colour"; a check item knows only id, clause`},
			}},
		{"stale-review", map[string]string{"checklist/k2.md": "---\nid: K-09-2\nclause: C-09\ntitle: 実績\naspect: 運用\ntiming: [定期]\nrationale: 理由\nreviewed: 2025-11-24\n---\n"},
			[]want{{"checklist/k2.md:8:11", "stale-review", "366 days ago, more than review_days (365)"}}},
		{"not stale on the day", map[string]string{"checklist/k2.md": "---\nid: K-09-2\nclause: C-09\ntitle: 実績\naspect: 運用\ntiming: [定期]\nrationale: 理由\nreviewed: 2025-11-25\n---\n"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expectFindings(t, tc.files, tc.want)
		})
	}
}

func TestSuggest(t *testing.T) {
	for _, tc := range []struct{ s, want string }{
		{"titel", "title"},
		{"rationle", "rationale"},
		{"colour", ""},
		{"C-9", "C-09"},
	} {
		if got := nearest(tc.s, []string{"title", "rationale", "order", "C-09", "C-10"}); got != tc.want {
			t.Errorf("nearest(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

// expectFindings lints base() with files laid over it (an empty text
// removes a file) and checks the findings, in order: position, rule, a part
// of the message, and the rule's own severity.
func expectFindings(t *testing.T, files map[string]string, want []want) {
	t.Helper()
	fsys := base()
	for name, src := range files {
		if src == "" {
			delete(fsys, name)
		} else {
			fsys[name] = &fstest.MapFile{Data: []byte(src)}
		}
	}
	checkFindings(t, run(t, fsys), want)
}

// checkFindings checks findings in order: position, rule, a part of the
// message, and the rule's own severity.
func checkFindings(t *testing.T, got []Finding, want []want) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d findings, want %d:\n%s", len(got), len(want), dump(got))
	}
	for i, w := range want {
		f := got[i]
		if at := fmtPos(f); at != w.at || f.Rule != w.rule || !strings.Contains(f.Message, w.text) {
			t.Errorf("finding %d = %s %s %q, want %s %s containing %q", i, at, f.Rule, f.Message, w.at, w.rule, w.text)
		}
		if r := RuleByName(f.Rule); r == nil || r.Severity != f.Severity {
			t.Errorf("finding %d has severity %s, not its rule's", i, f.Severity)
		}
	}
}

func fmtPos(f Finding) string { return fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Column) }

func contains(s, sub string) bool { return strings.Contains(s, sub) }
