package site

import (
	"fmt"
	"html/template"
	"path"
	"slices"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
	"github.com/tokki-handbook/tokki/cmd/internal/par"
	"github.com/tokki-handbook/tokki/cmd/internal/siteurl"
)

// mdField renders a front-matter value that holds Markdown ("body" for the
// file's body) for the page at out, with links to other handbook files
// rewritten to their pages, and returns its plain text too. An incremental
// build reuses the result for a file that did not change.
func (b *renderer) mdField(d *content.Doc, key, out string) (template.HTML, string) {
	ck := mdKey{d, key}
	glossary := key == "body" && d.Path == glossaryPath // shows the terms of content/_index.md too
	if r, ok := b.prevMD(ck); ok && !glossary {
		b.keepMD(ck, r)
		return r.html, r.text
	}
	src := d.Body
	if key != "body" {
		s, _ := d.Value(key).(string)
		if strings.TrimSpace(s) == "" {
			return "", ""
		}
		src = []byte(s)
	}
	if glossary {
		src = glossarySource(src, b.h.Settings.Terms)
	}
	var r markdown.Rendered
	var err error
	if key == "body" && d.Kind == content.KindClause {
		// References named as the whole handbook numbers them, and
		// parameters as their marked defaults.
		r, err = markdown.Render(b.whole.Of(d.Path, src), b.rewriter(d.Path, out))
	} else {
		// A link whose text is an article's label, on any page or
		// in any field, shows the article's number as it is now.
		r, err = markdown.RenderRelabeled(src, d.Path, b.whole.Numbering, b.rewriter(d.Path, out))
	}
	if err != nil {
		b.fail(fmt.Errorf("%s: %w", d.Path, err))
	}
	h := template.HTML(markdown.ValuesHTML(r.HTML)) // goldmark escapes text and drops raw HTML
	text := markdown.ShowValues(r.Text)
	b.keepMD(ck, mdOut{h, text})
	return h, text
}

// rewriter turns a link as an editor wrote it (relative to the source
// file, as on a Git host) into a link relative to the rendered page.
func (b *renderer) rewriter(src, out string) markdown.Rewriter {
	return func(dest string) string {
		t, err := markdown.ResolveLink(src, dest)
		if err != nil || t.External || t.Path == "" || t.Outside {
			return dest
		}
		if to, ok := b.urlOf[t.Path]; ok {
			return siteurl.Rel(out, to) + siteurl.Fragment(t.Fragment)
		}
		if to, ok := b.urlOf[path.Join(t.Path, "_index.md")]; ok { // a folder: its index page
			return siteurl.Rel(out, to) + siteurl.Fragment(t.Fragment)
		}
		return dest // lint reports it
	}
}

// prepare builds the clause and check views every page kind draws on.
func (b *renderer) prepare() {
	pagesByID := map[string]*content.Page{}
	for _, p := range b.h.Pages {
		if p.ID != "" {
			pagesByID[p.ID] = p
		}
	}
	b.citedBy = map[string][]link{}
	b.citedByDocs = map[string][]*content.Doc{}
	b.clauses = make([]*clauseView, len(b.h.Clauses))
	par.Each(len(b.h.Clauses), func(i int) {
		c := b.h.Clauses[i]
		out := b.urlOf[c.Path]
		body, text := b.mdField(c.Doc, "body", out)
		v := &clauseView{ID: c.ID, Title: c.Title, URL: out, Order: c.Order, Number: fmt.Sprintf("第%d条", c.Order),
			Body: body, Stages: c.Stages, Sources: c.Sources, Reviewed: date(c.Reviewed), text: text, doc: c.Doc,
			HasValues: strings.Contains(string(body), `class="param"`)}
		v.Waiver, _ = b.mdField(c.Doc, "waiver", out)
		b.clauses[i] = v // its rationale is rendered with its page (clausePage)
	})
	for i, c := range b.h.Clauses {
		v := b.clauses[i]
		for _, id := range c.Forms {
			if p := pagesByID[id]; p != nil && p.IsForm() {
				u := b.urlOf[p.Path]
				v.Forms = append(v.Forms, formLink{link: link{URL: u, Title: p.Title}, Download: FormDownload(p.Form), Name: formFileName(p), number: p.Form})
				v.incidentDocs = append(v.incidentDocs, p.Doc)
				b.citedBy[u] = append(b.citedBy[u], link{URL: v.URL, Title: v.Title, Label: v.Number})
				b.citedByDocs[u] = append(b.citedByDocs[u], c.Doc)
			}
		}
		for _, id := range c.Incidents {
			if p := pagesByID[id]; p != nil {
				u := b.urlOf[p.Path]
				v.Incidents = append(v.Incidents, link{URL: u, Title: p.Title, Label: p.Date})
				v.incidentDocs = append(v.incidentDocs, p.Doc)
				b.citedBy[u] = append(b.citedBy[u], link{URL: v.URL, Title: v.Title, Label: v.Number})
				b.citedByDocs[u] = append(b.citedByDocs[u], c.Doc)
			}
		}
	}
	for i, v := range b.clauses {
		if i > 0 {
			v.Prev = &link{URL: b.clauses[i-1].URL, Title: b.clauses[i-1].Title, Label: b.clauses[i-1].Number}
		}
		if i+1 < len(b.clauses) {
			v.Next = &link{URL: b.clauses[i+1].URL, Title: b.clauses[i+1].Title, Label: b.clauses[i+1].Number}
		}
	}
	byID := map[string]*clauseView{}
	for _, v := range b.clauses {
		byID[v.ID] = v
	}
	b.renderCheckViews(byID)
}

// renderCheckViews renders every check item's Markdown that pages other
// than its own show, on every core.
func (b *renderer) renderCheckViews(byID map[string]*clauseView) {
	checks := slices.Clone(b.h.Checks)
	slices.SortStableFunc(checks, func(a, c *content.Check) int { return content.CompareIDs(a.ID, c.ID) })
	views := make([]*checkView, len(checks))
	par.Each(len(checks), func(i int) {
		k := checks[i]
		out := b.urlOf[k.Path]
		v := &checkView{ID: k.ID, Title: k.Title, URL: out, Aspect: k.Aspect, Timing: k.Timing, Method: k.Method,
			Reviewed: date(k.Reviewed), TimingKey: strings.Join(k.Timing, " "), doc: k.Doc, when: k.When, source: k}
		// The question, the good answer and the evidence show on the
		// 遵守確認表 too; the body and the rationale only on the item's
		// page, and are rendered with it (checkPage).
		v.Question, v.questionText = b.mdField(k.Doc, "question", out)
		v.Good, v.goodText = b.mdField(k.Doc, "good", out)
		v.Evidence, v.evidenceText = b.mdField(k.Doc, "evidence", out)
		views[i] = v
	})
	for i, k := range checks {
		v := views[i]
		if c := byID[k.Clause]; c != nil {
			v.Clause = link{URL: c.URL, Title: c.Title, Label: c.Number}
			c.Checks = append(c.Checks, v)
		}
		b.checks[k.ID] = v
	}
	for _, c := range b.clauses {
		slices.SortStableFunc(c.Checks, func(x, y *checkView) int {
			return content.CompareChecks(x.source, y.source)
		})
	}
}
