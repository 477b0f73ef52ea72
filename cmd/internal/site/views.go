package site

import (
	"html/template"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// link is a link to a page: its URL relative to the site root, escaped by
// siteurl so that it is always a path (templates prefix it with the
// page's Root).
type link struct {
	URL     string
	Title   string
	Label   string // a short label before the title, such as 第9条
	Current bool
}

// pageData is what every layout receives. Kind says which fields are set.
type pageData struct {
	Kind        string
	Path        string // the page's URL, relative to the site root; put writes it to siteurl.File(Path)
	Source      string // the source file, for messages
	Root        string // the relative prefix from this page to the site root
	Title       string
	Description string
	Site        siteInfo
	Nav         []link
	Section     string // the URLs of the menu items this page is under, each followed by a space
	Breadcrumbs []link

	Body     template.HTML // the page's own Markdown, rendered
	Sidebar  []link        // guide pages: the section's pages
	Prev     *link
	Next     *link
	Children []link // section pages: their pages

	Stages     []stageView    // home
	Clause     *clauseView    // clause pages
	Check      *checkView     // check item pages
	Clauses    []*clauseView  // the 特記仕様書 and the 遵守確認表
	Timings    []string       // the 遵守確認表's filter
	ValuesNote bool           // the 特記仕様書: some clause shows a value to fill
	Forms      []formListItem // the 特記仕様書: the forms its clauses ask for
	PlainText  string         // the 特記仕様書: its text as the text download has it, for the copy button
	Trace      *traceView
	Incidents  []incidentView // the incident list and clause pages
	Date       string         // incident pages
	Form       *formLink      // form pages: the form's Word download
	History    *historyView   // the 改訂履歴 page
	Reviews    *reviewsView   // the 見直し状況 page
	Tailor     *tailorView    // the builder page

	layout   *template.Template // the page's layout, for Cached
	partials *partials

	// deps are the files whose content the page shows, uses the files of
	// which it shows only the summary (id, title, order and the like; see
	// summary): an incremental build renders the page again when a file
	// of deps changes, or the summary of a file of uses.
	deps, uses []*content.Doc
}

// whole reports whether the page shows the whole handbook (the 特記仕様書,
// the 遵守確認表, the traceability and review pages): at 10,000 pages such
// a page runs to megabytes (the 特記仕様書 of prose to 33 MB), and a build
// streams it to its file (renderer.stream) rather than hold it.
func (p *pageData) whole() bool { return p.Clauses != nil || p.Trace != nil || p.Reviews != nil }

// clauseView is a clause as the site shows it.
type clauseView struct {
	ID, Title, URL string
	Number         string // 第9条
	Order          int
	Body           template.HTML
	HasValues      bool // the body shows a parameter's default, marked as a value to fill
	Rationale      template.HTML
	Waiver         template.HTML
	Stages         []string
	Sources        []string
	Incidents      []link
	Forms          []formLink // the 様式 the clause asks for
	Checks         []*checkView
	Reviewed       string
	Prev, Next     *link
	text           string // plain text of the body, for search
	rationaleText  string
	doc            *content.Doc
	incidentDocs   []*content.Doc
}

// checkView is a check item as the site shows it.
type checkView struct {
	ID, Title, URL string
	Clause         link
	Aspect         string
	Timing         []string
	Method         []string
	Evidence       template.HTML
	Rationale      template.HTML
	Question       template.HTML // what the inspector asks or looks at
	Good           template.HTML // what a good answer looks like
	Body           template.HTML
	Reviewed       string
	TimingKey      string // the timings joined by spaces, for the filter
	questionText   string // Question and Good as plain text, for the builder page
	goodText       string
	evidenceText   string
	text           string // plain text of question, good, body, rationale and evidence, for search (checkPage)
	doc            *content.Doc
	when           content.When
	source         *content.Check // for the order within a clause
}

// formLink is a form (様式) with its Word download: Download is the
// file's URL, Name the file name a reader saves it under.
type formLink struct {
	link
	Download, Name string
	number         int // 様式第N号's N
}

// formListItem is a form in the list after the 特記仕様書's articles,
// with the articles that ask for it (第3条、第11条).
type formListItem struct {
	formLink
	Articles string
}

// stageView is one of the four stages on the home page.
type stageView struct {
	Name    string
	Guide   *link
	Clauses []link
}

// incidentView is an incident with the clauses that answer it.
type incidentView struct {
	link
	Date    string
	Clauses []link
}

// traceView holds the traceability tables.
type traceView struct {
	Clauses   []*clauseView
	Stages    []string
	Incidents []incidentView
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// historyView is the 改訂履歴 page.
type historyView struct {
	Known   bool // built inside a Git checkout
	Shallow bool // from a shallow clone: the history is incomplete
	Entries []historyRow
}

type historyRow struct {
	Date, Hash, Subject string
	Cut                 bool   // what it changed is not known (see HistoryEntry)
	Clauses             []link // the clauses the revision changed
	Checks, Pages       int    // how many check items and other pages it changed
}

// reviewsView is the 見直し状況 page: every clause and check item by the date
// of its last review, oldest first.
type reviewsView struct {
	ReviewDays int
	Rows       []reviewRow
}

type reviewRow struct {
	link
	Kind     string // 条項 or 確認項目
	ID       string
	Reviewed string // YYYY-MM-DD, or "" when never recorded
	Due      string // Reviewed + ReviewDays, or ""
}
