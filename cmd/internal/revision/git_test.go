package revision

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// repo makes a Git repository whose handbook lives in sub (a folder inside
// it, "" for the top) and returns the repository and the handbook root.
func repo(t *testing.T, sub string) (dir, root string, git func(args ...string) string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir = t.TempDir()
	git = func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
			"GIT_AUTHOR_NAME=editor", "GIT_AUTHOR_EMAIL=editor@example.jp", "GIT_AUTHOR_DATE=2026-04-01T09:00:00+09:00",
			"GIT_COMMITTER_NAME=editor", "GIT_COMMITTER_EMAIL=editor@example.jp", "GIT_COMMITTER_DATE=2026-04-01T09:00:00+09:00")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	git("init", "-q", "-b", "main")
	return dir, filepath.Join(dir, sub), git
}

func write(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const (
	clause9  = "---\nid: C-09\ntitle: 再委託の禁止\norder: 9\nrationale: 理由。\n---\n\n受注者は、再委託してはならない。\n"
	clause10 = "---\nid: C-10\ntitle: 秘密の保持\norder: 10\nrationale: 理由。\n---\n\n受注者は、秘密を守らなければならない。\n"
)

// A revision that git would read as an option is refused before git runs:
// --output=FILE would make git log write the file.
func TestRevisionOption(t *testing.T) {
	dir, root, git := repo(t, "")
	write(t, root, map[string]string{"clauses/c09.md": clause9})
	git("add", "-A")
	git("commit", "-q", "-m", "第1版")
	out := filepath.Join(t.TempDir(), "x")
	for _, rev := range []string{"--output=" + out, "-p", "-", ""} {
		_, _, err := Load(root, rev)
		if err == nil || !strings.Contains(err.Error(), "give a branch, tag or commit") {
			t.Errorf("Load(%q): %v", rev, err)
		}
	}
	if matches, _ := filepath.Glob(out + "*"); len(matches) > 0 {
		t.Errorf("git wrote %v", matches)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != ".git" && e.Name() != "clauses" {
			t.Errorf("git wrote %s into the repository", e.Name())
		}
	}
}

// Git's own words are not the whole message: it says what failed and
// what to do.
func TestGitErrors(t *testing.T) {
	_, root, git := repo(t, "")
	write(t, root, map[string]string{"clauses/c09.md": clause9})
	git("add", "-A")
	git("commit", "-q", "-m", "第1版")
	_, _, err := Load(root, "v9")
	if err == nil || !strings.Contains(err.Error(), `revision "v9" is not a commit in this repository; check its name with git log or git tag`) {
		t.Errorf("an unknown revision: %v", err)
	}
	_, _, err = Load(t.TempDir(), "HEAD")
	if !errors.Is(err, ErrNoGit) || strings.Contains(err.Error(), "fatal:") || strings.Contains(err.Error(), "git says") {
		t.Errorf("outside Git, the message is tokki's, not git's: %v", err)
	}
	if _, err := History(t.TempDir(), 10); !errors.Is(err, ErrNoGit) {
		t.Errorf("History outside Git: %v", err)
	}
	t.Setenv("PATH", t.TempDir())
	if _, _, err := Load(root, "HEAD"); !errors.Is(err, ErrGitMissing) || !errors.Is(err, ErrNoGit) {
		t.Errorf("without git: %v", err)
	}
}

// A handbook in a folder whose name has spaces, Japanese and glob
// characters, with such file names, loads at a revision and lists its
// history with the names as they are (not "\346\211\213…").
func TestJapanesePaths(t *testing.T) {
	_, root, git := repo(t, "手引き 第2版 [案]")
	write(t, root, map[string]string{"clauses/第9条 再委託.md": clause9, "content/_index.md": "---\ntitle: 手引き\n---\n"})
	git("add", "-A")
	git("commit", "-q", "-m", "第1版: clauses/ を作る @@ 初版")
	write(t, root, map[string]string{"clauses/第10条 秘密.md": clause10})
	git("add", "-A")
	git("commit", "-q", "-m", "第2版")

	h, rev, err := Load(root, "HEAD~1")
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Clauses) != 1 || h.Clauses[0].Path != "clauses/第9条 再委託.md" || rev.Subject != "第1版: clauses/ を作る @@ 初版" {
		t.Errorf("at HEAD~1: %d clauses, %q", len(h.Clauses), rev.Subject)
	}
	log, err := History(root, 10)
	if err != nil {
		t.Fatal(err)
	}
	if log.Shallow || len(log.Entries) != 2 {
		t.Fatalf("history: %+v", log)
	}
	if e := log.Entries[0]; e.Subject != "第2版" || !slices.Equal(e.Files, []string{"clauses/第10条 秘密.md"}) {
		t.Errorf("newest: %+v", e)
	}
	if e := log.Entries[1]; e.Subject != "第1版: clauses/ を作る @@ 初版" || !slices.Equal(e.Files, []string{"clauses/第9条 再委託.md", "content/_index.md"}) || e.Cut {
		t.Errorf("oldest: %+v", e)
	}
}

// A shallow clone's history says it is incomplete, and its oldest commit
// does not claim to have changed every file.
func TestShallowHistory(t *testing.T) {
	dir, root, git := repo(t, "")
	write(t, root, map[string]string{"clauses/c09.md": clause9, "content/_index.md": "---\ntitle: 手引き\n---\n"})
	git("add", "-A")
	git("commit", "-q", "-m", "第1版")
	git("tag", "v1")
	for i, text := range []string{"第三者に", "他の者に"} {
		write(t, root, map[string]string{"clauses/c09.md": strings.Replace(clause9, "再委託して", text+"再委託して", 1)})
		git("commit", "-q", "-am", []string{"第2版", "第3版"}[i])
	}
	for _, tc := range []struct {
		depth   string
		entries []string // subject, and * when cut
	}{
		{"1", []string{"第3版*"}},
		{"2", []string{"第3版", "第2版*"}},
	} {
		clone := filepath.Join(t.TempDir(), "clone")
		git("clone", "-q", "--depth", tc.depth, "file://"+dir, clone)
		log, err := History(clone, 10)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range log.Entries {
			s := e.Subject
			if e.Cut {
				s += "*"
				if len(e.Files) > 0 {
					t.Errorf("depth %s: the cut commit %s lists %v", tc.depth, e.Subject, e.Files)
				}
			} else if !slices.Equal(e.Files, []string{"clauses/c09.md"}) {
				t.Errorf("depth %s: %s lists %v", tc.depth, e.Subject, e.Files)
			}
			got = append(got, s)
		}
		if !log.Shallow || !slices.Equal(got, tc.entries) {
			t.Errorf("depth %s: shallow %v, entries %q, want %q", tc.depth, log.Shallow, got, tc.entries)
		}
		// A revision the clone lacks: the message says how to fetch it.
		if _, _, err := Load(clone, "HEAD~2"); err == nil || !strings.Contains(err.Error(), "git fetch --unshallow") {
			t.Errorf("depth %s: HEAD~2: %v", tc.depth, err)
		}
	}
	if log, err := History(root, 10); err != nil || log.Shallow || len(log.Entries) != 3 {
		t.Errorf("the full repository: %+v, %v", log, err)
	}
}

// A repository without commits has an empty history, not an error.
func TestHistoryWithoutCommits(t *testing.T) {
	_, root, _ := repo(t, "")
	log, err := History(root, 10)
	if err != nil || len(log.Entries) != 0 {
		t.Errorf("%+v, %v", log, err)
	}
}
