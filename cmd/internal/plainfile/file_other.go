//go:build !unix

package plainfile

import (
	"errors"
	"os"
)

// File is a file opened for reading.
type File struct{ f *os.File }

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &File{f}, nil
}

// OpenNoFollow opens the named file for reading as Open does, but fails
// when the name's last element is a symbolic link.
func OpenNoFollow(name string) (*File, error) {
	st, err := os.Lstat(name)
	if err != nil {
		return nil, err
	}
	if st.Mode()&os.ModeSymlink != 0 {
		return nil, &os.PathError{Op: "open", Path: name, Err: errors.New("a symbolic link")}
	}
	return Open(name)
}

// Read reads up to len(b) bytes; at the end of the file it returns io.EOF.
func (f *File) Read(b []byte) (int, error) { return f.f.Read(b) }

// Stat returns the file's size and whether it is a regular file.
func (f *File) Stat() (size int64, regular bool, err error) {
	st, err := f.f.Stat()
	if err != nil {
		return 0, false, err
	}
	return st.Size(), st.Mode().IsRegular(), nil
}

// Close closes the file.
func (f *File) Close() error { return f.f.Close() }

// WriteFile writes data to the named file, creating it with perm (before
// the umask) or truncating it.
func WriteFile(name string, data []byte, perm os.FileMode) error {
	return os.WriteFile(name, data, perm)
}
