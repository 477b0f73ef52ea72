package site

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

// Sink receives the site's files as they are made. Put may be called from
// several goroutines at once.
type Sink interface {
	Put(path string, data []byte) error
}

// memory keeps the files in a map (Site.Files).
type memory struct {
	mu    sync.Mutex
	files map[string][]byte
}

func (m *memory) Put(p string, data []byte) error {
	m.mu.Lock()
	m.files[p] = data
	m.mu.Unlock()
	return nil
}

// Dir writes a site into a new folder beside its destination and, on
// Commit, swaps it in whole: the destination is never half-written, a
// failed build leaves it as it was, and files the previous build wrote but
// this one does not are gone. Files are written by goroutines of their own,
// so rendering does not wait for the disk (creating a file is the slow part
// of a large build).
type Dir struct {
	dest, tmp string
	jobs      chan dirJob
	wg        sync.WaitGroup
	mu        sync.Mutex
	made      map[string]bool
	err       error
	closed    bool
}

type dirJob struct {
	path string
	data []byte
}

// dirWriters is how many files are written at once; dirQueue how many
// rendered files may wait for the disk.
const (
	dirWriters = 4
	dirQueue   = 256
)

// NewDir starts writing a site that will replace dest.
func NewDir(dest string) (*Dir, error) {
	dest = filepath.Clean(dest)
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	if st, err := os.Lstat(dest); err == nil && !st.IsDir() {
		return nil, fmt.Errorf("%s exists and is not a folder", dest)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dest)+".new-")
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	d := &Dir{dest: dest, tmp: tmp, made: map[string]bool{}, jobs: make(chan dirJob, dirQueue)}
	for range dirWriters {
		d.wg.Go(func() {
			for j := range d.jobs {
				if err := d.write(j.path, j.data); err != nil {
					d.mu.Lock()
					if d.err == nil {
						d.err = err
					}
					d.mu.Unlock()
				}
			}
		})
	}
	return d, nil
}

// Put queues one file for writing into the new folder. A write error is
// returned by a later Put or by Commit.
func (d *Dir) Put(p string, data []byte) error {
	d.mu.Lock()
	err := d.err
	d.mu.Unlock()
	if err != nil {
		return err
	}
	d.jobs <- dirJob{p, data}
	return nil
}

func (d *Dir) write(p string, data []byte) error {
	if !filepath.IsLocal(filepath.FromSlash(p)) {
		return fmt.Errorf("%s is not a path inside the site", p)
	}
	full := filepath.Join(d.tmp, filepath.FromSlash(p))
	dir := filepath.Dir(full)
	d.mu.Lock()
	made := d.made[dir]
	d.mu.Unlock()
	if !made {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		d.mu.Lock()
		d.made[dir] = true
		d.mu.Unlock()
	}
	return os.WriteFile(full, data, 0o644)
}

// finish waits for the queued files and returns the first write error.
func (d *Dir) finish() error {
	d.mu.Lock()
	closed := d.closed
	d.closed = true
	d.mu.Unlock()
	if !closed {
		close(d.jobs)
	}
	d.wg.Wait()
	return d.err
}

// Commit waits for every file to be written and swaps the new folder in for
// the destination.
func (d *Dir) Commit() error {
	if err := d.finish(); err != nil {
		d.Abort()
		return err
	}
	old := ""
	if _, err := os.Lstat(d.dest); err == nil {
		old = d.tmp + ".old"
		if err := os.Rename(d.dest, old); err != nil {
			d.Abort()
			return err
		}
	}
	if err := os.Rename(d.tmp, d.dest); err != nil {
		if old != "" {
			os.Rename(old, d.dest) // put the previous site back
		}
		d.Abort()
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// Abort stops writing, removes the new folder and leaves the destination
// as it was.
func (d *Dir) Abort() {
	d.finish()
	os.RemoveAll(d.tmp)
}

// WriteDir writes an in-memory site to dest through a Dir.
func (s *Site) WriteDir(dest string) error {
	d, err := NewDir(dest)
	if err != nil {
		return err
	}
	for p, data := range s.Files {
		if err := d.Put(p, data); err != nil {
			d.Abort()
			return err
		}
	}
	return d.Commit()
}
