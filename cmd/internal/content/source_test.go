//go:build unix

package content

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sourceTree writes a handbook with every kind of file the loader must not
// read, beside links that stay inside and must keep working. It returns
// the handbook root and the secret written outside it.
func sourceTree(t *testing.T) (dir, secret string) {
	t.Helper()
	dir, outside := t.TempDir(), t.TempDir()
	secret = "SECRET-" + filepath.Base(outside)
	write := func(p, src string) {
		t.Helper()
		p = filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, p string) {
		t.Helper()
		p = filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
	}
	fifo := func(p string) {
		t.Helper()
		if err := syscall.Mkfifo(filepath.Join(dir, filepath.FromSlash(p)), 0o644); err != nil {
			t.Skipf("no named pipes here: %v", err)
		}
	}
	if err := os.WriteFile(filepath.Join(outside, "secret.md"), []byte("---\ntitle: "+secret+"\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(outside, "theme", "assets"), 0o755); err != nil {
		t.Fatal(err)
	}
	write("content/_index.md", "---\ntitle: 手引き\ntheme: mine\n---\n")
	write("clauses/c01.md", "---\nid: C-01\ntitle: 基本\norder: 1\nrationale: 理由\nwaiver: なし\n---\n")
	write("docs/shared.md", "---\ntitle: 共有\n---\n")
	write("docs/shared.png", "PNG")
	write("themes/mine/layouts/page.html", `{{define "main"}}{{end}}`)
	write(".git/config", "[http]\n\textraheader = AUTHORIZATION: basic "+secret+"\n")
	link("../.git/config", "content/git.txt")        // inside, but not the handbook's
	link("../docs/shared.md", "content/shared.md")   // inside: kept
	link("../docs/shared.png", "content/shared.png") // inside: kept
	link(filepath.Join(outside, "secret.md"), "content/abs.md")
	link("../../"+filepath.Base(outside)+"/secret.md", "content/up.md")
	link("/dev/zero", "content/zero.png")
	link("/dev/zero", "themes/mine/assets/zero.css")
	link("nothing.png", "content/dangling.png")
	link("loop-b.md", "content/loop-a.md")
	link("loop-a.md", "content/loop-b.md")
	link("../docs", "content/docs")
	link(outside, "checklist") // a whole source folder
	fifo("content/pipe.md")
	fifo("content/pipe.png")
	fifo("themes/mine/layouts/clause.html")
	big, err := os.Create(filepath.Join(dir, "content", "big.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	defer big.Close()
	if err := big.Truncate(MaxAssetSize + 1); err != nil { // sparse
		t.Fatal(err)
	}
	return dir, secret
}

// loadSoon is Load that fails the test rather than hang on a pipe.
func loadSoon(t *testing.T, load func() (*Handbook, error)) *Handbook {
	t.Helper()
	type result struct {
		h   *Handbook
		err error
	}
	done := make(chan result, 1)
	go func() {
		h, err := load()
		done <- result{h, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatal(r.err)
		}
		return r.h
	case <-time.After(30 * time.Second):
		t.Fatal("loading did not finish: a read blocked")
	}
	return nil
}

func TestLoadLeavesOutWhatItMustNotRead(t *testing.T) {
	dir, secret := sourceTree(t)
	h := loadSoon(t, func() (*Handbook, error) { return Load(dir) })

	var got []string
	for _, s := range h.Skipped {
		got = append(got, s.Path+" "+reasonName[s.Reason])
	}
	slices.Sort(got)
	want := []string{
		"checklist outside",
		"content/abs.md outside",
		"content/big.pdf too-large",
		"content/dangling.png unreadable",
		"content/docs special",
		"content/git.txt outside",
		"content/loop-a.md unreadable",
		"content/loop-b.md unreadable",
		"content/pipe.md special",
		"content/pipe.png special",
		"content/up.md outside",
		"content/zero.png outside",
		"themes/mine/assets/zero.css outside",
		"themes/mine/layouts/clause.html special",
	}
	if !slices.Equal(got, want) {
		t.Errorf("skipped:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	for _, s := range h.Skipped {
		if s.Path == "content/pipe.md" && s.What != "a named pipe" {
			t.Errorf("the pipe is %q, want \"a named pipe\"", s.What)
		}
		if s.Path == "content/git.txt" && s.What != Hidden {
			t.Errorf("the link to .git/config is %q, want %q", s.What, Hidden)
		}
		if s.Path == "content/zero.png" && s.Target != "/dev/zero" {
			t.Errorf("the link's target is %q, want /dev/zero", s.Target)
		}
	}

	var docs []string
	for _, d := range h.Docs {
		docs = append(docs, d.Path)
		if strings.Contains(string(d.Body), secret) || strings.Contains(d.str("title"), secret) {
			t.Errorf("%s holds the secret from outside", d.Path)
		}
	}
	if want := []string{"clauses/c01.md", "content/_index.md", "content/shared.md"}; !slices.Equal(docs, want) {
		t.Errorf("docs = %v, want %v", docs, want)
	}
	if want := []string{"content/shared.png"}; !slices.Equal(h.Assets, want) {
		t.Errorf("assets = %v, want %v", h.Assets, want)
	}
	if data, err := ReadFile(h.FS, "content/shared.png", MaxAssetSize); err != nil || string(data) != "PNG" {
		t.Errorf("the linked asset reads %q, %v", data, err)
	}
}

var reasonName = map[SkipReason]string{SkipOutside: "outside", SkipSpecial: "special", SkipUnreadable: "unreadable", SkipTooLarge: "too-large"}

// ReadFile, and the handbook's file system, refuse what the walk would
// leave out, even when asked by name.
func TestReadFileRefuses(t *testing.T) {
	dir, secret := sourceTree(t)
	fsys, err := DirFS(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"content/abs.md", "content/up.md", "content/git.txt", "content/zero.png", "content/pipe.png", "content/big.pdf", "checklist/secret.md"} {
		done := make(chan struct{})
		go func() {
			defer close(done)
			if data, err := ReadFile(fsys, p, MaxAssetSize); err == nil || strings.Contains(string(data), secret) {
				t.Errorf("ReadFile(%s) = %d bytes, %v; want an error", p, len(data), err)
			}
			if f, err := fsys.Open(p); err == nil && p != "content/big.pdf" {
				f.Close()
				t.Errorf("Open(%s) succeeded", p)
			}
		}()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Fatalf("reading %s blocked", p)
		}
	}
	if _, err := ReadFile(fsys, "content/pipe.png", MaxAssetSize); !errors.Is(err, errNotRegular) {
		t.Errorf("a pipe: %v, want %v", err, errNotRegular)
	}
}

// tokki serve reloads only what changed: a file that turns into a pipe or
// a link leading outside is looked at as the full walk looks at it.
func TestUpdateLooksAtChangedFiles(t *testing.T) {
	dir, secret := sourceTree(t)
	fsys, err := DirFS(dir)
	if err != nil {
		t.Fatal(err)
	}
	var l Loader
	h := loadSoon(t, func() (*Handbook, error) { return l.Load(fsys) })
	page := filepath.Join(dir, "content", "page.md")
	if err := os.WriteFile(page, []byte("---\ntitle: 頁\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	h = loadSoon(t, func() (*Handbook, error) { return l.Update(fsys, h, []string{"content/page.md"}) })
	if len(h.Docs) != 4 {
		t.Fatalf("%d docs after adding a page, want 4", len(h.Docs))
	}
	for _, change := range []func() error{
		func() error { return syscall.Mkfifo(page, 0o644) },
		func() error { return os.Symlink("../../secret.md", page) },
		func() error { return os.Symlink("/dev/zero", page) },
	} {
		if err := os.Remove(page); err != nil {
			t.Fatal(err)
		}
		if err := change(); err != nil {
			t.Fatal(err)
		}
		h = loadSoon(t, func() (*Handbook, error) { return l.Update(fsys, h, []string{"content/page.md"}) })
		if !slices.ContainsFunc(h.Skipped, func(s Skipped) bool { return s.Path == "content/page.md" }) {
			t.Errorf("content/page.md is not left out after it became %s", kindAt(page))
		}
		for _, d := range h.Docs {
			if d.Path == "content/page.md" || strings.Contains(string(d.Body), secret) {
				t.Errorf("%s was loaded", d.Path)
			}
		}
	}
}

func kindAt(p string) string {
	st, err := os.Lstat(p)
	if err != nil {
		return err.Error()
	}
	return st.Mode().String()
}

// A source folder that is a named pipe is left out, not walked or read.
func TestLoadSourceFolderNotAFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "_index.md"), []byte("---\ntitle: 手引き\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "clauses"), 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	h := loadSoon(t, func() (*Handbook, error) { return Load(dir) })
	if len(h.Skipped) != 1 || h.Skipped[0].Path != "clauses" || h.Skipped[0].What != NotAFolder {
		t.Errorf("skipped = %+v, want clauses as not a folder", h.Skipped)
	}
}

// An asset nobody may read is left out, so that lint reports it and the
// build does not fail on it later. (Root reads anything: run as another
// user.)
func TestLoadUnreadableAsset(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may read any file")
	}
	dir := t.TempDir()
	for name, mode := range map[string]os.FileMode{"content/_index.md": 0o644, "content/a.png": 0, "content/b.md": 0} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("---\ntitle: x\n---\n"), mode); err != nil {
			t.Fatal(err)
		}
	}
	h := loadSoon(t, func() (*Handbook, error) { return Load(dir) })
	if len(h.Skipped) != 1 || h.Skipped[0].Path != "content/a.png" || h.Skipped[0].Reason != SkipUnreadable {
		t.Errorf("skipped = %+v, want content/a.png as unreadable", h.Skipped)
	}
	for _, d := range h.Docs {
		if d.Path == "content/b.md" && (len(d.Problems) != 1 || d.Problems[0].Kind != ProblemUnreadable) {
			t.Errorf("content/b.md: problems %+v, want one ProblemUnreadable", d.Problems)
		}
	}
}

// A device in a source folder (here /dev/zero's twin, which would never
// end) is left out without being opened. Making one takes root.
func TestLoadLeavesOutADevice(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "_index.md"), []byte("---\ntitle: 手引き\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"zero.md", "zero.png"} {
		if err := syscall.Mknod(filepath.Join(dir, "content", name), syscall.S_IFCHR|0o644, 1<<8|5); err != nil {
			t.Skipf("cannot make a device here: %v", err)
		}
	}
	h := loadSoon(t, func() (*Handbook, error) { return Load(dir) })
	if len(h.Skipped) != 2 || h.Skipped[0].What != "a device" || h.Skipped[1].What != "a device" {
		t.Errorf("skipped = %+v, want both devices", h.Skipped)
	}
}
