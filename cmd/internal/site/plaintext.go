package site

import (
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
	var w strings.Builder
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
	return []byte(w.String())
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
