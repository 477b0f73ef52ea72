// Package markdown sets goldmark up once for the whole project: the
// GitHub-flavoured syntax editors expect; line breaks inside a Japanese
// sentence that vanish instead of showing as spaces (goldmark's CJK
// extension); heading anchors that keep Japanese letters (Anchor); link
// rewriting for the site; and helpers that read a parsed page's links and
// headings with their positions. Raw HTML stays off. Each behaviour of our
// own is a goldmark Extender, as goldmark's own extensions are:
// HeadingAnchors and LinkRewriting, which New adds to goldmark's.
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
	"github.com/yuin/goldmark/text"
)

var md = New()

// New returns the project's goldmark set-up. Extra options (renderer
// options, more extensions) come after the defaults.
func New(opts ...goldmark.Option) goldmark.Markdown {
	base := []goldmark.Option{
		goldmark.WithExtensions(extension.GFM, extension.Footnote, extension.CJK, HeadingAnchors, LinkRewriting),
	}
	return goldmark.New(append(base, opts...)...)
}

// Parse parses a Markdown body with the project's set-up.
func Parse(src []byte) ast.Node {
	return md.Parser().Parse(text.NewReader(src))
}
