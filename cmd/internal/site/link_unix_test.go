//go:build unix

package site

import (
	"os"
	"path/filepath"
	"testing"
)

// A rebuild must not link a file the previous site reached through a
// symbolic link, a file something else also links to, or one whose mode
// differs from a new file's: each is written anew.
func TestDirDoesNotLinkOddFiles(t *testing.T) {
	root := t.TempDir()
	dest := filepath.Join(root, "public")
	outside := filepath.Join(root, "outside")
	os.MkdirAll(outside, 0o755)
	os.WriteFile(filepath.Join(outside, "style.css"), []byte("css"), 0o644)
	if err := (&Site{Files: map[string][]byte{"plain.html": []byte("p"), "shared.html": []byte("s"),
		"private.html": []byte("m")}}).WriteDir(dest); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dest, "assets")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Link(filepath.Join(dest, "shared.html"), filepath.Join(root, "snapshot.html")); err != nil {
		t.Skip("no hard links here:", err)
	}
	os.Chmod(filepath.Join(dest, "private.html"), 0o600)

	d, err := NewDir(dest)
	if err != nil {
		t.Fatal(err)
	}
	for p, data := range map[string]string{"plain.html": "p", "shared.html": "s", "private.html": "m", "assets/style.css": "css"} {
		d.Put(p, []byte(data))
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	if written, linked := d.Counts(); written != 3 || linked != 1 {
		t.Errorf("written %d, linked %d; want 3 and 1 (only plain.html linked)", written, linked)
	}
	same := func(a, b string) bool {
		x, err1 := os.Stat(a)
		y, err2 := os.Stat(b)
		return err1 == nil && err2 == nil && os.SameFile(x, y)
	}
	if same(filepath.Join(dest, "assets", "style.css"), filepath.Join(outside, "style.css")) {
		t.Error("the new site links to a file outside it")
	}
	if same(filepath.Join(dest, "shared.html"), filepath.Join(root, "snapshot.html")) {
		t.Error("the new site shares a file with a snapshot of the old one")
	}
	if st, err := os.Lstat(filepath.Join(dest, "assets")); err != nil || !st.IsDir() {
		t.Errorf("assets is not a folder of its own: %v %v", st, err)
	}
	if st, _ := os.Stat(filepath.Join(dest, "private.html")); st == nil || st.Mode().Perm() == 0o600 {
		t.Errorf("private.html kept the previous file's mode: %v", st)
	}
	if b, _ := os.ReadFile(filepath.Join(root, "snapshot.html")); string(b) != "s" {
		t.Errorf("the snapshot changed: %q", b)
	}
}
