// Package search builds the site's search index at build time: Japanese-
// aware, so that a query matches inside compounds and across character
// widths, and exact, so that a query term matches only where its characters
// stand together.
//
// Text is normalised segment by segment (a base character and the marks
// that follow it): NFKC (full-width letters and half-width kana become
// ordinary ones), then lower case; runs of white space become one space.
// The browser repeats the same steps on the query and on a page's text
// (String.prototype.normalize("NFKC")), which is why normalisation works on
// segments: a position in the normalised text can then be mapped back to
// the original text for highlighting.
//
// The index maps each pair of adjacent characters (a bigram) to the pages
// and positions where it occurs, and each single character and each pair
// of hiragana to the pages that have it (see positionless). A query term
// of two or more characters matches a page where the term's bigrams stand
// at consecutive positions, its pairs of hiragana only being on the page;
// a one-character term matches a page that has the character. A term that starts with an ASCII
// letter or digit must also start a word (so "id" finds "ID" and "IDカード"
// but not "provide"). Several terms must all match. Spelling variants
// (okurigana, long-vowel marks, hiragana for katakana, the handbook's
// words, ids) are folded as fold.go says; a query that finds little is
// looked up again by its content words (query.go).
//
// The index is written as JavaScript files that the page loads with
// <script> elements (fetch() cannot read local files, and the site must
// work from file://): a small index.js with the list of pages, and shards
// of postings and page texts that a query loads on demand.
package search

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Segment splits s into normalisation segments: a character and the marks
// (and half-width sound marks ﾞ ﾟ) that follow it.
func segments(s string, f func(seg string)) {
	for i := 0; i < len(s); {
		_, _, end := segmentAt(s, i)
		f(s[i:end])
		i = end
	}
}

// segmentAt reads the segment that starts at s[i]: its first character r,
// of size bytes, and the end of the segment.
func segmentAt(s string, i int) (r rune, size, end int) {
	r, size = rune(s[i]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRuneInString(s[i:])
	}
	for end = i + size; end < len(s) && s[end] >= utf8.RuneSelf; {
		m, n := utf8.DecodeRuneInString(s[end:])
		if !attaches(m) {
			break
		}
		end += n
	}
	return r, size, end
}

func attaches(r rune) bool {
	if r < 0x300 { // below the first combining mark
		return false
	}
	if r < 0x10000 {
		bmpOnce.Do(fillBMP)
		return bmpMark[r>>3]&(1<<(r&7)) != 0
	}
	return unicode.Is(unicode.M, r)
}

// The Basic Multilingual Plane's marks and single-character normal forms,
// worked out once: normalising a page looks up every character.
var (
	bmpOnce sync.Once
	bmpMark [0x10000 / 8]byte
	bmpNorm [0x10000]string
	// bmpRune is bmpNorm as one character where it is one (' ' for
	// white space), and 0 where it is not.
	bmpRune [0x10000]rune
)

func fillBMP() {
	for r := rune(0); r < 0x10000; r++ {
		if r == '\uFF9E' || r == '\uFF9F' || unicode.Is(unicode.M, r) {
			bmpMark[r>>3] |= 1 << (r & 7)
		}
		if r >= 0xD800 && r < 0xE000 {
			continue // surrogates are not characters
		}
		bmpNorm[r] = slowNormSegment(string(r))
		if n := []rune(bmpNorm[r]); len(n) == 1 && n[0] != 0 {
			bmpRune[r] = n[0]
		}
	}
}

// normSegment normalises one segment: NFKC, lower case, white space as a
// single space.
func normSegment(seg string) string {
	if len(seg) == 1 { // ASCII: the common case, without allocating
		c := seg[0]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			return " "
		case 'A' <= c && c <= 'Z':
			return asciiLower[c-'A' : c-'A'+1]
		}
		return seg
	}
	if r, size := utf8.DecodeRuneInString(seg); size == len(seg) && r < 0x10000 && r != utf8.RuneError {
		bmpOnce.Do(fillBMP)
		return bmpNorm[r]
	}
	return slowNormSegment(seg)
}

func slowNormSegment(seg string) string {
	n := seg
	if !norm.NFKC.IsNormalString(seg) {
		n = norm.NFKC.String(seg)
	}
	n = strings.ToLower(n)
	if strings.TrimSpace(n) == "" {
		return " "
	}
	return n
}

const asciiLower = "abcdefghijklmnopqrstuvwxyz"

// appendNormalized appends the normalised form of s to dst, as runes: the
// same as []rune(Normalize(s)) without building the string. It walks s
// once; a character without marks after it is looked up in bmpRune.
func appendNormalized(dst []rune, s string) []rune {
	bmpOnce.Do(fillBMP)
	start := len(dst)
	lastSpace := true
	for i := 0; i < len(s); {
		r, size, end := segmentAt(s, i)
		if end == i+size && r < 0x10000 {
			switch n := bmpRune[r]; n {
			case ' ':
				if !lastSpace {
					dst = append(dst, ' ')
				}
				lastSpace = true
				i = end
				continue
			case 0: // more than one character, or none
			default:
				dst = append(dst, n)
				lastSpace = false
				i = end
				continue
			}
		}
		n := normSegment(s[i:end])
		i = end
		if n == " " {
			if !lastSpace {
				dst = append(dst, ' ')
			}
			lastSpace = true
			continue
		}
		for _, r := range n {
			dst = append(dst, r)
		}
		lastSpace = false
	}
	for len(dst) > start && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// Normalize returns the normalised form of s.
func Normalize(s string) string {
	var b strings.Builder
	lastSpace := true // drop leading space
	segments(s, func(seg string) {
		n := normSegment(seg)
		if n == " " {
			if !lastSpace {
				b.WriteByte(' ')
			}
			lastSpace = true
			return
		}
		b.WriteString(n)
		lastSpace = false
	})
	return strings.TrimRight(b.String(), " ")
}

// Terms splits a query into normalised terms: white space and the
// punctuation of Japanese prose (breaks) separate them, duplicates are
// dropped, and at most MaxTerms of at most MaxTermLen characters are kept,
// so that a pasted paragraph cannot stall the page.
func Terms(q string) []string {
	const maxQuery = 200
	if r := []rune(q); len(r) > maxQuery {
		q = string(r[:maxQuery])
	}
	var out []string
	for _, t := range strings.FieldsFunc(Normalize(q), func(r rune) bool { return r == ' ' || isBreak(r) }) {
		if r := []rune(t); len(r) > MaxTermLen {
			t = string(r[:MaxTermLen])
		}
		dup := false
		for _, o := range out {
			dup = dup || o == t
		}
		if !dup {
			out = append(out, t)
		}
		if len(out) == MaxTerms {
			break
		}
	}
	return out
}

// Limits on queries.
const (
	MaxTerms   = 8
	MaxTermLen = 40
)

// isWordRune reports whether r is an ASCII letter or digit: terms that start
// with one must start a word.
func isWordRune(r rune) bool {
	return r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// breaks are the punctuation marks of Japanese prose (as normalised: NFKC
// makes （） ASCII), which separate the words of a query as a space does.
// The index keeps no pair of characters with one of them: at 10,000 pages
// of the prose corpus those pairs were 9% of the postings (、 and 。 follow
// every few words), and no term can hold one.
const breaks = "、。「」『』【】〔〕()・"

// isBreak is strings.ContainsRune(breaks, r) by a switch: it is asked of
// every character indexed, and the search through the string took 0.9 s
// of CPU time of a build of 10,000 pages of prose (TestIsBreak).
func isBreak(r rune) bool {
	switch r {
	case '、', '。', '「', '」', '『', '』', '【', '】', '〔', '〕', '(', ')', '・':
		return true
	}
	return false
}
