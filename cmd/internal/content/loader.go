package content

import (
	"errors"
	"io/fs"
	"slices"
	"sync"
	"time"
)

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

// forget drops a file that is gone from the cache.
func (l *Loader) forget(p string) {
	l.mu.Lock()
	delete(l.cache, p)
	l.mu.Unlock()
}
