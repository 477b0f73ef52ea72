//go:build unix

package plainfile

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// OpenNoFollow refuses a link, and opens a named pipe without waiting for
// a writer, so that its caller can see it is not a regular file.
func TestOpenNoFollow(t *testing.T) {
	dir := t.TempDir()
	file, link, pipe := filepath.Join(dir, "a.md"), filepath.Join(dir, "link.md"), filepath.Join(dir, "pipe.md")
	if err := os.WriteFile(file, []byte("本文"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a.md", link); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	f, err := OpenNoFollow(file)
	if err != nil {
		t.Fatal(err)
	}
	if size, regular, err := f.Stat(); size != int64(len("本文")) || !regular || err != nil {
		t.Errorf("a regular file: Stat = %d, %v, %v", size, regular, err)
	}
	f.Close()
	if f, err := OpenNoFollow(link); err == nil {
		f.Close()
		t.Error("a symbolic link was opened")
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f, err := OpenNoFollow(pipe)
		if err != nil {
			t.Errorf("a named pipe: %v", err)
			return
		}
		defer f.Close()
		if _, regular, err := f.Stat(); regular || err != nil {
			t.Errorf("a named pipe: Stat says regular %v, %v", regular, err)
		}
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("opening a named pipe waited for a writer")
	}
}
