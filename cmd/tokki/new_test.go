package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A new clause is named after its id and the Latin letters of its title,
// or --slug; the file holds no comments to delete, and what to fill in is
// printed on stderr.
func TestNewSlugAndGuide(t *testing.T) {
	dir := writeTree(t, clean)
	for _, tc := range []struct {
		args  []string
		path  string
		guide string
	}{
		{[]string{"new", "clause", "--title", "生成AIの利用"}, "clauses/c10-ai.md", "rationale   必須。解説"},
		{[]string{"new", "clause", "--title", "秘密の保持"}, "clauses/c11.md", "tokki new check --clause ID"},
		{[]string{"new", "clause", "--title", "ＵＳＢメモリの管理", "--slug", "Removable media!"}, "clauses/c12-removable-media.md", "stages"},
		{[]string{"new", "check", "--clause", "C-10", "--title", "AI利用の承認"}, "checklist/k10-1-ai.md", "question"},
		{[]string{"new", "page", "forms/x.md", "--title", "申請書"}, "content/forms/x.md", "form        必須"},
	} {
		code, out, errs := tokki(t, append(tc.args, "--source", dir)...)
		if code != 0 || strings.TrimSpace(out) != tc.path {
			t.Fatalf("%v: exit %d, stdout %q, stderr %s", tc.args, code, out, errs)
		}
		if !strings.Contains(errs, "fill in the front matter of "+tc.path+":\n") || !strings.Contains(errs, tc.guide) {
			t.Errorf("%v: stderr %q lacks %q", tc.args, errs, tc.guide)
		}
		b, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(tc.path)))
		if strings.Contains(string(b), "#") || strings.Contains(string(b), "必須") {
			t.Errorf("%s holds template comments:\n%s", tc.path, b)
		}
	}
	b, _ := os.ReadFile(filepath.Join(dir, "clauses", "c10-ai.md"))
	if !strings.HasPrefix(string(b), "---\nid: C-10\ntitle: 生成AIの利用\norder: 10\nrationale: \"\"\n") {
		t.Errorf("c10-ai.md:\n%s", b)
	}
}
