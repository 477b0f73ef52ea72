package search

import (
	"encoding/base64"
	"encoding/binary"
	"sort"
)

// Result is one page that matches a query.
type Result struct {
	Doc   int
	URL   string
	Title string
	Kind  string
	Score float64
	// Exact: every term is on the page as typed. Such pages come first;
	// those found only through a variant spelling follow.
	Exact bool
}

// Answer is what a query finds: the results, best first; the content words
// it was looked up by when the query as a whole found little (Words then
// says which); and, when nothing is found, words of the handbook close to
// the query.
type Answer struct {
	Results  []Result
	Words    []string // the content words searched for, or nil
	Suggest  []string
	Fallback bool // the results include those found by Words
}

// Ranking. A term scores its occurrences (at most maxCount), more when one
// is in the title (or the keys) or near the start of the text, where a
// clause's own text stands; a page where the terms stand close together
// scores more. The kind's weight then scales the whole.
const (
	maxCount     = 5
	titleBonus   = 10
	headingBonus = 5
	leadBonus    = 3
	leadChars    = 150
	nearBonus    = 5
	nearChars    = 30
	closeBonus   = 2
	closeChars   = 100
	// A query that finds fewer pages than this is also looked up by its
	// content words.
	fewResults = 3
	maxSuggest = 5
)

// Search runs a query the way the browser does (assets/search.js mirrors
// this file; a test keeps the two in step) and returns the results, best
// first.
func (ix *Index) Search(q string) []Result { return ix.Ask(q).Results }

// Ask runs a query and says how it was answered.
func (ix *Index) Ask(q string) Answer {
	terms := Terms(q)
	if len(terms) == 0 {
		return Answer{}
	}
	groups := ix.normGroups()
	a := Answer{Results: ix.run(terms, groups)}
	if len(a.Results) < fewResults {
		if ws := words(q); len(ws) > 0 && !sameList(ws, terms) {
			// The pages with the query as typed first, then those with
			// its words, then those with only a variant of the query.
			if more := ix.run(ws, groups); len(more) > 0 {
				whole := a.Results
				a.Results = nil
				seen := map[int]bool{}
				for stage, list := range [][]Result{whole, more, whole} {
					for _, r := range list {
						if !seen[r.Doc] && (stage > 0 || r.Exact) {
							seen[r.Doc] = true
							a.Results = append(a.Results, r)
						}
					}
				}
				a.Words, a.Fallback = ws, true
			}
		}
	}
	if len(a.Results) == 0 {
		a.Suggest = suggest(q, ix.Words, maxSuggest)
	}
	return a
}

func sameList(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// normGroups is Groups normalised as queries are.
func (ix *Index) normGroups() [][]string {
	var out [][]string
	for _, g := range ix.Groups {
		var n []string
		for _, s := range g {
			if s = Normalize(s); s != "" && !contains(n, s) {
				n = append(n, s)
			}
		}
		if len(n) > 1 {
			out = append(out, n)
		}
	}
	return out
}

// termHit is how one query term matches one page.
type termHit struct {
	score float64
	pos   []int // where it starts, for nearness
	exact bool  // found as typed
}

// run finds the pages that match every term.
func (ix *Index) run(terms []string, groups [][]string) []Result {
	var per []map[int]termHit
	var alive map[int]bool
	for _, t := range terms {
		best := map[int]termHit{}
		for _, v := range variants(t, groups) {
			for doc, h := range ix.matchVariant(v) {
				if alive != nil && !alive[doc] {
					continue
				}
				s := score(h.count, h.where, v.weight)
				if h.exact < h.count {
					// some found only across bridges: those count as a variant
					s = score(h.count, h.where, variantWeight)
					if h.exact > 0 {
						s = max(s, score(h.exact, h.exactWhere, v.weight))
					}
				}
				exact := v.weight == 1 && h.exact > 0
				old, ok := best[doc]
				if !ok || s > old.score {
					best[doc] = termHit{s, h.pos, exact || ok && old.exact}
				} else if exact {
					old.exact = true
					best[doc] = old
				}
			}
		}
		if len(best) == 0 {
			return nil
		}
		alive = map[int]bool{}
		for doc := range best {
			alive[doc] = true
		}
		per = append(per, best)
	}
	out := make([]Result, 0, len(alive))
	for doc := range alive {
		d := ix.Docs[doc]
		if !RelativeURL(d.URL) {
			continue // as search.js does; the index files refuse such a URL
		}
		s, exact := 0.0, true
		for _, m := range per {
			s += m[doc].score
			exact = exact && m[doc].exact
		}
		if len(per) > 1 {
			var lists [][]int
			for _, m := range per {
				lists = append(lists, m[doc].pos)
			}
			if span, ok := nearest(lists); ok && span <= nearChars {
				s += nearBonus
			} else if ok && span <= closeChars {
				s += closeBonus
			}
		}
		out = append(out, Result{Doc: doc, URL: d.URL, Title: d.Title, Kind: d.Kind, Score: s * weight(d.Kind), Exact: exact})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Exact != out[j].Exact {
			return out[i].Exact
		}
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Doc < out[j].Doc
	})
	return out
}

// nearest returns the smallest distance between the first and last of one
// position from each list (each sorted), and false when a list is empty.
func nearest(lists [][]int) (int, bool) {
	idx := make([]int, len(lists))
	for _, l := range lists {
		if len(l) == 0 {
			return 0, false
		}
	}
	best := -1
	for {
		lo, hi, at := lists[0][idx[0]], lists[0][idx[0]], 0
		for i, l := range lists {
			p := l[idx[i]]
			if p < lo {
				lo, at = p, i
			}
			hi = max(hi, p)
		}
		if best < 0 || hi-lo < best {
			best = hi - lo
		}
		idx[at]++
		if idx[at] == len(lists[at]) {
			return best, true
		}
	}
}

// hit is how a lookup matches one page: all its occurrences, and those
// that need no bridge (exact).
type hit struct {
	count, exact      int
	where, exactWhere place
	pos               []int
}

// place says where on a page a word was found: in the title, the
// headings, near the start of the text.
type place struct{ title, heading, lead bool }

func score(count int, p place, w float64) float64 {
	s := float64(min(count, maxCount))
	if p.title {
		s += titleBonus
	}
	if p.heading {
		s += headingBonus
	}
	if p.lead {
		s += leadBonus
	}
	return s * w
}

// note records an occurrence at start on page doc.
func (ix *Index) note(h *hit, doc, start int, exact bool) {
	tl, hl := ix.titleLen[doc], ix.headLen[doc]
	title := start < tl
	heading := !title && start < tl+hl
	lead := !title && !heading && start < tl+hl+leadChars
	h.count++
	h.where = place{h.where.title || title, h.where.heading || heading, h.where.lead || lead}
	if exact {
		h.exact++
		h.exactWhere = place{h.exactWhere.title || title, h.exactWhere.heading || heading, h.exactWhere.lead || lead}
	}
	h.pos = append(h.pos, start)
}

func (ix *Index) matchVariant(v variant) map[int]*hit {
	if v.chain {
		return ix.matchChain(v.text)
	}
	return ix.matchTerm(v.text)
}

// matchTerm finds the pages where the term's characters stand together.
// Pairs of hiragana have no positions (see positionless): a term's other
// pairs must stand in place, and its pairs of hiragana need only be on the
// page. A term of hiragana alone (two or more characters) thus finds the
// pages that have all its pairs, as a one-character term finds the pages
// that have the character.
func (ix *Index) matchTerm(term string) map[int]*hit {
	r := []rune(term)
	hits := map[int]*hit{}
	if len(r) == 1 {
		for _, doc := range ix.docList(unigram(r[0])) {
			hits[doc] = &hit{count: 1, exact: 1}
		}
		return hits
	}
	onPage := ix.hiraganaPairs(r)
	offsets := ix.cover(r)
	if len(offsets) == 0 {
		for _, doc := range ix.docList(bigram(r[0], r[1])) {
			if onPage(doc) {
				hits[doc] = &hit{count: 1, exact: 1}
			}
		}
		return hits
	}
	lists := make([]map[int]occurrences, len(offsets))
	for i, o := range offsets {
		lists[i] = ix.positionList(bigram(r[o], r[o+1]))
	}
	shift := make([]int, len(offsets)) // 1 for lists that carry the word-start bit
	for i, o := range offsets {
		if isWordRune(r[o]) {
			shift[i] = 1
		}
	}
	for _, doc := range sortedDocs(lists[0]) {
		if !onPage(doc) {
			continue
		}
		h := &hit{}
	next:
		for _, p := range lists[0][doc].at {
			if shift[0] == 1 && p&1 == 0 {
				continue // an ASCII term must start a word (it is then the first pair)
			}
			start := p>>shift[0] - offsets[0]
			if start < 0 {
				continue
			}
			for i := 1; i < len(offsets); i++ {
				if !hasPos(lists[i][doc].at, start+offsets[i], shift[i]) {
					continue next
				}
			}
			ix.note(h, doc, start, true)
		}
		if h.count > 0 {
			hits[doc] = h
		}
	}
	return hits
}

// hiraganaPairs returns whether a page has every pair of hiragana of the
// term r.
func (ix *Index) hiraganaPairs(r []rune) func(doc int) bool {
	var sets []map[int]bool
	for i := 0; i+1 < len(r); i++ {
		if k := bigram(r[i], r[i+1]); k.positionless() {
			set := map[int]bool{}
			for _, doc := range ix.docList(k) {
				set[doc] = true
			}
			sets = append(sets, set)
		}
	}
	return func(doc int) bool {
		for _, set := range sets {
			if !set[doc] {
				return false
			}
		}
		return true
	}
}

// cover chooses the pairs of a term (by offset) whose positions are
// checked: the fewest bytes to load (cost) such that every character that
// some pair with positions holds is held by a chosen one. Every such
// choice finds the same pages; it only changes what the browser loads
// (取扱責任者 needs 取扱 and 任者, and either 扱責 or 責任, the smaller).
// search.js chooses the same way. It returns nil when every pair is of
// hiragana.
func (ix *Index) cover(r []rune) []int {
	n := len(r)
	positioned := make([]bool, n) // positioned[o]: the pair at o has positions
	for o := 0; o+1 < n; o++ {
		positioned[o] = !bigram(r[o], r[o+1]).positionless()
	}
	need := func(c int) bool { return positioned[c] || c > 0 && positioned[c-1] }
	// best[c][held] is the least cost of the characters from c on, with
	// held saying whether the pair at c-1 was chosen; pick says whether to
	// choose the pair at c.
	const never = 1 << 30
	best := make([][2]int, n+1)
	pick := make([][2]bool, n)
	for c := n - 1; c >= 0; c-- {
		for held := range 2 {
			best[c][held] = never
			if held == 1 || !need(c) {
				best[c][held] = best[c+1][0]
			}
			if positioned[c] {
				if v := ix.cost(bigram(r[c], r[c+1])) + best[c+1][1]; v < best[c][held] {
					best[c][held], pick[c][held] = v, true
				}
			}
		}
	}
	var out []int
	held := 0
	for c := 0; c < n-1; c++ {
		if pick[c][held] {
			out = append(out, c)
			held = 1
		} else {
			held = 0
		}
	}
	return out
}

// cost is what loading a key's list takes: a long list's size in KiB, as
// index.js gives it (see listKB), and 1 for a short one, which shares a
// file with others.
func (ix *Index) cost(k key) int {
	if l := ix.list(k); base64.StdEncoding.EncodedLen(len(l)) > bigKeyBytes {
		return listKB(l)
	}
	return 1
}

// matchChain finds the pages where the term's characters follow each other,
// possibly across bridges (取扱 in 取り扱い): every pair of the term is
// looked up, and each tells where the next starts. As in matchTerm, its
// pairs of hiragana need only be on the page; the chain starts at its
// first pair with positions (the pairs before it are of hiragana, which
// bridge nothing).
func (ix *Index) matchChain(term string) map[int]*hit {
	r := []rune(term)
	first := 0
	for first+1 < len(r) && bigram(r[first], r[first+1]).positionless() {
		first++
	}
	if first+1 >= len(r) {
		return ix.matchTerm(term)
	}
	onPage := ix.hiraganaPairs(r)
	lists := make([]map[int]occurrences, len(r)-1)
	for i := first; i < len(lists); i++ {
		if !bigram(r[i], r[i+1]).positionless() {
			lists[i] = ix.positionList(bigram(r[i], r[i+1]))
		}
	}
	shift := func(i int) int {
		if isWordRune(r[i]) {
			return 1
		}
		return 0
	}
	hits := map[int]*hit{}
	for _, doc := range sortedDocs(lists[first]) {
		if !onPage(doc) {
			continue
		}
		h := &hit{}
		try := func(start, next int, exact bool) {
			for i := first + 1; i < len(lists) && next >= 0; i++ {
				if lists[i] == nil { // a pair of hiragana, on the page
					next++
					continue
				}
				o := lists[i][doc]
				if hasPos(o.at, next, shift(i)) {
					next++
				} else if k := bridgeSkip(o.bridges, next); k > 0 {
					next += 1 + k
					exact = false
				} else {
					next = -1
				}
			}
			if next >= 0 && start >= 0 {
				ix.note(h, doc, start, exact)
			}
		}
		// Starts in increasing order, so that positions stay sorted.
		o := lists[first][doc]
		i, j := 0, 0
		for i < len(o.at) || j < len(o.bridges) {
			if j == len(o.bridges) || i < len(o.at) && o.at[i]>>shift(first) < o.bridges[j]>>1 {
				p := o.at[i]
				i++
				if shift(first) == 1 && p&1 == 0 {
					continue
				}
				try(p>>shift(first)-first, p>>shift(first)+1, true)
			} else {
				b := o.bridges[j]
				j++
				try(b>>1-first, (b>>1)+1+(b&1)+1, false)
			}
		}
		if h.count > 0 {
			hits[doc] = h
		}
	}
	return hits
}

// bridgeSkip returns the number of hiragana bridged at position p (see
// postings), or 0 when no bridge starts there.
func bridgeSkip(bridges []int, p int) int {
	i := sort.Search(len(bridges), func(i int) bool { return bridges[i]>>1 >= p })
	if i < len(bridges) && bridges[i]>>1 == p {
		return bridges[i]&1 + 1
	}
	return 0
}

func sortedDocs(m map[int]occurrences) []int {
	out := make([]int, 0, len(m))
	for d := range m {
		out = append(out, d)
	}
	sort.Ints(out)
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

// occurrences are a bigram's positions on one page, as stored.
type occurrences struct {
	at, bridges []int
}

func (ix *Index) positionList(k key) map[int]occurrences {
	out := map[int]occurrences{}
	doc := 0
	b := ix.list(k)
	next := func() int {
		v, n := binary.Uvarint(b)
		b = b[n:]
		return int(v)
	}
	read := func(c int) []int {
		pos := 0
		list := make([]int, 0, c)
		for range c {
			pos += next()
			list = append(list, pos)
		}
		return list
	}
	for len(b) > 0 {
		doc += next()
		c := next()
		o := occurrences{at: read(c >> 1)}
		if c&1 == 1 {
			o.bridges = read(next())
		}
		out[doc] = o
	}
	return out
}
