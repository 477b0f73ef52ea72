package lint

import (
	"bytes"
	"io/fs"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
	"github.com/tokki-handbook/tokki/cmd/internal/par"
)

// The term rule reports each spelling the terms setting avoids, in bodies
// and in the front-matter values a reader reads, where it stands. It
// leaves alone what is not the handbook's own wording:
//
//   - code spans and blocks, link and image targets, URLs and raw HTML;
//   - block quotes (> …), which quote someone else's words;
//   - a block after <!-- tokki-lint-disable term --> (see disable.go), for
//     example a list of an incident's sources;
//   - 「…」 whose words are a title the file's sources cite (a law's or a
//     guideline's own name, as written), and the sources values themselves.

// termFields are the front-matter values the term rule reads.
var termFields = []string{"title", "description", "rationale", "waiver", "evidence", "question", "good"}

func checkTerm(c *Context) {
	m := newTermMatcher(c.H.Settings.Terms)
	if m == nil {
		return
	}
	docs := c.H.Docs
	par.Each(len(docs), func(i int) {
		d := docs[i]
		if !d.Decoded || d.Body == nil {
			return
		}
		t := termDoc{c: c, m: m, d: d}
		if m.any(string(d.Body)) {
			t.markdown(d.Body, d.OffsetPos)
		}
		for _, name := range termFields {
			s, ok := d.Value(name).(string)
			f := d.Fields[name]
			if !ok || f == nil || !m.any(s) {
				continue
			}
			lp := t.linePos(f.Value.Line, f.Value.Column, f.Block, s)
			if name == "title" { // plain text, not Markdown
				m.find(s, func(off int, a *avoidSpelling) bool {
					t.report(lp(off, a.text), a)
					return true
				})
				continue
			}
			t.markdown([]byte(s), func(off int) content.Pos { return lp(off, "") })
		}
		if v, ok := d.Value("variants").([]content.Variant); ok {
			for _, vr := range v {
				if m.any(vr.Text) {
					lp := t.linePos(vr.TextLine, 1, vr.TextBlock, vr.Text)
					t.markdown([]byte(vr.Text), func(off int) content.Pos { return lp(off, "") })
				}
			}
		}
	})
}

// termDoc is the term rule at work on one file.
type termDoc struct {
	c      *Context
	m      *termMatcher
	d      *content.Doc
	titles []string // the titles its sources cite, read when first needed
	raw    [][]byte // the file's lines as written, read when first needed
}

func (t *termDoc) report(pos content.Pos, a *avoidSpelling) {
	if a.term.Note != "" {
		t.c.Report(t.d, pos, "write %s, not %s (%s)", a.term.Use, a.text, a.term.Note)
		return
	}
	t.c.Report(t.d, pos, "write %s, not %s", a.term.Use, a.text)
}

// markdown reports the avoided spellings in the text of Markdown src;
// pos turns a byte offset of src into a file position.
func (t *termDoc) markdown(src []byte, pos func(int) content.Pos) {
	doc := markdown.Parse(src)
	offs := disables(doc, src)
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.CodeSpan, *ast.CodeBlock, *ast.FencedCodeBlock, *ast.AutoLink,
			*ast.HTMLBlock, *ast.RawHTML, *ast.Blockquote:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			seg := n.Segment
			v := string(seg.Value(src))
			// goldmark ends a bare web address at the first letter
			// that is not ASCII; the rest of it is still the address.
			_, afterURL := n.PreviousSibling().(*ast.AutoLink)
			t.m.find(v, func(i int, a *avoidSpelling) bool {
				off := seg.Start + i
				if !offs.at(off).has("term") && !inURL(v, i, afterURL) && !t.quotedTitle(v, i) {
					t.report(pos(off), a)
				}
				return true
			})
		}
		return ast.WalkContinue, nil
	})
}

// inURL reports whether byte i of s is in a web address written out: one
// goldmark did not make a link of, or the end of one it did when s follows
// it directly (afterURL).
func inURL(s string, i int, afterURL bool) bool {
	start := strings.LastIndexAny(s[:i], " \t　（(「<") + 1
	return strings.Contains(s[start:i], "://") || afterURL && start == 0
}

// quotedTitle reports whether byte i of s is inside 「…」 whose words are
// a title the file's sources cite.
func (t *termDoc) quotedTitle(s string, i int) bool {
	open := strings.LastIndex(s[:i], "「")
	if open < 0 || strings.Contains(s[open:i], "」") {
		return false
	}
	end := strings.Index(s[i:], "」")
	if end < 0 {
		return false
	}
	if t.titles == nil {
		t.titles = []string{}
		sources, _ := t.d.Value("sources").([]string)
		for _, src := range sources {
			t.titles = append(t.titles, quoted(src)...)
		}
	}
	return slices.Contains(t.titles, s[open+len("「"):i+end])
}

// quoted lists the words inside the outermost 「」 of s.
func quoted(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '「':
			if depth == 0 {
				start = i + len("「")
			}
			depth++
		case '」':
			if depth--; depth == 0 {
				out = append(out, s[start:i])
			}
		}
	}
	return out
}

// linePos maps a byte offset of a front-matter value (or a variant's text)
// to its place in the file. YAML gives the value's start; a block value's
// lines start one line below and lose their indentation, so the column of
// a spelling is found on the line as written: the n-th time it stands
// there, n counted in the value's own line. Where that fails (a folded or
// multi-line value), the position is the line alone.
func (t *termDoc) linePos(line, col int, block bool, s string) func(off int, spelling string) content.Pos {
	return func(off int, spelling string) content.Pos {
		lineStart := strings.LastIndexByte(s[:off], '\n') + 1
		pos := content.Pos{Line: line}
		if block {
			pos.Line += 1 + strings.Count(s[:off], "\n")
		}
		if spelling == "" {
			spelling = t.spellingAt(s[off:])
		}
		raw := t.rawLine(pos.Line)
		if raw == nil || spelling == "" {
			return pos
		}
		from := 0
		if !block && lineStart == 0 {
			from = len(string([]rune(string(raw))[:min(col-1, len([]rune(string(raw))))]))
		}
		n := strings.Count(s[lineStart:off], spelling)
		k := from
		for ; n >= 0; n-- {
			j := bytes.Index(raw[k:], []byte(spelling))
			if j < 0 {
				return pos
			}
			k += j
			if n > 0 {
				k += len(spelling)
			}
		}
		pos.Column = 1 + len([]rune(string(raw[:k])))
		return pos
	}
}

// spellingAt is the avoided spelling s starts with.
func (t *termDoc) spellingAt(s string) string {
	out := ""
	t.m.find(s, func(i int, a *avoidSpelling) bool {
		if i == 0 {
			out = a.text
		}
		return false
	})
	return out
}

// rawLine is line n of the file as written, read only when a front-matter
// value holds an avoided spelling.
func (t *termDoc) rawLine(n int) []byte {
	if t.raw == nil {
		var b []byte
		err := fs.ErrNotExist
		if t.c.H.FS != nil {
			b, err = fs.ReadFile(t.c.H.FS, t.d.Path)
		}
		if err != nil {
			t.raw = [][]byte{}
			return nil
		}
		b = bytes.TrimPrefix(b, []byte("\uFEFF"))
		t.raw = bytes.Split(b, []byte("\n"))
	}
	if n < 1 || n > len(t.raw) {
		return nil
	}
	return bytes.TrimSuffix(t.raw[n-1], []byte("\r"))
}
