// Package publish writes a built site into its destination folder without
// harming anything that is not tokki's own.
//
// A build writes only into a folder that does not exist, an empty folder, or
// a folder an earlier build wrote: that build left a manifest there
// (.tokki-manifest.json, the list of the files it wrote), and a site written
// before manifests existed is recognised by its own files (see legacy.go).
// Anything else is refused with a message that says what is there, unless
// the caller forces it; even then a build never writes into the handbook, a
// folder that holds it, the file system's root or the user's home
// (check.go).
//
// The new files are written into a staging folder inside the destination
// (.tokki-new) and moved into place only when every one is written, so a
// failed or interrupted build leaves the previous site as it was. Files of
// the previous build that this one does not write are removed; files that no
// build wrote are kept, and named (Kept). Writing inside the destination,
// rather than swapping a new folder in for it, keeps a destination that is a
// symbolic link or a mounted share what it is. The move is recorded first
// (a journal in the staging folder), so if the process dies during it the
// next build finishes it. A lock keeps two builds out of each other's way.
//
// Every operation goes through an os.Root of the destination, so no path,
// and no symbolic link found inside the destination, can lead a write or a
// removal outside it.
package publish

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// The names tokki keeps for itself at the top of a destination.
const (
	manifestName = ".tokki-manifest.json"
	stagingName  = ".tokki-new"
	journalName  = ".tokki-commit.json" // in the staging folder: the move under way
	markerName   = ".tokki-staging"     // in the staging folder: tokki made it
	lockName     = ".tokki-lock"        // where the system has no folder locks
)

// Options say what a destination may be.
type Options struct {
	// Handbook is the handbook's root folder: a build never writes into it,
	// into its source folders, or into a folder that holds it.
	Handbook string
	// Force lets a build write into a folder that tokki did not write. Its
	// files are kept (never removed); those at paths the site uses are
	// replaced.
	Force bool
	// Notice, when set, is told what the build is waiting for or did
	// (another build holding the destination, an interrupted one finished).
	Notice func(string)
}

// Dir is a destination being written. Put may be called from several
// goroutines at once.
type Dir struct {
	dest    string // as the user named it, for messages
	root    *os.Root
	unlock  func()
	created string // the folder made for the destination, removed on Abort if still empty
	force   bool
	prev    map[string]bool // the files the previous build wrote
	legacy  bool            // the destination is a site written before manifests

	jobs  chan job
	wg    sync.WaitGroup
	mu    sync.Mutex
	files map[string]bool     // every file this build writes: staged, or unchanged in place
	dirs  map[string]*os.Root // folders of the staging folder, opened (stagingDir)
	// destDirs are folders of the destination, opened (destDir).
	destDirs map[string]*os.Root
	err      error
	closed   bool
	kept     []string

	written, unchanged atomic.Int64
}

type job struct {
	path string
	data []byte
}

// writers is how many files are written at once; queue how many rendered
// files may wait for the disk. Two writers keep the disk busy while pages
// render; four made clean builds of 10,000 pages slower on two cores, as
// they spun on the file system's locks on the cores rendering needs.
const (
	writers = 2
	queue   = 256
)

// Open checks that dest may be written and starts writing a site into it.
func Open(dest string, opts Options) (*Dir, error) {
	real, err := check(dest, opts)
	if err != nil {
		return nil, err
	}
	created := ""
	st, err := os.Lstat(real)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		created, err = mkdirAll(real)
		if err != nil {
			return nil, msg.Errorf("cannot make the folder %s: %w", dest, err)
		}
	case err != nil:
		return nil, err
	case !st.IsDir():
		return nil, msg.Errorf("%s exists and is not a folder; choose a folder for --dest", dest)
	}
	root, err := os.OpenRoot(real)
	if err != nil {
		return nil, err
	}
	d := &Dir{dest: dest, root: root, created: created, force: opts.Force, files: map[string]bool{},
		dirs: map[string]*os.Root{}, destDirs: map[string]*os.Root{}}
	if d.unlock, err = lock(root, real, dest, opts.Notice); err != nil {
		root.Close()
		d.removeCreated()
		return nil, err
	}
	removeOldStaging(real, opts.Notice)
	if err := d.prepare(opts.Notice); err != nil {
		d.release()
		return nil, err
	}
	if err := root.Mkdir(stagingName, 0o755); err != nil {
		d.release()
		return nil, err
	}
	if err := root.WriteFile(path.Join(stagingName, markerName), nil, 0o644); err != nil {
		d.release()
		return nil, err
	}
	d.jobs = make(chan job, queue)
	for range writers {
		d.wg.Go(func() {
			var buf []byte // the previous file, for comparing
			for j := range d.jobs {
				if err := d.write(j.path, j.data, &buf); err != nil {
					d.fail(err)
				}
			}
		})
	}
	return d, nil
}

// mkdirAll makes dir and the folders above it, and returns the topmost
// folder it made.
func mkdirAll(dir string) (string, error) {
	top := dir
	for p := filepath.Dir(dir); p != top; top, p = p, filepath.Dir(p) {
		if _, err := os.Lstat(p); err == nil {
			break
		}
	}
	return top, os.MkdirAll(dir, 0o755)
}

// prepare finishes or clears what an interrupted build left, and works out
// whose files the destination holds.
func (d *Dir) prepare(notice func(string)) error {
	if _, err := d.root.Lstat(stagingName); err == nil {
		if _, err := d.root.Lstat(path.Join(stagingName, markerName)); err != nil {
			return msg.Errorf("%s holds a folder %s that tokki did not make; move it away and build again",
				d.dest, stagingName)
		}
		if j, err := d.readJournal(); err == nil {
			// The last build stopped while it moved its files in.
			if err := d.finishCommit(j); err != nil {
				return err
			}
			if notice != nil {
				notice(msg.Text("finished moving in the site of a build that was stopped"))
			}
		} else if err := d.root.RemoveAll(stagingName); err != nil {
			return err
		}
	}
	m, err := d.readManifest()
	switch {
	case err == nil:
		d.prev = m
		return nil
	case !errors.Is(err, fs.ErrNotExist):
		return msg.Errorf("%s: %s cannot be read (%v); remove it only if the folder holds nothing else of value, then build again",
			d.dest, manifestName, err)
	}
	entries, err := fs.ReadDir(d.root.FS(), ".")
	if err != nil {
		return err
	}
	var others []string
	for _, e := range entries {
		if n := e.Name(); n != lockName {
			if e.IsDir() {
				n += "/"
			}
			others = append(others, n)
		}
	}
	switch {
	case len(others) == 0:
		return nil
	case isLegacySite(d.root):
		d.legacy = true
		return nil
	case d.force:
		return nil
	}
	return msg.Errorf("%s is not empty and no tokki build wrote it (it holds %s); tokki writes only into a new or empty folder or one it built before: choose another --dest, or pass --force to write into this one (its files are kept)",
		d.dest, listNames(others, 3))
}

// listNames is "a, b, c and 4 more".
func listNames(names []string, most int) string {
	if len(names) <= most {
		return strings.Join(names, ", ")
	}
	return msg.Sprintf("%s and %d more", strings.Join(names[:most], ", "), len(names)-most)
}

// Put queues one file (a slash path in the site) for writing. A write error
// is returned by a later Put or by Commit.
func (d *Dir) Put(p string, data []byte) error {
	if err := d.claim(p); err != nil {
		return err
	}
	d.jobs <- job{p, data}
	return nil
}

// Create starts the file p (a slash path in the site) for a caller that
// writes it a piece at a time: a whole-handbook page, tens of megabytes at
// 10,000 pages, is not held in memory. It is written into the staging
// folder as it comes; on Close it is dropped again if the previous build
// wrote the same bytes, and that file stays as it was, as with Put. Close
// returns the first write error, which Commit returns too.
func (d *Dir) Create(p string) (io.WriteCloser, error) {
	if err := d.claim(p); err != nil {
		return nil, err
	}
	dir, err := d.stagingDir(path.Dir(p))
	if err == nil {
		var f *os.File
		if f, err = dir.Create(path.Base(p)); err == nil {
			return &streamed{Writer: bufio.NewWriterSize(f, 64<<10), d: d, p: p, dir: dir, f: f}, nil
		}
	}
	d.fail(err)
	return nil, err
}

// claim records that this build writes p, refusing a path that is not a
// site file's, a second file at one path, and any file after an error or
// once the site is finished.
func (d *Dir) claim(p string) error {
	if !fs.ValidPath(p) || p == "." || strings.HasPrefix(p, ".tokki-") {
		return msg.Errorf("%q is not a path a site file may have", p)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	err := d.err
	if err == nil && d.files[p] {
		err = msg.Errorf("two files would be written to %s", p)
	}
	if err == nil && d.closed {
		err = errors.New("the site is already finished")
	}
	d.files[p] = true
	return err
}

// streamed is a file being written through Create.
type streamed struct {
	*bufio.Writer
	d   *Dir
	p   string
	dir *os.Root // the file's folder in the staging folder
	f   *os.File
}

func (s *streamed) Close() error {
	err := s.Flush()
	if cerr := s.f.Close(); err == nil {
		err = cerr
	}
	if err == nil && s.d.ownedBefore(s.p) {
		var f *os.File
		if f, err = s.dir.Open(path.Base(s.p)); err == nil {
			var buf []byte
			st, serr := f.Stat()
			same := serr == nil && s.d.same(s.p, st.Size(), f, &buf)
			f.Close()
			if same {
				if err = s.dir.Remove(path.Base(s.p)); err == nil {
					s.d.unchanged.Add(1)
					return nil
				}
			}
		}
	}
	if err != nil {
		s.d.fail(err)
		return err
	}
	s.d.written.Add(1)
	return nil
}

// Stop makes every later Put fail with err, and Commit with it: for a build
// that was interrupted.
func (d *Dir) Stop(err error) { d.fail(err) }

func (d *Dir) fail(err error) {
	d.mu.Lock()
	if d.err == nil {
		d.err = err
	}
	d.mu.Unlock()
}

// write puts one file into the staging folder, unless the previous build
// wrote the same bytes to the same path: that file stays as it is (and
// keeps its date).
func (d *Dir) write(p string, data []byte, buf *[]byte) error {
	if d.ownedBefore(p) && d.same(p, int64(len(data)), bytes.NewReader(data), buf) {
		d.unchanged.Add(1)
		return nil
	}
	dir, err := d.stagingDir(path.Dir(p))
	if err != nil {
		return err
	}
	if err := dir.WriteFile(path.Base(p), data, 0o644); err != nil {
		return err
	}
	d.written.Add(1)
	return nil
}

// stagingDir returns the folder dir (a slash path) of the staging folder,
// made if need be, opened as a Root of its own; destDir the same folder of
// the destination, if it is there. Reaching a file through the Root of its
// own folder takes one system call to open it; through the destination's
// Root every folder on the way is opened and closed again, which made a
// 10,000-page build's file system calls several times as many.
func (d *Dir) stagingDir(dir string) (*os.Root, error) {
	return d.subRoot(d.dirs, path.Join(stagingName, dir), true)
}

func (d *Dir) destDir(dir string) (*os.Root, error) {
	return d.subRoot(d.destDirs, dir, false)
}

// subRoot opens the folder dir of the destination as a Root (making it if
// make is set), once: dirs keeps them.
func (d *Dir) subRoot(dirs map[string]*os.Root, dir string, make bool) (*os.Root, error) {
	d.mu.Lock()
	r := dirs[dir]
	d.mu.Unlock()
	if r != nil {
		return r, nil
	}
	if make {
		if err := d.root.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
	}
	r, err := d.root.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if prev := dirs[dir]; prev != nil { // another writer opened it meanwhile
		r.Close()
		return prev, nil
	}
	dirs[dir] = r
	return r, nil
}

// ownedBefore reports whether an earlier build wrote p.
func (d *Dir) ownedBefore(p string) bool { return d.prev[p] || d.legacy }

// same reports whether the regular file p in the destination holds exactly
// the size bytes r reads. buf is reused between calls.
func (d *Dir) same(p string, size int64, r io.Reader, buf *[]byte) bool {
	dir, err := d.destDir(path.Dir(p))
	if err != nil {
		return false
	}
	name := path.Base(p)
	st, err := dir.Lstat(name)
	if err != nil || !st.Mode().IsRegular() || st.Size() != size {
		return false
	}
	f, err := dir.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	// Compare a piece at a time: the buffer stays small however large the
	// file (the whole-handbook pages run to megabytes).
	const piece = 64 << 10
	if len(*buf) == 0 {
		*buf = make([]byte, 2*piece)
	}
	a, b := (*buf)[:piece], (*buf)[piece:]
	for {
		n, errA := io.ReadFull(f, a)
		m, errB := io.ReadFull(r, b)
		if n != m || !bytes.Equal(a[:n], b[:m]) {
			return false // different, or longer than it was when we looked
		}
		if n < piece {
			return atEnd(errA) && atEnd(errB)
		}
	}
}

// atEnd reports whether err is what io.ReadFull returns at the end of what
// it reads.
func atEnd(err error) bool { return err == io.EOF || err == io.ErrUnexpectedEOF }

// finish waits for the queued files and returns the first error.
func (d *Dir) finish() error {
	d.mu.Lock()
	closed := d.closed
	d.closed = true
	d.mu.Unlock()
	if !closed && d.jobs != nil {
		close(d.jobs)
	}
	d.wg.Wait()
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, dirs := range []map[string]*os.Root{d.dirs, d.destDirs} {
		for _, r := range dirs {
			r.Close()
		}
		clear(dirs)
	}
	return d.err
}

// Counts reports how many files were written and how many were left as
// they were because the previous build wrote the same bytes.
func (d *Dir) Counts() (written, unchanged int) {
	return int(d.written.Load()), int(d.unchanged.Load())
}

// Kept names the files in the destination that no build wrote and that
// Commit therefore left alone.
func (d *Dir) Kept() []string { return d.kept }

// KeptNotice says which files Commit kept, for the user; "" for none.
func (d *Dir) KeptNotice() string {
	if len(d.kept) == 0 {
		return ""
	}
	return msg.Sprintf("kept %s in %s that no tokki build wrote: %s", files(len(d.kept)), d.dest, listNames(d.kept, 5))
}

// Abort stops writing, removes the staging folder and leaves the
// destination as it was.
func (d *Dir) Abort() {
	d.fail(errors.New("aborted"))
	d.finish()
	d.root.RemoveAll(stagingName)
	d.release()
}

// release unlocks and closes the destination, and removes the folder Open
// made for it if nothing was put there.
func (d *Dir) release() {
	if d.unlock != nil {
		d.unlock()
		d.unlock = nil
	}
	d.root.Close()
	d.removeCreated()
}

func (d *Dir) removeCreated() {
	if d.created != "" {
		// os.Remove removes only empty folders: whatever is left in them
		// stays.
		for p := d.root.Name(); ; p = filepath.Dir(p) {
			if os.Remove(p) != nil || p == d.created {
				break
			}
		}
	}
}

// sorted is the keys of a set in order.
func sorted(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for p := range set {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}
