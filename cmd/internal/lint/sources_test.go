//go:build unix

package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// The rules about files left out unread: each file is reported once, by
// the rule that says why, on a handbook on disk (links and pipes are the
// operating system's).
func TestLeftOutRules(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	for name, f := range base() {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(outside, "env"), []byte("TOKEN=x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".git", "config"), []byte("[http]"), 0o644); err != nil {
		t.Fatal(err)
	}
	for target, name := range map[string]string{
		filepath.Join(outside, "env"): "content/env.txt",
		"../../../env":                "content/guide/up.png",
		"/dev/zero":                   "themes/default/assets/zero.css",
		"missing.png":                 "content/none.png",
		"../clauses":                  "content/folder",
		"a.md":                        "content/guide/same.md", // inside: no finding
		"../.git/config":              "content/git.txt",
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "checklist", "k3.md"), 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	big, err := os.Create(filepath.Join(dir, "content", "big.mp4"))
	if err != nil {
		t.Fatal(err)
	}
	big.Truncate(content.MaxAssetSize + 1) // sparse
	big.Close()

	h, err := content.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []Finding
	for _, f := range Run(h, Options{Now: today}) {
		if f.Rule != "suspect" && f.Rule != "inspection-form" {
			got = append(got, f)
		}
	}
	wants := []want{
		{"checklist/k3.md:0:0", "special-file", "a named pipe, not a regular file, so it is left out unread"},
		{"content/big.mp4:0:0", "file-size", "more than the 64 MB tokki reads"},
		{"content/env.txt:0:0", "outside-link", "which leads outside the handbook or is absolute, so it is left out unread"},
		{"content/folder:0:0", "special-file", `a symbolic link to the folder "../clauses", which tokki does not follow`},
		{"content/git.txt:0:0", "outside-link", `a symbolic link to "../.git/config", which leads to a hidden file or folder`},
		{"content/guide/up.png:0:0", "outside-link", `a symbolic link to "../../../env"`},
		{"content/none.png:0:0", "unreadable-file", `a symbolic link to "missing.png", which cannot be followed (it points at nothing)`},
		{"themes/default/assets/zero.css:0:0", "outside-link", `a symbolic link to "/dev/zero"`},
	}
	if len(got) != len(wants) {
		t.Fatalf("got %d findings, want %d:\n%s", len(got), len(wants), dump(got))
	}
	for i, w := range wants {
		f := got[i]
		if at := fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Column); at != w.at || f.Rule != w.rule || !contains(f.Message, w.text) {
			t.Errorf("finding %d = %s %s %q, want %s %s containing %q", i, at, f.Rule, f.Message, w.at, w.rule, w.text)
		}
		if r := RuleByName(f.Rule); r == nil || r.Severity != Error {
			t.Errorf("finding %d: rule %s is not an error", i, f.Rule)
		}
	}
}
