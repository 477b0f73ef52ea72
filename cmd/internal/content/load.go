package content

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
)

// The source folders and special pages of a handbook.
const (
	ClausesDir   = "clauses"
	ChecklistDir = "checklist"
	ContentDir   = "content"
	HomePath     = "content/_index.md"
	IncidentsDir = "content/incidents"
	FormsDir     = "content/forms"
)

func isIncidentPath(p string) bool {
	return strings.HasPrefix(p, IncidentsDir+"/") && path.Base(p) != "_index.md"
}

func isFormPath(p string) bool {
	return strings.HasPrefix(p, FormsDir+"/") && path.Base(p) != "_index.md"
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
	fsys, err := DirFS(dir)
	if err != nil {
		return nil, err
	}
	return LoadFS(fsys)
}

// LoadFS reads a handbook from fsys, whose root is the handbook root. Problems
// in files never make it fail; it fails only when the folders cannot be read
// or none of clauses/, checklist/ and content/ exists. Files that must not
// be read are left out (see Skipped); LoadFS trusts fsys to refuse links
// that lead outside it, as DirFS does and os.DirFS does not.
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
	var skipped []Skipped
	found := 0
	for _, dir := range []struct {
		name string
		kind Kind
	}{{ClausesDir, KindClause}, {ChecklistDir, KindCheck}, {ContentDir, KindPage}} {
		before := len(skipped)
		err := walkSource(fsys, dir.name, &skipped, func(p string, e fs.DirEntry) {
			if p == dir.name {
				found++
				return
			}
			name := e.Name()
			if !strings.HasSuffix(name, ".md") {
				if skip := lookAsset(fsys, p, e); skip != nil {
					skipped = append(skipped, *skip)
				} else {
					assets = append(assets, p)
				}
				return
			}
			if dir.kind != KindPage && strings.EqualFold(name, "README.md") {
				return
			}
			info, skip := look(fsys, p, e.Type())
			if skip != nil {
				skipped = append(skipped, *skip)
				return
			}
			if cache != nil && info == nil {
				info, _ = e.Info()
			}
			jobs = append(jobs, job{p, dir.kind, info})
		})
		if err != nil {
			return nil, err
		}
		if len(skipped) > before && skipped[before].Path == dir.name {
			found++ // there, but left out: lint says why
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
	return assemble(fsys, docs, assets, skipped), nil
}

// walkSource walks the source folder root, calling visit for root itself
// (once it is known to be a folder) and for each file that is not a
// folder, leaving out names that start with ".". A root that is a link
// leading outside or nowhere, or is not a folder, is added to skipped
// instead; a root that does not exist is no error.
func walkSource(fsys fs.FS, root string, skipped *[]Skipped, visit func(p string, e fs.DirEntry)) error {
	return fs.WalkDir(fsys, root, func(p string, e fs.DirEntry, err error) error {
		if p == root {
			if err != nil {
				return skipRoot(fsys, root, err, skipped)
			}
			if !e.IsDir() {
				*skipped = append(*skipped, Skipped{Path: p, Reason: SkipSpecial, What: NotAFolder})
				return fs.SkipDir
			}
			if hidden(fsys, p) { // content/ a link to .git, say
				target, _ := fs.ReadLink(fsys, p)
				*skipped = append(*skipped, Skipped{Path: p, Reason: SkipOutside, Target: target, What: Hidden})
				return fs.SkipDir
			}
			visit(p, e)
			return nil
		}
		if err != nil {
			return err
		}
		if strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !e.IsDir() {
			visit(p, e)
		}
		return nil
	})
}

// skipRoot decides what a source folder that cannot be stat'ed is: not
// there (no error), a link that leads outside or nowhere (left out), or
// unreadable (the error). The link may be the folder or one above it, as
// themes/ is above themes/default.
func skipRoot(fsys fs.FS, root string, err error, skipped *[]Skipped) error {
	parts := strings.Split(root, "/")
	for i := range parts {
		p := strings.Join(parts[:i+1], "/")
		st, lerr := fs.Lstat(fsys, p)
		if lerr != nil {
			break
		}
		if st.Mode()&fs.ModeSymlink != 0 {
			if _, skip := look(fsys, p, fs.ModeSymlink); skip != nil {
				*skipped = append(*skipped, *skip)
				return fs.SkipDir
			}
		}
	}
	if errors.Is(err, fs.ErrNotExist) {
		return fs.SkipDir
	}
	return err
}

// assemble makes a handbook of loaded files, which are in walk order, and
// looks at the files of the theme in use.
func assemble(fsys fs.FS, docs []*Doc, assets []string, skipped []Skipped) *Handbook {
	h := &Handbook{FS: fsys, Docs: docs, Assets: assets, sourceSkipped: skipped}
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
	h.Skipped = append(slices.Clip(skipped), themeSkipped(fsys, h.Settings.Theme)...)
	return h
}

// themeSkipped looks at the files of the theme in use as load looks at
// the source folders' other files: the site copies them too.
func themeSkipped(fsys fs.FS, name string) []Skipped {
	if !ValidThemeName(name) {
		return nil // lint reports the setting itself
	}
	if name == "" {
		name = "default"
	}
	root := "themes/" + name
	var skipped []Skipped
	_ = walkSource(fsys, root, &skipped, func(p string, e fs.DirEntry) {
		if p == root {
			return
		}
		if skip := lookAsset(fsys, p, e); skip != nil {
			skipped = append(skipped, *skip)
		}
	})
	return skipped
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
		if !ok || slices.ContainsFunc(prev.sourceSkipped, func(s Skipped) bool { return s.Path == p }) {
			return l.Load(fsys)
		}
		gone[p] = true
		st, err := fs.Lstat(fsys, p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			l.forget(p)
			continue
		case err != nil || !st.Mode().IsRegular():
			return l.Load(fsys) // a folder, a link, a pipe: the walk looks at it
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
	return assemble(fsys, docs, prev.Assets, prev.sourceSkipped), nil
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
	src, size, err := readWalked(fsys, p, MaxFileSize)
	if err != nil {
		d.Problems = append(d.Problems, Problem{Kind: ProblemUnreadable, Pos: Pos{Line: 1},
			Message: fmt.Sprintf("the file cannot be read (%s); fix its permissions or remove it", errText(err))})
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
		Stages: d.list("stages"), Incidents: d.list("incidents"), Forms: d.list("forms"), Sources: d.list("sources"),
		Reviewed: d.date("reviewed"), Waiver: d.str("waiver"), When: d.when(),
	}
	c.Variants, _ = d.values["variants"].([]Variant)
	return c
}

func newCheck(d *Doc) *Check {
	return &Check{Doc: d,
		ID: d.str("id"), Clause: d.str("clause"), Title: d.str("title"), Aspect: d.str("aspect"),
		Timing: d.list("timing"), Method: d.list("method"), Evidence: d.str("evidence"),
		Rationale: d.str("rationale"), Question: d.str("question"), Good: d.str("good"),
		Reviewed: d.date("reviewed"), When: d.when(),
	}
}

func (d *Doc) when() When {
	w, _ := d.values["when"].(When)
	return w
}

func newPage(d *Doc) *Page {
	return &Page{Doc: d,
		ID: d.str("id"), Title: d.str("title"), Order: d.integer("order"), Date: d.str("date"),
		Description: d.str("description"), Form: d.integer("form"),
	}
}
