package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// Link is a link or image found in a page.
type Link struct {
	Dest   string
	Offset int // byte offset of the link's '[' (or '!') in the source; -1 if unknown
	Image  bool
}

// Heading is a heading of a page with the anchor it gets.
type Heading struct {
	Level  int
	Text   string
	ID     string
	Offset int
}

// Links lists the links and images of a parsed page in source order.
// Autolinks are left out: they are always absolute.
func Links(doc ast.Node) []Link {
	var out []Link
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch l := n.(type) {
		case *ast.Link:
			out = append(out, Link{Dest: string(l.Destination), Offset: inlineOffset(l)})
		case *ast.Image:
			out = append(out, Link{Dest: string(l.Destination), Offset: inlineOffset(l), Image: true})
		}
		return ast.WalkContinue, nil
	})
	return out
}

// inlineOffset is where goldmark says the inline node starts, or the start
// of the block that holds it.
func inlineOffset(n ast.Node) int {
	if p := n.Pos(); p >= 0 {
		return p
	}
	for b := n.Parent(); b != nil; b = b.Parent() {
		if b.Type() == ast.TypeBlock && b.Lines().Len() > 0 {
			return b.Lines().At(0).Start
		}
	}
	return -1
}

// Headings lists the headings of a parsed page with their anchors (set by
// the heading-ID transformer during parsing).
func Headings(doc ast.Node, src []byte) []Heading {
	var out []Heading
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		id := ""
		if v, ok := h.AttributeString("id"); ok {
			if b, ok := v.([]byte); ok {
				id = string(b)
			}
		}
		off := -1
		if h.Lines().Len() > 0 {
			off = h.Lines().At(0).Start
		}
		out = append(out, Heading{Level: h.Level, Text: PlainText(h, src), ID: id, Offset: off})
		return ast.WalkSkipChildren, nil
	})
	return out
}

func inCode(n ast.Node) bool {
	_, ok := n.Parent().(*ast.CodeSpan)
	return ok
}

// PlainText is the text of a node without its markup: what a reader sees,
// a soft line break read as a space.
func PlainText(n ast.Node, src []byte) string { return BrokenText(n, src, " ", "") }

// BrokenText is PlainText with soft and hard line breaks (a line end and
// one marked with two spaces or a backslash) written as soft and hard.
func BrokenText(n ast.Node, src []byte, soft, hard string) string {
	var b strings.Builder
	b.Grow(sourceLen(n, src))
	TextRuns(n, src, soft, hard, func(r TextRun) { b.Write(r.Text) })
	return b.String()
}

// TextRun is a run of a node's plain text. Offset is where Text stands in
// the source, byte for byte, or -1 for text that is not there as written
// (a line break written as soft or hard, text a transformer made). Text
// is part of the source or of the node: a caller copies what it keeps.
type TextRun struct {
	Text   []byte
	Offset int
	Code   bool // inside a code span
}

// TextRuns calls f with the plain text of n run by run, in reading order:
// the text BrokenText reads, with where each run stands in the source, for
// callers that report a place in it (lint's prose rules).
func TextRuns(n ast.Node, src []byte, soft, hard string, f func(TextRun)) {
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch t := c.(type) {
			case *ast.Text:
				code := inCode(t)
				textRuns(t.Segment.Value(src), t.Segment.Start, !t.IsRaw() && !code, code, f)
				switch {
				case t.SoftLineBreak() && soft != "":
					f(TextRun{Text: []byte(soft), Offset: -1})
				case t.HardLineBreak() && hard != "":
					f(TextRun{Text: []byte(hard), Offset: -1})
				}
			case *ast.String:
				f(TextRun{Text: t.Value, Offset: -1, Code: inCode(t)})
			case *ast.RawHTML:
				// tags are not text
			default:
				walk(c)
			}
		}
	}
	walk(n)
}

// textRuns passes on v, which stands at off, split where a backslash
// escapes a punctuation mark (\* in the source is a *), so that every run
// keeps its offset.
func textRuns(v []byte, off int, unescape, code bool, f func(TextRun)) {
	start := 0
	for i := 0; unescape && i+1 < len(v); i++ {
		if v[i] == '\\' && util.IsPunct(v[i+1]) {
			if i > start {
				f(TextRun{Text: v[start:i], Offset: off + start})
			}
			start = i + 1
			i++ // the escaped mark itself starts the next run
		}
	}
	if start < len(v) {
		f(TextRun{Text: v[start:], Offset: off + start, Code: code})
	}
}

// LinkFree reports whether src certainly has no link, image or heading, so
// that a caller that wants only those can skip parsing it. Every link,
// image, footnote and link reference needs a '['; an ATX heading needs a
// '#'; a setext heading needs a line of only '=' or only '-' under it,
// after the '>' of any block quotes. (Autolinks need none of these, and
// Links leaves them out.)
func LinkFree(src []byte) bool {
	if bytes.ContainsAny(src, "[#") {
		return false
	}
	for line := range bytes.Lines(src) {
		t := bytes.TrimLeft(bytes.TrimRight(line, " \t\r\n\v\f"), " \t\v\f>")
		if len(t) > 0 && (len(bytes.Trim(t, "=")) == 0 || len(bytes.Trim(t, "-")) == 0) {
			return false
		}
	}
	return true
}
