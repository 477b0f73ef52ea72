package site

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"io"
	"path"
	"runtime"
	"strings"
	"sync"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/export"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
	"github.com/tokki-handbook/tokki/cmd/internal/search"
	"github.com/tokki-handbook/tokki/cmd/internal/siteurl"
	"github.com/tokki-handbook/tokki/cmd/internal/theme"
)

// renderer renders one build: it holds what rendering needs across pages.
// (Builder, exported, is the incremental builder that tokki serve keeps
// from build to build; each of its builds makes a renderer.)
type renderer struct {
	// downloads makes the office downloads too (BuildTo; tokki serve
	// makes them itself).
	downloads bool
	// consume lets go of each check item's body once its page is made:
	// the handbook is not built from again (BuildTo). At 10,000 pages of
	// prose the bodies are 30 MB, which the end of the build needs more.
	consume bool

	h     *content.Handbook
	theme *theme.Theme
	sink  Sink
	urlOf map[string]string // source path → page URL (Markdown) or asset URL

	mu       sync.Mutex
	owner    map[string]string // output path → what wrote it, to catch clashes
	docs     []search.Doc
	errs     []error
	queue    chan *pageData  // pages to render (see startRendering)
	indexing chan search.Doc // pages to index, when the build makes the index
	clauses  []*clauseView
	checks   map[string]*checkView // by id
	citedBy  map[string][]link     // incident page URL → the clauses that cite it

	citedByDocs    map[string][]*content.Doc // incident page URL → the files of the clauses that cite it
	pageAt         map[string]*content.Page  // page URL → content page
	clauseAt       map[string]*content.Doc   // clause page URL → its file
	prev, next     *state                    // incremental builds (see Builder)
	opts           Options
	incremental    bool                  // keep state for the next build (Builder)
	changed        map[*content.Doc]bool // files added or removed since prev
	summaryChanged map[*content.Doc]bool // those whose summary changed

	pageURLs map[string]bool

	// whole names references and fills parameters in clause texts as
	// the whole handbook shows them.
	whole      *markdown.ClauseText
	clauseIDAt map[string]string // clause file path → id
}

func newRenderer(h *content.Handbook, sink Sink, prev *state) (*renderer, error) {
	th, err := theme.Load(h.FS, h.Settings.Theme)
	if err != nil {
		return nil, err
	}
	return &renderer{h: h, theme: th, sink: sink, urlOf: map[string]string{},
		owner: map[string]string{}, checks: map[string]*checkView{}, prev: prev, whole: markdown.WholeText(h)}, nil
}

// run renders every page, and the search index when index is set.
func (b *renderer) run(index bool) (Stats, error) {
	b.mapURLs()
	if len(b.errs) > 0 {
		return Stats{}, b.errs[0]
	}
	b.startIncremental()
	b.prepare()
	// Pages render on every core as soon as they are queued, and are
	// indexed for search as they are queued (in that order, which is the
	// same from build to build).
	rendered := b.startRendering()
	st := Stats{}
	indexed := make(chan error, 1)
	finish := make(chan struct{}) // closed when the index may be finished
	if index {
		docs := make(chan search.Doc, 256)
		b.indexing = docs
		go func() {
			ib := search.Builder{Put: func(p string, data []byte) error {
				b.put(p, "search index", data)
				return nil
			}, Groups: searchGroups(b.h), Words: searchWords(b.h)}
			for d := range docs {
				ib.Add(d)
			}
			<-finish
			var err error
			st.IndexBytes, err = ib.Finish()
			indexed <- err
		}()
	} else {
		indexed <- nil
	}
	b.renderAll()
	if b.indexing != nil {
		close(b.indexing)
	}
	rendered()
	// The builder page's data is made once the pages are rendered, and the
	// index finished after it, once the views are let go: each of the
	// three (the whole-handbook pages, the builder page's data, finishing
	// the index) needs much memory for a moment, and made at once their
	// peaks added up (at 10,000 pages of prose, the views held 120 MB
	// and finishing the index took 70 MB beside its 140 MB).
	b.tailorData()
	b.clauses, b.checks = nil, nil
	close(finish)
	// The office downloads are made while the index is finished, once the
	// pages and the builder page's data are made and the views they drew
	// on let go: made beside the pages, they added their own peak to the
	// pages' (at 10,000 pages of prose, about 20 MB live and more in
	// garbage) for little gain in time on two cores, where the pages keep
	// both busy; made after the index, they kept a core idle for a second.
	downloaded := make(chan error, 1)
	if b.downloads {
		go func() {
			downloaded <- Downloads(b.h, func(p string, data []byte) error {
				b.put(p, msg.Text("the office downloads"), data)
				return nil
			})
		}()
	} else {
		downloaded <- nil
	}
	if err := cmp.Or(<-indexed, <-downloaded); err != nil {
		return Stats{}, err
	}
	b.mu.Lock()
	errs := b.errs
	b.mu.Unlock()
	if len(errs) > 0 {
		return Stats{}, errs[0]
	}
	for p := range b.owner {
		st.Files++
		if strings.HasSuffix(p, ".html") {
			st.Pages++
		}
	}
	return st, nil
}

// put hands the file at URL u to the sink, under its path.
func (b *renderer) put(u, by string, data []byte) {
	if p, ok := b.claim(u, by); ok {
		if err := b.sink.Put(p, data); err != nil {
			b.fail(err)
		}
	}
}

// stream renders a whole-handbook page (pageData.whole) straight into its
// file, for a build that keeps nothing for the next one.
func (b *renderer) stream(t *template.Template, p *pageData) {
	w := b.create(p.Path, p.Source)
	if w == nil {
		return
	}
	err := t.ExecuteTemplate(w, "baseof.html", p)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		b.fail(fmt.Errorf("rendering %s: %w", p.Path, err))
	}
}

// create starts the file at URL u, for by to write a piece at a time and
// close; nil when it cannot be (the build then fails, as with put).
func (b *renderer) create(u, by string) io.WriteCloser {
	p, ok := b.claim(u, by)
	if !ok {
		return nil
	}
	w, err := b.sink.Create(p)
	if err != nil {
		b.fail(err)
		return nil
	}
	return w
}

// claim records that by writes the file at URL u and returns its path,
// refusing a second writer for one file: mapURLs refuses the clashes lint
// reports, and this catches any it missed, also where two paths differ
// only in case (one file on Windows and macOS).
func (b *renderer) claim(u, by string) (string, bool) {
	p := siteurl.File(u)
	b.mu.Lock()
	prev, clash := b.owner[siteurl.Fold(p)]
	if !clash {
		b.owner[siteurl.Fold(p)] = by
	}
	b.mu.Unlock()
	if clash {
		b.fail(msg.Errorf("%s and %s would both be written to %s; rename one of them", prev, by, p))
	}
	return p, !clash
}

func (b *renderer) fail(err error) {
	b.mu.Lock()
	b.errs = append(b.errs, err)
	b.mu.Unlock()
}

// mapURLs decides every page's URL and copies the source folders' other
// files (images, PDFs) as assets.
func (b *renderer) mapURLs() {
	// Two sources for one file: nothing is written (lint's output-clash
	// rule reports the same clashes, from the same list).
	if clashes := siteurl.Clashes(siteurl.Outputs(b.h, b.theme.AssetNames())); len(clashes) > 0 {
		b.fail(clashes[0])
		return
	}
	for _, c := range b.h.Clauses {
		b.urlOf[c.Path] = siteurl.Page(c.Doc, c.ID)
	}
	for _, k := range b.h.Checks {
		b.urlOf[k.Path] = siteurl.Page(k.Doc, k.ID)
	}
	b.pageAt = map[string]*content.Page{}
	b.clauseAt = map[string]*content.Doc{}
	b.clauseIDAt = map[string]string{}
	for _, c := range b.h.Clauses {
		b.clauseAt[b.urlOf[c.Path]] = c.Doc
		b.clauseIDAt[c.Path] = c.ID
	}
	for _, p := range b.h.Pages {
		b.urlOf[p.Path] = siteurl.Page(p.Doc, p.ID)
		b.pageAt[b.urlOf[p.Path]] = p
	}
	for _, p := range b.h.Assets {
		data, err := content.ReadFile(b.h.FS, p, content.MaxAssetSize)
		if err != nil {
			b.fail(err)
			continue
		}
		b.urlOf[p] = siteurl.Asset(p)
		b.put(siteurl.Asset(p), p, data)
	}
	b.pageURLs = map[string]bool{}
	for _, u := range b.urlOf {
		b.pageURLs[u] = true
	}
	for _, name := range b.theme.AssetNames() {
		b.put(siteurl.ThemeAsset(name), "theme asset "+name, b.theme.Assets[name])
	}
}

// render queues a page for the goroutines startRendering started.
func (b *renderer) render(p *pageData) {
	b.queue <- p
}

// bigPage is the size of a rendering buffer above which the page is handed
// over in that buffer rather than copied out of it.
const bigPage = 1 << 20

// startRendering starts executing queued pages' layouts, on every core,
// each page handed to the sink as soon as it is ready. The returned
// function waits for every page queued before it is called.
func (b *renderer) startRendering() (wait func()) {
	site := b.siteInfo()
	cache := &partials{out: map[partialKey]template.HTML{}}
	var wg sync.WaitGroup
	b.queue = make(chan *pageData, 64)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			var buf bytes.Buffer
			for p := range b.queue {
				if data, ok := b.reuse(p.Path, p.deps, p.uses); ok {
					b.put(p.Path, p.Source, data)
					b.keep(p.Path, data, p.deps, p.uses, true)
					continue
				}
				p.Root = siteurl.Root(p.Path)
				p.Site = site
				p.Nav = b.nav(p)
				p.Section = ""
				for _, it := range p.Nav {
					if it.Current {
						p.Section += it.URL + " "
					}
				}
				t, err := b.theme.Layout(p.Kind)
				if err != nil {
					b.fail(err)
					continue
				}
				p.layout, p.partials = t, cache
				if p.whole() && b.next == nil {
					b.stream(t, p)
					continue
				}
				buf.Reset()
				if err := t.ExecuteTemplate(&buf, "baseof.html", p); err != nil {
					b.fail(fmt.Errorf("rendering %s: %w", p.Path, err))
					continue
				}
				var data []byte
				if buf.Cap() > bigPage {
					// A whole-handbook page that an incremental build
					// keeps is handed over as it is, not copied, and
					// the worker starts a new buffer rather than keep
					// one that large to the end.
					data, buf = buf.Bytes(), bytes.Buffer{}
				} else {
					data = bytes.Clone(buf.Bytes())
				}
				b.put(p.Path, p.Source, data)
				b.keep(p.Path, data, p.deps, p.uses, false)
			}
		})
	}
	return func() {
		close(b.queue)
		wg.Wait()
	}
}

// index adds a page to the search index; keys are words found with the
// title but not shown (a clause's id).
func (b *renderer) index(url, title, kind, text, keys string) {
	b.indexDoc(search.Doc{URL: url, Title: title, Kind: kind, Text: text, Keys: keys})
}

// indexDoc adds a page to the search index.
func (b *renderer) indexDoc(d search.Doc) {
	if b.indexing != nil {
		b.indexing <- d // indexed as the pages come: nothing to keep
		return
	}
	b.mu.Lock()
	b.docs = append(b.docs, d)
	b.mu.Unlock()
}

type siteInfo struct {
	Title, Description string
	DateBlank          string // the 点検日 as a printed inspection form shows it, in 和暦 with calendar: 和暦
}

func (b *renderer) siteInfo() siteInfo {
	t := b.h.Settings.Title
	if t == "" {
		t = "特記仕様書ハンドブック"
	}
	return siteInfo{Title: t, Description: b.h.Settings.Description, DateBlank: export.DateBlank(b.h.Settings.Era)}
}

// nav is the header's menu: the places a reader goes, the guide only
// when the handbook has one.
func (b *renderer) nav(p *pageData) []link {
	items := []link{
		{URL: HomeURL, Title: "ホーム"},
		{URL: "guide/index.html", Title: "利用説明書"},
		{URL: ClausesURL, Title: "特記仕様書"},
		{URL: ChecklistURL, Title: "遵守確認表"},
		{URL: IncidentsURL, Title: "事故事例"},
		{URL: TraceURL, Title: "対応表"},
		{URL: TailorURL, Title: "業務に合わせる"},
	}
	out := items[:0]
	for _, it := range items {
		if it.URL == "guide/index.html" && !b.hasPage("guide/index.html") {
			continue
		}
		it.Current = p.Path == it.URL || (it.URL != HomeURL && strings.HasPrefix(p.Path, path.Dir(it.URL)+"/") && path.Dir(it.URL) != ".")
		out = append(out, it)
	}
	return out
}

func (b *renderer) hasPage(u string) bool { return b.pageURLs[u] }
