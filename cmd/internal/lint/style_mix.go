package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// A contract speaks in である調 and the handbook's explanations in です・ます;
// one sentence in the other style reads as a slip. style-mix judges a
// sentence by its ending only, and only when the ending is plain to see:
// a sentence that ends in a noun (…こと。, …場合。) is judged in neither
// style, and neither are list items of explanations (lists are often
// written in plain form), block quotes, headings and tables.

var (
	// politeEnds end a sentence in です・ます.
	politeEnds = []string{"です", "ます", "でした", "ました", "ません", "でしょう", "ましょう", "ください", "ですか", "ますか", "でしょうか", "ませんか"}
	// plainEnds end a sentence in である調: だ, である, and the plain
	// forms of verbs (する, しない, した).
	plainEnds = []string{"である", "であった", "であろう", "だ", "だった", "ではない", "ない", "なかった"}
)

func checkStyleMix(c *Context) {
	c.eachSentence("style-mix", func(d *content.Doc, s *sentence) {
		if s.quote {
			return
		}
		switch end := ending(s.text); {
		case s.reg == legal && hasSuffix(end, politeEnds):
			c.Report(d, s.posAt(0), "this clause sentence ends in です・ます (…%s); a clause is written in である調, e.g. …する。 …しなければならない。", tail(end))
		case s.reg == explanation && !s.list && isPlain(end):
			c.Report(d, s.posAt(0), "this sentence ends in である調 (…%s); the handbook explains in です・ます, e.g. …します。 …です。", tail(end))
		}
	})
}

// ending is a sentence without its 。 and without a closing remark in
// brackets: 「…します（法第2条）。」 ends in します.
func ending(text string) string {
	t := strings.TrimRightFunc(text, isSpace)
	t = strings.TrimRight(t, "。！？")
	for strings.HasSuffix(t, "）") || strings.HasSuffix(t, ")") {
		open := strings.LastIndexAny(t, "（(")
		if open < 0 {
			break
		}
		t = strings.TrimRightFunc(t[:open], isSpace)
	}
	return t
}

func hasSuffix(s string, ends []string) bool {
	for _, e := range ends {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// isPlain reports whether a sentence ending is である調: だ, である, ない
// or the terminal form of a verb (…する, …行う, …した). です・ます endings
// are not (…ません ends in ん, …ください in い).
func isPlain(end string) bool {
	if hasSuffix(end, politeEnds) {
		return false
	}
	if hasSuffix(end, plainEnds) {
		return true
	}
	r, size := utf8.DecodeLastRuneInString(end)
	prev, _ := utf8.DecodeLastRuneInString(end[:len(end)-size])
	if !isHiragana(prev) && !isKanji(prev) {
		return false
	}
	switch r {
	case 'う', 'く', 'ぐ', 'す', 'つ', 'ぬ', 'ぶ', 'む', 'る':
		// A verb's terminal form; noun ends such as …こと, …もの,
		// …とき and …ところ do not end in う段.
		return true
	case 'た':
		// …した, …された, …だった; not …また or …あなた.
		return hasSuffix(end, []string{"した", "れた", "いた", "った", "んだ", "えた", "きた", "けた", "めた", "べた", "てた", "ねた", "せた"})
	}
	return false
}

// tail is the last few characters of a sentence ending, for a message.
func tail(end string) string {
	r := []rune(end)
	return string(r[max(len(r)-6, 0):])
}

func isHiragana(r rune) bool { return r >= 'ぁ' && r <= 'ゖ' }

func isKanji(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r == '々'
}
