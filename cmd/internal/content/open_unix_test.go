//go:build unix

package content

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// readOSFile reads a regular file, refuses a link, and opens a named pipe
// without waiting for a writer, so that it can tell it is not a regular
// file: the walk may have seen a regular file that has since changed.
func TestReadOSFileOpensOnlyARegularFile(t *testing.T) {
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
	if data, size, err := readOSFile(file, "a.md", MaxFileSize, nil); string(data) != "本文" || size != int64(len("本文")) || err != nil {
		t.Errorf("a regular file: %q, %d, %v", data, size, err)
	}
	if data, _, err := readOSFile(link, "link.md", MaxFileSize, nil); err == nil {
		t.Errorf("a symbolic link was followed: %q", data)
	}
	done := make(chan error, 1)
	go func() {
		_, _, err := readOSFile(pipe, "pipe.md", MaxFileSize, nil)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, errNotRegular) {
			t.Errorf("a named pipe: %v, want %v", err, errNotRegular)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("opening a named pipe waited for a writer")
	}
}
