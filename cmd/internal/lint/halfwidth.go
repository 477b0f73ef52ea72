package lint

import (
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// A Japanese keyboard in kana mode types letters, digits and the hyphen in
// full width (Ｃ－３０), and a long vowel mark (ー) or a minus sign (−) is
// easily taken for a hyphen. These helpers say what was meant.

// halfWidthID is an id as typed on a Japanese keyboard, written in the
// ASCII an id must be: Ｃ－３０ and Ｃー30 become C-30.
func halfWidthID(s string) string { return content.HalfWidth(s) }

// listSeparators are what an editor may type between the items of a list
// meaning ", ": 、 and ， of a Japanese keyboard, ・ of Japanese lists.
const listSeparators = "、，,､・　 "

// splitTyped splits a value typed as "契約前、定期" into its items, when
// every item is one of vocab: a list written with Japanese separators.
func splitTyped(v string, vocab []string) ([]string, bool) {
	parts := strings.FieldsFunc(v, func(r rune) bool { return strings.ContainsRune(listSeparators, r) })
	if len(parts) < 2 {
		return nil, false
	}
	for _, p := range parts {
		found := false
		for _, w := range vocab {
			found = found || p == w
		}
		if !found {
			return nil, false
		}
	}
	return parts, true
}
