package search

import (
	"encoding/binary"
	"sort"
)

// Result is one page that matches a query.
type Result struct {
	Doc   int
	URL   string
	Title string
	Score float64
}

// Search runs a query the way the browser does (assets/search.js mirrors
// this function; a test keeps the two in step). Results come best first.
func (ix *Index) Search(q string) []Result {
	terms := Terms(q)
	if len(terms) == 0 {
		return nil
	}
	score := map[int]float64{}
	for ti, t := range terms {
		hits := ix.matchTerm(t)
		next := map[int]float64{}
		for doc, h := range hits {
			if _, ok := score[doc]; ti > 0 && !ok {
				continue
			}
			s := float64(min(h.count, 5))
			if h.inTitle {
				s += 10
			}
			next[doc] = score[doc] + s
		}
		score = next
		if len(score) == 0 {
			return nil
		}
	}
	out := make([]Result, 0, len(score))
	for doc, s := range score {
		d := ix.Docs[doc]
		if !RelativeURL(d.URL) {
			continue // as search.js does; the index files refuse such a URL
		}
		out = append(out, Result{Doc: doc, URL: d.URL, Title: d.Title, Score: s * weight(d.Kind)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Doc < out[j].Doc
	})
	return out
}

type hit struct {
	count   int
	inTitle bool
}

// matchTerm finds the pages where the term's characters stand together.
func (ix *Index) matchTerm(term string) map[int]hit {
	r := []rune(term)
	hits := map[int]hit{}
	if len(r) == 1 {
		for _, doc := range ix.docList(unigram(r[0])) {
			hits[doc] = hit{count: 1}
		}
		return hits
	}
	offsets := coverOffsets(len(r))
	lists := make([]map[int][]int, len(offsets))
	for i, o := range offsets {
		lists[i] = ix.positionList(bigram(r[o], r[o+1]))
	}
	shift := make([]int, len(offsets)) // 1 for lists that carry the word-start bit
	for i, o := range offsets {
		if isWordRune(r[o]) {
			shift[i] = 1
		}
	}
	for doc, first := range lists[0] {
		count, inTitle := 0, false
	next:
		for _, p := range first {
			if shift[0] == 1 && p&1 == 0 {
				continue // an ASCII term must start a word
			}
			start := p >> shift[0]
			for i := 1; i < len(offsets); i++ {
				if !hasPos(lists[i][doc], start+offsets[i], shift[i]) {
					continue next
				}
			}
			count++
			inTitle = inTitle || start < ix.titleLen[doc]
		}
		if count > 0 {
			hits[doc] = hit{count, inTitle}
		}
	}
	return hits
}

// coverOffsets are the offsets of the bigrams that cover a term of n
// characters without gaps: 0, 2, 4, … and n-2.
func coverOffsets(n int) []int {
	var out []int
	for o := 0; o+2 <= n; o += 2 {
		out = append(out, o)
	}
	if n%2 == 1 {
		out = append(out, n-2)
	}
	return out
}

// hasPos reports whether the sorted stored positions hold character
// position p (shifted by one where they carry the word-start bit).
func hasPos(stored []int, p, shift int) bool {
	i := sort.Search(len(stored), func(i int) bool { return stored[i]>>shift >= p })
	return i < len(stored) && stored[i]>>shift == p
}

func (ix *Index) docList(k key) []int {
	var out []int
	doc := 0
	for b := ix.list(k); len(b) > 0; {
		d, n := binary.Uvarint(b)
		b = b[n:]
		doc += int(d)
		out = append(out, doc)
	}
	return out
}

func (ix *Index) positionList(k key) map[int][]int {
	out := map[int][]int{}
	doc := 0
	for b := ix.list(k); len(b) > 0; {
		d, n := binary.Uvarint(b)
		b = b[n:]
		doc += int(d)
		c, n := binary.Uvarint(b)
		b = b[n:]
		pos := 0
		list := make([]int, 0, c)
		for range c {
			v, n := binary.Uvarint(b)
			b = b[n:]
			pos += int(v)
			list = append(list, pos)
		}
		out[doc] = list
	}
	return out
}
