package content

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// A handbook may come from anyone (a pull request, a shared drive) and its
// site goes to everyone, so nothing outside the handbook folder may be read
// into it. DirFS opens the folder as an os.Root, which follows a symbolic
// link only while it stays inside and refuses one that leads out or is
// absolute; a link that stays inside but leads to a hidden file (such as
// .git/config, where a CI checkout keeps its token) is refused too. Every
// file is looked at before it is opened: a named pipe would block the read
// forever and a device such as /dev/zero never end, so such files, and
// links that lead outside, are left out of the handbook and listed in
// Handbook.Skipped for lint to report. Every read is limited in size.

// MaxAssetSize is the largest file other than Markdown (an image, a PDF, a
// theme file) that is read.
const MaxAssetSize = 64 << 20

// SkipReason says why a file is left out of the handbook.
type SkipReason int

// The reasons.
const (
	SkipOutside    SkipReason = iota + 1 // a symbolic link that leads outside the handbook, is absolute, or leads to a hidden file
	SkipSpecial                          // not a regular file: a named pipe, a device, a socket, a link to a folder
	SkipUnreadable                       // a file that cannot be read: no permission, a link to nothing
	SkipTooLarge                         // a file other than Markdown larger than MaxAssetSize
)

// NotAFolder is the What of a source folder, or theme folder, that is a
// file.
const NotAFolder = "a file where a folder should be"

// Skipped is a file of a source folder or of the theme in use that is left
// out of the handbook, unread.
type Skipped struct {
	Path   string // slash path from the handbook root
	Reason SkipReason
	Target string // for a symbolic link, where it points, as written
	What   string // for SkipSpecial what it is ("a named pipe"); for SkipUnreadable why
	Size   int64  // for SkipTooLarge
}

// DirFS opens the handbook folder dir as a file system that keeps to it
// (os.Root): a link that leads outside, or is absolute, cannot be opened
// or stat'ed through it.
func DirFS(dir string) (fs.FS, error) {
	r, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return dirFS{r.FS(), dir}, nil
}

// dirFS is an os.Root's file system with its folder's name kept, so that
// the loader can read the files it walked straight from the operating
// system. Its Open and ReadFile look before they open, as ReadFile does.
type dirFS struct {
	fs.FS
	dir string
}

// Open opens a regular file or a folder, and nothing else.
func (d dirFS) Open(name string) (fs.File, error) {
	st, err := fs.Stat(d.FS, name)
	if err != nil {
		return nil, err
	}
	switch {
	case !st.Mode().IsRegular() && !st.IsDir():
		return nil, &fs.PathError{Op: "open", Path: name, Err: errNotRegular}
	case st.Mode().IsRegular() && hidden(d, name):
		return nil, &fs.PathError{Op: "open", Path: name, Err: errHidden}
	}
	return d.FS.Open(name)
}

// ReadFile is ReadFile with the limit of an asset.
func (d dirFS) ReadFile(name string) ([]byte, error) { return ReadFile(d, name, MaxAssetSize) }

func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.FS, name) }
func (d dirFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(d.FS, name) }
func (d dirFS) ReadLink(name string) (string, error)       { return fs.ReadLink(d.FS, name) }
func (d dirFS) Lstat(name string) (fs.FileInfo, error)     { return fs.Lstat(d.FS, name) }

// ReadFile reads the file p of the handbook fsys (a slash path from its
// root), failing when it is not a regular file or is larger than limit.
// It never opens what is not a regular file.
func ReadFile(fsys fs.FS, p string, limit int64) ([]byte, error) {
	data, size, err := readFile(fsys, p, limit, nil)
	if err == nil && size > limit {
		return nil, msg.Errorf("%s is %.1f MB, more than the %d MB tokki reads", p, float64(size)/1e6, limit>>20)
	}
	return data, err
}

// errNotRegular is the error for reading what is not a regular file,
// errHidden for reading a hidden one.
var (
	errNotRegular = errors.New("not a regular file")
	errHidden     = errors.New("a hidden file, not the handbook's")
)

// readWalked is readFile for a file that the loader's walk found to be a
// regular file, or a link to one inside the handbook: it opens the first
// by its name in the folder, never following a link and never waiting on a
// named pipe (should the file have changed since). A link fails there and
// is read through the root. The file is read into buf if it fits.
func readWalked(fsys fs.FS, p string, limit int64, buf []byte) ([]byte, int64, error) {
	if d, ok := fsys.(dirFS); ok && fs.ValidPath(p) {
		if data, size, err := readOSFile(filepath.Join(d.dir, filepath.FromSlash(p)), p, limit, buf); err == nil {
			return data, size, nil
		}
	}
	return readFile(fsys, p, limit, buf)
}

// readFile reads the file p unless it is larger than limit, in which case
// it returns only the size: a stray 10 GB file must not be read into
// memory. It looks before it opens. The file is read into buf if it fits.
func readFile(fsys fs.FS, p string, limit int64, buf []byte) ([]byte, int64, error) {
	st, err := fs.Stat(fsys, p)
	if err != nil {
		return nil, 0, err
	}
	switch {
	case !st.Mode().IsRegular():
		return nil, 0, &fs.PathError{Op: "read", Path: p, Err: errNotRegular}
	case hidden(fsys, p):
		return nil, 0, &fs.PathError{Op: "read", Path: p, Err: errHidden}
	case st.Size() > limit:
		return nil, st.Size(), nil
	}
	open := fsys.Open
	if d, ok := fsys.(dirFS); ok {
		open = d.FS.Open // looked at already
	}
	f, err := open(p)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	return readSized(f, st.Size(), limit, buf)
}

// readSized reads r, which held size bytes when it was looked at, unless
// that is more than limit, into buf if it fits.
func readSized(r io.Reader, size, limit int64, buf []byte) ([]byte, int64, error) {
	if size > limit {
		return nil, size, nil
	}
	// Read into one buffer of the file's size, with room to see the end
	// (or that the file grew since): bytes.Buffer would double it.
	data := buf[:0]
	if int64(cap(data)) < size+512 {
		data = make([]byte, 0, size+512)
	}
	r = io.LimitReader(r, limit+1)
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, int64(len(data)), nil
		}
		if err != nil {
			return nil, 0, err
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

// readOSFile is readFile for the file name of the operating system (p in
// messages), which openNoFollow opens.
func readOSFile(name, p string, limit int64, buf []byte) (data []byte, size int64, err error) {
	defer func() {
		if pe, ok := err.(*fs.PathError); ok {
			pe.Path = p // the handbook's path, as the root gives it
		}
	}()
	f, err := openNoFollow(name)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	st, err := f.Stat()
	switch {
	case err != nil:
		return nil, 0, err
	case !st.Mode().IsRegular():
		return nil, 0, &fs.PathError{Op: "read", Path: p, Err: errNotRegular}
	}
	return readSized(f, st.Size(), limit, buf)
}

// look decides whether the file p, of the type its folder listing gave,
// may be read: a regular file may, and a link that leads to a regular file
// inside the handbook (the root refuses the others). It says why not in
// skip, and returns the followed link's FileInfo.
func look(fsys fs.FS, p string, typ fs.FileMode) (info fs.FileInfo, skip *Skipped) {
	switch {
	case typ.IsRegular():
		return nil, nil
	case typ&fs.ModeSymlink == 0:
		return nil, &Skipped{Path: p, Reason: SkipSpecial, What: kindOfFile(typ)}
	}
	target, _ := fs.ReadLink(fsys, p)
	st, err := fs.Stat(fsys, p)
	switch {
	case err == nil && st.Mode().IsRegular() && hidden(fsys, p):
		return nil, &Skipped{Path: p, Reason: SkipOutside, Target: target, What: Hidden}
	case err == nil && st.Mode().IsRegular():
		return st, nil
	case err == nil && st.IsDir():
		return nil, &Skipped{Path: p, Reason: SkipSpecial, Target: target, What: "a symbolic link to a folder"}
	case err == nil:
		return nil, &Skipped{Path: p, Reason: SkipSpecial, Target: target, What: "a symbolic link to " + kindOfFile(st.Mode())}
	case errors.Is(err, fs.ErrNotExist):
		return nil, &Skipped{Path: p, Reason: SkipUnreadable, Target: target, What: msg.Mark("it points at nothing")}
	case errors.Is(err, fs.ErrPermission):
		return nil, &Skipped{Path: p, Reason: SkipUnreadable, Target: target, What: msg.Mark("permission denied")}
	case errors.Is(err, syscall.ELOOP):
		return nil, &Skipped{Path: p, Reason: SkipUnreadable, Target: target, What: msg.Mark("a loop of symbolic links")}
	}
	return nil, &Skipped{Path: p, Reason: SkipOutside, Target: target}
}

// Hidden is the What of a link that stays inside the handbook folder but
// leads to a hidden file or into a hidden folder.
const Hidden = "hidden"

// hidden reports whether the link p, which the root follows, leads to what
// the walk leaves out: a file or folder whose name starts with ".". In a
// CI job .git/config holds the job's token, and a link to it stays inside
// the handbook folder. os.Root says only that a link stays inside; where it
// leads, the operating system tells. (A file system other than DirFS is
// trusted.)
func hidden(fsys fs.FS, p string) bool {
	d, ok := fsys.(dirFS)
	if !ok {
		return false
	}
	root, err := filepath.EvalSymlinks(d.dir)
	if err != nil {
		return true // cannot tell: leave it out
	}
	real, err := filepath.EvalSymlinks(filepath.Join(d.dir, filepath.FromSlash(p)))
	if err != nil {
		return true
	}
	rel, err := filepath.Rel(root, real)
	if err != nil {
		return true
	}
	for _, part := range strings.Split(filepath.ToSlash(rel), "/") {
		if strings.HasPrefix(part, ".") { // and ".." leads outside
			return true
		}
	}
	return false
}

// kindOfFile names a type of file that is not regular.
func kindOfFile(typ fs.FileMode) string {
	switch {
	case typ.IsDir():
		return "a folder"
	case typ&fs.ModeNamedPipe != 0:
		return msg.Mark("a named pipe")
	case typ&fs.ModeSocket != 0:
		return msg.Mark("a socket")
	case typ&fs.ModeDevice != 0:
		return msg.Mark("a device")
	}
	return msg.Mark("not a regular file")
}

// lookAsset is look for a file other than Markdown, which the site copies:
// it must also be readable, and no larger than MaxAssetSize. info is the
// file's FileInfo when look has it.
func lookAsset(fsys fs.FS, p string, e fs.DirEntry) *Skipped {
	info, skip := look(fsys, p, e.Type())
	if skip != nil {
		return skip
	}
	if info == nil {
		var err error
		if info, err = e.Info(); err != nil {
			return &Skipped{Path: p, Reason: SkipUnreadable, What: errText(err)}
		}
	}
	if info.Size() > MaxAssetSize {
		return &Skipped{Path: p, Reason: SkipTooLarge, Size: info.Size()}
	}
	// Open it (never a pipe: look said it is a regular file), so that lint
	// and build agree about an asset nobody may read.
	f, err := fsys.Open(p)
	if err != nil {
		return &Skipped{Path: p, Reason: SkipUnreadable, What: errText(err)}
	}
	f.Close()
	return nil
}

// errText is an error's own words, without the path a PathError adds.
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// ValidThemeName reports whether name can be the theme setting: the name
// of one folder under themes/ ("" for the default).
func ValidThemeName(name string) bool {
	return name == "" || fs.ValidPath(name) && !strings.ContainsAny(name, `/\:`) && !strings.HasPrefix(name, ".")
}
