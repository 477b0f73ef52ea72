package site

import (
	"encoding/json"
	"html"
	"html/template"
	"io"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
	"github.com/tokki-handbook/tokki/cmd/internal/siteurl"
	"github.com/tokki-handbook/tokki/cmd/internal/tailor"
)

// The builder page (tailor.html) fits the handbook to one task in the
// reader's browser: assets/tailor.js reads tailor/data.js, written here,
// with every clause's default text and variants, each as HTML in which a
// parameter is an empty <span data-param="name"> that the page fills with
// textContent (so a value such as <b> stays text), and as plain text only
// where the page cannot read it from the HTML (see tailortext.go).

const tailorData = siteurl.TailorData

type tailorText struct {
	When map[string]string `json:"when,omitempty"`
	// Text is the plain text, {{name}} where a parameter goes, when
	// htmlText does not give it from HTML.
	Text *string `json:"text,omitempty"`
	HTML string  `json:"html"`
}

// newTailorText keeps the plain text only where htmlText (and tailor.js)
// would not read the same text from the HTML.
func newTailorText(when content.When, plain, h string) tailorText {
	t := tailorText{When: whenMap(when), HTML: h}
	if derived, ok := htmlText(h); !ok || derived != plain {
		t.Text = &plain
	}
	return t
}

type tailorClause struct {
	ID       string            `json:"id"`
	Order    int               `json:"order"`
	Title    string            `json:"title"`
	When     map[string]string `json:"when,omitempty"`
	Default  tailorText        `json:"default"`
	Variants []tailorText      `json:"variants,omitempty"`
	Reason   string            `json:"reason"` // the first sentence of the 解説, for the record
}

type tailorCheck struct {
	ID     string            `json:"id"`
	Clause string            `json:"clause"`
	Title  string            `json:"title"`
	Aspect string            `json:"aspect"`
	Timing []string          `json:"timing"`
	When   map[string]string `json:"when,omitempty"`
	// What to ask or look at and what a good answer looks like, as plain
	// text (the page sets them as textContent).
	Question string `json:"question,omitempty"`
	Good     string `json:"good,omitempty"`
	// How the item is checked and what is looked at, as the workbook's
	// 方法 and 確認資料 columns have them (export.Check), for the page's
	// Excel download.
	Method   string `json:"method,omitempty"`
	Evidence string `json:"evidence,omitempty"`
	// MD is there when Question or Good links to a clause: the page's
	// Excel writer labels such links from the Markdown as tokki export
	// does (export.CheckText), which the plain texts cannot always tell
	// (a label typed as 第9条 alone, a link to a clause the task leaves out).
	MD *tailorCheckMD `json:"md,omitempty"`
}

// tailorCheckMD is a check item's question and good answer, each link to
// a clause labelled as the whole handbook numbers it (as the item's page
// shows it: a label typed by hand long ago never reaches the site), the
// file they are in, and the clause of each linked file. Relabelled once
// more with the task's numbering they give what tokki export gives.
type tailorCheckMD struct {
	Question string            `json:"question,omitempty"`
	Good     string            `json:"good,omitempty"`
	Path     string            `json:"path"`
	Links    map[string]string `json:"links"` // clause file → clause id
}

// checkMD is tailorCheck.MD for a check item whose plain question and good
// answer are question and good.
func (b *renderer) checkMD(k *content.Check, question, good string) *tailorCheckMD {
	if !strings.Contains(question+good, refOpen) {
		return nil
	}
	whole := func(s string) string { return string(markdown.RelabelRefs([]byte(s), k.Path, b.whole.Numbering)) }
	md := &tailorCheckMD{Question: whole(k.Question), Good: whole(k.Good), Path: k.Path, Links: map[string]string{}}
	for _, src := range []string{k.Question, k.Good} {
		for _, r := range markdown.Refs([]byte(src), k.Path) {
			if id, ok := b.clauseIDAt[r.Target]; ok {
				md.Links[r.Target] = id
			}
		}
	}
	return md
}

// tailorForm is a form (様式) a clause asks for, with its links relative
// to the builder page.
type tailorForm struct {
	Number   int    `json:"number"` // 様式第N号's N, for the order of the text's list of forms
	Title    string `json:"title"`
	URL      string `json:"url"`
	Download string `json:"download"`
	Name     string `json:"name"`
}

func whenMap(w content.When) map[string]string {
	if len(w) == 0 {
		return nil
	}
	m := map[string]string{}
	for _, c := range w {
		m[c.Question] = c.Answer
	}
	return m
}

// sentinels stand for a parameter, and for a reference to a clause, while
// Markdown is rendered. A reference stays in the plain text for the page
// to name; in the HTML it is an empty <span data-ref="id"> the page fills.
const (
	paramOpen, paramClose = "\uE000", "\uE001"
	refOpen, refClose     = "\uE004", "\uE005"
)

var (
	refSpans = strings.NewReplacer(refOpen, `<span class="ref" data-ref="`, refClose, `"></span>`)
	dropRefs = strings.NewReplacer(refOpen, "", refClose, "")
)

// tailorTextOf renders a clause text for the builder page. rendered, if
// not empty, is the same text already rendered for another page: it is
// used as it is where the text has no links (which would point elsewhere
// from the builder page) and no parameters.
func (b *renderer) tailorTextOf(src, from, out string, when content.When, rendered template.HTML) tailorText {
	// A reference to a clause becomes its id between refOpen and
	// refClose: the page names it as the task's text numbers it.
	marked := string(markdown.ResolveRefs([]byte(src), from, func(target string) (string, bool) {
		id, ok := b.clauseIDAt[target]
		return refOpen + id + refClose, ok
	}))
	if strings.Contains(marked, "{{") {
		marked = content.ParamRE.ReplaceAllString(marked, paramOpen+"$1"+paramClose)
	}
	plain := unmark.Replace(strings.TrimRight(markdown.ArticleText([]byte(marked)), "\n"))
	if rendered != "" && marked == src && !strings.ContainsAny(src, "["+paramOpen) {
		return newTailorText(when, plain, string(rendered))
	}
	r, _ := markdown.Render([]byte(marked), b.rewriter(from, out))
	h := markdown.OutsideTags(string(r.HTML), refSpans.Replace, dropRefs.Replace)
	if strings.Contains(h, paramOpen) {
		var w strings.Builder
		for {
			i := strings.Index(h, paramOpen)
			j := strings.Index(h, paramClose)
			if i < 0 || j < i {
				break
			}
			name := h[i+len(paramOpen) : j]
			w.WriteString(h[:i])
			w.WriteString(`<span class="param" data-param="`)
			w.WriteString(html.EscapeString(html.UnescapeString(name)))
			w.WriteString(`"></span>`)
			h = h[j+len(paramClose):]
		}
		w.WriteString(h)
		h = w.String()
	}
	return newTailorText(when, plain, h)
}

// tailorPlain is a check item's front-matter value as plain text for the
// builder page, with each link labelled as an article left between refOpen
// and refClose (refs, from tailorRefs) for the page to number as the task's
// text does.
func (b *renderer) tailorPlain(d *content.Doc, key string, refs markdown.Numbering) string {
	s, _ := d.Value(key).(string)
	if strings.TrimSpace(s) == "" {
		return ""
	}
	src := markdown.RelabelRefs([]byte(s), d.Path, refs)
	return strings.TrimSpace(markdown.ShowValues(markdown.Text(markdown.Parse(src), src)))
}

// tailorRefs labels every clause's file with its id between refOpen and
// refClose. Made once per build, not per field: at 10,000 pages making it
// for each check item's question and good took 12 s of a build.
func (b *renderer) tailorRefs() markdown.Numbering {
	refs := markdown.Numbering{}
	for path, id := range b.clauseIDAt {
		refs[path] = refOpen + id + refClose
	}
	return refs
}

// unmark turns the sentinels back into the {{name}} the builder page fills.
var unmark = strings.NewReplacer(paramOpen, "{{", paramClose, "}}")

// tailorData writes the builder page's data, a piece at a time (at 10,000
// pages of prose it is 22 MB). Each clause's and check item's part of the
// data is kept for the next build while its file does not change. It may
// run while the pages render.
func (b *renderer) tailorData() {
	defer b.officeWriter()
	out := b.create(tailorData, "tailoring data")
	if out == nil {
		return
	}
	s := b.h.Settings
	qs, _ := json.Marshal(questionsData(s.Questions))
	ps, _ := json.Marshal(paramsData(s.Params))
	// A write error stays with out, which returns it on Close.
	io.WriteString(out, `window.tokkiTailorData={"questions":`+string(qs)+`,"params":`+string(ps)+`,"clauses":[`)
	// The parts are made a batch at a time on every core, and written in
	// order.
	write := func(parts []string) func(int) {
		return func(i int) {
			if i > 0 {
				io.WriteString(out, ",")
			}
			io.WriteString(out, parts[i])
			parts[i] = ""
		}
	}
	parts := make([]string, len(b.h.Clauses))
	inBatches(len(parts), func(i int) { parts[i] = b.tailorClauseData(b.h.Clauses[i], b.clauses[i]) }, write(parts))
	io.WriteString(out, `],"checks":[`)
	refs := b.tailorRefs()
	var checks []*checkView
	for _, c := range b.clauses {
		checks = append(checks, c.Checks...)
	}
	parts = make([]string, len(checks))
	inBatches(len(parts), func(i int) { parts[i] = b.tailorCheckData(checks[i], refs) }, write(parts))
	// Each clause's forms, by clause id, linked from the builder page. Made
	// afresh each build: a form's title may change without its clause.
	forms := map[string][]tailorForm{}
	for _, c := range b.clauses {
		for _, f := range c.Forms {
			forms[c.ID] = append(forms[c.ID], tailorForm{Number: f.number, Title: f.Title, URL: siteurl.Rel(TailorURL, f.URL),
				Download: siteurl.Rel(TailorURL, f.Download), Name: f.Name})
		}
	}
	fj, _ := json.Marshal(forms) // map keys are sorted: the same bytes each build
	// The national holidays, which the schedule moves inspections off.
	hj, _ := json.Marshal(tailor.HolidayTable())
	era := ""
	if s.Era { // the workbook's 点検日 in 和暦, as tokki export writes it
		era = `,"era":true`
	}
	io.WriteString(out, `],"forms":`+string(fj)+`,"holidays":`+string(hj)+era+"};\n")
	if err := out.Close(); err != nil {
		b.fail(err)
	}
}

// tailorClauseData is the clause c's part of the builder page's data, as
// JSON (which escapes <, > and &: no text can close the script).
func (b *renderer) tailorClauseData(c *content.Clause, v *clauseView) string {
	k := mdKey{c.Doc, "tailor"}
	if r, ok := b.prevMD(k); ok {
		b.keepMD(k, r)
		return r.text
	}
	tc := tailorClause{ID: c.ID, Order: c.Order, Title: c.Title, When: whenMap(c.When),
		Default: b.tailorTextOf(strings.Trim(string(c.Body), "\n"), c.Path, TailorURL, nil, v.Body),
		Reason:  firstSentence(c.Rationale)}
	for _, v := range c.Variants {
		tc.Variants = append(tc.Variants, b.tailorTextOf(v.Text, c.Path, TailorURL, v.When, ""))
	}
	j, _ := json.Marshal(tc)
	b.keepMD(k, mdOut{text: string(j)})
	return string(j)
}

// tailorCheckData is the check item k's part of the builder page's data,
// as JSON.
func (b *renderer) tailorCheckData(k *checkView, refs markdown.Numbering) string {
	clause := k.source.Clause // the id of the clause whose Checks hold k
	key := mdKey{k.doc, "tailor:" + clause}
	if r, ok := b.prevMD(key); ok {
		b.keepMD(key, r)
		return r.text
	}
	question, good := b.tailorPlain(k.doc, "question", refs), b.tailorPlain(k.doc, "good", refs)
	j, _ := json.Marshal(tailorCheck{ID: k.ID, Clause: clause, Title: k.Title, Aspect: k.Aspect, Timing: k.Timing, When: whenMap(k.when),
		Question: question, Good: good, MD: b.checkMD(k.source, question, good),
		Method: strings.Join(k.Method, "、"), Evidence: strings.Join(strings.Fields(k.source.Evidence), " ")})
	b.keepMD(key, mdOut{text: string(j)})
	return string(j)
}

// renderTailor queues the builder page (its data is tailorData's).
func (b *renderer) renderTailor() {
	s := b.h.Settings
	var deps []*content.Doc
	if b.h.Home != nil {
		deps = append(deps, b.h.Home.Doc)
	}
	b.render(&pageData{Kind: "tailor", Path: TailorURL, Source: "業務に合わせる", Title: "業務に合わせる",
		Tailor: &tailorView{Questions: s.Questions, Params: s.Params}, Breadcrumbs: []link{{URL: HomeURL, Title: "ホーム"}}, deps: deps})
}

// tailorView is what the builder page's form shows.
type tailorView struct {
	Questions []content.Question
	Params    []content.Param
}

func firstSentence(s string) string {
	s = strings.TrimSpace(strings.Split(strings.TrimSpace(s), "\n")[0])
	if i := strings.Index(s, "。"); i >= 0 {
		s = s[:i+len("。")]
	}
	return s
}

// tailorQuestion and tailorParam are a question and a parameter as the
// builder page's script reads them: the same lower-case keys as the rest of
// its data, and no source positions.
type tailorQuestion struct {
	ID      string   `json:"id"`
	Text    string   `json:"text"`
	Note    string   `json:"note,omitempty"`
	Default string   `json:"default"`
	Answers []string `json:"answers"`
	// FromDates: the contract's dates give the answer (the first for
	// three months or more), as tailor.Tailor does.
	FromDates bool `json:"from_dates,omitempty"`
}

type tailorParam struct {
	Name    string `json:"name"`
	Label   string `json:"label,omitempty"`
	Default string `json:"default"`
}

func questionsData(qs []content.Question) []tailorQuestion {
	out := make([]tailorQuestion, len(qs))
	for i, q := range qs {
		out[i] = tailorQuestion{q.ID, q.Text, q.Note, q.Default, q.Answers, q.FromDates}
	}
	return out
}

func paramsData(ps []content.Param) []tailorParam {
	out := make([]tailorParam, len(ps))
	for i, p := range ps {
		out[i] = tailorParam{p.Name, p.Label, p.Default}
	}
	return out
}
