package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The commands a department uses show a clause reference as the article's
// number and caption in that output, and a parameter never raw: the whole
// handbook's export marks the default as a value to fill, a tailored text
// renumbers the reference.
func TestCommandsNameReferencesAndFillParameters(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"content/_index.md": "---\ntitle: 手引き\nparams:\n  - name: 期限\n    default: 直ちに\nquestions:\n  - id: paper\n    text: 紙を扱いますか。\n    answers: [はい, いいえ]\n    default: はい\n---\n",
		"clauses/c1.md":     "---\nid: C-01\ntitle: 紙の管理\norder: 1\nrationale: 理由\nwaiver: 試験\nwhen: {paper: はい}\n---\n\n本文\n",
		"clauses/c2.md":     "---\nid: C-02\ntitle: 報告\norder: 2\nrationale: 理由\nwaiver: 試験\n---\n\n受注者は、{{期限}}報告する。\n",
		"clauses/c3.md":     "---\nid: C-03\ntitle: 持出し\norder: 3\nrationale: 理由\nwaiver: 試験\n---\n\n事故は、[第2条](c2.md)の定めにより報告する。\n",
	})
	code, out, errOut := tokki(t, "--source", dir, "export", "clauses", "--format", "txt", "-o", "-")
	if code != 0 {
		t.Fatalf("export: %d %s", code, errOut)
	}
	for _, want := range []string{"受注者は、【直ちに】報告する。", "事故は、第2条（報告）の定めにより報告する。"} {
		if !strings.Contains(out, want) {
			t.Errorf("export clauses has no %q:\n%s", want, out)
		}
	}
	answers := filepath.Join(t.TempDir(), "a.yaml")
	os.WriteFile(answers, []byte("answers: {paper: いいえ}\nparams: {期限: 24時間以内に}\n"), 0o644)
	code, out, errOut = tokki(t, "--source", dir, "tailor", "--answers", answers)
	if code != 0 {
		t.Fatalf("tailor: %d %s", code, errOut)
	}
	for _, want := range []string{"受注者は、24時間以内に報告する。", "事故は、第1条（報告）の定めにより報告する。"} {
		if !strings.Contains(out, want) {
			t.Errorf("tailor has no %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "{{") {
		t.Errorf("tailor shows a raw parameter:\n%s", out)
	}
}
