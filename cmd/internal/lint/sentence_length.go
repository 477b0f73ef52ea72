package lint

import (
	"cmp"
	"strings"
	"unicode/utf8"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// A long sentence is where readers with little legal background stop.
// sentence-length counts the characters a reader reads (no Markdown
// syntax, no link targets) from the sentence's start to its 。.

func checkSentenceLength(c *Context) {
	p := c.H.Settings.Prose
	limits := map[register]int{
		explanation: cmp.Or(p.SentenceLength, defaultSentenceLength),
		legal:       cmp.Or(p.ClauseSentenceLength, defaultClauseSentenceLength),
	}
	c.eachSentence("sentence-length", func(d *content.Doc, s *sentence) {
		n, limit := utf8.RuneCountInString(strings.TrimRightFunc(s.text, isSpace)), limits[s.reg]
		if n <= limit {
			return
		}
		setting := "sentence-length"
		if s.reg == legal {
			setting = "clause-sentence-length"
		}
		c.Report(d, s.posAt(0), "this sentence has %d characters, more than %d; split it into shorter sentences (the limit is prose: %s in content/_index.md)", n, limit, setting)
	})
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '　' }
