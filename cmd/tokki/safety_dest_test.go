//go:build unix

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/synth"
)

// These tests run the real binary, each in folders of its own, on what
// issue 14 found `tokki build --dest` doing to folders it did not write.

// snapshot is every file and folder under dir with a hash of its bytes.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		switch {
		case e.IsDir():
			m[rel] = "dir"
		case e.Type().IsRegular():
			b, _ := os.ReadFile(p)
			m[rel] = fmt.Sprintf("%x", sha256.Sum256(b))
		default:
			l, _ := os.Readlink(p)
			m[rel] = "link " + l
		}
		return nil
	})
	return m
}

func sameTree(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	for p, h := range before {
		if after[p] != h {
			t.Errorf("%s: %s changed or went", what, p)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			t.Errorf("%s: %s appeared", what, p)
		}
	}
}

// consistent checks that dest holds one whole site: its manifest lists
// files that all exist, no staging folder is left, and besides the listed
// files there are only those in others.
func consistent(t *testing.T, dest string, others ...string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dest, ".tokki-manifest.json"))
	if err != nil {
		t.Fatalf("no manifest: %v", err)
	}
	var m struct{ Files []string }
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, p := range m.Files {
		listed[p] = true
		if _, err := os.Stat(filepath.Join(dest, p)); err != nil {
			t.Errorf("the manifest lists %s: %v", p, err)
		}
	}
	filepath.WalkDir(dest, func(p string, e fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dest, p)
		rel = filepath.ToSlash(rel)
		if err != nil || e.IsDir() || rel == ".tokki-manifest.json" || slices.Contains(others, rel) {
			return err
		}
		if !listed[rel] {
			t.Errorf("%s is in the site but not in its manifest", rel)
		}
		return nil
	})
	if _, err := os.Stat(filepath.Join(dest, ".tokki-new")); err == nil {
		t.Error("a staging folder was left behind")
	}
	return m.Files
}

// A folder with someone's files, the handbook itself, a folder above it,
// a source folder: each is refused with exit 2 and left exactly as it was,
// with --force too where force can never apply.
func TestBuildRefusesOthersFolders(t *testing.T) {
	base := t.TempDir()
	hb := filepath.Join(base, "handbook")
	os.MkdirAll(hb, 0o755)
	for name, src := range clean {
		p := filepath.Join(hb, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(src), 0o644)
	}
	os.MkdirAll(filepath.Join(hb, ".git"), 0o755)
	os.WriteFile(filepath.Join(hb, ".git", "HEAD"), []byte("ref: refs/heads/main\n"), 0o644)
	shared := filepath.Join(base, "shared")
	os.MkdirAll(shared, 0o755)
	os.WriteFile(filepath.Join(shared, "予算.xlsx"), []byte("someone's work"), 0o644)
	home := t.TempDir()
	tokkiBinary(t) // built with the real HOME (Go's caches live there)
	t.Setenv("HOME", home)
	os.Symlink(hb, filepath.Join(base, "link"))

	before := snapshot(t, base)
	for _, tc := range []struct {
		dir    string   // where it runs
		args   []string // after build
		force  bool     // refused even with --force
		stderr string
	}{
		{hb, []string{"--dest", shared}, false, "予算.xlsx"},
		{hb, []string{"--dest", "."}, true, "the handbook's own folder"},
		{filepath.Join(hb, "clauses"), []string{"--source", "..", "--dest", "."}, true, "clauses/ folder"},
		{filepath.Join(hb, "content"), []string{"--source", "..", "--dest", ".."}, true, "the handbook's own folder"},
		{base, []string{"--source", "handbook", "--dest", "handbook"}, true, "the handbook's own folder"},
		{base, []string{"--source", "handbook", "--dest", "."}, true, "holds the handbook"},
		{base, []string{"--source", "handbook", "--dest", "link/checklist"}, true, "checklist/ folder"},
		{hb, []string{"--dest", "content/public"}, true, "content/ folder"},
		{hb, []string{"--dest", ".git"}, true, ".git/ folder"},
		{hb, []string{"--dest", home}, true, "home folder"},
		{hb, []string{"--dest", "/"}, true, "root of a file system"},
	} {
		args := append([]string{"build"}, tc.args...)
		tries := [][]string{args}
		if tc.force {
			tries = append(tries, append(slices.Clone(args), "--force"))
		}
		for _, a := range tries {
			code, _, stderr := runTokki(t, tc.dir, a...)
			if code != 2 || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("%v in %s: exit %d, stderr %q; want 2 and %q", a, tc.dir, code, stderr, tc.stderr)
			}
		}
	}
	sameTree(t, "after the refused builds", before, snapshot(t, base))

	// Forced, the shared folder gets the site and keeps the spreadsheet.
	code, _, stderr := runTokki(t, hb, "build", "--dest", shared, "--force")
	if code != 0 || !strings.Contains(stderr, "kept 1 file") || !strings.Contains(stderr, "予算.xlsx") {
		t.Fatalf("forced: exit %d, %s", code, stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(shared, "予算.xlsx")); string(b) != "someone's work" {
		t.Errorf("the spreadsheet is now %q", b)
	}
	consistent(t, shared, "予算.xlsx")
}

// The default public/ and a folder outside the handbook keep working; a
// rebuild removes the pages of a clause that is gone, keeps a file someone
// put there and names it, and writes nothing that did not change.
func TestBuildRebuildsItsOwnSite(t *testing.T) {
	hb := writeTree(t, with(clean, "clauses/c10.md", "---\nid: C-10\ntitle: 別の条\norder: 10\nrationale: 理由。\nwaiver: 確認項目は不要\nreviewed: "+time.Now().Format(time.DateOnly)+"\n---\n\n本文。\n"))
	outside := filepath.Join(t.TempDir(), "share", "手引き")
	for _, dest := range []string{filepath.Join(hb, "public"), outside} {
		if code, _, stderr := runTokki(t, hb, "build", "--dest", dest); code != 0 {
			t.Fatalf("first build into %s: %s", dest, stderr)
		}
		files := consistent(t, dest)
		if !slices.Contains(files, "clauses/C-10.html") {
			t.Fatalf("no page for C-10 in %q", files)
		}
		os.WriteFile(filepath.Join(dest, "メモ.txt"), []byte("note"), 0o644)
		os.Remove(filepath.Join(hb, "clauses", "c10.md"))
		code, stdout, stderr := runTokki(t, hb, "build", "--dest", dest)
		if code != 0 || !strings.Contains(stderr, "kept 1 file") || !strings.Contains(stderr, "メモ.txt") {
			t.Fatalf("rebuild: exit %d, %s", code, stderr)
		}
		if !strings.Contains(stdout, " unchanged)") || strings.Contains(stdout, " 0 unchanged") {
			t.Errorf("the rebuild wrote every file again: %s", stdout)
		}
		if _, err := os.Stat(filepath.Join(dest, "clauses", "C-10.html")); err == nil {
			t.Error("the page of a removed clause survived")
		}
		consistent(t, dest, "メモ.txt")
		os.WriteFile(filepath.Join(hb, "clauses", "c10.md"), []byte("---\nid: C-10\ntitle: 別の条\norder: 10\nrationale: 理由。\nwaiver: 確認項目は不要\nreviewed: "+time.Now().Format(time.DateOnly)+"\n---\n\n本文。\n"), 0o644)
	}
}

// A site built before manifests existed is recognised by its own pages,
// and a page someone added that no build wrote is kept.
func TestBuildTakesOverAnOlderSite(t *testing.T) {
	hb := writeTree(t, clean)
	dest := filepath.Join(t.TempDir(), "public")
	if code, _, stderr := runTokki(t, hb, "build", "--dest", dest); code != 0 {
		t.Fatal(stderr)
	}
	os.Remove(filepath.Join(dest, ".tokki-manifest.json")) // as an older tokki left it
	os.WriteFile(filepath.Join(dest, "お知らせ.html"), []byte("<p>課の案内</p>"), 0o644)
	code, _, stderr := runTokki(t, hb, "build", "--dest", dest)
	if code != 0 || !strings.Contains(stderr, "お知らせ.html") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	consistent(t, dest, "お知らせ.html")
}

// A destination that is a symbolic link stays a link, and one that is a
// mount point (a mounted share) is written into, not renamed away.
func TestBuildIntoLinkAndMountPoint(t *testing.T) {
	hb := writeTree(t, clean)
	base := t.TempDir()
	target := filepath.Join(base, "target")
	os.Mkdir(target, 0o755)
	link := filepath.Join(base, "public")
	os.Symlink(target, link)
	for range 2 {
		if code, _, stderr := runTokki(t, hb, "build", "--dest", link); code != 0 {
			t.Fatal(stderr)
		}
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	consistent(t, target)
	if entries, _ := os.ReadDir(base); len(entries) != 2 {
		t.Errorf("left beside the destination: %v", entries)
	}

	mnt := filepath.Join(base, "mnt")
	os.Mkdir(mnt, 0o755)
	if err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mnt).Run(); err != nil {
		t.Skip("cannot mount a file system here:", err)
	}
	defer exec.Command("umount", mnt).Run()
	for range 2 {
		if code, _, stderr := runTokki(t, hb, "build", "--dest", mnt); code != 0 {
			t.Fatal(stderr)
		}
	}
	consistent(t, mnt)
}

// A full disk stops the build with exit 2 (1 is for lint findings), says
// the previous site is kept, and keeps it.
func TestBuildFullDisk(t *testing.T) {
	hb := writeTree(t, clean)
	mnt := filepath.Join(t.TempDir(), "mnt")
	os.Mkdir(mnt, 0o755)
	// Room for one site (5 MB, most of it the builder page's Word and
	// Excel writer, assets/office.js) and a little more.
	if err := exec.Command("mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", mnt).Run(); err != nil {
		t.Skip("cannot mount a file system here:", err)
	}
	defer exec.Command("umount", mnt).Run()
	dest := filepath.Join(mnt, "public")
	if code, _, stderr := runTokki(t, hb, "build", "--dest", dest); code != 0 {
		t.Fatal(stderr)
	}
	before := snapshot(t, dest)
	// Four pages of 1.5 MB of text that compresses little: the new site
	// (the pages alone, 6 MB) needs more room than is left.
	var big strings.Builder
	big.WriteString("---\ntitle: 大きな頁\n---\n\n")
	for i := 0; big.Len() < 1500<<10; i++ {
		fmt.Fprintf(&big, "段落%d。%x\n\n", i, sha256.Sum256([]byte{byte(i), byte(i >> 8)}))
	}
	for i := range 4 {
		os.WriteFile(filepath.Join(hb, "content", fmt.Sprintf("big%d.md", i)), []byte(big.String()), 0o644)
	}
	code, _, stderr := runTokki(t, hb, "build", "--dest", dest)
	if code != 2 || !strings.Contains(stderr, "previous site is unchanged") {
		t.Fatalf("exit %d, %s; want 2 and the previous site kept", code, stderr)
	}
	sameTree(t, "after a full disk", before, snapshot(t, dest))
}

// bigHandbook is a handbook that takes a while to build.
func bigHandbook(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "hb")
	if _, err := synth.Generate(dir, synth.Options{Clauses: 1500}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// Ctrl-C at any moment leaves either the previous site or the new one,
// whole, and no staging folder.
func TestBuildInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a large handbook")
	}
	hb := bigHandbook(t)
	dest := filepath.Join(t.TempDir(), "public")
	bin := tokkiBinary(t)
	interrupted := 0
	for i, after := range []time.Duration{50, 300, 800, 1500, 3000} {
		cmd := exec.Command(bin, "build", "--source", hb, "--dest", dest)
		var errb bytes.Buffer
		cmd.Stderr = &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(after * time.Millisecond)
		cmd.Process.Signal(syscall.SIGINT)
		err := cmd.Wait()
		code := cmd.ProcessState.ExitCode()
		switch {
		case code == -1:
			// Ended by the signal before it could be caught: the process
			// had not started its work.
		case code == 130:
			interrupted++
			if !strings.Contains(errb.String(), "previous site is unchanged") {
				t.Errorf("interrupted: %s", errb.String())
			}
		case err != nil:
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		if _, err := os.Stat(dest); err == nil {
			consistent(t, dest)
		} else if i > 0 && code == 0 {
			t.Errorf("a build that finished left no site")
		}
	}
	if interrupted == 0 {
		t.Log("no build was interrupted in time (the machine is fast); the check above still holds")
	}
}

// Two builds into one folder at once: each waits for the other, and the
// folder ends with one whole site.
func TestBuildConcurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a large handbook")
	}
	hb := bigHandbook(t)
	dest := filepath.Join(t.TempDir(), "public")
	var wg sync.WaitGroup
	codes := make([]int, 3)
	outs := make([]string, 3)
	for i := range codes {
		wg.Go(func() { codes[i], _, outs[i] = runTokki(t, hb, "build", "--dest", dest) })
	}
	wg.Wait()
	for i, c := range codes {
		if c != 0 {
			t.Errorf("build %d: exit %d, %s", i, c, outs[i])
		}
	}
	consistent(t, dest)
	if entries, _ := os.ReadDir(filepath.Dir(dest)); len(entries) != 1 {
		t.Errorf("left beside the destination: %v", entries)
	}
}
