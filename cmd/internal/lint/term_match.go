package lint

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// termMatcher finds the avoided spellings of the terms setting in a text.
// It looks at each character once: a bitset of the spellings' first
// characters lets it pass over the others without a map lookup, which
// keeps the term rule a small part of linting 10,000 files (the target is
// a second for the whole lint).
type termMatcher struct {
	first  [1 << 16 / 64]uint64      // first characters in the BMP
	byRune map[rune][]*avoidSpelling // by first character, longest first
}

// avoidSpelling is one avoid spelling with the right spellings that hold
// it (the terms' use spellings and the entry's allow list), which are not
// reported: コンピュータ inside コンピューター, 届け出 inside 届け出る.
type avoidSpelling struct {
	text   string
	term   *content.Term
	covers []cover
}

// cover is a right spelling s that holds the avoid spelling at byte offset
// k of s.
type cover struct {
	s string
	k int
}

func newTermMatcher(terms []content.Term) *termMatcher {
	m := &termMatcher{byRune: map[rune][]*avoidSpelling{}}
	var right []string
	for _, t := range terms {
		right = append(right, t.Use)
	}
	for i := range terms {
		t := &terms[i]
		for _, a := range t.Avoid {
			as := &avoidSpelling{text: a, term: t}
			for _, r := range append(slices.Clip(right), t.Allow...) {
				for k := strings.Index(r, a); k >= 0; {
					as.covers = append(as.covers, cover{r, k})
					next := strings.Index(r[k+1:], a)
					if next < 0 {
						break
					}
					k += 1 + next
				}
			}
			r, _ := utf8.DecodeRuneInString(a)
			if r < 1<<16 {
				m.first[r/64] |= 1 << (r % 64)
			}
			m.byRune[r] = append(m.byRune[r], as)
		}
	}
	if len(m.byRune) == 0 {
		return nil
	}
	for _, list := range m.byRune {
		slices.SortFunc(list, func(a, b *avoidSpelling) int { return len(b.text) - len(a.text) })
	}
	return m
}

// find calls f with the byte offset and spelling of each avoided spelling
// in s, left to right, without overlaps, until f returns false.
func (m *termMatcher) find(s string, f func(off int, a *avoidSpelling) bool) {
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if r < 1<<16 && m.first[r/64]&(1<<(r%64)) == 0 {
			i += size
			continue
		}
		matched := false
		for _, a := range m.byRune[r] {
			if strings.HasPrefix(s[i:], a.text) && !a.covered(s, i) {
				if !f(i, a) {
					return
				}
				i += len(a.text)
				matched = true
				break
			}
		}
		if !matched {
			i += size
		}
	}
}

// any reports whether s holds an avoided spelling.
func (m *termMatcher) any(s string) bool {
	found := false
	m.find(s, func(int, *avoidSpelling) bool {
		found = true
		return false
	})
	return found
}

// covered reports whether the avoid spelling at offset i of s is part of a
// right spelling.
func (a *avoidSpelling) covered(s string, i int) bool {
	for _, c := range a.covers {
		if i >= c.k && strings.HasPrefix(s[i-c.k:], c.s) {
			return true
		}
	}
	return false
}
