package search

import (
	"strings"
	"unicode"
)

// Japanese writes one word several ways, and search folds the ways onto
// each other (search.js repeats every rule here; a test keeps the two in
// step):
//
//   - okurigana: 取り扱い, 取扱い and 取扱 are one word. The index keeps
//     the text as written and adds a bridge wherever one or two hiragana
//     stand between two kanji (取り扱: the pair 取扱, marked as bridging
//     one character). A query's skeleton drops such hiragana and a
//     trailing one after its last kanji (取り扱い → 取扱), and matches
//     across bridges. Hiragana that start with a particle (の, を, に …)
//     are never bridged: 情報の保護 is not 情報保護.
//   - a katakana word's trailing long-vowel mark: コンピューター is also
//     looked up as コンピュータ (which matches both).
//   - hiragana typed for katakana: まいなんばー is also looked up as マイナンバー.
//   - the handbook's terms: a query with an avoided spelling or a synonym
//     is also looked up with the other spellings of its word.
//   - ids: c09, C-9 and Ｃ－０９ are looked up as c-09.
//
// Pages that have every word of the query as typed come first (see
// Result.Exact); among the others, a word found only through a variant
// scores half.

// particles start hiragana runs that are never bridged.
const particles = "のをにがはとでへやもかなねよ"

// isParticle is strings.ContainsRune(particles, r) for hiragana r, by table:
// the indexer asks often.
var particleTable = func() (t [0x60]bool) {
	for _, r := range particles {
		t[r-0x3040] = true
	}
	return t
}()

func isParticle(r rune) bool { return r >= 0x3040 && r < 0x30A0 && particleTable[r-0x3040] }

func isKanji(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF { // the common ideographs, without a table lookup
		return true
	}
	return r == '々' || r == '〆' || (r >= 0x3400 && unicode.Is(unicode.Han, r))
}

func isHiragana(r rune) bool { return r >= 'ぁ' && r <= 'ゖ' }

func isKatakana(r rune) bool { return r >= 'ァ' && r <= 'ヺ' }

// bridgeAt returns how many hiragana (1 or 2) stand between the kanji at s[i]
// and the next kanji, where they may be left out; 0 where not.
func bridgeAt(s []rune, i int) int {
	// The indexer asks at every character: the cheap tests first.
	if i+2 >= len(s) || !isHiragana(s[i+1]) || isParticle(s[i+1]) || !isKanji(s[i]) {
		return 0
	}
	for k := 1; k <= 2 && i+1+k < len(s); k++ {
		if isKanji(s[i+1+k]) {
			return k
		}
		if !isHiragana(s[i+1+k]) {
			return 0
		}
	}
	return 0
}

// skeleton drops a term's bridgeable hiragana and the one or two after its
// last kanji (not a particle), keeping at least two characters.
func skeleton(term string) string {
	r := []rune(term)
	var out []rune
	for i := 0; i < len(r); i++ {
		out = append(out, r[i])
		i += bridgeAt(r, i)
	}
	n, k := len(out), 0
	for k < n && isHiragana(out[n-1-k]) {
		k++
	}
	if k >= 1 && k <= 2 && n-k >= 2 && isKanji(out[n-k-1]) && !isParticle(out[n-k]) {
		out = out[:n-k]
	}
	return string(out)
}

// trimLongVowel drops the long-vowel mark that ends a katakana run of at
// least three characters before it: メモリー → メモリ, not キー.
func trimLongVowel(term string) string {
	r := []rune(term)
	var out []rune
	for i, c := range r {
		if c == 'ー' && (i+1 == len(r) || !isKatakana(r[i+1]) && r[i+1] != 'ー') {
			n := 0
			for j := i - 1; j >= 0 && (isKatakana(r[j]) || r[j] == 'ー'); j-- {
				n++
			}
			if n >= 3 {
				continue
			}
		}
		out = append(out, c)
	}
	return string(out)
}

// toKatakana returns a term of hiragana (and ー) of two or more characters
// in katakana, or "" for any other term.
func toKatakana(term string) string {
	r := []rune(term)
	if len(r) < 2 {
		return ""
	}
	for i, c := range r {
		switch {
		case isHiragana(c):
			r[i] = c + 0x60
		case c != 'ー':
			return ""
		}
	}
	return string(r)
}

// idForm returns the id a term spells (c09, c-9 → c-09; k-13-2 as it
// is), or "".
func idForm(term string) string {
	if len(term) < 2 || term[0] < 'a' || term[0] > 'z' {
		return ""
	}
	rest := strings.TrimPrefix(term[1:], "-")
	parts := strings.Split(rest, "-")
	for _, p := range parts {
		if p == "" || len(p) > 4 || strings.Trim(p, "0123456789") != "" {
			return ""
		}
	}
	if len(parts[0]) == 1 {
		parts[0] = "0" + parts[0]
	}
	return term[:1] + "-" + strings.Join(parts, "-")
}

// A variant is one way of looking up a query term.
type variant struct {
	text   string
	weight float64 // 1 for the term as typed, variantWeight for the others
	chain  bool    // matched across bridges (see matchChain)
}

const (
	variantWeight = 0.5
	maxVariants   = 8
)

// variants lists the ways to look up term: as typed first. groups are the
// handbook's words, each a list of normalised spellings.
func variants(term string, groups [][]string) []variant {
	sk := skeleton(term)
	out := []variant{{text: term, weight: 1, chain: sk == term && shortKanji(term)}}
	add := func(t string, chain bool) {
		if t == "" || len(out) >= maxVariants {
			return
		}
		for _, v := range out {
			if v.text == t {
				return
			}
		}
		out = append(out, variant{text: t, weight: variantWeight, chain: chain})
	}
	for _, g := range groups {
		for _, m := range g {
			if m == "" || !strings.Contains(term, m) {
				continue
			}
			for _, o := range g {
				if o != m {
					add(strings.Replace(term, m, o, 1), false)
				}
			}
		}
	}
	add(idForm(term), false)
	if k := toKatakana(term); k != "" {
		add(k, false)
		add(trimLongVowel(k), false)
	}
	add(trimLongVowel(term), false)
	if sk != term {
		add(sk, true)
	}
	return out
}

// shortKanji: a term of two or three kanji is matched across bridges as it
// stands (取扱 finds 取り扱い); looking up a longer one so would load more of
// the index than its exact match does.
func shortKanji(term string) bool {
	r := []rune(term)
	if len(r) < 2 || len(r) > 3 {
		return false
	}
	for _, c := range r {
		if !isKanji(c) {
			return false
		}
	}
	return true
}

// words splits a query into its content words, for when the query as a
// whole finds little: hiragana runs (particles, inflection) and
// punctuation separate words, except bridgeable hiragana inside a word
// (USBメモリを紛失した → usbメモリ, 紛失; 個人情報を持ち出すとき → 個人情報, 持ち出).
func words(q string) []string {
	var out []string
	for _, t := range Terms(q) {
		r := []rune(t)
		var cur []rune
		flush := func() {
			if strings.Trim(string(cur), "ー") != "" {
				w := string(cur)
				if !contains(out, w) && len(out) < MaxTerms {
					out = append(out, w)
				}
			}
			cur = nil
		}
		for i := 0; i < len(r); i++ {
			c := r[i]
			if k := bridgeAt(r, i); k > 0 {
				cur = append(cur, r[i:i+1+k]...)
				i += k
				continue
			}
			if isHiragana(c) || !(unicode.IsLetter(c) || unicode.IsDigit(c) || c == '-') {
				flush()
				continue
			}
			cur = append(cur, c)
		}
		flush()
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
