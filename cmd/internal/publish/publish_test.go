package publish

import (
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// write builds a site of files into dest and returns the Dir.
func write(t *testing.T, dest string, opts Options, files map[string]string) (*Dir, error) {
	t.Helper()
	d, err := Open(dest, opts)
	if err != nil {
		return nil, err
	}
	for p, data := range files {
		if err := d.Put(p, []byte(data)); err != nil {
			d.Abort()
			return nil, err
		}
	}
	return d, d.Commit()
}

func mustWrite(t *testing.T, dest string, files map[string]string) *Dir {
	t.Helper()
	d, err := write(t, dest, Options{}, files)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// tree lists every file under dir as "path=content", and folders as "path/".
func tree(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case e.IsDir():
			out = append(out, rel+"/")
		case e.Type().IsRegular():
			b, _ := os.ReadFile(p)
			out = append(out, rel+"="+string(b))
		default:
			out = append(out, rel+"@")
		}
		return nil
	})
	return out
}

func manifestFiles(t *testing.T, dest string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dest, manifestName))
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m.Files
}

func TestNewFolder(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "a", "public")
	d := mustWrite(t, dest, map[string]string{"index.html": "i", "b/c.html": "c"})
	want := []string{manifestName + "=", "b/", "b/c.html=c", "index.html=i"}
	got := tree(t, dest)
	got[0] = got[0][:len(manifestName)+1]
	if !slices.Equal(got, want) {
		t.Errorf("tree = %q, want %q", got, want)
	}
	if m := manifestFiles(t, dest); !slices.Equal(m, []string{"b/c.html", "index.html"}) {
		t.Errorf("manifest = %q", m)
	}
	if w, u := d.Counts(); w != 2 || u != 0 {
		t.Errorf("written %d, unchanged %d", w, u)
	}
}

// A rebuild replaces and removes only what the previous build wrote: a
// file someone added is kept and named.
func TestRebuildKeepsOthersFiles(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	mustWrite(t, dest, map[string]string{"index.html": "old", "gone/x.html": "x", "same.html": "s"})
	os.WriteFile(filepath.Join(dest, "budget.xlsx"), []byte("mine"), 0o644)
	os.MkdirAll(filepath.Join(dest, "gone", "sub"), 0o755)
	os.WriteFile(filepath.Join(dest, "gone", "sub", "note.txt"), []byte("n"), 0o644)
	before, _ := os.Stat(filepath.Join(dest, "same.html"))
	time.Sleep(10 * time.Millisecond)

	d := mustWrite(t, dest, map[string]string{"index.html": "new", "same.html": "s"})
	for _, p := range []string{"budget.xlsx", "gone/sub/note.txt"} {
		if _, err := os.Stat(filepath.Join(dest, filepath.FromSlash(p))); err != nil {
			t.Errorf("%s was removed: %v", p, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dest, "gone", "x.html")); err == nil {
		t.Error("a file of the previous build survived")
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "index.html")); string(b) != "new" {
		t.Errorf("index.html = %q", b)
	}
	if got := d.Kept(); !slices.Equal(got, []string{"budget.xlsx", "gone/sub/note.txt"}) {
		t.Errorf("Kept = %q", got)
	}
	if w, u := d.Counts(); w != 1 || u != 1 {
		t.Errorf("written %d, unchanged %d; want 1 and 1", w, u)
	}
	if after, _ := os.Stat(filepath.Join(dest, "same.html")); !os.SameFile(before, after) || !after.ModTime().Equal(before.ModTime()) {
		t.Error("an unchanged file was written again")
	}
	if _, err := os.Stat(filepath.Join(dest, stagingName)); err == nil {
		t.Error("the staging folder was left behind")
	}
}

func TestRefusesForeignFolder(t *testing.T) {
	dest := t.TempDir()
	os.WriteFile(filepath.Join(dest, "予算.xlsx"), []byte("someone's"), 0o644)
	os.Mkdir(filepath.Join(dest, "docs"), 0o755)
	_, err := write(t, dest, Options{}, map[string]string{"index.html": "i"})
	if err == nil || !strings.Contains(err.Error(), "予算.xlsx") || !strings.Contains(err.Error(), "docs/") || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("err = %v", err)
	}
	if got := tree(t, dest); !slices.Equal(got, []string{"docs/", "予算.xlsx=someone's"}) {
		t.Errorf("the folder changed: %q", got)
	}
	// Forced, the build writes its files and keeps the others; the next
	// build needs no force.
	d, err := write(t, dest, Options{Force: true}, map[string]string{"index.html": "i"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(d.Kept(), []string{"予算.xlsx"}) {
		t.Errorf("Kept = %q", d.Kept())
	}
	mustWrite(t, dest, map[string]string{"index2.html": "i"})
	if b, _ := os.ReadFile(filepath.Join(dest, "予算.xlsx")); string(b) != "someone's" {
		t.Errorf("the spreadsheet is %q", b)
	}
	if _, err := os.Stat(filepath.Join(dest, "index.html")); err == nil {
		t.Error("the forced build's own file was not removed by the next")
	}
}

// A file that no build wrote, where the site puts one of its own, stops
// the build before anything moves (and --force replaces it).
func TestRefusesToReplaceForeignFile(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	mustWrite(t, dest, map[string]string{"index.html": "i"})
	os.WriteFile(filepath.Join(dest, "faq.html"), []byte("handmade"), 0o644)
	_, err := write(t, dest, Options{}, map[string]string{"index.html": "new", "faq.html": "built"})
	if err == nil || !strings.Contains(err.Error(), "faq.html") {
		t.Fatalf("err = %v", err)
	}
	if got := tree(t, dest); len(got) != 3 || got[1] != "faq.html=handmade" || got[2] != "index.html=i" {
		t.Errorf("the site changed: %q", got)
	}
	if _, err := write(t, dest, Options{Force: true}, map[string]string{"index.html": "new", "faq.html": "built"}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "faq.html")); string(b) != "built" {
		t.Errorf("faq.html = %q", b)
	}
}

func TestForbiddenDestinations(t *testing.T) {
	base := t.TempDir()
	hb := filepath.Join(base, "handbook")
	for _, d := range []string{"clauses", "checklist", "content/guide", "themes/default", ".git"} {
		os.MkdirAll(filepath.Join(hb, d), 0o755)
	}
	home := filepath.Join(base, "home", "user")
	os.MkdirAll(home, 0o755)
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	link := filepath.Join(base, "link")
	os.Symlink(hb, link)
	for _, dest := range []string{
		hb, base, filepath.Join(hb, "clauses"), filepath.Join(hb, "content", "guide", "new"),
		filepath.Join(hb, "themes"), filepath.Join(hb, ".git"), link, filepath.Join(link, "clauses"),
		home, filepath.Dir(home), "/",
	} {
		// check only looks: a test must never open "/" or a home for
		// writing, even when the code is wrong.
		for _, force := range []bool{false, true} {
			if _, err := check(dest, Options{Handbook: hb, Force: force}); err == nil {
				t.Errorf("check(%s, force %v) passed", dest, force)
			}
		}
	}
	// Open checks first, and makes nothing.
	if d, err := Open(filepath.Join(hb, "content", "guide", "new"), Options{Handbook: hb, Force: true}); err == nil {
		d.Abort()
		t.Error("Open took a folder in content/")
	}
	if _, err := os.Stat(filepath.Join(hb, "content", "guide", "new")); err == nil {
		t.Error("a refused destination was made")
	}
	// The default and a folder outside the handbook are fine.
	for _, dest := range []string{filepath.Join(hb, "public"), filepath.Join(base, "site"), filepath.Join(home, "site")} {
		if _, err := write(t, dest, Options{Handbook: hb}, map[string]string{"index.html": "i"}); err != nil {
			t.Errorf("%s: %v", dest, err)
		}
	}
}

// A destination that is a symbolic link stays one: the site is written
// into the folder it points to.
func TestSymlinkedDestination(t *testing.T) {
	base := t.TempDir()
	target := filepath.Join(base, "share", "site")
	os.MkdirAll(target, 0o755)
	dest := filepath.Join(base, "public")
	if err := os.Symlink(target, dest); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	mustWrite(t, dest, map[string]string{"index.html": "1"})
	mustWrite(t, dest, map[string]string{"index.html": "2"})
	if st, err := os.Lstat(dest); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", st, err)
	}
	if b, _ := os.ReadFile(filepath.Join(target, "index.html")); string(b) != "2" {
		t.Errorf("index.html = %q", b)
	}
	if entries, _ := os.ReadDir(base); len(entries) != 2 {
		t.Errorf("left beside the destination: %v", entries)
	}
}

// A folder in the destination that is a link out of it is never written
// through.
func TestLinkOutOfDestination(t *testing.T) {
	base := t.TempDir()
	outside := filepath.Join(base, "outside")
	os.Mkdir(outside, 0o755)
	dest := filepath.Join(base, "public")
	mustWrite(t, dest, map[string]string{"index.html": "i"})
	if err := os.Symlink(outside, filepath.Join(dest, "assets")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	_, err := write(t, dest, Options{Force: true}, map[string]string{"index.html": "i", "assets/style.css": "css"})
	if err == nil || !strings.Contains(err.Error(), "assets") {
		t.Fatalf("err = %v", err)
	}
	if entries, _ := os.ReadDir(outside); len(entries) != 0 {
		t.Errorf("written outside: %v", entries)
	}
}

func TestAbortKeepsPrevious(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	mustWrite(t, dest, map[string]string{"index.html": "previous"})
	before := tree(t, dest)
	d, err := Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	d.Put("index.html", []byte("new"))
	d.Put("more.html", []byte("more"))
	d.Abort()
	if after := tree(t, dest); !slices.Equal(after, before) {
		t.Errorf("after an abort: %q, want %q", after, before)
	}
	// A folder the build made is removed again.
	fresh := filepath.Join(t.TempDir(), "x", "y")
	d, err = Open(fresh, Options{})
	if err != nil {
		t.Fatal(err)
	}
	d.Put("a.html", nil)
	d.Abort()
	if _, err := os.Stat(filepath.Dir(fresh)); err == nil {
		t.Error("the folder made for the site was left")
	}
}

// A write error (here: a file where a folder must go) fails the commit and
// leaves the previous site.
func TestWriteErrorKeepsPrevious(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	mustWrite(t, dest, map[string]string{"index.html": "previous"})
	before := tree(t, dest)
	if _, err := write(t, dest, Options{}, map[string]string{"a": "file", "a/b.html": "under a file"}); err == nil {
		t.Fatal("writing a file under a file succeeded")
	}
	if after := tree(t, dest); !slices.Equal(after, before) {
		t.Errorf("after a failure: %q, want %q", after, before)
	}
}

func TestPutRejects(t *testing.T) {
	d, err := Open(filepath.Join(t.TempDir(), "p"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	for _, p := range []string{"../x.html", "/abs.html", "a/../../b", ".", "", manifestName, stagingName + "/x"} {
		if err := d.Put(p, nil); err == nil {
			t.Errorf("Put(%q) succeeded", p)
		}
	}
	d.Put("a.html", nil)
	if err := d.Put("a.html", nil); err == nil {
		t.Error("a second file at the same path was taken")
	}
}

// A build killed while it moved its files in (the journal written, some
// files moved) is finished by the next one; one killed while writing
// leaves a staging folder that the next removes.
func TestInterruptedBuildIsFinished(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	mustWrite(t, dest, map[string]string{"index.html": "1", "old.html": "o"})
	d, err := Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	d.Put("index.html", []byte("2"))
	d.Put("b/new.html", []byte("n"))
	if err := d.finish(); err != nil {
		t.Fatal(err)
	}
	j, err := d.plan()
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(j)
	d.root.WriteFile(path.Join(stagingName, journalName), data, 0o644)
	d.root.Rename(path.Join(stagingName, "index.html"), "index.html") // half moved
	d.release()                                                       // and killed

	var notices []string
	d2, err := Open(dest, Options{Notice: func(s string) { notices = append(notices, s) }})
	if err != nil {
		t.Fatal(err)
	}
	d2.Abort()
	if len(notices) != 1 {
		t.Errorf("notices = %q", notices)
	}
	if got := tree(t, dest); !slices.Equal(got[1:], []string{"b/", "b/new.html=n", "index.html=2"}) {
		t.Errorf("tree = %q", got)
	}
	if m := manifestFiles(t, dest); !slices.Equal(m, []string{"b/new.html", "index.html"}) {
		t.Errorf("manifest = %q", m)
	}

	// Killed while writing: no journal.
	os.MkdirAll(filepath.Join(dest, stagingName, "x"), 0o755)
	os.WriteFile(filepath.Join(dest, stagingName, markerName), nil, 0o644)
	os.WriteFile(filepath.Join(dest, stagingName, "x", "half.html"), []byte("h"), 0o644)
	mustWrite(t, dest, map[string]string{"index.html": "3"})
	if _, err := os.Stat(filepath.Join(dest, stagingName)); err == nil {
		t.Error("the staging folder was left")
	}
	// A folder of that name that tokki did not make is not removed.
	os.Mkdir(filepath.Join(dest, stagingName), 0o755)
	os.WriteFile(filepath.Join(dest, stagingName, "keep.txt"), nil, 0o644)
	if _, err := Open(dest, Options{}); err == nil {
		t.Error("a foreign .tokki-new folder was taken")
	}
	if _, err := os.Stat(filepath.Join(dest, stagingName, "keep.txt")); err != nil {
		t.Error(err)
	}
}

// A site written before manifests is recognised by its own files: its
// pages are replaced or removed, anything else is kept.
func TestLegacySite(t *testing.T) {
	dest := t.TempDir()
	page := `<!DOCTYPE html><html><head><script src="../assets/tokki.js" defer></script></head></html>`
	for p, data := range map[string]string{
		"index.html":        `<!DOCTYPE html><html><head><script src="assets/tokki.js" defer></script></head></html>`,
		"assets/tokki.js":   "js",
		"clauses/C-01.html": page,
		"clauses/C-99.html": page, // a clause since removed
		"search/s0.js":      "idx",
		"mine.html":         "<p>someone's own page</p>",
		"report.pdf":        "pdf",
	} {
		os.MkdirAll(filepath.Dir(filepath.Join(dest, p)), 0o755)
		os.WriteFile(filepath.Join(dest, p), []byte(data), 0o644)
	}
	d := mustWrite(t, dest, map[string]string{"index.html": "new", "assets/tokki.js": "js", "clauses/C-01.html": "c1"})
	if !slices.Equal(d.Kept(), []string{"mine.html", "report.pdf"}) {
		t.Errorf("Kept = %q", d.Kept())
	}
	got := tree(t, dest)
	want := []string{manifestName, "assets/", "assets/tokki.js=js", "clauses/", "clauses/C-01.html=c1", "index.html=new",
		"mine.html=<p>someone's own page</p>", "report.pdf=pdf"}
	got[0] = manifestName
	if !slices.Equal(got, want) {
		t.Errorf("tree = %q\nwant %q", got, want)
	}
}

// Older builds staged beside the destination; a stopped one left its
// folders there, which the next build removes when they hold a tokki site
// or nothing, and leaves otherwise.
func TestRemovesOldStaging(t *testing.T) {
	base := t.TempDir()
	dest := filepath.Join(base, "public")
	site := filepath.Join(base, ".public.new-123")
	os.MkdirAll(filepath.Join(site, "assets"), 0o755)
	os.WriteFile(filepath.Join(site, "index.html"), []byte(`<script src="assets/tokki.js"></script>`), 0o644)
	os.WriteFile(filepath.Join(site, "assets", "tokki.js"), nil, 0o644)
	os.MkdirAll(filepath.Join(base, ".public.new-456.old"), 0o755)
	other := filepath.Join(base, ".public.new-789")
	os.MkdirAll(other, 0o755)
	os.WriteFile(filepath.Join(other, "notes.txt"), []byte("n"), 0o644)
	mustWrite(t, dest, map[string]string{"index.html": "i"})
	var names []string
	entries, _ := os.ReadDir(base)
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{".public.new-789", "public"}) {
		t.Errorf("beside the destination: %q", names)
	}
}

// TestCreate: a file written a piece at a time through Create is published
// like one Put whole: left as it was when the previous build wrote the same
// bytes, written when any byte differs (here past the first piece compared),
// refused at a path Put refuses or one already taken.
func TestCreate(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	big := strings.Repeat("特記仕様書\n", 20000) // 320,000 bytes: several pieces compared
	build := func(whole, changed string) *Dir {
		t.Helper()
		d, err := Open(dest, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for p, text := range map[string]string{"clauses/index.html": whole, "changed.html": changed} {
			w, err := d.Create(p)
			if err != nil {
				t.Fatal(err)
			}
			for rest := text; len(rest) > 0; rest = rest[min(len(rest), 1000):] {
				if _, err := w.Write([]byte(rest[:min(len(rest), 1000)])); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
		}
		if err := d.Put("small.html", []byte("s")); err != nil {
			t.Fatal(err)
		}
		if err := d.Commit(); err != nil {
			t.Fatal(err)
		}
		return d
	}
	build(big, big)
	before, _ := os.Stat(filepath.Join(dest, "clauses", "index.html"))
	time.Sleep(10 * time.Millisecond)
	changed := big[:len(big)-2] + "X\n" // the same size, the last piece differs
	d := build(big, changed)
	if w, u := d.Counts(); w != 1 || u != 2 {
		t.Errorf("written %d, unchanged %d; want 1 and 2", w, u)
	}
	if after, _ := os.Stat(filepath.Join(dest, "clauses", "index.html")); !os.SameFile(before, after) || !after.ModTime().Equal(before.ModTime()) {
		t.Error("an unchanged file was written again")
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "changed.html")); string(b) != changed {
		t.Error("changed.html was left as the previous build wrote it")
	}
	if got := manifestFiles(t, dest); !slices.Equal(got, []string{"changed.html", "clauses/index.html", "small.html"}) {
		t.Errorf("manifest lists %q", got)
	}

	d, err := Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	for _, p := range []string{"../x.html", ".", manifestName, stagingName + "/x"} {
		if _, err := d.Create(p); err == nil {
			t.Errorf("Create(%q) succeeded", p)
		}
	}
	if w, err := d.Create("a.html"); err != nil {
		t.Fatal(err)
	} else {
		w.Close()
	}
	if err := d.Put("a.html", nil); err == nil {
		t.Error("Put took a path Create had written")
	}
}
