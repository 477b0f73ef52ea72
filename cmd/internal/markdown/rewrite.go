package markdown

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Rewriter rewrites a link destination as written in the Markdown (a
// relative path to another file, an #anchor, a URL) into the one the
// rendered page needs. It returns the destination unchanged for links it
// leaves alone.
type Rewriter func(dest string) string

// rewriterKey holds, in a parse's context, the Rewriter Render was given:
// each page rewrites links relative to itself, so the rewriter comes with
// the parse, not with the goldmark set-up made once.
var rewriterKey = parser.NewContextKey()

// LinkRewriting is the goldmark extension that applies the parse
// context's Rewriter (Render puts it there) to every link and image
// destination. A parse without one leaves the links as written.
var LinkRewriting goldmark.Extender = linkRewriting{}

type linkRewriting struct{}

func (linkRewriting) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(linkRewriter{}, 200)))
}

// linkRewriter applies the context's Rewriter to every link and image.
type linkRewriter struct{}

func (linkRewriter) Transform(doc *ast.Document, _ text.Reader, pc parser.Context) {
	rw, _ := pc.Get(rewriterKey).(Rewriter)
	rewriteLinks(doc, rw)
}

// rewriteLinks applies rw, if not nil, to every link and image of doc.
func rewriteLinks(doc ast.Node, rw Rewriter) {
	if rw == nil {
		return
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch l := n.(type) {
		case *ast.Link:
			l.Destination = []byte(rw(string(l.Destination)))
		case *ast.Image:
			l.Destination = []byte(rw(string(l.Destination)))
		}
		return ast.WalkContinue, nil
	})
}
