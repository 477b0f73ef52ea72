//go:build unix

package plainfile

import (
	"io"
	"io/fs"
	"os"
	"syscall"
)

// File is a file opened for reading.
type File struct {
	fd   int
	name string
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	fd, err := open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return &File{fd: fd, name: name}, nil
}

// OpenNoFollow opens the named file for reading as Open does, but fails
// when the name's last element is a symbolic link, and does not wait for a
// writer when it is a named pipe: the caller, which expected a regular
// file, then learns from Stat that it is not one.
func OpenNoFollow(name string) (*File, error) {
	fd, err := open(name, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return &File{fd: fd, name: name}, nil
}

// Read reads up to len(b) bytes; at the end of the file it returns io.EOF.
func (f *File) Read(b []byte) (int, error) {
	for {
		n, err := syscall.Read(f.fd, b)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, &fs.PathError{Op: "read", Path: f.name, Err: err}
		case n == 0 && len(b) > 0:
			return 0, io.EOF
		}
		return n, nil
	}
}

// Stat returns the file's size and whether it is a regular file.
func (f *File) Stat() (size int64, regular bool, err error) {
	var st syscall.Stat_t
	if err := syscall.Fstat(f.fd, &st); err != nil {
		return 0, false, &fs.PathError{Op: "stat", Path: f.name, Err: err}
	}
	return st.Size, st.Mode&syscall.S_IFMT == syscall.S_IFREG, nil
}

// Close closes the file.
func (f *File) Close() error {
	if err := syscall.Close(f.fd); err != nil {
		return &fs.PathError{Op: "close", Path: f.name, Err: err}
	}
	return nil
}

// WriteFile writes data to the named file, creating it with perm (before
// the umask) or truncating it, as os.WriteFile does.
func WriteFile(name string, data []byte, perm os.FileMode) error {
	fd, err := open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_TRUNC|syscall.O_CLOEXEC, uint32(perm.Perm()))
	if err != nil {
		return &fs.PathError{Op: "open", Path: name, Err: err}
	}
	for len(data) > 0 {
		n, err := syscall.Write(fd, data)
		if err == syscall.EINTR {
			continue
		}
		if err == nil && n == 0 {
			err = io.ErrShortWrite
		}
		if err != nil {
			syscall.Close(fd)
			return &fs.PathError{Op: "write", Path: name, Err: err}
		}
		data = data[n:]
	}
	if err := syscall.Close(fd); err != nil {
		return &fs.PathError{Op: "close", Path: name, Err: err}
	}
	return nil
}

func open(name string, flags int, perm uint32) (int, error) {
	for {
		fd, err := syscall.Open(name, flags, perm)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}
