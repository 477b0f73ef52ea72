package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A Git checkout whose history git cannot read (here, a tree object is
// missing) still builds, but the user is told why the 改訂履歴 page is
// empty; a folder that is simply not a Git checkout builds without a word
// about Git.
func TestBuildWarnsWhenGitHistoryFails(t *testing.T) {
	dir, git := gitRepo(t)
	for name, src := range clean {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if code, _, errs := tokki(t, "review", "--all", "--source", dir); code != 0 {
		t.Fatalf("review --all: %s", errs)
	}
	git("add", "-A")
	git("commit", "-q", "-m", "第1版")

	code, _, errs := tokki(t, "build", "--source", dir, "--dest", filepath.Join(t.TempDir(), "ok"))
	if code != 0 || strings.Contains(errs, "warning") {
		t.Fatalf("a readable history: exit %d\n%s", code, errs)
	}

	tree, err := exec.Command("git", "-C", dir, "rev-parse", "HEAD^{tree}").Output()
	if err != nil {
		t.Fatal(err)
	}
	h := strings.TrimSpace(string(tree))
	if err := os.Remove(filepath.Join(dir, ".git", "objects", h[:2], h[2:])); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "site")
	code, _, errs = tokki(t, "build", "--source", dir, "--dest", dest)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	if !strings.Contains(errs, "warning: cannot read the Git history") || !strings.Contains(errs, "git says:") {
		t.Errorf("a history git cannot read is not told:\n%s", errs)
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "history.html")); !strings.Contains(string(b), "改訂履歴はありません") {
		t.Error("history.html does not say that no history is available")
	}

	code, _, errs = tokki(t, "build", "--source", writeTree(t, clean), "--dest", filepath.Join(t.TempDir(), "site"))
	if code != 0 || strings.Contains(errs, "Git") || strings.Contains(errs, "warning") {
		t.Errorf("outside Git: exit %d\n%s", code, errs)
	}
}
