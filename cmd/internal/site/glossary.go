package site

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// glossaryPath is the glossary page. It shows the handbook's words (the
// terms setting) as well as its own text: under each ## heading that names
// a term's use, a line with the spellings the handbook does not write and
// the words readers may use for it; and at its end, a table of every term.
// The additions are Markdown put into the page's text before it is
// rendered, so they look like the rest of the page in every theme.
const glossaryPath = "content/glossary.md"

// glossarySource is the glossary's Markdown with the terms added.
func glossarySource(src []byte, terms []content.Term) []byte {
	if len(terms) == 0 {
		return src
	}
	byUse := map[string]*content.Term{}
	for i := range terms {
		byUse[terms[i].Use] = &terms[i]
	}
	// Each insertion goes after the heading's line; they are made from
	// the end so that earlier offsets stay right.
	type insertion struct {
		at   int
		text string
	}
	var ins []insertion
	_ = ast.Walk(markdown.Parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		if t := byUse[markdown.PlainText(h, src)]; t != nil && h.Level == 2 && h.Lines().Len() == 1 {
			if line := termLine(t); line != "" {
				end := h.Lines().At(0).Stop
				if i := bytes.IndexByte(src[end:], '\n'); i >= 0 {
					end += i + 1
				} else {
					end = len(src)
				}
				ins = append(ins, insertion{end, "\n" + line + "\n\n"})
			}
		}
		return ast.WalkSkipChildren, nil
	})
	out := append([]byte(nil), src...)
	for i := len(ins) - 1; i >= 0; i-- {
		at := ins[i].at
		if at == len(out) && (at == 0 || out[at-1] != '\n') {
			ins[i].text = "\n" + ins[i].text
		}
		out = append(out[:at], append([]byte(ins[i].text), out[at:]...)...)
	}
	return append(out, termTable(terms)...)
}

// termLine is the line under a term's heading: ほかの書き方：漏洩（使いません）／同じ意味の言葉：情報漏れ.
func termLine(t *content.Term) string {
	var parts []string
	if len(t.Avoid) > 0 {
		parts = append(parts, "ほかの書き方："+escapeAll(t.Avoid)+"（使いません）")
	}
	if len(t.Synonyms) > 0 {
		parts = append(parts, "同じ意味の言葉："+escapeAll(t.Synonyms))
	}
	return strings.Join(parts, "／")
}

// termTable is the section at the end of the glossary that lists every
// term.
func termTable(terms []content.Term) string {
	var b strings.Builder
	b.WriteString("\n\n## 言葉の書き方\n\n")
	b.WriteString("このハンドブックは、1つの言葉を1つの書き方で書きます。左の列の書き方を使い、「使わない書き方」は使いません。「同じ意味の言葉」で検索しても、左の列の言葉が見つかります。\n\n")
	b.WriteString("| 使う書き方 | 使わない書き方 | 同じ意味の言葉 | 理由 |\n| --- | --- | --- | --- |\n")
	for i := range terms {
		t := &terms[i]
		b.WriteString("| " + cell(t.Use) + " | " + cell(strings.Join(t.Avoid, "、")) + " | " +
			cell(strings.Join(t.Synonyms, "、")) + " | " + cell(t.Note) + " |\n")
	}
	return b.String()
}

func escapeAll(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = markdown.Escape(w)
	}
	return strings.Join(out, "、")
}

// cell is a table cell's text: escaped (a | too, which would end the
// cell), on one line.
func cell(s string) string {
	return markdown.Escape(strings.Join(strings.Fields(s), " "))
}
