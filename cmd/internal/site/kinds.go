package site

import (
	"cmp"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
	"github.com/tokki-handbook/tokki/cmd/internal/par"
	"github.com/tokki-handbook/tokki/cmd/internal/search"
)

// renderAll renders every page of the site.
func (b *renderer) renderAll() {
	// The whole-handbook pages take longest: they go first, so that the
	// short pages fill in around them instead of one of them being the
	// last thing left on one core.
	b.renderClausesDoc()
	b.renderChecklist()
	b.renderTrace()
	b.renderReviews()
	b.renderHistory()
	b.renderTailor()
	b.renderContent()
	clauses := make([]*clauseView, len(b.clauses))
	inBatches(len(clauses), func(i int) { clauses[i] = b.clausePage(b.clauses[i]) }, func(i int) {
		b.renderClause(clauses[i])
		clauses[i] = nil
	})
	views := b.sortedChecks()
	checks := make([]*checkView, len(views))
	inBatches(len(checks), func(i int) { checks[i] = b.checkPage(views[i]) }, func(i int) {
		b.renderCheck(checks[i])
		checks[i] = nil
	})
	b.render(&pageData{Kind: "404", Path: NotFoundURL, Source: "404 page", Title: "ページが見つかりません"})
	b.render(&pageData{Kind: "search", Path: SearchURL, Source: "search page", Title: "検索結果"})
}

func (b *renderer) sortedChecks() []*checkView {
	var out []*checkView
	for _, c := range b.clauses {
		out = append(out, c.Checks...)
	}
	for _, k := range b.h.Checks { // check items whose clause is missing
		if v := b.checks[k.ID]; v != nil && v.Clause.URL == "" {
			out = append(out, v)
		}
	}
	return out
}

// section is a folder of content pages: its index page and its pages.
type section struct {
	dir   string
	index *content.Page
	pages []*content.Page
}

// sections groups the content pages by folder, each folder's pages in
// menu order: by order (pages without one last), then title.
func (b *renderer) sections() map[string]*section {
	secs := map[string]*section{}
	for _, p := range b.h.Pages {
		u := b.urlOf[p.Path]
		dir := path.Dir(u)
		s := secs[dir]
		if s == nil {
			s = &section{dir: dir}
			secs[dir] = s
		}
		if path.Base(u) == "index.html" {
			s.index = p
		} else {
			s.pages = append(s.pages, p)
		}
	}
	for _, s := range secs {
		slices.SortStableFunc(s.pages, func(x, y *content.Page) int {
			ox, oy := x.Order, y.Order
			if ox == 0 {
				ox = 1 << 30
			}
			if oy == 0 {
				oy = 1 << 30
			}
			if strings.HasPrefix(s.dir, "incidents") && x.Date != y.Date {
				return cmp.Compare(x.Date, y.Date)
			}
			return cmp.Or(cmp.Compare(ox, oy), cmp.Compare(x.Title, y.Title), cmp.Compare(x.Path, y.Path))
		})
	}
	return secs
}

func (b *renderer) pageLink(p *content.Page) link {
	return link{URL: b.urlOf[p.Path], Title: p.Title, Label: p.Date}
}

func (b *renderer) renderContent() {
	secs := b.sections()
	dirs := make([]string, 0, len(secs))
	for dir := range secs {
		dirs = append(dirs, dir)
	}
	slices.Sort(dirs)
	for _, dir := range dirs {
		s := secs[dir]
		var list []link
		for _, p := range s.pages {
			list = append(list, b.pageLink(p))
		}
		if s.index != nil {
			b.renderPage(s.index, s, secs, list, nil, nil)
		}
		for i, p := range s.pages {
			var prev, next *link
			if i > 0 {
				prev = &list[i-1]
			}
			if i+1 < len(list) {
				next = &list[i+1]
			}
			b.renderPage(p, s, secs, sidebar(list, i, s.index, b), prev, next)
		}
	}
	if s := secs["incidents"]; s == nil || s.index == nil {
		b.render(&pageData{Kind: "section", Path: IncidentsURL, Source: "incident list", Title: "事故事例",
			Incidents: b.incidentViews(), Breadcrumbs: []link{{URL: HomeURL, Title: "ホーム"}}, uses: b.incidentDeps()})
	}
}

// maxSidebar is the most pages a sidebar lists; in a larger section it shows
// the pages around the current one and a link to the section's index.
const maxSidebar = 41

func sidebar(list []link, i int, index *content.Page, b *renderer) []link {
	from, to := 0, len(list)
	if len(list) > maxSidebar {
		from = max(0, min(i-maxSidebar/2, len(list)-maxSidebar))
		to = from + maxSidebar
	}
	side := slices.Clone(list[from:to])
	side[i-from].Current = true
	if (from > 0 || to < len(list)) && index != nil {
		all := b.pageLink(index)
		all.Title = fmt.Sprintf("%s（全%d件）", index.Title, len(list))
		side = append(side, all)
	}
	return side
}

func (b *renderer) renderPage(p *content.Page, s *section, secs map[string]*section, side []link, prev, next *link) {
	out := b.urlOf[p.Path]
	body, text := b.mdField(p.Doc, "body", out)
	d := &pageData{Kind: "page", Path: out, Source: p.Path, Title: p.Title, Description: p.Description,
		Body: body, Date: p.Date, Prev: prev, Next: next, deps: []*content.Doc{p.Doc}}
	if p.Path == glossaryPath && b.h.Home != nil {
		d.deps = append(d.deps, b.h.Home.Doc) // the terms it shows live there
	}
	switch {
	case p.IsHome():
		d.Kind = "home"
		d.Stages = b.stageViews()
		for _, q := range secs["."].pages {
			d.Children = append(d.Children, b.pageLink(q))
		}
		for _, q := range b.h.Pages { // stage guide pages are found by title
			d.uses = append(d.uses, q.Doc)
		}
		for _, c := range b.clauses {
			d.uses = append(d.uses, c.doc)
		}
	case path.Base(out) == "index.html":
		d.Kind = "section"
		d.Children = side
		for _, q := range s.pages {
			d.uses = append(d.uses, q.Doc)
		}
		if s.dir == "incidents" {
			d.Incidents = b.incidentViews()
			d.uses = append(d.uses, b.incidentDeps()...)
		}
	default:
		d.Sidebar = side
		for _, l := range side {
			if q := b.pageAt[l.URL]; q != nil {
				d.uses = append(d.uses, q.Doc)
			}
		}
		if p.IsIncident() || p.IsForm() {
			d.Children = b.citedBy[out]
			d.uses = append(d.uses, b.citedByDocs[out]...)
		}
		if p.IsForm() && p.Form > 0 {
			d.Kind = "form"
			d.Form = &formLink{link: b.pageLink(p), Download: FormDownload(p.Form), Name: formFileName(p)}
		}
	}
	if !p.IsHome() {
		d.Breadcrumbs = []link{{URL: HomeURL, Title: "ホーム"}}
		if s.index != nil && s.index != p {
			d.Breadcrumbs = append(d.Breadcrumbs, b.pageLink(s.index))
			d.uses = append(d.uses, s.index.Doc)
		}
	}
	b.render(d)
	kind := "page"
	switch {
	case p.IsHome():
		kind = "home"
	case p.IsIncident():
		kind = "incident" // the results page filters by it
	}
	var heads []string // a hit in a heading ranks above one in the text
	if kind != "home" {
		for _, h := range markdown.Headings(markdown.Parse(p.Body), p.Body) {
			heads = append(heads, h.Text)
		}
	}
	b.indexDoc(search.Doc{URL: out, Title: p.Title, Kind: kind, Text: text, Headings: strings.Join(heads, "\n")})
}

// stageViews lists the four stages with the guide page named after each
// and the clauses that apply at it.
func (b *renderer) stageViews() []stageView {
	var out []stageView
	for _, st := range content.Stages {
		v := stageView{Name: st}
		for _, p := range b.h.Pages {
			if p.Title == st && !p.IsHome() {
				l := b.pageLink(p)
				v.Guide = &l
			}
		}
		for _, c := range b.clauses {
			if slices.Contains(c.Stages, st) {
				v.Clauses = append(v.Clauses, link{URL: c.URL, Title: c.Title, Label: c.Number})
			}
		}
		out = append(out, v)
	}
	return out
}

// incidentDeps are the files the incident list draws from.
func (b *renderer) incidentDeps() []*content.Doc {
	var deps []*content.Doc
	for _, p := range b.h.Pages {
		if p.IsIncident() {
			deps = append(deps, p.Doc)
		}
	}
	for _, c := range b.clauses {
		deps = append(deps, c.doc)
	}
	return deps
}

// incidentViews lists the incident pages by date with the clauses that
// cite each.
func (b *renderer) incidentViews() []incidentView {
	var out []incidentView
	for _, p := range b.h.Pages {
		if !p.IsIncident() {
			continue
		}
		v := incidentView{link: b.pageLink(p), Date: p.Date}
		v.Clauses = b.citedBy[v.URL]
		out = append(out, v)
	}
	slices.SortStableFunc(out, func(x, y incidentView) int { return cmp.Compare(x.Date, y.Date) })
	return out
}

// pageBatch is how many clause or check pages have the Markdown only
// they show rendered at once (on every core), just before they are
// queued: rendered with the other views, it was held until the last page
// (at 10,000 pages of prose, 70 MB of the check items' alone).
const pageBatch = 256

// inBatches calls fill for each of n pages, a batch at a time on every
// core, and render for each page of the batch in order.
func inBatches(n int, fill, render func(i int)) {
	for start := 0; start < n; start += pageBatch {
		end := min(start+pageBatch, n)
		par.Each(end-start, func(i int) { fill(start + i) })
		for i := start; i < end; i++ {
			render(i)
		}
	}
}

// clausePage is the clause's view for its own page: with its rationale,
// which only that page shows. The view keeps neither that nor its text
// once the page has them.
func (b *renderer) clausePage(c *clauseView) *clauseView {
	v := *c
	c.text = ""
	v.Rationale, v.rationaleText = b.mdField(c.doc, "rationale", c.URL)
	return &v
}

// checkPage is the check item's view for its own page: with its body and
// rationale, which only that page shows, and the text to index. The view
// keeps none of them.
func (b *renderer) checkPage(k *checkView) *checkView {
	v := *k
	k.questionText, k.goodText, k.evidenceText = "", "", ""
	body, text := b.mdField(k.doc, "body", k.URL)
	if b.consume {
		k.doc.Body = nil // only this page shows it
	}
	var rationale string
	v.Rationale, rationale = b.mdField(k.doc, "rationale", k.URL)
	v.Body = body
	v.text = v.questionText + v.goodText + text + rationale + v.evidenceText
	return &v
}

func (b *renderer) renderClause(c *clauseView) {
	uses := slices.Clone(c.incidentDocs)
	for _, k := range c.Checks {
		uses = append(uses, k.doc)
	}
	if c.Prev != nil {
		uses = append(uses, b.clauseAt[c.Prev.URL])
	}
	if c.Next != nil {
		uses = append(uses, b.clauseAt[c.Next.URL])
	}
	b.render(&pageData{Kind: "clause", Path: c.URL, Source: "clause " + c.ID, Title: c.Number + " " + c.Title, Clause: c,
		Breadcrumbs: []link{{URL: HomeURL, Title: "ホーム"}, {URL: ClausesURL, Title: "特記仕様書"}}, deps: []*content.Doc{c.doc}, uses: uses})
	var text strings.Builder
	text.WriteString(c.text)
	for _, k := range c.Checks {
		text.WriteString(k.Title + "\n")
	}
	b.index(c.URL, c.Number+" "+c.Title, "clause", text.String()+c.rationaleText, c.ID)
}

func (b *renderer) renderCheck(k *checkView) {
	b.render(&pageData{Kind: "check", Path: k.URL, Source: "check item " + k.ID, Title: k.ID + " " + k.Title, Check: k,
		Breadcrumbs: []link{{URL: HomeURL, Title: "ホーム"}, {URL: ChecklistURL, Title: "遵守確認表"}, k.Clause},
		deps:        []*content.Doc{k.doc}, uses: []*content.Doc{b.clauseAt[k.Clause.URL]}})
	b.index(k.URL, k.ID+" "+k.Title, "check", k.text, "")
}

func (b *renderer) renderClausesDoc() {
	// The whole text, as the text download has it: what the page's copy
	// button copies, and what the search index reads. Kept between
	// incremental builds like a page, though it is not a file of the site.
	const key = "(特記仕様書 text)"
	deps, uses := b.allDocs(true, false, false), b.formDocs()
	txt, ok := b.reuse(key, deps, uses)
	if !ok {
		txt = b.clausesText()
	}
	b.keep(key, txt, deps, uses, ok)
	plain := plainOf(txt)

	values := slices.ContainsFunc(b.clauses, func(c *clauseView) bool { return c.HasValues })
	b.render(&pageData{Kind: "clauses", Path: ClausesURL, Source: "特記仕様書", Title: "特記仕様書", Clauses: b.clauses,
		ValuesNote: values, Forms: formList(b.clauses), PlainText: plain, Breadcrumbs: []link{{URL: HomeURL, Title: "ホーム"}},
		deps: deps, uses: uses})
	b.index(ClausesURL, "特記仕様書（全文）", "clauses", plain, "")
}

// formList lists the forms the clauses ask for, by number, each with the
// articles that ask for it, as the 特記仕様書's downloads list them
// (export.Form).
func formList(clauses []*clauseView) []formListItem {
	var out []formListItem
	at := map[string]int{}
	for _, c := range clauses {
		for _, f := range c.Forms {
			i, ok := at[f.URL]
			switch {
			case !ok:
				at[f.URL] = len(out)
				out = append(out, formListItem{formLink: f, Articles: c.Number})
			case !strings.HasSuffix(out[i].Articles, c.Number):
				out[i].Articles += "、" + c.Number
			}
		}
	}
	slices.SortStableFunc(out, func(a, b formListItem) int { return a.number - b.number })
	return out
}

func (b *renderer) renderChecklist() {
	b.render(&pageData{Kind: "checklist", Path: ChecklistURL, Source: "遵守確認表", Title: "遵守確認表", Clauses: b.clauses,
		Timings: content.Timings, Breadcrumbs: []link{{URL: HomeURL, Title: "ホーム"}}, uses: b.allDocs(true, true, false)})
	var text strings.Builder
	for _, c := range b.clauses {
		for _, k := range c.Checks {
			text.WriteString(k.ID + " " + k.Title + " " + strings.Join(k.Timing, " ") + "\n")
		}
	}
	b.index(ChecklistURL, "遵守確認表（一覧）", "checklist", text.String(), "")
}

// allDocs lists the clauses' files, the check items' and the incidents'.
func (b *renderer) allDocs(clauses, checks, incidents bool) []*content.Doc {
	var deps []*content.Doc
	if clauses {
		for _, c := range b.clauses {
			deps = append(deps, c.doc)
		}
	}
	if checks {
		for _, k := range b.h.Checks {
			deps = append(deps, k.Doc)
		}
	}
	if incidents {
		for _, p := range b.h.Pages {
			if p.IsIncident() {
				deps = append(deps, p.Doc)
			}
		}
	}
	return deps
}

// formDocs are the form pages, whose titles the 特記仕様書 lists.
func (b *renderer) formDocs() []*content.Doc {
	var docs []*content.Doc
	for _, p := range b.h.Pages {
		if p.IsForm() {
			docs = append(docs, p.Doc)
		}
	}
	return docs
}

func (b *renderer) renderTrace() {
	b.render(&pageData{Kind: "trace", Path: TraceURL, Source: "対応表", Title: "対応表",
		Trace:       &traceView{Clauses: b.clauses, Stages: content.Stages, Incidents: b.incidentViews()},
		Breadcrumbs: []link{{URL: HomeURL, Title: "ホーム"}}, uses: b.allDocs(true, true, true)})
}
