package tailor

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

var handbook = fstest.MapFS{
	"content/_index.md": {Data: []byte(`---
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
  - id: mynumber
    text: 特定個人情報を扱いますか。
    answers: [はい, いいえ]
    default: いいえ
---
`)},
	"clauses/c01.md":     {Data: []byte("---\nid: C-01\ntitle: 基本的事項\norder: 1\nrationale: 基本を定める。\nwaiver: w\n---\n\n受注者は、法令を守らなければならない。\n")},
	"clauses/c13.md":     {Data: []byte("---\nid: C-13\ntitle: 持出し\norder: 13\nrationale: 持出しは危ない。次の文。\nwaiver: w\nvariants:\n  - when: {takeout: はい}\n    text: |\n      受注者は、承認を受けて持ち出すときは、記録を残さなければならない。\n---\n\n受注者は、個人情報を持ち出してはならない。\n")},
	"clauses/c22.md":     {Data: []byte("---\nid: C-22\ntitle: 特定個人情報\norder: 22\nrationale: 番号法の義務がある。\nwaiver: w\nwhen: {mynumber: はい}\n---\n\n受注者は、番号法を守らなければならない。\n")},
	"clauses/c23.md":     {Data: []byte("---\nid: C-23\ntitle: 事故の報告\norder: 23\nrationale: 報告のため。\nwaiver: w\n---\n\n受注者は、事故を{{報告期限}}報告しなければならない。\n")},
	"checklist/k13-1.md": {Data: []byte("---\nid: K-13-1\nclause: C-13\ntitle: 持出しの記録\naspect: 運用\ntiming: [定期]\nrationale: r\nwhen: {takeout: はい}\n---\n")},
	"checklist/k13-2.md": {Data: []byte("---\nid: K-13-2\nclause: C-13\ntitle: 持出しの禁止の周知\naspect: 対策\ntiming: [契約前]\nrationale: r\n---\n")},
	"checklist/k22-1.md": {Data: []byte("---\nid: K-22-1\nclause: C-22\ntitle: 番号の管理\naspect: 対策\ntiming: [契約前]\nrationale: r\n---\n")},
}

func load(t *testing.T) *content.Handbook {
	t.Helper()
	h, err := content.LoadFS(handbook)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func ids(r *Result) string {
	var s []string
	for _, c := range r.Clauses {
		s = append(s, c.ID)
	}
	for _, k := range r.Checks {
		s = append(s, k.ID)
	}
	return strings.Join(s, " ")
}

func TestTailor(t *testing.T) {
	h := load(t)
	// Defaults: no take-out (the default text), no My Number data (C-22 out).
	r, err := Tailor(h, Input{})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(r); got != "C-01 C-13 C-23 K-13-2" {
		t.Errorf("defaults: %s", got)
	}
	if r.Clauses[2].Number != 3 || r.Clauses[2].Order != 23 {
		t.Errorf("not renumbered: %+v", r.Clauses[2])
	}
	if !strings.Contains(r.Clauses[2].Text, "事故を直ちに報告") {
		t.Errorf("parameter default not filled: %q", r.Clauses[2].Text)
	}
	if len(r.Left) != 1 || r.Left[0].ID != "C-22" || !strings.Contains(r.Left[0].Because, "特定個人情報を扱いますか。」が「はい」") {
		t.Errorf("left: %+v", r.Left)
	}

	// Home visits: the take-out variant and its check item.
	r, _ = Tailor(h, Input{Answers: map[string]string{"takeout": "はい", "mynumber": "はい"}, Params: map[string]string{"報告期限": "1時間以内に"}})
	if got := ids(r); got != "C-01 C-13 C-22 C-23 K-13-2 K-13-1 K-22-1" { // 対策 before 運用
		t.Errorf("take-out and My Number: %s", got)
	}
	if !r.Clauses[1].Variant || !strings.Contains(r.Clauses[1].Text, "記録を残さなければならない") {
		t.Errorf("the variant was not chosen: %+v", r.Clauses[1])
	}
	if !strings.Contains(r.Clauses[3].Text, "1時間以内に報告") {
		t.Errorf("parameter not filled: %q", r.Clauses[3].Text)
	}

	// A value is text, whatever it holds.
	r, _ = Tailor(h, Input{Params: map[string]string{"報告期限": "<b>*直ちに*</b>"}})
	plain := markdown.ArticleText([]byte(r.Clauses[2].Text))
	if !strings.Contains(plain, "事故を<b>*直ちに*</b>報告") {
		t.Errorf("an HTML-like value did not stay text: %q", plain)
	}

	for _, bad := range []Input{
		{Answers: map[string]string{"takout": "はい"}},
		{Answers: map[string]string{"takeout": "時々"}},
		{Params: map[string]string{"保存期間": "5年"}},
		{Start: d("2026-04-01")},
		{Start: d("2026-04-02"), End: d("2026-04-01")},
	} {
		if _, err := Tailor(h, bad); err == nil {
			t.Errorf("%+v was accepted", bad)
		}
	}
}

func TestRecord(t *testing.T) {
	r, err := Tailor(load(t), Input{Task: "住民税通知書の印刷", Answers: map[string]string{"takeout": "はい"}, Start: d("2026-04-01"), End: d("2027-03-31")})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"業務：住民税通知書の印刷", "（持出し）  \n第2条", "（事故の報告）  \n第3条", // C-22 is left out
		"| K-02-1（ハンドブックのK-13-2） | 第2条 | 持出しの禁止の周知 | 対策 | 契約前 |  |  |", "| K-02-2（ハンドブックのK-13-1） | 第2条 | 持出しの記録 | 運用 | 定期 |  |  |", // numbered with its article, 対策 first
		"| 2026-07-01 | 実地 |", "| 2027-03-31 | 終了時 |",
		"ハンドブックの第22条（特定個人情報）：「特定個人情報を扱いますか。」が「はい」の業務に限る条項のため。（解説より：番号法の義務がある。）",
		"第2条（持出し、ハンドブックの第13条）：「個人情報を作業場所の外へ持ち出しますか。」が「はい」であるため",
		"| 特定個人情報を扱いますか。 | いいえ（既定） |", "| 事故を報告する期限 | 直ちに（既定） |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the record lacks %q:\n%s", want, out)
		}
	}
}
