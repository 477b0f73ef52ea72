package plainfile

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteThenRead(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a.html")
	for _, data := range [][]byte{[]byte("長い文書"), bytes.Repeat([]byte("あ"), 200_000), nil, []byte("短い")} {
		if err := WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		// A shorter write truncates; os reads what this package wrote.
		if got, err := os.ReadFile(name); err != nil || !bytes.Equal(got, data) {
			t.Fatalf("os.ReadFile = %d bytes, %v; want %d bytes", len(got), err, len(data))
		}
		f, err := Open(name)
		if err != nil {
			t.Fatal(err)
		}
		size, regular, err := f.Stat()
		if err != nil || size != int64(len(data)) || !regular {
			t.Errorf("Stat = %d, %v, %v; want %d, true", size, regular, err, len(data))
		}
		got, err := io.ReadAll(f)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("read back %d bytes, %v; want %d bytes", len(got), err, len(data))
		}
		if err := f.Close(); err != nil {
			t.Error(err)
		}
	}
	st, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	if want := os.FileMode(0o644) &^ umask(t, dir); st.Mode().Perm() != want {
		t.Errorf("mode %v, want %v (as os.WriteFile gives)", st.Mode().Perm(), want)
	}
}

// umask is the umask as os.WriteFile meets it.
func umask(t *testing.T, dir string) os.FileMode {
	p := filepath.Join(dir, "probe")
	if err := os.WriteFile(p, nil, 0o777); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	return 0o777 &^ st.Mode().Perm()
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "none.md")
	_, err := Open(missing)
	var pe *fs.PathError
	if !errors.Is(err, fs.ErrNotExist) || !errors.As(err, &pe) || pe.Path != missing || pe.Op != "open" {
		t.Errorf("Open(missing) = %v; want a PathError for %s that is fs.ErrNotExist", err, missing)
	}
	if err := WriteFile(filepath.Join(dir, "no", "such", "folder.html"), []byte("x"), 0o644); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("WriteFile into a missing folder = %v; want fs.ErrNotExist", err)
	}
	f, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, regular, err := f.Stat(); err != nil || regular {
		t.Errorf("Stat of a folder: regular = %v, %v; want false", regular, err)
	}
	if _, err := f.Read(make([]byte, 10)); err == nil || err == io.EOF {
		t.Errorf("Read of a folder = %v; want an error", err)
	}
}
