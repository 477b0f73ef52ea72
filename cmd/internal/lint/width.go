package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// Letters and digits are written half width and kana full width (公用文作成の
// 考え方, 2022): a search for 2024 or USB does not find ２０２４ or ＵＳＢ, and
// half-width kana (ｶﾅ) are a relic of old terminals. width reports each
// run of such characters once, at its first character.

func checkWidth(c *Context) {
	c.eachSentence("width", func(d *content.Doc, s *sentence) {
		if strings.IndexByte(s.text, 0xEF) < 0 {
			return // every character width reports is encoded from EF BC 90 to EF BE 9F
		}
		var prev rune
		for i, r := range s.text {
			kind := widthKind(r)
			if kind != "" && widthKind(prev) != kind && !s.inCode(i) {
				end := i
				for end < len(s.text) {
					r2, size := utf8.DecodeRuneInString(s.text[end:])
					if widthKind(r2) != kind {
						break
					}
					end += size
				}
				c.Report(d, s.posAt(i), "%s is %s; write %s", s.text[i:end], c.Lang.Text(kind), fixWidth(s.text[i:end]))
			}
			prev = r
		}
	})
}

// The kinds of wrong width, as a finding names them.
var (
	fullWidthASCII = msg.Mark("full-width letters or digits")
	halfWidthKana  = msg.Mark("half-width kana")
)

func widthKind(r rune) string {
	switch {
	case r >= '０' && r <= '９' || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ':
		return fullWidthASCII
	case r >= 0xFF61 && r <= 0xFF9F:
		return halfWidthKana
	}
	return ""
}

// fixWidth is s in the right width: full-width letters and digits as
// ASCII, half-width kana as full-width ones (with ﾞ and ﾟ joined to the
// kana before them: ｶﾞ is ガ).
func fixWidth(s string) string {
	var out []rune
	for _, r := range s {
		switch {
		case widthKind(r) == fullWidthASCII:
			out = append(out, r-'０'+'0')
		case r == 0xFF9E || r == 0xFF9F: // ﾞ ﾟ
			if n := len(out); n > 0 {
				if v := voiced(out[n-1], r == 0xFF9F); v != 0 {
					out[n-1] = v
					continue
				}
			}
			out = append(out, map[bool]rune{false: '゛', true: '゜'}[r == 0xFF9F])
		default:
			out = append(out, halfKana[r-0xFF61])
		}
	}
	return string(out)
}

// halfKana maps U+FF61…U+FF9F to full-width characters.
var halfKana = []rune("。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜")

// voiced is kana with a dakuten (ｶﾞ is ガ) or a handakuten (ﾊﾟ is パ), or
// 0 when it takes none.
func voiced(kana rune, handakuten bool) rune {
	from, to := []rune("カキクケコサシスセソタチツテトハヒフヘホウ"), []rune("ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ")
	if handakuten {
		from, to = []rune("ハヒフヘホ"), []rune("パピプペポ")
	}
	for i, r := range from {
		if r == kana {
			return to[i]
		}
	}
	return 0
}
