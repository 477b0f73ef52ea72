//go:build unix

package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// These tests run the real binary on a handbook whose source folders hold
// what a hostile pull request could put there: symbolic links to files
// outside the handbook, to /dev/zero, and named pipes. Each run has a
// deadline, so a hang fails the test instead of blocking it.

// sourcesSecret is written outside the handbook; it must never reach any
// output.
const sourcesSecret = "TOKKI-SECRET-7f3a9c"

// hostileHandbook is the clean handbook plus a file inside the handbook
// reached through a link (which must keep working) and, when hostile is
// set, the links and pipes that must not be read. It returns the handbook
// root.
func hostileHandbook(t *testing.T, hostile bool) string {
	t.Helper()
	outside := t.TempDir()
	for name, src := range map[string]string{
		"secret.txt": sourcesSecret + "\n",
		"secret.md":  "---\ntitle: 秘密\n---\n\n" + sourcesSecret + "\n",
	} {
		if err := os.WriteFile(filepath.Join(outside, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir := writeTree(t, with(with(clean,
		"docs/shared.png", "PNG-INSIDE"),
		"docs/shared.md", "---\ntitle: 共有\n---\n\n共有の本文。\n"))
	link := func(target, name string) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
	}
	// Links that stay inside the handbook, relative as Git keeps them.
	link("../docs/shared.png", "content/shared.png")
	link("../../docs/shared.md", "content/guide/shared.md")
	if !hostile {
		return dir
	}
	rel, err := filepath.Rel(filepath.Join(dir, "content"), filepath.Join(outside, "secret.md"))
	if err != nil {
		t.Fatal(err)
	}
	link(rel, "content/leak.md")
	link(rel, "checklist/leak.md") // checklist/ is as deep as content/
	link(filepath.Join(outside, "secret.txt"), "content/secret.txt")
	link(filepath.Join(outside, "secret.txt"), "themes/default/assets/leak.css")
	link(outside, "checklist/outside-folder")
	// Inside the folder but not the handbook's: a CI checkout keeps its
	// token in .git/config.
	if err := os.MkdirAll(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".git", "config"), []byte("[http]\n\textraheader = AUTHORIZATION: basic "+sourcesSecret+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link("../.git/config", "content/git.txt")
	link("/dev/zero", "clauses/zero.png")
	link("/dev/zero", "content/zero.md")
	for _, name := range []string{"content/pipe.md", "content/pipe.png", "clauses/pipe.md"} {
		if err := syscall.Mkfifo(filepath.Join(dir, filepath.FromSlash(name)), 0o644); err != nil {
			t.Skipf("cannot make a named pipe here: %v", err)
		}
	}
	return dir
}

// noSecret fails if any regular file under dir (if there is one) holds
// the secret.
func noSecret(t *testing.T, dir string) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if p == dir && errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil || !e.Type().IsRegular() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if bytes.Contains(b, []byte(sourcesSecret)) {
			t.Errorf("%s holds the secret from outside the handbook", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestSourcesOutsideAreNotRead(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := hostileHandbook(t, true)

	code, out, errs := runTokki(t, "", "lint", "--source", dir)
	if code != 1 {
		t.Fatalf("lint exit %d, want 1\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	for _, want := range []string{
		"content/leak.md:0:0: error: ",
		"checklist/leak.md:0:0: error: ",
		"content/secret.txt:0:0: error: ",
		"themes/default/assets/leak.css:0:0: error: ",
		"checklist/outside-folder:0:0: error: ",
		"content/git.txt:0:0: error: ",
		"clauses/zero.png:0:0: error: ",
		"content/zero.md:0:0: error: ",
	} {
		if !strings.Contains(out, want) || !strings.Contains(out[strings.Index(out, want):], "[outside-link]") {
			t.Errorf("lint does not report %s… [outside-link]:\n%s", want, out)
		}
	}
	for _, want := range []string{"content/pipe.md:0:0: error: ", "content/pipe.png:0:0: error: ", "clauses/pipe.md:0:0: error: "} {
		i := strings.Index(out, want)
		if i < 0 || !strings.Contains(out[i:], "named pipe") || !strings.Contains(out[i:], "[special-file]") {
			t.Errorf("lint does not report %s… named pipe [special-file]:\n%s", want, out)
		}
	}
	if strings.Contains(out+errs, sourcesSecret) {
		t.Errorf("lint printed the secret:\n%s\n%s", out, errs)
	}

	outDir := t.TempDir()
	dest := filepath.Join(outDir, "site")
	code, out, errs = runTokki(t, "", "build", "--source", dir, "--dest", dest)
	if code != 1 || !strings.Contains(errs, "[outside-link]") {
		t.Fatalf("build exit %d, want 1 with the outside-link findings\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	if strings.Contains(out+errs, sourcesSecret) {
		t.Errorf("build printed the secret:\n%s\n%s", out, errs)
	}
	noSecret(t, outDir)
	for _, name := range []string{"public", "content", "clauses", "checklist", "themes"} {
		noSecret(t, filepath.Join(dir, name)) // nor any folder the build may have left in the handbook
	}

	// export reads the same handbook: it finishes and leaks nothing.
	code, out, errs = runTokki(t, "", "export", "checklist", "--source", dir, "--format", "csv", "-o", filepath.Join(outDir, "list.csv"))
	if strings.Contains(out+errs, sourcesSecret) {
		t.Errorf("export printed the secret (exit %d):\n%s\n%s", code, out, errs)
	}
	noSecret(t, outDir)
}

// A link that stays inside the handbook keeps working: the page and the
// image it reaches are built as if they were in place.
func TestSourcesLinkInsideWorks(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := hostileHandbook(t, false)
	if code, out, errs := runTokki(t, "", "lint", "--source", dir); code != 0 {
		t.Fatalf("lint exit %d, want 0\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	dest := filepath.Join(t.TempDir(), "site")
	if code, out, errs := runTokki(t, "", "build", "--source", dir, "--dest", dest); code != 0 {
		t.Fatalf("build exit %d, want 0\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	if b, err := os.ReadFile(filepath.Join(dest, "shared.png")); err != nil || string(b) != "PNG-INSIDE" {
		t.Errorf("the linked image: %q, %v", b, err)
	}
	if b, err := os.ReadFile(filepath.Join(dest, "guide", "shared.html")); err != nil || !strings.Contains(string(b), "共有の本文") {
		t.Errorf("the linked page: %v\n%s", err, b)
	}
}

// An asset larger than the limit is reported and never read: lint and
// build finish at once, without holding it in memory.
func TestSourcesLargeAsset(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := writeTree(t, clean)
	big := filepath.Join(dir, "content", "video.mp4")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: large to stat, nothing on the disk.
	if err := f.Truncate(4 << 30); err != nil {
		t.Skipf("cannot make a sparse file here: %v", err)
	}
	f.Close()
	code, out, errs := runTokki(t, "", "lint", "--source", dir)
	if code != 1 || !strings.Contains(out, "content/video.mp4:0:0: error: ") || !strings.Contains(out, "[file-size]") {
		t.Fatalf("lint exit %d, want 1 with a file-size finding for content/video.mp4\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	dest := filepath.Join(t.TempDir(), "site")
	if code, out, errs := runTokki(t, "", "build", "--source", dir, "--dest", dest); code != 1 || !strings.Contains(errs, "[file-size]") {
		t.Fatalf("build exit %d, want 1 with the file-size finding\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
}

// serve shows the findings and serves nothing from outside.
func TestSourcesServe(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := hostileHandbook(t, true)
	s := startServe(t, dir)
	s.eventually("_tokki/status", func(code int, body string) bool {
		return code == 200 && strings.Contains(body, "outside-link") && strings.Contains(body, "special-file")
	}, "the outside-link and special-file findings")
	for _, p := range []string{"secret.txt", "git.txt", "leak.html", "assets/leak.css", "zero.md", "pipe.png", "search/titles.json"} {
		if _, body := s.get(p); strings.Contains(body, sourcesSecret) {
			t.Errorf("serve gave the secret at /%s", p)
		}
	}
	if strings.Contains(s.output(), sourcesSecret) {
		t.Errorf("serve printed the secret:\n%s", s.output())
	}
}
