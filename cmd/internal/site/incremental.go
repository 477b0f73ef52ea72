package site

import (
	"crypto/sha256"
	"fmt"
	"html/template"
	"slices"
	"sync"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/search"
)

// Builder builds the same handbook again and again, for tokki serve. It
// keeps each page's output with the files the page was drawn from (its
// deps) and the rendered Markdown of each file; a rebuild renders again
// only the pages whose deps changed, before or after the change. Anything
// that reaches every page (a file added, removed or renamed, an id, the
// settings, the theme) makes the next build a full one. The result is the
// same as a full build; TestIncrementalMatchesFull checks it.
//
// The handbook must come from a content.Loader, which keeps the same *Doc
// for a file that did not change: that is how a change is seen.
type Builder struct {
	mu   sync.Mutex
	last *state
	// Options are used by every build.
	Options Options
}

// state is what one build leaves for the next.
type state struct {
	sig   string                  // the URL map, the settings, the theme
	docs  map[*content.Doc]string // the files it was built from, with their summaries
	pages map[string]output       // rendered pages and derived files
	md    map[mdKey]mdOut         // rendered Markdown per file and field

	rendered, reused int
}

type output struct {
	data       []byte
	deps, uses []*content.Doc
}

type mdKey struct {
	doc   *content.Doc
	field string
}

type mdOut struct {
	html template.HTML
	text string
}

// Build renders the handbook into memory, reusing what the previous build
// made where nothing it depends on changed. It returns the site without
// its search index and the documents to index (see IndexFiles), so that a
// server can show the new pages before the index is rebuilt.
func (ib *Builder) Build(h *content.Handbook) (*Site, []search.Doc, error) {
	ib.mu.Lock()
	defer ib.mu.Unlock()
	m := &memory{files: map[string][]byte{}}
	b, err := newRenderer(h, m, ib.last)
	if err != nil {
		return nil, nil, err
	}
	b.incremental = true
	b.opts = ib.Options
	st, err := b.run(false)
	if err != nil {
		return nil, nil, err
	}
	ib.last = b.next
	return &Site{Files: m.files, Stats: st}, b.docs, nil
}

// Rendered reports how many pages the last Build rendered and how many it
// reused (for tests and benchmarks).
func (ib *Builder) Rendered() (rendered, reused int) {
	ib.mu.Lock()
	defer ib.mu.Unlock()
	if ib.last == nil {
		return 0, 0
	}
	return ib.last.rendered, ib.last.reused
}

// IndexFiles builds the search index files for the documents Build
// returned from h.
func IndexFiles(h *content.Handbook, docs []search.Doc) (map[string][]byte, int, error) {
	files := map[string][]byte{}
	ix := search.Build(docs)
	ix.Groups, ix.Words = searchGroups(h), searchWords(h)
	n, err := ix.WriteFiles(func(p string, data []byte) error {
		files[p] = data
		return nil
	})
	return files, n, err
}

// signature is what, when it changes, makes a build a full one.
func (b *renderer) signature() string {
	h := sha256.New()
	paths := make([]string, 0, len(b.urlOf))
	for p := range b.urlOf {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		fmt.Fprintf(h, "%s\x00%s\n", p, b.urlOf[p])
	}
	s := b.h.Settings
	fmt.Fprintf(h, "%q %q %q %d %v\n%s\n", s.Title, s.Description, s.Theme, s.ReviewDays, s.Era, b.theme.Sum)
	// A clause's text names the clauses it refers to and shows the
	// parameters' defaults: a change to either reaches every clause.
	fmt.Fprintf(h, "%s\n", b.whole.Key())
	fmt.Fprintf(h, "%v %v\n", b.opts.HasHistory, b.opts.HistoryShallow)
	for _, e := range b.opts.History {
		fmt.Fprintf(h, "%q %q %q %q %v\n", e.Hash, e.Date, e.Subject, e.Files, e.Cut)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// startIncremental compares this build with the previous one and decides
// what may be reused.
func (b *renderer) startIncremental() {
	if !b.incremental {
		return // a one-off build keeps nothing for a next one
	}
	b.next = &state{sig: b.signature(), docs: map[*content.Doc]string{}, pages: map[string]output{}, md: map[mdKey]mdOut{}}
	for _, d := range b.h.Docs {
		if sum, ok := b.prevDocs()[d]; ok {
			b.next.docs[d] = sum // an unchanged file keeps its summary
		} else {
			b.next.docs[d] = summary(d)
		}
	}
	if b.prev == nil || b.prev.sig != b.next.sig {
		b.prev = nil // a full build
		return
	}
	// A file that changed is a new *Doc (content.Loader keeps unchanged
	// ones); its summary changed if it differs from the old file's at the
	// same path.
	b.changed = map[*content.Doc]bool{}
	b.summaryChanged = map[*content.Doc]bool{}
	oldAt := map[string]*content.Doc{}
	for d := range b.prev.docs {
		if _, same := b.next.docs[d]; !same {
			b.changed[d] = true
			oldAt[d.Path] = d
		}
	}
	for d, sum := range b.next.docs {
		if _, same := b.prev.docs[d]; same {
			continue
		}
		b.changed[d] = true
		if old, ok := oldAt[d.Path]; !ok || b.prev.docs[old] != sum {
			b.summaryChanged[d] = true
			if ok {
				b.summaryChanged[old] = true
			}
		}
		delete(oldAt, d.Path)
	}
	for _, old := range oldAt { // removed files
		b.summaryChanged[old] = true
	}
}

func (b *renderer) prevDocs() map[*content.Doc]string {
	if b.prev == nil {
		return nil
	}
	return b.prev.docs
}

// summary is what other pages show of a file: a change to anything else
// in it reaches only the pages that show its content.
func summary(d *content.Doc) string {
	var keys []string
	switch d.Kind {
	case content.KindClause:
		keys = []string{"id", "title", "order", "stages", "incidents", "forms", "waiver", "reviewed"}
	case content.KindCheck:
		keys = []string{"id", "clause", "title", "aspect", "timing", "method", "evidence", "question", "good", "reviewed"}
	default:
		keys = []string{"id", "title", "order", "date", "description", "form"}
	}
	return fmt.Sprintf("%q", slices.Collect(func(yield func(any) bool) {
		for _, k := range keys {
			if !yield(d.Value(k)) {
				return
			}
		}
	}))
}

func (b *renderer) prevMD(k mdKey) (mdOut, bool) {
	if b.prev == nil {
		return mdOut{}, false
	}
	r, ok := b.prev.md[k]
	return r, ok
}

func (b *renderer) keepMD(k mdKey, r mdOut) {
	if b.next == nil {
		return
	}
	b.mu.Lock()
	b.next.md[k] = r
	b.mu.Unlock()
}

// reuse returns the previous output of a page or derived file when none of
// the files whose content it shows changed, and none of the files whose
// summary it shows changed their summary, before or after.
func (b *renderer) reuse(path string, deps, uses []*content.Doc) ([]byte, bool) {
	if b.prev == nil {
		return nil, false
	}
	old, ok := b.prev.pages[path]
	if !ok || touched(b.changed, old.deps) || touched(b.changed, deps) ||
		touched(b.summaryChanged, old.uses) || touched(b.summaryChanged, uses) {
		return nil, false
	}
	return old.data, true
}

func touched(set map[*content.Doc]bool, docs []*content.Doc) bool {
	for _, d := range docs {
		if set[d] {
			return true
		}
	}
	return false
}

// keep records a page's output for the next build.
func (b *renderer) keep(path string, data []byte, deps, uses []*content.Doc, reused bool) {
	if b.next == nil {
		return
	}
	b.mu.Lock()
	b.next.pages[path] = output{data, deps, uses}
	if reused {
		b.next.reused++
	} else {
		b.next.rendered++
	}
	b.mu.Unlock()
}

// reused hands over the previous output of a page whose data would be
// costly to gather again (a table of every clause and check item), when
// nothing it draws from changed; the caller then skips the page.
func (b *renderer) reused(path string, deps, uses []*content.Doc) bool {
	data, ok := b.reuse(path, deps, uses)
	if ok {
		b.put(path, path, data)
		b.keep(path, data, deps, uses, true)
	}
	return ok
}
