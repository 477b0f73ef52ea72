package markdown

import (
	"bytes"
	"fmt"
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
)

// ArticleText renders a clause body as numbered plain text, as Japanese
// legal drafting numbers it: paragraphs 1, 2 …, items (1), (2) …, sub-items
// ア, イ …, each indented by full-width spaces.
//
// A build asks for the same clause's text several times (the plain-text
// and office downloads, the builder page), so results are kept, keyed by
// the text without its leading and trailing newlines (which change
// nothing); the store is emptied when it holds 32 MB.
func ArticleText(src []byte) string {
	key := string(bytes.Trim(src, "\n"))
	if t, ok := cachedArticle(key); ok {
		return t
	}
	b := []byte(key)
	t := articleOf(Parse(b), b)
	keepArticle(key, t)
	return t
}

// RenderArticle is Render, and ArticleText from the same parse: a clause
// body is wanted both ways, and ArticleText(src) then finds its text
// without parsing it again.
func RenderArticle(src []byte, rw Rewriter) (Rendered, error) {
	key := string(bytes.Trim(src, "\n"))
	if _, ok := cachedArticle(key); ok {
		return Render(src, rw)
	}
	if _, ok := plainParagraph(src); ok {
		ArticleText(src)
		return Render(src, rw)
	}
	r, doc, err := renderDoc(src, rw)
	if err == nil {
		keepArticle(key, articleOf(doc, src))
	}
	return r, err
}

func articleOf(doc ast.Node, src []byte) string {
	var w strings.Builder
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		writeBlock(&w, n, src, 0)
	}
	return w.String()
}

func cachedArticle(key string) (string, bool) {
	articles.Lock()
	defer articles.Unlock()
	t, ok := articles.m[key]
	return t, ok
}

func keepArticle(key, t string) {
	articles.Lock()
	defer articles.Unlock()
	if articles.bytes+len(key)+len(t) > maxArticleBytes {
		clear(articles.m)
		articles.bytes = 0
	}
	if _, ok := articles.m[key]; !ok {
		articles.m[key] = t
		articles.bytes += len(key) + len(t)
	}
}

var articles = struct {
	sync.Mutex
	m     map[string]string
	bytes int // of the keys and texts kept
}{m: map[string]string{}}

// maxArticleBytes bounds the texts kept: enough for a 10,000-page
// handbook's clauses, and emptied at once when full (tokki serve keeps
// running while texts change).
const maxArticleBytes = 32 << 20

func writeBlock(w *strings.Builder, n ast.Node, src []byte, depth int) {
	if l, ok := n.(*ast.List); ok {
		writeList(w, l, src, depth)
		return
	}
	if t := blockText(n, src); t != "" {
		w.WriteString(strings.Repeat("　", depth) + t + "\n")
	}
}

func writeList(w *strings.Builder, l *ast.List, src []byte, depth int) {
	num := max(l.Start, 1)
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		first := true
		for part := item.FirstChild(); part != nil; part = part.NextSibling() {
			if sub, ok := part.(*ast.List); ok {
				writeList(w, sub, src, depth+1)
				continue
			}
			prefix := strings.Repeat("　", depth+1)
			if first {
				prefix = strings.Repeat("　", depth) + marker(l.IsOrdered(), depth, num) + "　"
			}
			w.WriteString(prefix + blockText(part, src) + "\n")
			first = false
		}
		num++
	}
}

const iroha = "アイウエオカキクケコサシスセソタチツテトナニヌネノ"

func marker(ordered bool, depth, n int) string {
	switch {
	case !ordered:
		return "・"
	case depth == 0:
		return fmt.Sprint(n)
	case depth == 1:
		return fmt.Sprintf("(%d)", n)
	}
	if r := []rune(iroha); n >= 1 && n <= len(r) {
		return string(r[n-1])
	}
	return fmt.Sprint(n)
}

// blockText is a block's text on one line.
func blockText(n ast.Node, src []byte) string {
	return strings.TrimSpace(strings.ReplaceAll(Text(n, src), "\n", ""))
}
