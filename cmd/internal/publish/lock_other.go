//go:build !unix

package publish

import (
	"errors"
	"io/fs"
	"os"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// lock makes the file .tokki-lock in the destination, which no other
// build can make while it is there, and removes it when done. (Folders
// cannot be locked here.) A build that was killed leaves it behind: the
// message says so.
func lock(root *os.Root, _, dest string, _ func(string)) (func(), error) {
	f, err := root.OpenFile(lockName, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return nil, msg.Errorf("another tokki build is writing %s; if none is running (one was stopped), delete %s in it and build again",
			dest, lockName)
	}
	if err != nil {
		return nil, msg.Errorf("cannot lock %s: %w", dest, err)
	}
	return func() {
		f.Close()
		root.Remove(lockName)
	}, nil
}
