package content

import (
	"bytes"
	"io/fs"
	"regexp"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"
)

// Kind says what a file is in the handbook.
type Kind int

// The kinds of file.
const (
	KindClause Kind = iota + 1
	KindCheck
	KindPage
)

func (k Kind) String() string {
	switch k {
	case KindClause:
		return "clause"
	case KindCheck:
		return "check item"
	case KindPage:
		return "page"
	}
	return "file"
}

// Pos is a place in a file: 1-based line and column (in characters, as an
// editor counts them). A zero Column means the whole line; a zero Line means
// the whole file.
type Pos struct {
	Line, Column int
}

// Field is one front-matter key as the editor wrote it.
type Field struct {
	Name  string
	Key   Pos   // where the key stands
	Value Pos   // where its value starts
	Items []Pos // for a list, where each item stands

	// Block is set for a value written as a block (| or >), whose text
	// starts on the line after the key.
	Block bool

	// Invalid is set when the value could not be read as the schema's type
	// (the loader reported a ProblemType for it).
	Invalid bool
}

// ItemPos is the position of the i-th item of a list value, or the value's
// position when the item is unknown (a single value written without [ ]).
func (f *Field) ItemPos(i int) Pos {
	if i >= 0 && i < len(f.Items) {
		return f.Items[i]
	}
	return f.Value
}

// ProblemKind classifies what the loader found wrong with a file.
type ProblemKind int

// The loader's problems. Lint turns each into a finding.
const (
	ProblemEncoding    ProblemKind = iota + 1 // not UTF-8, or binary
	ProblemSize                               // larger than MaxFileSize
	ProblemFrontMatter                        // missing, unterminated, invalid YAML, duplicate key
	ProblemType                               // a value of the wrong type or form
	ProblemUnreadable                         // the file cannot be read
)

// Problem is something wrong with a file that the loader found while reading
// it.
type Problem struct {
	Kind    ProblemKind
	Pos     Pos
	Message string
}

// Doc is one Markdown file of the handbook, with its front matter decoded.
type Doc struct {
	Path string // slash path relative to the handbook root
	Kind Kind

	// Body is the file's text (BOM removed, line endings LF) with the front
	// matter replaced by newlines, so that a byte offset in Body has the same
	// line number as in the file.
	Body []byte

	// Fields holds the known keys present in the front matter; Unknown the
	// keys the schema does not know, in file order.
	Fields  map[string]*Field
	Unknown []*Field

	// Problems found while loading. Decoded is false when the front matter
	// could not be read at all (the typed values are then empty).
	Problems []Problem
	Decoded  bool

	values    map[string]any
	lineStart []int
	// The last offset OffsetPos was asked about and its column: callers
	// ask in reading order, so a column is counted on from there, not from
	// the start of the line each time (a line may hold 100,000 links).
	lastOff, lastCol int
	posMu            sync.Mutex // guards lineStart, lastOff and lastCol
}

// Has reports whether the front matter has the key.
func (d *Doc) Has(name string) bool {
	_, ok := d.Fields[name]
	return ok
}

// KeyPos is the position of a key, or line 1 when the key is absent, so
// that a finding about a missing key points at the top of the file.
func (d *Doc) KeyPos(name string) Pos {
	if f, ok := d.Fields[name]; ok {
		return f.Key
	}
	return Pos{Line: 1}
}

// ValuePos is the position of a key's value, or KeyPos when absent.
func (d *Doc) ValuePos(name string) Pos {
	if f, ok := d.Fields[name]; ok {
		return f.Value
	}
	return d.KeyPos(name)
}

// OffsetPos converts a byte offset in Body into a line and column. It is
// safe for concurrent use: lint's rules run at once.
func (d *Doc) OffsetPos(off int) Pos {
	d.posMu.Lock()
	defer d.posMu.Unlock()
	if d.lineStart == nil {
		d.lineStart = make([]int, 1, bytes.Count(d.Body, []byte{'\n'})+1) // kept for the run: no room to spare
		for i, b := range d.Body {
			if b == '\n' {
				d.lineStart = append(d.lineStart, i+1)
			}
		}
		d.lastOff, d.lastCol = 0, 1
	}
	if off < 0 {
		return Pos{}
	}
	if off > len(d.Body) {
		off = len(d.Body)
	}
	lo, hi := 0, len(d.lineStart)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if d.lineStart[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	from, col := d.lineStart[lo], 1
	if d.lastOff >= from && d.lastOff <= off {
		from, col = d.lastOff, d.lastCol
	}
	col += utf8.RuneCount(d.Body[from:off])
	d.lastOff, d.lastCol = off, col
	return Pos{Line: lo + 1, Column: col}
}

// Cond is one condition of a when: the task's answer to a question.
type Cond struct {
	Question, Answer string
	Pos              Pos // where the question's key stands
}

// When lists conditions that must all hold; empty means always.
type When []Cond

// Holds reports whether the answers meet every condition.
func (w When) Holds(answers map[string]string) bool {
	for _, c := range w {
		if answers[c.Question] != c.Answer {
			return false
		}
	}
	return true
}

// ParamRE finds a parameter, {{name}}, in a clause's text.
var ParamRE = regexp.MustCompile(`\{\{\s*([^{}\s]+)\s*\}\}`)

// Param is a fill-in parameter, used in clause text as {{name}}.
type Param struct {
	Name, Label, Default string
	Pos                  Pos
}

// Question is something a department answers about one task.
type Question struct {
	ID, Text, Note, Default string
	Answers                 []string
	// FromDates: the question asks the contract's length, and a task
	// that gives its dates is answered from them (tailor.Tailor): the
	// first answer for three months or more, the second for less.
	FromDates bool
	Pos       Pos
}

// Variant is an alternative text of a clause for some answers.
type Variant struct {
	When      When
	Text      string
	Pos       Pos // where the variant starts
	TextLine  int // the file line of the text's first line
	TextBlock bool
}

// Clause is one article of the 特記仕様書.
type Clause struct {
	*Doc
	ID        string
	Title     string
	Order     int
	Rationale string
	Stages    []string
	Incidents []string
	Forms     []string // ids of the form pages (様式) the clause asks for
	Sources   []string
	Reviewed  time.Time // zero when not given
	Waiver    string
	When      When      // the task answers it applies to
	Variants  []Variant // alternative texts; the body is the default
}

// Check is one item of the 遵守確認表.
type Check struct {
	*Doc
	ID        string
	Clause    string
	Title     string
	Aspect    string
	Timing    []string
	Method    []string
	Evidence  string
	Rationale string
	Question  string // what the inspector asks or looks at
	Good      string // what a good answer looks like
	Reviewed  time.Time
	When      When
}

// Page is a guide page, an incident or any other page under content/.
type Page struct {
	*Doc
	ID          string
	Title       string
	Order       int
	Date        string // as written: YYYY-MM-DD, YYYY-MM or YYYY
	Description string
	Form        int // a form page's number (様式第N号); 0 on other pages
}

// IsHome reports whether the page is content/_index.md.
func (p *Page) IsHome() bool { return p.Path == HomePath }

// IsIncident reports whether the page is an incident page.
func (p *Page) IsIncident() bool { return isIncidentPath(p.Path) }

// IsForm reports whether the page is a form (様式), a page under
// content/forms/ other than its _index.md.
func (p *Page) IsForm() bool { return isFormPath(p.Path) }

// FormLabel is how a form's number is written in titles and file names:
// 様式第3号.
func FormLabel(n int) string { return "様式第" + strconv.Itoa(n) + "号" }

// Settings are the handbook-wide settings kept in the home page's front
// matter.
type Settings struct {
	Title       string
	Description string
	ReviewDays  int    // 0: reviews do not go stale
	Theme       string // "" means "default"
	Era         bool   // calendar: 和暦, dates on forms in the Japanese era
	Params      []Param
	Questions   []Question
	Prose       Prose // limits of lint's prose rules
	Terms       []Term
}

// Term is one word of the handbook's vocabulary (the terms setting): the
// spelling to use, the spellings lint's term rule reports, and other words
// readers type for it, which search folds onto Use.
type Term struct {
	Use      string
	Avoid    []string
	Synonyms []string
	Note     string // why, shown in lint's message and the glossary

	// Allow lists right spellings that contain an Avoid spelling, which
	// lint leaves alone: the verb 届け出る beside the noun 届出 (avoid
	// 届け出). Use itself never needs listing.
	Allow []string

	Pos Pos // where the entry starts
}

// Handbook is a whole loaded handbook.
type Handbook struct {
	FS       fs.FS // the handbook root, for checking link targets
	Settings Settings
	Home     *Page // nil when content/_index.md is missing

	Clauses []*Clause // by order, then path
	Checks  []*Check  // by path
	Pages   []*Page   // by path
	Docs    []*Doc    // every Markdown file, by path, including unreadable ones
	Assets  []string  // the other files in the source folders (images, PDFs), by path

	// Skipped lists the files of the source folders and of the theme in
	// use that are left out unread: links that lead outside the
	// handbook, named pipes, devices, unreadable or too large files.
	Skipped []Skipped

	sourceSkipped []Skipped // Skipped without the theme's, for Loader.Update

	checksByClause map[string][]*Check
	clauseByID     map[string]*Clause
}

// ClauseByID returns the clause with the id, or nil (the first, when two
// share it).
func (h *Handbook) ClauseByID(id string) *Clause {
	if h.clauseByID == nil {
		for _, c := range h.Clauses {
			if c.ID == id {
				return c
			}
		}
		return nil
	}
	return h.clauseByID[id]
}

// ChecksFor returns the check items whose clause is id, by path.
func (h *Handbook) ChecksFor(id string) []*Check {
	return h.checksByClause[id]
}

// CompareChecks orders the check items of one clause as the 遵守確認表
// lists them everywhere: the items on whether a measure exists (対策)
// before those on whether it is operated (運用), then by id.
func CompareChecks(a, b *Check) int {
	rank := func(aspect string) int {
		if aspect == "対策" {
			return 0
		}
		return 1
	}
	if d := rank(a.Aspect) - rank(b.Aspect); d != 0 {
		return d
	}
	return CompareIDs(a.ID, b.ID)
}

// CompareIDs orders ids as people read them: runs of digits by their value,
// so that K-09-2 comes before K-09-10.
func CompareIDs(a, b string) int {
	for a != "" && b != "" {
		na, ra, oka := leadingNumber(a)
		nb, rb, okb := leadingNumber(b)
		if oka && okb {
			if na != nb {
				return na - nb
			}
			a, b = ra, rb
			continue
		}
		if a[0] != b[0] {
			return int(a[0]) - int(b[0])
		}
		a, b = a[1:], b[1:]
	}
	return len(a) - len(b)
}

func leadingNumber(s string) (int, string, bool) {
	n, i := 0, 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	return n, s[i:], i > 0
}
