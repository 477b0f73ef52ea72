// Package markdown sets goldmark up once for the whole project: the
// GitHub-flavoured syntax editors expect; line breaks inside a Japanese
// sentence that vanish instead of showing as spaces (goldmark's CJK
// extension); heading anchors that keep Japanese letters (Anchor); link
// rewriting for the site; and helpers that read a parsed page's links and
// headings with their positions. Raw HTML stays off.
//
// Clause texts get two more steps before they are rendered, the same in
// every output: a link to another clause's file shows as that article's
// number and caption in the output's own numbering (ResolveRefs), and a
// parameter {{name}} as its value, which the whole handbook marks as a
// value to fill (MarkValues, ShowValues, ValuesHTML, Runs).
package markdown

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

var md = New()

// New returns the project's goldmark set-up. Extra options (renderer
// options, more extensions) come after the defaults.
func New(opts ...goldmark.Option) goldmark.Markdown {
	base := []goldmark.Option{
		goldmark.WithExtensions(extension.GFM, extension.Footnote, extension.CJK),
		goldmark.WithParserOptions(
			parser.WithAttribute(),
			parser.WithASTTransformers(util.Prioritized(headingIDs{}, 100), util.Prioritized(linkRewriter{}, 200)),
		),
	}
	return goldmark.New(append(base, opts...)...)
}

// Parse parses a Markdown body with the project's set-up.
func Parse(src []byte) ast.Node {
	return md.Parser().Parse(text.NewReader(src))
}

// headingIDs gives every heading its Anchor, made unique in the page, unless
// the editor gave one explicitly with {#id}.
type headingIDs struct{}

func (headingIDs) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	var anchors Anchors
	src := reader.Source()
	// Explicit ids first, so that generated ones avoid them.
	var headings []*ast.Heading
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			headings = append(headings, h)
			if id, ok := h.AttributeString("id"); ok {
				if s, ok := id.([]byte); ok {
					anchors.reserve(string(s))
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	for _, h := range headings {
		if _, ok := h.AttributeString("id"); ok {
			continue
		}
		h.SetAttributeString("id", []byte(anchors.Unique(PlainText(h, src))))
	}
}
