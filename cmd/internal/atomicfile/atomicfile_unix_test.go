//go:build unix

package atomicfile

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
)

// A FIFO (or a device) is written into, and stays what it was.
func TestFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	got := make(chan string)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- string(b)
	}()
	if err := Write(fifo, []byte("PK\x03\x04"), 0); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Lstat(fifo); st.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the FIFO was replaced by %v", st.Mode()) // and its reader waits in vain
	}
	if s := <-got; s != "PK\x03\x04" {
		t.Errorf("the reader got %q", s)
	}
}

// A name for an open descriptor writes to that descriptor: what the shell
// already wrote there stays, and the file is not replaced.
func TestDescriptorName(t *testing.T) {
	if _, err := os.Stat("/dev/fd/0"); err != nil {
		t.Skip("no /dev/fd here")
	}
	name := filepath.Join(t.TempDir(), "out.txt")
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.WriteString("before\n")
	before, _ := os.Stat(name)
	if err := Write("/dev/fd/"+strconv.Itoa(int(f.Fd())), []byte("after\n"), 0); err != nil {
		t.Fatal(err)
	}
	f.WriteString("end\n")
	if got := read(t, name); got != "before\nafter\nend\n" {
		t.Errorf("the file holds %q", got)
	}
	if after, _ := os.Stat(name); !os.SameFile(before, after) {
		t.Error("the file behind the descriptor was replaced")
	}
	// A link to a descriptor name is one too.
	link := filepath.Join(t.TempDir(), "out")
	if err := os.Symlink("/dev/fd/"+strconv.Itoa(int(f.Fd())), link); err != nil {
		t.Fatal(err)
	}
	if err := Write(link, []byte("via link\n"), 0); err != nil {
		t.Fatal(err)
	}
	if got := read(t, name); got != "before\nafter\nend\nvia link\n" {
		t.Errorf("through a link, the file holds %q", got)
	}
}
