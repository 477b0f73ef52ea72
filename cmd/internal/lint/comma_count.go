package lint

import (
	"cmp"
	"strings"
	"unicode/utf8"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// Every 読点 is a pause; a sentence with many is several sentences, or a
// list that wants to be one. comma-count counts 、 and ， outside code,
// except one between two nouns (相手方、範囲、作業場所), which lists rather
// than pauses: textlint's max-ten leaves those out too. Without a
// morphological analyser a noun is a word written in kanji, katakana or
// digits, brackets aside.

func checkCommaCount(c *Context) {
	limit := cmp.Or(c.H.Settings.Prose.CommaCount, defaultCommaCount)
	c.eachSentence("comma-count", func(d *content.Doc, s *sentence) {
		if strings.Count(s.text, "、")+strings.Count(s.text, "，") <= limit {
			return // most sentences: no need to look at each 読点
		}
		n := 0
		for i, r := range s.text {
			if (r == '、' || r == '，') && !s.inCode(i) && !betweenNouns(s.text, i, i+len("、")) {
				n++
			}
		}
		if n > limit {
			c.Report(d, s.posAt(0), "this sentence has %d 読点 (、), more than %d; split it, or make its items a list (the limit is prose: comma-count in content/_index.md)", n, limit)
		}
	})
}

// betweenNouns reports whether text[i:j] stands between two words in
// kanji, katakana or digits, skipping brackets.
func betweenNouns(text string, i, j int) bool {
	before := strings.TrimRight(text[:i], "」』）)")
	after := strings.TrimLeft(text[j:], "「『（(")
	prev, _ := utf8.DecodeLastRuneInString(before)
	next, _ := utf8.DecodeRuneInString(after)
	return isWordRune(prev) && isWordRune(next)
}
