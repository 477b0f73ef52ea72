package content

import (
	"io/fs"
	"sync"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// readBuffers hold files while they are loaded: a file is read into one,
// and its body copied out (split). Read into a buffer of its own, each file
// left that buffer as garbage between the bodies kept, and at 10,000 pages
// of prose the memory the handbook was held in stayed half empty (60 MB
// that the collector counted against the memory limit and could not fill).
var readBuffers = sync.Pool{New: func() any { return new([]byte) }}

// loadDoc reads and decodes one file. It never fails: what is wrong with the
// file is in its Problems.
func loadDoc(fsys fs.FS, p string, kind Kind) *Doc {
	d := &Doc{Path: p, Kind: kind, Fields: map[string]*Field{}, values: map[string]any{}}
	buf := readBuffers.Get().(*[]byte)
	defer readBuffers.Put(buf)
	src, size, err := readWalked(fsys, p, MaxFileSize, *buf)
	if src != nil {
		*buf = src[:0] // the buffer, or a larger one made for this file
	}
	if err != nil {
		d.Problems = append(d.Problems, Problem{Kind: ProblemUnreadable, Pos: Pos{Line: 1},
			Message: msg.Sprintf("the file cannot be read (%s); fix its permissions or remove it", errText(err))})
		return d
	}
	if size > MaxFileSize {
		d.Problems = append(d.Problems, Problem{Kind: ProblemSize, Pos: Pos{Line: 1},
			Message: msg.Sprintf("the file is %.1f MB, more than the %d MB a handbook file may be; split it or move it out of the source folders",
				float64(size)/1e6, MaxFileSize>>20)})
		return d
	}
	text, problems, ok := normalize(src)
	d.Problems = append(d.Problems, problems...)
	if !ok {
		return d
	}
	yamlText, yamlLine, body, p2 := split(text)
	d.Body = body
	if p2 != nil {
		d.Problems = append(d.Problems, *p2)
		return d
	}
	decode(d, yamlText, yamlLine, Schema(kind, p))
	return d
}

func (d *Doc) str(name string) string {
	s, _ := d.values[name].(string)
	return s
}

func (d *Doc) list(name string) []string {
	l, _ := d.values[name].([]string)
	return l
}

func (d *Doc) integer(name string) int {
	i, _ := d.values[name].(int)
	return i
}

func (d *Doc) date(name string) time.Time {
	t, _ := d.values[name].(time.Time)
	return t
}

// Value returns the decoded value of a key: a string, an int, a []string or
// a time.Time, or nil when the key is absent, empty or of the wrong type.
func (d *Doc) Value(name string) any { return d.values[name] }

func newClause(d *Doc) *Clause {
	c := &Clause{Doc: d,
		ID: d.str("id"), Title: d.str("title"), Order: d.integer("order"), Rationale: d.str("rationale"),
		Stages: d.list("stages"), Incidents: d.list("incidents"), Forms: d.list("forms"), Sources: d.list("sources"),
		Reviewed: d.date("reviewed"), Waiver: d.str("waiver"), When: d.when(),
	}
	c.Variants, _ = d.values["variants"].([]Variant)
	return c
}

func newCheck(d *Doc) *Check {
	return &Check{Doc: d,
		ID: d.str("id"), Clause: d.str("clause"), Title: d.str("title"), Aspect: d.str("aspect"),
		Timing: d.list("timing"), Method: d.list("method"), Evidence: d.str("evidence"),
		Rationale: d.str("rationale"), Question: d.str("question"), Good: d.str("good"),
		Reviewed: d.date("reviewed"), When: d.when(),
	}
}

func (d *Doc) when() When {
	w, _ := d.values["when"].(When)
	return w
}

func newPage(d *Doc) *Page {
	return &Page{Doc: d,
		ID: d.str("id"), Title: d.str("title"), Order: d.integer("order"), Date: d.str("date"),
		Description: d.str("description"), Form: d.integer("form"),
	}
}
