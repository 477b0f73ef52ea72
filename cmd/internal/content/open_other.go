//go:build !unix

package content

import (
	"io/fs"
	"os"
)

// openNoFollow opens the named file for reading, but fails when it is not
// a regular file (a symbolic link among them) when looked at.
func openNoFollow(name string) (*os.File, error) {
	st, err := os.Lstat(name)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "open", Path: name, Err: errNotRegular}
	}
	return os.Open(name)
}
