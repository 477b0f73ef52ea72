package site

import (
	"fmt"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// clausesText is the 特記仕様書 as plain text, for the search index (the
// download is export.Text); each clause's part is reused from the previous
// build when its file did not change.
func (b *renderer) clausesText() []byte {
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
