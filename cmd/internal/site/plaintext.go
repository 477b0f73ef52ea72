package site

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// clausesText is the 特記仕様書 as plain text, ready to paste into a
// contract: UTF-8 with a byte-order mark and CRLF line endings, so that
// Notepad and Word on Japanese Windows open it as it is. Each article is
// headed by its caption and number, （見出し） then 第N条, as contracts are
// laid out; paragraphs are numbered 1, 2 …, items (1), (2) …, and sub-items
// ア, イ … as in Japanese legal drafting.
func (b *builder) clausesText() []byte {
	var w strings.Builder
	w.WriteString("\uFEFF個人情報の取扱いに関する特記仕様書\r\n\r\n")
	for i, c := range b.clauses {
		fmt.Fprintf(&w, "（%s）\r\n%s\r\n", c.Title, c.Number)
		body := strings.TrimRight(b.articleText(b.h.Clauses[i].Doc), "\n")
		for _, line := range strings.Split(body, "\n") {
			w.WriteString(line + "\r\n")
		}
		w.WriteString("\r\n")
	}
	return []byte(w.String())
}

// articleText is a clause body as numbered plain text, reused from the
// previous build when the file did not change.
func (b *builder) articleText(d *content.Doc) string {
	k := mdKey{d, "article"}
	if r, ok := b.prevMD(k); ok {
		b.keepMD(k, r)
		return r.text
	}
	t := articleText(d.Body)
	b.keepMD(k, mdOut{text: t})
	return t
}

// articleText renders a clause body as numbered plain text.
func articleText(src []byte) string {
	var w strings.Builder
	for n := markdown.Parse(src).FirstChild(); n != nil; n = n.NextSibling() {
		writeBlock(&w, n, src, 0)
	}
	return w.String()
}

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
	return strings.TrimSpace(strings.ReplaceAll(markdown.Text(n, src), "\n", ""))
}
