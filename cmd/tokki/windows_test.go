package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Git for Windows checks files out with CRLF (core.autocrlf) while the
// repository keeps LF. The same handbook must then compare as unchanged
// with its last commit, and its reviews must stay valid: a line ending is
// not a change to a clause.
func TestCheckedOutWithCRLF(t *testing.T) {
	dir, git := gitRepo(t)
	for name, body := range clean {
		writeFile(t, filepath.Join(dir, filepath.FromSlash(name)), body)
	}
	if code, _, errs := tokki(t, "review", "--all", "--source", dir); code != 0 {
		t.Fatalf("review --all: %s", errs)
	}
	git("add", "-A")
	git("commit", "-q", "-m", "第1版")
	for name := range clean {
		p := filepath.Join(dir, filepath.FromSlash(name))
		edit(t, p, func(s string) string { return "\uFEFF" + strings.ReplaceAll(s, "\n", "\r\n") })
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "clauses", "c09.md")); !strings.Contains(string(b), "\r\n") {
		t.Fatal("the clause was not rewritten with CRLF")
	}

	code, out, errs := tokki(t, "diff", "HEAD", "--source", dir)
	if code != 0 || !strings.Contains(out, "変更はありません") {
		t.Errorf("diff HEAD after a CRLF checkout: exit %d, want no change\n%s%s", code, out, errs)
	}
	code, out, errs = tokki(t, "lint", "--strict", "--source", dir)
	if code != 0 {
		t.Errorf("lint --strict after a CRLF checkout: exit %d (a review made suspect by line endings?)\n%s%s", code, out, errs)
	}
	if strings.Contains(out+errs, "\r") {
		t.Errorf("a \\r reached lint's output: %q", out+errs)
	}
}
