package create

import (
	"strings"
	"unicode"
)

// maxSlug bounds the words a title adds to a file name.
const maxSlug = 40

// fileName is a clause's or check item's file name: its id (stem), then
// the slug (--slug, or the ASCII words of the title).
//
// tokki cannot read a Japanese title aloud without a dictionary, and a
// reading guessed from kanji would be wrong as often as right, so the
// file name takes only what the title spells in Latin letters and digits
// (生成AIの利用 gives c39-ai.md, ＵＳＢメモリ gives usb); a title without
// any gives the id alone (c39.md). File names are free: --slug, or a
// rename later, names the file as the editors like.
func fileName(stem string, o Options) string {
	s := o.Slug
	if s == "" {
		s = o.Title
	}
	if w := slug(s); w != "" {
		return stem + "-" + w + ".md"
	}
	return stem + ".md"
}

// slug keeps the ASCII letters and digits of s (full-width ones made
// half-width), lower case, its words joined by '-'.
func slug(s string) string {
	var words []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	for _, r := range s {
		if r >= '！' && r <= '～' { // full-width ASCII, as a Japanese keyboard types it
			r -= '！' - '!'
		}
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			w.WriteRune(unicode.ToLower(r))
			continue
		}
		flush()
	}
	flush()
	out := strings.Join(words, "-")
	for len(out) > maxSlug {
		i := strings.LastIndexByte(out, '-')
		if i < 0 {
			return out[:maxSlug]
		}
		out = out[:i]
	}
	return out
}
