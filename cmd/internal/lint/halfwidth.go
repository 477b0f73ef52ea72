package lint

import (
	"strings"

	"golang.org/x/text/width"
)

// A Japanese keyboard in kana mode types letters, digits and the hyphen in
// full width (Ｃ－３０), and a long vowel mark (ー) or a minus sign (−) is
// easily taken for a hyphen. These helpers say what was meant.

// dashes are the characters typed where an id's hyphen was meant.
var dashes = strings.NewReplacer("ー", "-", "−", "-", "‐", "-", "―", "-", "–", "-", "—", "-", "ｰ", "-")

// halfWidthID is s with full-width letters, digits and dashes written in
// ASCII: Ｃ－３０ and Ｃー30 become C-30.
func halfWidthID(s string) string {
	return dashes.Replace(width.Fold.String(s))
}

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
