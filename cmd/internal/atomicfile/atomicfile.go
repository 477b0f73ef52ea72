// Package atomicfile saves a file the way a careful editor does: whole or
// not at all, through a symbolic link rather than over it, and straight
// into a device or an open descriptor (-o /dev/stdout) rather than renaming
// a file over it. Every file a tokki command writes goes through Write.
package atomicfile

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// Write saves data at path.
//
//   - A regular file, new or existing, is written whole or not at all: the
//     data goes to a temporary file beside it, reaches the disk, and is
//     renamed into place, so a failure leaves the old file as it was and a
//     reader never sees half of the new one. The replaced file's mode is
//     kept; a new file gets perm (0644 when perm is 0), less the umask.
//   - A symbolic link is written through: the file it points to is
//     replaced (or created, for a link to a file not there yet) and the
//     link stays a link.
//   - A device or a FIFO is opened and written, never renamed over:
//     renaming would replace the name, not write to what it names.
//   - A name for one of this process's open descriptors (/dev/stdout,
//     /dev/fd/3, /proc/self/fd/1) writes to that descriptor, at its offset,
//     so that -o /dev/stdout lands where the shell sent the output,
//     between what others wrote there before and after.
//   - A folder is refused.
func Write(path string, data []byte, perm os.FileMode) error {
	if perm == 0 {
		perm = 0o644
	}
	target, descriptor, err := resolve(path)
	if err != nil {
		return err
	}
	if descriptor {
		return writeDescriptor(target, data)
	}
	st, err := os.Stat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return replace(target, data, perm, false)
	case err != nil:
		return err
	case st.IsDir():
		return msg.Errorf("%s is a folder; give the name of a file to write", path)
	case !st.Mode().IsRegular():
		return writeInto(target, 0, data)
	}
	return replace(target, data, st.Mode().Perm(), true)
}

// maxLinks is how many symbolic links resolve follows, as the kernel's
// own limit (Linux's MAXSYMLINKS is 40).
const maxLinks = 40

// resolve follows path's symbolic links to the name of the file to write.
// It stops early, with descriptor true, at a name for an open descriptor:
// such a name is a link only to the kernel, and what it points to is the
// descriptor's file, which must be written through the descriptor.
func resolve(path string) (target string, descriptor bool, err error) {
	p := path
	for range maxLinks {
		if descriptorName.MatchString(filepath.ToSlash(filepath.Clean(p))) {
			return p, true, nil
		}
		st, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) || (err == nil && st.Mode()&fs.ModeSymlink == 0) {
			return p, false, nil
		}
		if err != nil {
			return "", false, err
		}
		dest, err := os.Readlink(p)
		if err != nil {
			return "", false, err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(p), dest)
		}
		p = dest
	}
	return "", false, &fs.PathError{Op: "write", Path: path, Err: errors.New("too many levels of symbolic links")}
}

// descriptorName matches the names Unix systems give to a process's open
// descriptors.
var descriptorName = regexp.MustCompile(`^/(?:dev/(stdout|stderr|fd/([0-9]+))|proc/(self|thread-self|[0-9]+)/fd/([0-9]+))$`)

// writeDescriptor writes data to the descriptor that name stands for. One
// of this process's own is written through a duplicate, which shares its
// offset; another process's is opened and appended to.
func writeDescriptor(name string, data []byte) error {
	m := descriptorName.FindStringSubmatch(filepath.ToSlash(filepath.Clean(name)))
	fd := -1
	switch {
	case m[1] == "stdout":
		fd = 1
	case m[1] == "stderr":
		fd = 2
	case m[2] != "":
		fd, _ = strconv.Atoi(m[2])
	case m[3] == "self" || m[3] == "thread-self" || m[3] == strconv.Itoa(os.Getpid()):
		fd, _ = strconv.Atoi(m[4])
	}
	if fd < 0 {
		return writeInto(name, os.O_APPEND, data)
	}
	f, err := dup(fd, name)
	if err != nil {
		return &fs.PathError{Op: "write", Path: name, Err: err}
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeInto writes data into an existing file that is not to be replaced.
func writeInto(name string, flag int, data []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY|flag, 0)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// replace writes data to a temporary file in name's folder and renames it
// over name. The temporary file is named .tokki-…, which tokki's own
// watchers and publishers ignore.
func replace(name string, data []byte, mode os.FileMode, exists bool) (err error) {
	tmp, err := createTemp(filepath.Dir(name), mode)
	if err != nil {
		// Name the file asked for, not the temporary one.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return &fs.PathError{Op: "write", Path: name, Err: err}
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if exists {
		// The create above took the umask off; the replaced file's mode is
		// what its owner chose, so it comes back exactly.
		if err = os.Chmod(tmp.Name(), mode); err != nil {
			return err
		}
	}
	return os.Rename(tmp.Name(), name)
}

// createTemp creates a new file in dir with perm (less the umask), which
// os.CreateTemp cannot do: it always uses 0600.
func createTemp(dir string, perm os.FileMode) (*os.File, error) {
	for {
		name := filepath.Join(dir, ".tokki-"+strconv.FormatUint(rand.Uint64(), 36))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
}
