package lint

import (
	"bytes"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// The prose rules (sentence-length, comma-count, style-mix, punctuation,
// width, doubled-particle) read the sentences of every text a reader
// reads as prose: paragraphs and list items of bodies, the 解説 and other
// Markdown values of the front matter, and a clause's variants. Headings,
// tables, code and link targets are not prose. The texts are split into
// sentences once per run and shared by the six rules.

// The prose rules' limits when prose: in content/_index.md sets none.
const (
	defaultSentenceLength = 100
	// Clause text is legal drafting: one article sentence carries its
	// subject, its conditions and its exceptions. Of the handbook's 404
	// clause sentences (2026-12), half are within 57 characters, nine in
	// ten within 102 and the longest has 195; 150 lets a legal sentence
	// carry its conditions and reports the eleven that read as two
	// sentences run together.
	defaultClauseSentenceLength = 150
	defaultCommaCount           = 4
)

// register is what a text must be written in.
type register int

const (
	explanation register = iota // guide pages, 解説, check items: です・ます
	legal                       // the article body a contract carries: である
)

// sentence is one sentence of plain text, with a way back to the source.
type sentence struct {
	text  string
	base  int       // where text starts in its paragraph's text
	runs  []textRun // the paragraph's, shared by its sentences
	list  bool      // in a list item
	quote bool      // in a block quote
	off   disabled  // rules a tokki-lint-disable comment turns off
	pos   func(off int) content.Pos
	reg   register
}

// textRun is a run of a paragraph's text: at is its index in the text,
// off its byte offset in the source (-1: not in the source).
type textRun struct {
	at, off int
	code    bool
}

// run is the run that holds byte i of the sentence's text.
func (s *sentence) run(i int) (textRun, int) {
	j := s.base + i
	k, _ := slices.BinarySearchFunc(s.runs, j+1, func(r textRun, j int) int { return r.at - j })
	return s.runs[max(k-1, 0)], j
}

// posAt is the file position of byte i of the sentence's text.
func (s *sentence) posAt(i int) content.Pos {
	r, j := s.run(i)
	if r.off < 0 {
		// Text that is not in the source as written (a soft line
		// break): the place of the text before it.
		for k := len(s.runs) - 1; k >= 0; k-- {
			if q := s.runs[k]; q.at <= j && q.off >= 0 {
				return s.pos(q.off)
			}
		}
		return s.pos(0)
	}
	return s.pos(r.off + j - r.at)
}

// inCode reports whether byte i of the text is in a code span.
func (s *sentence) inCode(i int) bool {
	r, _ := s.run(i)
	return r.code
}

// eachSentence hands f to the pass over every file (see runRules), which
// calls it with each sentence of the handbook that rule is not turned off
// for: the sentences of one file in order, the files on every core (f
// reports through the Context, which is safe for that). A prose rule's
// Check does nothing but this.
func (c *Context) eachSentence(rule string, f func(d *content.Doc, s *sentence)) {
	if c.H.Settings.Prose.IsOff(rule) {
		return
	}
	c.readers = append(c.readers, reader{rule, f})
}

// reader is a prose rule's function for each sentence.
type reader struct {
	rule string
	f    func(d *content.Doc, s *sentence)
}

// proseFields are the front-matter values written as prose, in the
// explanation register.
var proseFields = []string{"rationale", "waiver", "question", "good", "description"}

// sentencesOf splits d's texts into sentences; body is d's body parsed
// (called only when the body holds Markdown).
func sentencesOf(fsys fs.FS, d *content.Doc, body func() ast.Node) []sentence {
	if !d.Decoded || d.Body == nil {
		return nil
	}
	// About a sentence for each 。 of the body and of the file's values.
	out := make([]sentence, 0, bytes.Count(d.Body, []byte("。"))+8)
	reg := explanation
	if d.Kind == content.KindClause {
		reg = legal
	}
	switch {
	case plain(d.Body):
		out = appendPlain(out, string(d.Body), sentence{pos: d.OffsetPos, reg: reg})
	case plainList(d.Body):
		out = appendPlainList(out, d.Body, sentence{pos: d.OffsetPos, reg: reg})
	default:
		out = appendParsed(out, body(), d.Body, d.OffsetPos, reg)
	}
	for _, name := range proseFields {
		s, ok := d.Value(name).(string)
		f := d.Fields[name]
		if !ok || f == nil || s == "" {
			continue
		}
		out = appendSentences(out, []byte(s), fieldPos(fsys, d, f, s), explanation)
	}
	if v, ok := d.Value("variants").([]content.Variant); ok && d.Kind == content.KindClause {
		for _, t := range textsOf(&content.Clause{Doc: d, Variants: v})[1:] {
			out = appendSentences(out, t.src, t.pos, legal)
		}
	}
	return out
}

// fieldPos is the file position of an offset in a front-matter value.
// YAML gives where the value starts; the lines of a block value (|) stand
// one line below the key and lose their indentation, which is put back
// from the line as written in the file (read only when a finding needs
// it). Where the line as written does not end with the value's line (a
// folded or quoted value), the position is the line alone.
func fieldPos(fsys fs.FS, d *content.Doc, f *content.Field, src string) func(int) content.Pos {
	// The prose rules run at once and share this function.
	lines := sync.OnceValue(func() []string {
		b, err := fs.ReadFile(fsys, d.Path)
		if err != nil {
			return nil
		}
		return strings.Split(strings.TrimPrefix(string(b), "\uFEFF"), "\n")
	})
	return func(off int) content.Pos {
		pos := content.Pos{Line: f.Value.Line}
		start := strings.LastIndexByte(src[:off], '\n') + 1
		if f.Block {
			pos.Line += 1 + strings.Count(src[:off], "\n")
		} else if start > 0 {
			return pos
		}
		lines := lines()
		if pos.Line > len(lines) {
			return pos
		}
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src) - start
		}
		value, raw := src[start:start+end], strings.TrimRight(lines[pos.Line-1], "\r")
		if !f.Block {
			raw = strings.TrimRight(raw, " \t")
			if col := utf8.RuneCountInString(raw) - utf8.RuneCountInString(value); col >= f.Value.Column-1 && strings.HasSuffix(raw, value) {
				pos.Column = col + 1 + utf8.RuneCountInString(src[start:off])
			}
			return pos
		}
		if indent := strings.TrimSuffix(raw, value); len(indent) < len(raw) && strings.Trim(indent, " ") == "" {
			pos.Column = len(indent) + 1 + utf8.RuneCountInString(src[start:off])
		}
		return pos
	}
}

// appendSentences parses src and appends the sentences of its paragraphs
// and list items.
func appendSentences(out []sentence, src []byte, pos func(int) content.Pos, reg register) []sentence {
	if plain(src) {
		return appendPlain(out, string(src), sentence{pos: pos, reg: reg})
	}
	return appendParsed(out, markdown.Parse(src), src, pos, reg)
}

// appendParsed is appendSentences for text with Markdown in it, parsed
// into doc.
func appendParsed(out []sentence, doc ast.Node, src []byte, pos func(int) content.Pos, reg register) []sentence {
	offs := disables(doc, src)
	var walk func(n ast.Node, list, quote bool)
	walk = func(n ast.Node, list, quote bool) {
		for b := n.FirstChild(); b != nil; b = b.NextSibling() {
			switch b.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				off := offs.at(blockStart(b))
				out = split(out, b, src, sentence{list: list, quote: quote, off: off, pos: pos, reg: reg})
			case *ast.ListItem:
				walk(b, true, quote)
			case *ast.Blockquote:
				walk(b, list, true)
			case *ast.List, *east.Footnote, *east.FootnoteList:
				walk(b, list, quote)
			}
		}
	}
	walk(doc, false, false)
	return out
}

// split appends the sentences of one paragraph: it ends one at 。, ！ or ？
// outside brackets (a 。 inside （…） or 「…」 belongs to the sentence
// that holds the brackets) and outside code.
func split(out []sentence, b ast.Node, src []byte, proto sentence) []sentence {
	var text strings.Builder
	size := 0 // the source lines' bytes: about the text's
	for i := range b.Lines().Len() {
		seg := b.Lines().At(i)
		size += seg.Stop - seg.Start
	}
	text.Grow(size)
	var runs []textRun
	markdown.TextRuns(b, src, "", "", func(r markdown.TextRun) {
		runs = append(runs, textRun{at: text.Len(), off: r.Offset, code: r.Code})
		text.Write(r.Text)
	})
	return cut(out, text.String(), runs, proto)
}

// cut appends the sentences of a paragraph's text t, whose runs say where
// each part stands in the source.
func cut(out []sentence, t string, runs []textRun, proto sentence) []sentence {
	if len(runs) == 0 {
		return out
	}
	add := func(start, end int) {
		start += len(t[start:end]) - len(strings.TrimLeftFunc(t[start:end], unicode.IsSpace))
		if start < end {
			s := proto
			s.text, s.base, s.runs = t[start:end], start, runs
			out = append(out, s)
		}
	}
	depth, start := 0, 0
	for k, r := range runs {
		end := len(t)
		if k+1 < len(runs) {
			end = runs[k+1].at
		}
		if r.code {
			continue
		}
		for i, ch := range t[r.at:end] {
			switch ch {
			case '「', '『', '（', '(':
				depth++
			case '」', '』', '）', ')':
				depth = max(depth-1, 0)
			case '。', '！', '？':
				if depth == 0 {
					stop := r.at + i + utf8.RuneLen(ch)
					add(start, stop)
					start = stop
				}
			}
		}
	}
	add(start, len(t))
	return out
}

// blockStart is the source offset where a block's text starts, or -1.
func blockStart(n ast.Node) int {
	for ; n != nil; n = n.FirstChild() {
		if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
			return n.Lines().At(0).Start
		}
	}
	return -1
}

// plain reports whether src holds no Markdown but paragraphs: none of the
// characters that start a link, emphasis, code, HTML, an entity, a
// heading, a table, a quote or a web address, no hard line break (two
// blanks at a line's end), and no line that starts a list, a setext
// underline or indented code. Most front-matter values
// (解説, question) are such text; appendPlain splits them without
// parsing, which took 0.3 s of CPU of the second that linting 10,000
// files may take (BenchmarkLint).
func plain(src []byte) bool {
	if bytes.ContainsAny(src, "[]*_`<>\\&#|~:@") || bytes.Contains(src, []byte("www.")) || bytes.Contains(src, []byte("  \n")) {
		return false
	}
	for line := range bytes.Lines(src) {
		t := bytes.TrimLeft(line, " ")
		if len(line)-len(t) > 3 || len(t) > 0 && (t[0] == '\t' || t[0] == '-' || t[0] == '+' || t[0] == '=' || listNumber(t)) {
			return false
		}
	}
	return true
}

// listNumber reports whether line starts as an ordered list item does:
// digits, then . or ). A line that starts with a year (2019年) does not.
func listNumber(line []byte) bool {
	i := 0
	for i < len(line) && '0' <= line[i] && line[i] <= '9' {
		i++
	}
	return i > 0 && i < len(line) && (line[i] == '.' || line[i] == ')')
}

// appendPlain appends the sentences of plain text (see plain) as Markdown
// reads it: paragraphs parted by blank lines, each line without its
// leading and trailing blanks, lines joined without a space.
func appendPlain(out []sentence, src string, proto sentence) []sentence {
	var text strings.Builder
	var runs []textRun
	off := 0
	for line := range strings.Lines(src) {
		start := off
		off += len(line)
		t := strings.TrimRight(line, " \t\n")
		lead := len(t) - len(strings.TrimLeft(t, " "))
		if t = t[lead:]; t == "" {
			out = cut(out, text.String(), runs, proto)
			text.Reset()
			runs = nil
			continue
		}
		runs = append(runs, textRun{at: text.Len(), off: start + lead})
		text.WriteString(t)
	}
	return cut(out, text.String(), runs, proto)
}

// plainList reports whether src is a numbered list and nothing else, as
// a clause's text often is: lines "1. text" of plain text (see plain),
// one item a line, with one blank after the number and none at the
// line's ends, and blank lines. appendPlainList reads its sentences
// without parsing; together with plain it spares most clauses the parse
// (see plain).
func plainList(src []byte) bool {
	items := 0
	for line := range bytes.Lines(src) {
		t := bytes.TrimSuffix(line, []byte{'\n'})
		if len(t) == 0 {
			continue
		}
		n := itemStart(t)
		if n == 0 || t[n] == ' ' || t[len(t)-1] == ' ' || !plain(t[n:]) {
			return false
		}
		items++
	}
	return items > 0
}

// itemStart is where the text of a numbered list item starts in line
// ("12. text": 4), or 0 when the line does not start with a number of one
// to nine digits, a period and a blank, and some text.
func itemStart(line []byte) int {
	i := 0
	for i < len(line) && '0' <= line[i] && line[i] <= '9' {
		i++
	}
	if i == 0 || i > 9 || i+2 >= len(line) || line[i] != '.' || line[i+1] != ' ' {
		return 0
	}
	return i + 2
}

// appendPlainList appends the sentences of a list that plainList
// accepts: each item is a paragraph of its own, in a list.
func appendPlainList(out []sentence, src []byte, proto sentence) []sentence {
	proto.list = true
	off := 0
	for line := range bytes.Lines(src) {
		start := off
		off += len(line)
		t := bytes.TrimSuffix(line, []byte{'\n'})
		if len(t) == 0 {
			continue
		}
		n := itemStart(t)
		out = cut(out, string(t[n:]), []textRun{{at: 0, off: start + n}}, proto)
	}
	return out
}
