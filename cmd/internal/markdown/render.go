package markdown

import (
	"bufio"
	"bytes"
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Rendered is a rendered Markdown text.
type Rendered struct {
	HTML     []byte
	Text     string    // plain text, one line per block, for search and plain-text output
	Headings []Heading // with the anchors the HTML uses
}

// Render converts Markdown to HTML, rewriting every link and image
// destination with rw (nil: leave them).
func Render(src []byte, rw Rewriter) (Rendered, error) {
	return render(src, parse(src, rw))
}

// RenderRelabeled is Render of RelabelRefs(src, from, n), parsing src once:
// each link it relabels gets its new text in place of the text typed, and
// the headings' offsets are in src. (A text to relabel in a heading, whose
// anchor is made from the text as parsed, is relabeled and parsed again.)
func RenderRelabeled(src []byte, from string, n Numbering, rw Rewriter) (Rendered, error) {
	if bytes.IndexByte(src, '[') < 0 {
		return Render(src, rw) // no link
	}
	doc := parse(src, nil) // the links as written, to find their targets
	labels := linkLabels(doc, src, from, n.relabel)
	for _, l := range labels {
		for p := l.link.Parent(); p != nil; p = p.Parent() {
			if p.Kind() == ast.KindHeading {
				return Render(RelabelRefs(src, from, n), rw)
			}
		}
	}
	for _, l := range labels {
		// The text as written, as Escape and a parse would make it: HTML
		// escaped, nothing else read into it.
		s := ast.NewString([]byte(l.text))
		s.SetRaw(true)
		l.link.RemoveChildren(l.link)
		l.link.AppendChild(l.link, s)
	}
	rewriteLinks(doc, rw)
	return render(src, doc)
}

// parse parses src, rewriting link and image destinations with rw.
func parse(src []byte, rw Rewriter) ast.Node {
	pc := parser.NewContext()
	pc.Set(rewriterKey, rw)
	return md.Parser().Parse(text.NewReader(src), parser.WithContext(pc))
}

// render renders doc, src parsed.
func render(src []byte, doc ast.Node) (Rendered, error) {
	var buf bytes.Buffer
	buf.Grow(len(src) + len(src)/2 + 64) // the HTML is about the source and its tags
	w := writers.Get().(*bufio.Writer)
	w.Reset(&buf)
	err := md.Renderer().Render(w, src, doc) // a util.BufWriter: goldmark uses it as it is
	if err == nil {
		err = w.Flush()
	}
	w.Reset(nil)
	writers.Put(w)
	if err != nil {
		return Rendered{}, err
	}
	return Rendered{HTML: buf.Bytes(), Text: Text(doc, src), Headings: Headings(doc, src)}, nil
}

// writers are the buffered writers Render hands to goldmark, which would
// otherwise make a new one (4 KB) for every field of every page.
var writers = sync.Pool{New: func() any { return bufio.NewWriter(nil) }}

// Text is the plain text of a parsed document: each paragraph, heading,
// list item, table cell and code block on a line of its own.
func Text(doc ast.Node, src []byte) string {
	var b strings.Builder
	// The text is the source less its markup: one allocation, with little
	// to spare (grown by doubling, a builder kept a fifth more on average,
	// which a build holds for every page until it is indexed).
	b.Grow(sourceLen(doc, src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindParagraph, ast.KindHeading, ast.KindTextBlock:
			b.WriteString(PlainText(n, src))
			b.WriteByte('\n')
			return ast.WalkSkipChildren, nil
		case ast.KindCodeBlock, ast.KindFencedCodeBlock:
			lines := n.Lines()
			for i := range lines.Len() {
				seg := lines.At(i)
				b.Write(seg.Value(src))
			}
			return ast.WalkSkipChildren, nil
		}
		if n.Kind().String() == "TableCell" {
			b.WriteString(PlainText(n, src))
			b.WriteByte('\n')
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// sourceLen is how much of src the node n spans: all of it for a document;
// a block's own lines (ArticleText asks for the text of one block at a
// time: sized by the whole source, a clause's text took ten times the
// memory it needed); nothing known for a list or a quote, whose text grows
// as it is written.
func sourceLen(n ast.Node, src []byte) int {
	switch {
	case n.Kind() == ast.KindDocument:
		return len(src)
	case n.Type() != ast.TypeBlock:
		return 0
	}
	size := 0
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		size += seg.Len()
	}
	return size
}
