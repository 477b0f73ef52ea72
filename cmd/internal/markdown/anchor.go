package markdown

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// HeadingAnchors is the goldmark extension that gives every heading its
// Anchor, made unique in the page, unless the editor gave one explicitly
// with {#id} (goldmark's heading attributes, which it turns on).
var HeadingAnchors goldmark.Extender = headingAnchors{}

type headingAnchors struct{}

func (headingAnchors) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(
		parser.WithAttribute(),
		parser.WithASTTransformers(util.Prioritized(headingIDs{}, 100)),
	)
}

// headingIDs sets the ids HeadingAnchors gives.
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

// Anchor turns a heading's text into its anchor the way Git hosts do, and
// keeps Japanese letters: lower-case it, drop every character that is not a
// letter, mark, digit, connector ('_'), '-' or space, and turn each space
// into '-'. So "## 点検の時期" gets "点検の時期" and "## 第3条（再委託）" gets
// "第3条再委託". goldmark's own automatic IDs drop all non-ASCII letters,
// which would give every Japanese heading the same "heading" anchor.
//
// The site builder and the linter both use this function, so a link that
// lint accepts is a link that works.
func Anchor(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(text)) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.Pc):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Anchors hands out unique anchors within one page: the second heading with
// the same text gets "-1", the third "-2", as on Git hosts.
type Anchors struct {
	used map[string]bool
	next map[string]int
}

// Unique returns the anchor for a heading's text, made unique in the page.
func (a *Anchors) Unique(text string) string {
	base := Anchor(text)
	return a.reserve(base)
}

// reserve marks an anchor as taken (an explicit {#id}, or one the page
// template adds) and returns it, suffixed if it was already taken.
func (a *Anchors) reserve(base string) string {
	if a.used == nil {
		a.used, a.next = map[string]bool{}, map[string]int{}
	}
	id := base
	for a.used[id] {
		a.next[base]++
		id = base + "-" + strconv.Itoa(a.next[base])
	}
	a.used[id] = true
	return id
}
