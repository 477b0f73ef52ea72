package site

import (
	"bytes"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/export"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// clausesText is the 特記仕様書 as plain text, the same bytes as the text
// download (export.Text, which a test compares it with), for the page's
// copy button and the search index; each clause's part is reused from the
// previous build when its file did not change.
func (b *renderer) clausesText() []byte {
	var w bytes.Buffer
	n := 0
	for _, c := range b.h.Clauses {
		n += len(c.Body) // the text is about as long as the Markdown: grown once, not doubled
	}
	w.Grow(n)
	w.WriteString("\uFEFF" + export.Title + "\r\n\r\n")
	for i, c := range b.clauses {
		for _, line := range markdown.ArticleLines(b.h.Clauses[i].Order, c.Title, b.articleText(b.h.Clauses[i].Doc)) {
			w.WriteString(line + "\r\n")
		}
		w.WriteString("\r\n")
	}
	if forms := formList(b.clauses); len(forms) > 0 {
		w.WriteString(export.FormsHeading + "\r\n")
		for _, f := range forms {
			w.WriteString(f.Title + "（" + f.Articles + "）\r\n")
		}
	}
	return w.Bytes()
}

// plainOf is the text download's bytes as the 特記仕様書 page's copy
// button copies them: without the byte-order mark, lines ending in \n.
// It copies the text once (at 10,000 pages of prose it is 15 MB).
func plainOf(txt []byte) string {
	txt = bytes.TrimPrefix(txt, []byte("\uFEFF"))
	var w strings.Builder
	w.Grow(len(txt))
	for len(txt) > 0 {
		i := bytes.Index(txt, []byte("\r\n"))
		if i < 0 {
			w.Write(txt)
			break
		}
		w.Write(txt[:i])
		w.WriteByte('\n')
		txt = txt[i+2:]
	}
	return w.String()
}

// articleText is a clause body as numbered plain text, reused from the
// previous build when the file did not change.
func (b *renderer) articleText(d *content.Doc) string {
	k := mdKey{d, "article"}
	if r, ok := b.prevMD(k); ok {
		b.keepMD(k, r)
		return r.text
	}
	t := markdown.ShowValues(markdown.ArticleText(b.whole.Of(d.Path, d.Body)))
	b.keepMD(k, mdOut{text: t})
	return t
}
