package atomicfile

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

func read(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// entries lists a folder, to see that no temporary file is left behind.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range des {
		names = append(names, d.Name())
	}
	return names
}

func TestNewAndReplaced(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "遵守確認表 2026.csv")
	if err := Write(p, []byte("one"), 0o600); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o600 {
		t.Errorf("a new file has mode %v, want 0600", st.Mode().Perm())
	}
	// The owner made the file readable by the group: a rewrite keeps
	// that, whatever mode the caller would give a new file.
	if err := os.Chmod(p, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := Write(p, []byte("two"), 0o644); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o640 {
		t.Errorf("the replaced file's mode became %v, want 0640", st.Mode().Perm())
	}
	if got := read(t, p); got != "two" {
		t.Errorf("content %q", got)
	}
	if got := entries(t, dir); !slices.Equal(got, []string{"遵守確認表 2026.csv"}) {
		t.Errorf("the folder holds %q", got)
	}
}

func TestFolderAndMissingFolder(t *testing.T) {
	dir := t.TempDir()
	err := Write(dir, []byte("x"), 0)
	if err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("writing to a folder: %v", err)
	}
	missing := filepath.Join(dir, "nope", "out.csv")
	err = Write(missing, []byte("x"), 0)
	if err == nil || !strings.Contains(err.Error(), missing) || strings.Contains(err.Error(), ".tokki-") {
		t.Errorf("writing into a missing folder: %v (the message should name the file asked for)", err)
	}
	if got := entries(t, dir); len(got) != 0 {
		t.Errorf("left behind: %q", got)
	}
}

func symlink(t *testing.T, oldname, newname string) {
	t.Helper()
	if err := os.Symlink(oldname, newname); err != nil {
		if runtime.GOOS == "windows" {
			t.Skip("symbolic links need privileges on Windows:", err)
		}
		t.Fatal(err)
	}
}

func isLink(t *testing.T, name string) bool {
	t.Helper()
	st, err := os.Lstat(name)
	if err != nil {
		t.Fatal(err)
	}
	return st.Mode()&os.ModeSymlink != 0
}

func TestThroughSymlinks(t *testing.T) {
	dir := t.TempDir()
	shared := filepath.Join(dir, "共有 フォルダ")
	os.Mkdir(shared, 0o755)
	target := filepath.Join(shared, "k09-1.md")
	os.WriteFile(target, []byte("old"), 0o600)
	// A relative link, and a link to that link from another folder.
	link := filepath.Join(dir, "k09-1.md")
	symlink(t, filepath.Join("共有 フォルダ", "k09-1.md"), link)
	other := filepath.Join(t.TempDir(), "link-to-link.md")
	symlink(t, link, other)

	if err := Write(link, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if !isLink(t, link) || read(t, target) != "new" {
		t.Errorf("after writing the link: link kept %v, target %q", isLink(t, link), read(t, target))
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o600 {
		t.Errorf("the target's mode became %v", st.Mode().Perm())
	}
	if err := Write(other, []byte("newer"), 0); err != nil {
		t.Fatal(err)
	}
	if !isLink(t, other) || !isLink(t, link) || read(t, target) != "newer" {
		t.Error("a chain of links was not written through")
	}
	if got := entries(t, shared); !slices.Equal(got, []string{"k09-1.md"}) {
		t.Errorf("the target's folder holds %q", got)
	}

	// A link to a file that is not there yet: the file is made.
	dangling := filepath.Join(dir, "later.csv")
	symlink(t, filepath.Join("共有 フォルダ", "later.csv"), dangling)
	if err := Write(dangling, []byte("made"), 0); err != nil {
		t.Fatal(err)
	}
	if !isLink(t, dangling) || read(t, filepath.Join(shared, "later.csv")) != "made" {
		t.Error("a link to a missing file was not written through")
	}

	// Links in a loop end in an error, not a hang.
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	symlink(t, "b", a)
	symlink(t, "a", b)
	if err := Write(a, []byte("x"), 0); err == nil || !strings.Contains(err.Error(), "symbolic links") {
		t.Errorf("a loop of links: %v", err)
	}
}
