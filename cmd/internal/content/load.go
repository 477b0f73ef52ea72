package content

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/plainfile"
)

// The source folders and special pages of a handbook.
const (
	ClausesDir   = "clauses"
	ChecklistDir = "checklist"
	ContentDir   = "content"
	HomePath     = "content/_index.md"
	IncidentsDir = "content/incidents"
)

func isIncidentPath(p string) bool {
	return strings.HasPrefix(p, IncidentsDir+"/") && path.Base(p) != "_index.md"
}

// ErrNotHandbook is returned by Load for a folder that has none of the
// source folders.
var ErrNotHandbook = errors.New("not a handbook")

// Load reads the handbook whose root folder is dir.
func Load(dir string) (*Handbook, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", dir)
	}
	return LoadFS(DirFS(dir))
}

// DirFS is os.DirFS(dir) for the loader: it reads the files of such a
// file system with fewer system calls (package plainfile).
func DirFS(dir string) fs.FS {
	return dirFS{os.DirFS(dir), dir}
}

// LoadFS reads a handbook from fsys, whose root is the handbook root. Problems
// in files never make it fail; it fails only when the folders cannot be read
// or none of clauses/, checklist/ and content/ exists.
func LoadFS(fsys fs.FS) (*Handbook, error) {
	return load(fsys, nil)
}

// Loader loads the same handbook again and again (for tokki serve), reading
// only the files whose size or modification time changed since the last
// load and reusing the decoded documents of the others.
type Loader struct {
	mu    sync.Mutex
	cache map[string]cachedDoc
}

type cachedDoc struct {
	size int64
	mod  time.Time
	doc  *Doc
}

// Load loads the handbook at fsys, reusing what it can.
func (l *Loader) Load(fsys fs.FS) (*Handbook, error) {
	return load(fsys, l)
}

func (l *Loader) get(p string, info fs.FileInfo) *Doc {
	if l == nil || info == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	c, ok := l.cache[p]
	if ok && c.size == info.Size() && c.mod.Equal(info.ModTime()) {
		return c.doc
	}
	return nil
}

func (l *Loader) put(p string, info fs.FileInfo, d *Doc) {
	if l == nil || info == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cache == nil {
		l.cache = map[string]cachedDoc{}
	}
	l.cache[p] = cachedDoc{info.Size(), info.ModTime(), d}
}

// prune forgets files that are gone.
func prune[J any](l *Loader, jobs []J, path func(J) string) {
	if l == nil {
		return
	}
	seen := make(map[string]bool, len(jobs))
	for _, j := range jobs {
		seen[path(j)] = true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for p := range l.cache {
		if !seen[p] {
			delete(l.cache, p)
		}
	}
}

func load(fsys fs.FS, cache *Loader) (*Handbook, error) {
	type job struct {
		path string
		kind Kind
		info fs.FileInfo
	}
	var jobs []job
	var assets []string
	found := 0
	for _, dir := range []struct {
		name string
		kind Kind
	}{{ClausesDir, KindClause}, {ChecklistDir, KindCheck}, {ContentDir, KindPage}} {
		err := fs.WalkDir(fsys, dir.name, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				if p == dir.name && errors.Is(err, fs.ErrNotExist) {
					return fs.SkipDir
				}
				return err
			}
			if p == dir.name {
				found++
			}
			name := e.Name()
			if strings.HasPrefix(name, ".") && p != dir.name {
				if e.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if e.IsDir() {
				return nil
			}
			if !strings.HasSuffix(name, ".md") {
				assets = append(assets, p)
				return nil
			}
			if dir.kind != KindPage && strings.EqualFold(name, "README.md") {
				return nil
			}
			var info fs.FileInfo
			if cache != nil {
				info, _ = e.Info()
			}
			jobs = append(jobs, job{p, dir.kind, info})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if found == 0 {
		return nil, fmt.Errorf("%w: there is no clauses/, checklist/ or content/ folder", ErrNotHandbook)
	}

	docs := make([]*Doc, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				j := jobs[i]
				if d := cache.get(j.path, j.info); d != nil {
					docs[i] = d
					continue
				}
				docs[i] = loadDoc(fsys, j.path, j.kind)
				cache.put(j.path, j.info, docs[i])
			}
		})
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	prune(cache, jobs, func(j job) string { return j.path })
	return assemble(fsys, docs, assets), nil
}

// assemble makes a handbook of loaded files, which are in walk order.
func assemble(fsys fs.FS, docs []*Doc, assets []string) *Handbook {
	h := &Handbook{FS: fsys, Docs: docs, Assets: assets}
	for _, d := range docs {
		switch d.Kind {
		case KindClause:
			h.Clauses = append(h.Clauses, newClause(d))
		case KindCheck:
			h.Checks = append(h.Checks, newCheck(d))
		case KindPage:
			p := newPage(d)
			h.Pages = append(h.Pages, p)
			if p.IsHome() {
				h.Home = p
				h.Settings = Settings{Title: p.Title, Description: p.Description, ReviewDays: d.integer("review_days"),
					Theme: d.str("theme")}
				h.Settings.Params, _ = d.values["params"].([]Param)
				h.Settings.Questions, _ = d.values["questions"].([]Question)
			}
		}
	}
	h.checksByClause = map[string][]*Check{}
	for _, k := range h.Checks {
		h.checksByClause[k.Clause] = append(h.checksByClause[k.Clause], k)
	}
	slices.SortStableFunc(h.Clauses, func(a, b *Clause) int {
		if a.Order != b.Order {
			return a.Order - b.Order
		}
		return strings.Compare(a.Path, b.Path)
	})
	h.clauseByID = map[string]*Clause{}
	for _, c := range h.Clauses {
		if _, dup := h.clauseByID[c.ID]; !dup {
			h.clauseByID[c.ID] = c
		}
	}
	return h
}

// Update loads the handbook again when only the files in changed (slash
// paths from the root) may differ from prev: it reads those and keeps the
// rest, without walking the folders. A change it cannot place this way (a
// folder, a file that is not Markdown, nil for "anything") makes it load
// everything, as Load does.
func (l *Loader) Update(fsys fs.FS, prev *Handbook, changed []string) (*Handbook, error) {
	if prev == nil || changed == nil {
		return l.Load(fsys)
	}
	gone := map[string]bool{}
	var fresh []*Doc
	for _, p := range changed {
		kind, ok := kindOf(p)
		if !ok {
			return l.Load(fsys)
		}
		gone[p] = true
		st, err := fs.Stat(fsys, p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			l.forget(p)
			continue
		case err != nil || st.IsDir():
			return l.Load(fsys)
		}
		if skipped(p, kind) {
			continue
		}
		d := l.get(p, st)
		if d == nil {
			d = loadDoc(fsys, p, kind)
			l.put(p, st, d)
		}
		fresh = append(fresh, d)
	}
	docs := make([]*Doc, 0, len(prev.Docs)+len(fresh))
	for _, d := range prev.Docs {
		if !gone[d.Path] {
			docs = append(docs, d)
		}
	}
	docs = append(docs, fresh...)
	slices.SortStableFunc(docs, func(a, b *Doc) int { return walkOrder(a.Path, b.Path) })
	return assemble(fsys, docs, prev.Assets), nil
}

// kindOf says which source folder a Markdown file belongs to.
func kindOf(p string) (Kind, bool) {
	if !strings.HasSuffix(p, ".md") {
		return 0, false
	}
	switch strings.SplitN(p, "/", 2)[0] {
	case ClausesDir:
		return KindClause, true
	case ChecklistDir:
		return KindCheck, true
	case ContentDir:
		return KindPage, true
	}
	return 0, false
}

// skipped reports whether a Markdown file in a source folder is left out of
// the handbook, as the walk in load leaves it out.
func skipped(p string, kind Kind) bool {
	for _, part := range strings.Split(p, "/")[1:] {
		if strings.HasPrefix(part, ".") {
			return true
		}
	}
	return kind != KindPage && strings.EqualFold(path.Base(p), "README.md")
}

// walkOrder orders paths as fs.WalkDir visits them: the source folders in
// load's order, then name by name, a folder's files after its name.
func walkOrder(a, b string) int {
	rank := func(p string) int {
		switch strings.SplitN(p, "/", 2)[0] {
		case ClausesDir:
			return 0
		case ChecklistDir:
			return 1
		}
		return 2
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra - rb
	}
	pa, pb := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		if c := strings.Compare(pa[i], pb[i]); c != 0 {
			return c
		}
	}
	return len(pa) - len(pb)
}

func (l *Loader) forget(p string) {
	l.mu.Lock()
	delete(l.cache, p)
	l.mu.Unlock()
}

// loadDoc reads and decodes one file. It never fails: what is wrong with the
// file is in its Problems.
func loadDoc(fsys fs.FS, p string, kind Kind) *Doc {
	d := &Doc{Path: p, Kind: kind, Fields: map[string]*Field{}, values: map[string]any{}}
	src, size, err := readFile(fsys, p)
	if err != nil {
		d.Problems = append(d.Problems, Problem{Kind: ProblemEncoding, Pos: Pos{Line: 1},
			Message: "the file cannot be read: " + err.Error()})
		return d
	}
	if size > MaxFileSize {
		d.Problems = append(d.Problems, Problem{Kind: ProblemSize, Pos: Pos{Line: 1},
			Message: fmt.Sprintf("the file is %.1f MB, more than the %d MB a handbook file may be; split it or move it out of the source folders",
				float64(size)/1e6, MaxFileSize>>20)})
		return d
	}
	text, problems, ok := normalize(src)
	d.Problems = append(d.Problems, problems...)
	if !ok {
		return d
	}
	yamlText, yamlLine, body, p2 := split(text)
	d.Body = body
	if p2 != nil {
		d.Problems = append(d.Problems, *p2)
		return d
	}
	decode(d, yamlText, yamlLine, Schema(kind, p))
	return d
}

func (d *Doc) str(name string) string {
	s, _ := d.values[name].(string)
	return s
}

func (d *Doc) list(name string) []string {
	l, _ := d.values[name].([]string)
	return l
}

func (d *Doc) integer(name string) int {
	i, _ := d.values[name].(int)
	return i
}

func (d *Doc) date(name string) time.Time {
	t, _ := d.values[name].(time.Time)
	return t
}

// Value returns the decoded value of a key: a string, an int, a []string or
// a time.Time, or nil when the key is absent, empty or of the wrong type.
func (d *Doc) Value(name string) any { return d.values[name] }

func newClause(d *Doc) *Clause {
	c := &Clause{Doc: d,
		ID: d.str("id"), Title: d.str("title"), Order: d.integer("order"), Rationale: d.str("rationale"),
		Stages: d.list("stages"), Incidents: d.list("incidents"), Sources: d.list("sources"),
		Reviewed: d.date("reviewed"), Waiver: d.str("waiver"), When: d.when(),
	}
	c.Variants, _ = d.values["variants"].([]Variant)
	return c
}

func newCheck(d *Doc) *Check {
	return &Check{Doc: d,
		ID: d.str("id"), Clause: d.str("clause"), Title: d.str("title"), Aspect: d.str("aspect"),
		Timing: d.list("timing"), Method: d.list("method"), Evidence: d.str("evidence"),
		Rationale: d.str("rationale"), Reviewed: d.date("reviewed"), When: d.when(),
	}
}

func (d *Doc) when() When {
	w, _ := d.values["when"].(When)
	return w
}

func newPage(d *Doc) *Page {
	return &Page{Doc: d,
		ID: d.str("id"), Title: d.str("title"), Order: d.integer("order"), Date: d.str("date"),
		Description: d.str("description"),
	}
}

// readFile reads a file unless it is larger than MaxFileSize, in which case
// it returns only the size: a stray 10 GB file must not be read into memory.
func readFile(fsys fs.FS, p string) ([]byte, int64, error) {
	if d, ok := fsys.(dirFS); ok && fs.ValidPath(p) {
		return readOSFile(filepath.Join(d.root, filepath.FromSlash(p)), p)
	}
	f, err := fsys.Open(p)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, 0, err
	}
	return readSized(f, st.Size())
}

// readSized reads r, which held size bytes when it was looked at, unless
// that is more than MaxFileSize.
func readSized(r io.Reader, size int64) ([]byte, int64, error) {
	if size > MaxFileSize {
		return nil, size, nil
	}
	// Read into one buffer of the file's size, with room to see the end
	// (or that the file grew since): bytes.Buffer would double it.
	data := make([]byte, 0, size+512)
	r = io.LimitReader(r, MaxFileSize+1)
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
// messages), read through plainfile: a handbook has thousands of files.
func readOSFile(name, p string) (data []byte, size int64, err error) {
	defer func() {
		if pe, ok := err.(*fs.PathError); ok {
			pe.Path = p // the handbook's path, as os.DirFS gives it
		}
	}()
	f, err := plainfile.Open(name)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	if size, _, err = f.Stat(); err != nil {
		return nil, 0, err
	}
	return readSized(f, size)
}

// dirFS is os.DirFS(root) with root kept, so that the loader can read its
// files with readOSFile. It passes on the optional interfaces os.DirFS has.
type dirFS struct {
	fs.FS
	root string
}

func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.FS, name) }
func (d dirFS) ReadFile(name string) ([]byte, error)       { return fs.ReadFile(d.FS, name) }
func (d dirFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(d.FS, name) }
func (d dirFS) ReadLink(name string) (string, error)       { return fs.ReadLink(d.FS, name) }
func (d dirFS) Lstat(name string) (fs.FileInfo, error)     { return fs.Lstat(d.FS, name) }
