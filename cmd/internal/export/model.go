// Package export writes the handbook, or one task's tailoring of it, in the
// formats departments work in: the 遵守確認表 as an Excel workbook or CSV,
// the 特記仕様書 as a Word document or plain text. Every format is
// deterministic: the same input gives the same bytes.
package export

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
	"github.com/tokki-handbook/tokki/cmd/internal/tailor"
)

// Document is what every format is written from.
type Document struct {
	Task    string // one task's name, or ""
	Clauses []Clause
	Checks  []Check
	Forms   []Form // the forms the clauses ask for, by number
	// Timings are the timings FilterTiming kept, in the order given: the
	// workbook has a sheet for each. None: every item on one sheet.
	Timings []string
	// Era shows the dates a form prints in 和暦 (令和8年4月1日), as many
	// municipal forms do.
	Era bool
}

// Form is a form (様式) the 特記仕様書 asks for, listed after the articles
// so that whoever attaches the text to a contract attaches the forms too.
type Form struct {
	Number   int
	Title    string // 様式第1号　安全管理措置計画書
	Articles []int  // the numbers of the articles that ask for it
}

// Clause is an article of the 特記仕様書.
type Clause struct {
	Number int
	Title  string
	// Lines are the article's paragraphs as numbered plain text (1, (1),
	// ア …). In the whole handbook a parameter's default stands between
	// markdown.ValueOpen and ValueClose: each format marks it as a value
	// to fill (markdown.Runs, markdown.ShowValues).
	Lines []string
}

// Article is the clause as contracts lay it out: its caption on a line of
// its own, then 第N条 and the first paragraph, then the other paragraphs
// (markdown.ArticleLines).
func (c Clause) Article() []string {
	return markdown.ArticleLines(c.Number, c.Title, strings.Join(c.Lines, "\n"))
}

// Check is a row of the 遵守確認表.
type Check struct {
	ID, Clause, Title, Aspect, Method, Evidence string
	Question, Good                              string // what to ask or look at, and what a good answer looks like
	Timing                                      []string
}

// Timings are the values --timing accepts.
var Timings = content.Timings

// FromHandbook is the whole handbook: every clause by its article number.
func FromHandbook(h *content.Handbook) *Document {
	d := &Document{}
	label := map[string]string{}
	whole := markdown.WholeText(h)
	for _, c := range h.Clauses {
		d.Clauses = append(d.Clauses, Clause{Number: c.Order, Title: c.Title, Lines: lines(string(whole.Of(c.Path, c.Body)))})
		label[c.ID] = fmt.Sprintf("第%d条 %s", c.Order, c.Title)
	}
	d.Forms = formsOf(h, h.Clauses, func(c *content.Clause) int { return c.Order })
	for _, c := range h.Clauses {
		checks := slices.Clone(h.ChecksFor(c.ID))
		slices.SortStableFunc(checks, content.CompareChecks)
		for _, k := range checks {
			d.Checks = append(d.Checks, checkOf(k, label[c.ID], whole.Numbering))
		}
	}
	return d
}

// FromTailored is one task's handbook (r, tailored from h): its clauses
// numbered afresh, and its check items with them (tailor.Check.Label). A
// check item's link to a clause the task leaves out is named 「caption」,
// as the task's clause texts name it.
func FromTailored(h *content.Handbook, r *tailor.Result) *Document {
	d := &Document{Task: r.Task}
	label := map[string]string{}
	numbering := markdown.Numbering{}
	for _, c := range r.Clauses {
		d.Clauses = append(d.Clauses, Clause{Number: c.Number, Title: c.Title, Lines: lines(c.Text)})
		label[c.ID] = fmt.Sprintf("第%d条 %s", c.Number, c.Title)
		numbering[c.Source.Path] = markdown.Label(c.Number, c.Title)
	}
	for _, l := range r.Left {
		numbering[l.Source.Path] = "「" + l.Title + "」"
	}
	sources := make([]*content.Clause, len(r.Clauses))
	number := map[*content.Clause]int{}
	for i, c := range r.Clauses {
		sources[i] = c.Source
		number[c.Source] = c.Number
	}
	d.Forms = formsOf(h, sources, func(c *content.Clause) int { return number[c] })
	for _, c := range r.Clauses {
		for _, k := range r.Checks {
			if k.Clause == c.ID {
				row := checkOf(k.Source, label[c.ID], numbering)
				row.ID = k.Label() // numbered with the task's articles
				d.Checks = append(d.Checks, row)
			}
		}
	}
	return d
}

// formsOf lists the forms that clauses ask for, each with the numbers (as
// number gives them) of the articles that ask for it, in the forms' order.
// A form id that names no form page is lint's to report; it is left out.
func formsOf(h *content.Handbook, clauses []*content.Clause, number func(*content.Clause) int) []Form {
	byID := map[string]*content.Page{}
	for _, p := range h.Pages {
		if p.IsForm() && p.Form > 0 && p.ID != "" {
			byID[p.ID] = p
		}
	}
	articles := map[*content.Page][]int{}
	for _, c := range clauses {
		for _, id := range c.Forms {
			if p := byID[id]; p != nil && !slices.Contains(articles[p], number(c)) {
				articles[p] = append(articles[p], number(c))
			}
		}
	}
	var out []Form
	for p, a := range articles {
		slices.Sort(a)
		out = append(out, Form{Number: p.Form, Title: p.Title, Articles: a})
	}
	slices.SortFunc(out, func(a, b Form) int { return cmp.Or(a.Number-b.Number, strings.Compare(a.Title, b.Title)) })
	return out
}

// checkOf is a row of the 遵守確認表; a link to a clause labelled by hand
// shows the article's number as n gives it.
func checkOf(k *content.Check, clause string, n markdown.Numbering) Check {
	return Check{ID: k.ID, Clause: clause, Title: k.Title, Aspect: k.Aspect, Timing: k.Timing,
		Method: strings.Join(k.Method, "、"), Evidence: strings.Join(strings.Fields(k.Evidence), " "),
		Question: CheckText(k.Question, k.Path, n), Good: CheckText(k.Good, k.Path, n)}
}

// CheckText is a check item's question or good answer (Markdown from the
// file at path) as a row of the 遵守確認表 shows it: plain text, a link to
// a clause labelled as n numbers it (markdown.RelabelRefs). The 業務に合わせる
// page's Excel writer (cmd/officewasm) uses it where a text links to a
// clause, so that its workbook is tokki export's.
func CheckText(md, path string, n markdown.Numbering) string {
	return plain(string(markdown.RelabelRefs([]byte(md), path, n)))
}

// plain is a front-matter value's Markdown as the text a reader sees, a
// line a paragraph: a link keeps its words, not its address.
func plain(md string) string {
	if strings.TrimSpace(md) == "" {
		return ""
	}
	return strings.TrimRight(markdown.Text(markdown.Parse([]byte(md)), []byte(md)), "\n")
}

func lines(md string) []string {
	return strings.Split(strings.TrimRight(markdown.ArticleText([]byte(strings.Trim(md, "\n"))), "\n"), "\n")
}

// FilterTiming keeps the check items inspected at one of the timings, and
// the timings themselves (each named once) for the workbook's sheets.
func (d *Document) FilterTiming(timings []string) error {
	for _, t := range timings {
		if !slices.Contains(Timings, t) {
			return msg.Errorf("timing %q is not one of %s", t, strings.Join(Timings, ", "))
		}
	}
	if len(timings) == 0 {
		return nil
	}
	d.Timings = nil
	for _, t := range timings {
		if !slices.Contains(d.Timings, t) {
			d.Timings = append(d.Timings, t)
		}
	}
	d.Checks = slices.DeleteFunc(d.Checks, func(k Check) bool {
		return !slices.ContainsFunc(k.Timing, func(t string) bool { return slices.Contains(timings, t) })
	})
	return nil
}

// Title is the 特記仕様書's title.
const Title = "個人情報の取扱いに関する特記仕様書"
