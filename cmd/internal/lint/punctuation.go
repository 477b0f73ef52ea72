package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// The handbook punctuates Japanese with 、 and 。 (公用文作成の考え方,
// 2022). punctuation reports ， and ． anywhere in prose, and an ASCII , or
// . written after a Japanese character (…した. or A社,B社); numbers (1.5,
// 1,000), abbreviations (e.g.), file names (様式.docx), URLs and code are
// left alone.

func checkPunctuation(c *Context) {
	c.eachSentence("punctuation", func(d *content.Doc, s *sentence) {
		if !strings.ContainsAny(s.text, ",.") && !strings.Contains(s.text, "，") && !strings.Contains(s.text, "．") {
			return // most sentences, found without decoding them
		}
		var prev rune
		for i, r := range s.text {
			fix := ""
			switch r {
			case '，', ',', '．', '.':
			default:
				prev = r
				continue
			}
			next, _ := utf8.DecodeRuneInString(s.text[i+utf8.RuneLen(r):])
			switch {
			case r == '，' || r == ',' && isJapanese(prev):
				fix = "、"
			case r == '．' || r == '.' && isJapanese(prev) && !isASCIIAlnum(next):
				fix = "。"
			}
			if fix != "" && !s.inCode(i) {
				c.Report(d, s.posAt(i), "%c is not Japanese punctuation; write %s", r, fix)
			}
			prev = r
		}
	})
}

// isJapanese reports whether r is a kana, a kanji or Japanese punctuation.
func isJapanese(r rune) bool {
	return isHiragana(r) || isKatakana(r) || isKanji(r) || r >= 0x3000 && r <= 0x303F
}

func isKatakana(r rune) bool { return r >= 'ァ' && r <= 'ヺ' || r == 'ー' }

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}
