package search

import (
	"encoding/binary"
	"sort"
)

// Doc is one page to index.
type Doc struct {
	URL   string // relative to the site root
	Title string
	Kind  string // the page kind; see Weights
	Text  string // the page's plain text
}

// Weights scale a page's score by its kind: the one-page whole documents
// (the 特記仕様書 and the 遵守確認表) hold every clause's words and would
// otherwise top every search, so specific pages rank above them.
var Weights = map[string]float64{
	"clauses":   0.2,
	"checklist": 0.2,
	"trace":     0.2,
	"home":      0.5,
}

func weight(kind string) float64 {
	if w, ok := Weights[kind]; ok {
		return w
	}
	return 1
}

// Index is a built search index.
type Index struct {
	Docs []Doc

	streams  [][]rune // each page's normalised title, a space, its text
	titleLen []int
	keys     map[string]*postings
}

// postings is the varint-encoded list for one key. A bigram's list is, for
// each page that has it: the page number's increase over the previous
// page's, the number of occurrences, then each position's increase over
// the previous one (the first from 0); a position is stored doubled, plus
// one where it starts a word. A single character's list has only the page
// number increases.
type postings struct {
	buf  []byte
	last int
}

func (p *postings) put(v int) {
	p.buf = binary.AppendUvarint(p.buf, uint64(v))
}

// Build indexes docs; their order is the order of equal-scoring results.
func Build(docs []Doc) *Index {
	ix := &Index{Docs: docs, keys: map[string]*postings{}}
	local := map[string][]int{}
	for id, d := range docs {
		title := []rune(Normalize(d.Title))
		stream := []rune(Normalize(d.Title + "\n" + d.Text))
		ix.streams = append(ix.streams, stream)
		ix.titleLen = append(ix.titleLen, len(title))

		clear(local)
		for i, r := range stream {
			if r == ' ' {
				continue
			}
			if _, seen := local[string(r)]; !seen {
				local[string(r)] = nil
			}
			if i+1 < len(stream) && stream[i+1] != ' ' {
				key := string(stream[i : i+2])
				pos := 2 * i
				if isWordRune(r) && (i == 0 || !isWordRune(stream[i-1])) {
					pos++
				}
				local[key] = append(local[key], pos)
			}
		}
		for key, positions := range local {
			p := ix.keys[key]
			if p == nil {
				p = &postings{last: 0}
				ix.keys[key] = p
			}
			p.put(id - p.last)
			p.last = id
			if len([]rune(key)) == 1 {
				continue
			}
			p.put(len(positions))
			prev := 0
			for _, pos := range positions {
				p.put(pos - prev)
				prev = pos
			}
		}
	}
	return ix
}

// sortedKeys returns the index's keys in a fixed order.
func (ix *Index) sortedKeys() []string {
	keys := make([]string, 0, len(ix.keys))
	for k := range ix.keys {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
