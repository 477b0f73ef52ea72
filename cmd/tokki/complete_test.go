package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// completions runs cobra's hidden __complete command and returns the
// offered words (descriptions dropped) and the directive line.
func completions(t *testing.T, args ...string) (words []string, directive string) {
	t.Helper()
	code, out, errs := tokki(t, append([]string{"__complete"}, args...)...)
	if code != 0 {
		t.Fatalf("__complete %v: exit %d: %s", args, code, errs)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(line, ":") {
			directive = line
			continue
		}
		w, _, _ := strings.Cut(line, "\t")
		words = append(words, w)
	}
	return words, directive
}

// The shell completes ids from the handbook at --source, vocabulary
// values, export formats for the document named, and Git revisions.
func TestCompletion(t *testing.T) {
	dir := writeTree(t, clean)
	for _, tc := range []struct {
		args []string
		want string // the words offered, joined by spaces
	}{
		{[]string{"review", "--source", dir, "K-0"}, "K-09-1 K-09-2"},
		{[]string{"review", "--source", dir, "c-"}, "C-09"},
		{[]string{"review", "--source", dir, "--clause", ""}, "C-09"},
		{[]string{"review", "--source", dir, "--show", ""}, "C-09 K-09-1 K-09-2"},
		{[]string{"new", "check", "--source", dir, "--clause", "C"}, "C-09"},
		{[]string{"new", "check", "--aspect", ""}, "対策 運用"},
		{[]string{"export", "--timing", ""}, "契約前 定期 終了時 随時"},
		{[]string{"export", "clauses", "--format", ""}, "docx txt"},
		{[]string{"export", "checklist", "-f", ""}, "xlsx csv"},
		{[]string{"lint", "--format", ""}, "text json github sarif"},
		{[]string{"diff", "--format", ""}, "markdown html"},
		{[]string{"new", ""}, "clause check page"},
	} {
		words, _ := completions(t, tc.args...)
		if got := strings.Join(words, " "); got != tc.want {
			t.Errorf("%v: %q, want %q", tc.args, got, tc.want)
		}
	}
	// A page's path is not an id: the shell completes file names.
	if words, directive := completions(t, "review", "--source", dir, "content/"); len(words) != 0 || directive != ":0" {
		t.Errorf("a path: %q %s", words, directive)
	}
	if _, directive := completions(t, "tailor", "--answers", ""); directive != ":8" {
		t.Errorf("--answers: directive %s, want :8 (yaml files)", directive)
	}
}

// tokki diff completes the repository's branches, tags and recent
// commits; the real binary answers the shell.
func TestCompletionRevisions(t *testing.T) {
	dir, git := gitRepo(t)
	for name, src := range v1 {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(src), 0o644)
	}
	git("add", "-A")
	git("commit", "-q", "-m", "第1版")
	git("tag", "v1")
	git("branch", "draft")
	code, out, errs := runTokki(t, dir, "__complete", "diff", "")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"main\tbranch: 第1版\n", "draft\tbranch: 第1版\n", "v1\ttag: 第1版\n", "\t2026-04-01 第1版\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("diff completions lack %q:\n%s", want, out)
		}
	}
	code, out, _ = runTokki(t, dir, "__complete", "diff", "v")
	if code != 0 || !strings.HasPrefix(out, "v1\t") || strings.Contains(out, "main") {
		t.Errorf("diff v: %s", out)
	}
	// Outside Git: nothing, and no error on the terminal.
	code, out, errs = runTokki(t, t.TempDir(), "__complete", "diff", "")
	if code != 0 || strings.Contains(out, "main") || strings.Contains(errs, "git") {
		t.Errorf("outside Git: %d %q %q", code, out, errs)
	}
}
