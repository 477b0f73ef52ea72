//go:build unix

package content

import (
	"os"
	"syscall"
)

// openNoFollow opens the named file for reading, but fails when the name's
// last element is a symbolic link, and does not wait for a writer when it
// is a named pipe: the caller, which expected a regular file, then learns
// from Stat that it is not one.
func openNoFollow(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
}
