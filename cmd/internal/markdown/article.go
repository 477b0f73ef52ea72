package markdown

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// ArticleText renders a clause body as numbered plain text, as Japanese
// legal drafting numbers it: paragraphs 1, 2 …, items (1), (2) …, sub-items
// ア, イ …, each indented by full-width spaces.
func ArticleText(src []byte) string {
	doc := Parse(src)
	var w strings.Builder
	w.Grow(len(src)) // the text is about as long as the Markdown
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
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
		w.WriteString(strings.Repeat("　", depth))
		w.WriteString(t)
		w.WriteByte('\n')
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
			w.WriteString(prefix)
			w.WriteString(blockText(part, src))
			w.WriteByte('\n')
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
	var t string
	switch n.Kind() {
	case ast.KindParagraph, ast.KindHeading, ast.KindTextBlock:
		t = PlainText(n, src) // Text's line of it, without making Text's copy
	default:
		t = Text(n, src)
	}
	return strings.TrimSpace(strings.ReplaceAll(t, "\n", ""))
}

// ArticleLines lays out article number n (its caption title, its body as
// ArticleText gives it) as Japanese contracts and statutes do: the caption
// in brackets on a line of its own, then the number with the first
// paragraph after it, whose paragraph number 1 is not written (第1条　受注
// 者は、…), then the paragraphs 2, 3 … as they are.
func ArticleLines(n int, title, text string) []string {
	lines := []string{"（" + title + "）"}
	body := strings.Split(strings.TrimRight(text, "\n"), "\n")
	head := fmt.Sprintf("第%d条", n)
	switch first := body[0]; {
	case first == "":
		return append(lines, head)
	case strings.HasPrefix(first, "1　"):
		body[0] = head + "　" + strings.TrimPrefix(first, "1　")
	default:
		body[0] = head + "　" + first
	}
	return append(lines, body...)
}
