// Package site renders a loaded handbook into a static site: a page per
// clause, check item and guide page, the 特記仕様書 and the 遵守確認表 as
// whole documents, a traceability page, the search index, and the theme's
// assets. Every link is relative, so the site works opened from disk
// (file://) and under any sub-path; nothing is fetched from elsewhere.
//
// Build renders into memory (a map of paths to bytes), so the same result
// can be written to a folder (WriteDir, which swaps the new site in only
// when it is complete) or served. The output depends only on the input:
// no dates, no map order, no absolute paths.
package site

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/search"
	"github.com/tokki-handbook/tokki/cmd/internal/theme"
)

// Site is a built site.
type Site struct {
	Files      map[string][]byte // path relative to the site root → content
	Pages      int               // HTML pages
	IndexBytes int               // bytes of the search index files
}

// builder holds what rendering needs across pages.
type builder struct {
	h       *content.Handbook
	theme   *theme.Theme
	urlOf   map[string]string // source path → page URL (Markdown) or asset URL
	files   map[string][]byte
	owner   map[string]string // output path → what wrote it, to catch clashes
	docs    []search.Doc
	clauses []*clauseView
	checks  map[string]*checkView // by id
	pending []*pageData           // content pages waiting for their prev/next links
	errs    []error
}

// Build renders the handbook. It fails on what makes a page impossible to
// write (a template error, two pages on one URL); lint problems are the
// caller's to check first.
func Build(h *content.Handbook) (*Site, error) {
	th, err := theme.Load(h.FS, themeName(h), funcs)
	if err != nil {
		return nil, err
	}
	b := &builder{h: h, theme: th, urlOf: map[string]string{}, files: map[string][]byte{},
		owner: map[string]string{}, checks: map[string]*checkView{}}
	b.mapURLs()
	if len(b.errs) > 0 {
		return nil, b.errs[0]
	}
	b.prepare()
	b.renderAll()
	if len(b.errs) > 0 {
		return nil, b.errs[0]
	}
	ix := search.Build(b.docs)
	idx, err := ix.Files()
	if err != nil {
		return nil, err
	}
	s := &Site{Files: b.files}
	for p, data := range idx {
		s.Files[p] = data
		s.IndexBytes += len(data)
	}
	for p := range s.Files {
		if strings.HasSuffix(p, ".html") {
			s.Pages++
		}
	}
	return s, nil
}

func themeName(h *content.Handbook) string {
	if h.Home != nil {
		if s, ok := h.Home.Value("theme").(string); ok && s != "" {
			return s
		}
	}
	return "default"
}

// put stores a file of the site, refusing a second writer for one path.
func (b *builder) put(p, by string, data []byte) {
	if prev, ok := b.owner[p]; ok {
		b.errs = append(b.errs, fmt.Errorf("%s and %s would both be written to %s; rename one of them", prev, by, p))
		return
	}
	b.owner[p] = by
	b.files[p] = data
}

// mapURLs decides every page's URL and copies the source folders' other
// files (images, PDFs) as assets.
func (b *builder) mapURLs() {
	for _, c := range b.h.Clauses {
		b.urlOf[c.Path] = pageURL(c.Doc, c.ID)
	}
	for _, k := range b.h.Checks {
		b.urlOf[k.Path] = pageURL(k.Doc, k.ID)
	}
	for _, p := range b.h.Pages {
		b.urlOf[p.Path] = pageURL(p.Doc, p.ID)
	}
	for _, dir := range []string{content.ContentDir, content.ClausesDir, content.ChecklistDir} {
		_ = fs.WalkDir(b.h.FS, dir, func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() || strings.HasSuffix(p, ".md") || strings.HasPrefix(e.Name(), ".") {
				return nil
			}
			data, err := fs.ReadFile(b.h.FS, p)
			if err != nil {
				b.errs = append(b.errs, err)
				return nil
			}
			b.urlOf[p] = assetURL(p)
			b.put(assetURL(p), p, data)
			return nil
		})
	}
	for _, name := range b.theme.AssetNames() {
		b.put("assets/"+name, "theme asset "+name, b.theme.Assets[name])
	}
}

// render executes a kind's layout for a page and stores the result.
func (b *builder) render(p *pageData) {
	p.Root = rootOf(p.Path)
	p.Site = b.siteInfo()
	p.Nav = b.nav(p)
	t, err := b.theme.Layout(p.Kind)
	if err != nil {
		b.errs = append(b.errs, err)
		return
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "baseof.html", p); err != nil {
		b.errs = append(b.errs, fmt.Errorf("rendering %s: %w", p.Path, err))
		return
	}
	b.put(p.Path, p.Source, buf.Bytes())
}

// index adds a page to the search index.
func (b *builder) index(url, title, kind, text string) {
	b.docs = append(b.docs, search.Doc{URL: url, Title: title, Kind: kind, Text: text})
}

type siteInfo struct {
	Title, Description string
}

func (b *builder) siteInfo() siteInfo {
	t := b.h.Settings.Title
	if t == "" {
		t = "特記仕様書ハンドブック"
	}
	return siteInfo{Title: t, Description: b.h.Settings.Description}
}

// nav is the header's menu: the five places a reader goes.
func (b *builder) nav(p *pageData) []link {
	items := []link{
		{URL: HomeURL, Title: "ホーム"},
		{URL: "guide/index.html", Title: "利用説明書"},
		{URL: ClausesURL, Title: "特記仕様書"},
		{URL: ChecklistURL, Title: "遵守確認表"},
		{URL: IncidentsURL, Title: "事故事例"},
		{URL: TraceURL, Title: "対応表"},
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

func (b *builder) hasPage(u string) bool {
	for _, v := range b.urlOf {
		if v == u {
			return true
		}
	}
	return false
}

var funcs = template.FuncMap{
	"join": strings.Join,
	"contains": func(list []string, s string) bool {
		return slices.Contains(list, s)
	},
}
