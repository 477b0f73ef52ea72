package content

import (
	"bytes"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"
)

// LoadMap loads a handbook from the contents of its files, keyed by their
// slash paths from the handbook root (clauses/c01.md, content/_index.md):
// a handbook read from somewhere other than a folder, such as a Git
// revision. Folders are implied by the paths. It fails on a path that
// io/fs would not accept, and otherwise as LoadFS does.
func LoadMap(files map[string][]byte) (*Handbook, error) {
	fsys, err := newMemFS(files)
	if err != nil {
		return nil, err
	}
	return LoadFS(fsys)
}

// memFS is a read-only file system over file contents held in memory.
type memFS struct {
	files map[string][]byte
	dirs  map[string][]fs.DirEntry // each folder's entries, sorted by name
}

func newMemFS(files map[string][]byte) (*memFS, error) {
	m := &memFS{files: make(map[string][]byte, len(files)), dirs: map[string][]fs.DirEntry{}}
	entries := map[string]map[string]memInfo{".": {}}
	for name, data := range files {
		if !fs.ValidPath(name) || name == "." {
			return nil, &fs.PathError{Op: "load", Path: name, Err: fs.ErrInvalid}
		}
		m.files[name] = data
		info := memInfo{name: path.Base(name), size: int64(len(data))}
		for p := name; p != "."; p = path.Dir(p) {
			dir := path.Dir(p)
			if entries[dir] == nil {
				entries[dir] = map[string]memInfo{}
			}
			entries[dir][info.name] = info
			info = memInfo{name: path.Base(dir), dir: true}
		}
	}
	for dir, es := range entries {
		if _, clash := m.files[dir]; clash {
			return nil, &fs.PathError{Op: "load", Path: dir, Err: fs.ErrExist} // a file and a folder
		}
		list := make([]fs.DirEntry, 0, len(es))
		for _, e := range es {
			list = append(list, e)
		}
		slices.SortFunc(list, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
		m.dirs[dir] = list
	}
	return m, nil
}

func (m *memFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if data, ok := m.files[name]; ok {
		return &memFile{Reader: bytes.NewReader(data), info: memInfo{name: path.Base(name), size: int64(len(data))}}, nil
	}
	if es, ok := m.dirs[name]; ok {
		return &memDir{info: memInfo{name: path.Base(name), dir: true}, entries: es}, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

func (m *memFS) ReadDir(name string) ([]fs.DirEntry, error) {
	es, ok := m.dirs[name]
	if !ok {
		if _, file := m.files[name]; file {
			return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrInvalid}
		}
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	return slices.Clone(es), nil
}

func (m *memFS) Stat(name string) (fs.FileInfo, error) {
	f, err := m.Open(name)
	if err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrNotExist}
	}
	return f.Stat()
}

// memInfo describes a file or folder of a memFS, as fs.FileInfo and as
// fs.DirEntry.
type memInfo struct {
	name string
	size int64
	dir  bool
}

func (i memInfo) Name() string { return i.name }
func (i memInfo) Size() int64  { return i.size }
func (i memInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o555
	}
	return 0o444
}
func (i memInfo) ModTime() time.Time         { return time.Time{} }
func (i memInfo) IsDir() bool                { return i.dir }
func (i memInfo) Sys() any                   { return nil }
func (i memInfo) Type() fs.FileMode          { return i.Mode().Type() }
func (i memInfo) Info() (fs.FileInfo, error) { return i, nil }

type memFile struct {
	*bytes.Reader
	info memInfo
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Close() error               { return nil }

type memDir struct {
	info    memInfo
	entries []fs.DirEntry
	read    int
}

func (d *memDir) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *memDir) Close() error               { return nil }
func (d *memDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.info.name, Err: fs.ErrInvalid}
}

func (d *memDir) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.entries[d.read:]
	if n <= 0 {
		d.read = len(d.entries)
		return slices.Clone(rest), nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	rest = rest[:min(n, len(rest))]
	d.read += len(rest)
	return slices.Clone(rest), nil
}
