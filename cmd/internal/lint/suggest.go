package lint

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// suggestBudget is how many names one suggester compares at most. A
// suggestion helps with a typo, which a few comparisons find; without a
// bound, a file of 40,000 links to missing pages in a folder of 1,000 cost
// 40 million comparisons (25 s). Once it is spent, findings come without a
// suggestion, and lint stays linear in what it reads.
const suggestBudget = 1 << 18

// suggester finds, among a fixed set of names, the one a misspelt name was
// meant to be. It remembers its answers, so a wrong name repeated costs one
// search.
type suggester struct {
	names  []string
	lower  [][]rune // the names in lower case
	memo   map[string]string
	budget int
}

func newSuggester(names []string) *suggester {
	s := &suggester{names: names, lower: make([][]rune, len(names)), budget: suggestBudget}
	for i, n := range names {
		s.lower[i] = []rune(strings.ToLower(n))
	}
	return s
}

// nearest returns the name closest to q in edit distance, or "" when none
// is close enough to be a plausible typo (or the budget is spent).
func (s *suggester) nearest(q string) string {
	if n, ok := s.memo[q]; ok || len(s.names) == 0 {
		return n
	}
	if s.budget < len(s.names) {
		return ""
	}
	s.budget -= len(s.names)
	// Ｃ－０９ is C-09 typed in full width: the nearest of all.
	h := halfWidthID(q)
	for _, n := range s.names {
		if h != q && strings.EqualFold(h, n) {
			return s.remember(q, n)
		}
	}
	rq := []rune(strings.ToLower(width.Fold.String(q)))
	best, bestD := "", -1
	for i, r := range s.lower {
		if d := distance(rq, r); bestD < 0 || d < bestD {
			best, bestD = s.names[i], d
		}
	}
	n := utf8.RuneCountInString(q)
	limit := max(2, n/4)
	// A suggestion must keep at least half of what was written.
	if bestD > limit || 2*bestD > n {
		best = ""
	}
	return s.remember(q, best)
}

func (s *suggester) remember(q, name string) string {
	if s.memo == nil {
		s.memo = map[string]string{}
	}
	s.memo[q] = name
	return name
}

// didYouMean is " (did you mean "x"?)" or "". For an id typed in full
// width (Ｃ－３０) it says how to write it.
func (s *suggester) didYouMean(lang msg.Lang, q string) string {
	n, h := s.nearest(q), halfWidthID(q)
	full := h != q && idRE.MatchString(h)
	switch {
	case n != "" && n != q && strings.EqualFold(h, n):
		return lang.Sprintf(" (write it in half-width characters: %q)", n)
	case full && n != "":
		return lang.Sprintf(" (ids are written in half-width characters, %q; did you mean %q?)", h, n)
	case full:
		return lang.Sprintf(" (ids are written in half-width characters: %q)", h)
	case n != "" && n != q:
		return lang.Sprintf(" (did you mean %q?)", n)
	}
	return ""
}

// nearest is suggester.nearest for one name.
func nearest(s string, candidates []string) string {
	return newSuggester(candidates).nearest(s)
}

// didYouMean is suggester.didYouMean for one name.
func didYouMean(lang msg.Lang, s string, candidates []string) string {
	return newSuggester(candidates).didYouMean(lang, s)
}

// distance is the Levenshtein distance between a and b.
func distance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func quoteList(vs []string) string {
	return strings.Join(vs, ", ")
}
