package search

import (
	"encoding/binary"
	"slices"
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

	titleLen []int
	keys     map[key]*postings
}

// key is a bigram (two characters) or a single character, packed into one
// integer so that building the index hashes integers, not strings.
type key uint64

const single = 0xFFFFFFFF // the second half of a single character's key

func bigram(a, b rune) key { return key(uint64(a)<<32 | uint64(uint32(b))) }
func unigram(a rune) key   { return key(uint64(a)<<32 | single) }

// String is the key as the index files spell it.
func (k key) String() string {
	a := rune(k >> 32)
	if k.isSingle() {
		return string(a)
	}
	return string([]rune{a, rune(uint32(k))})
}

func (k key) isSingle() bool { return uint32(k) == single }

// postings is the varint-encoded list for one key. A bigram's list is, for
// each page that has it: the page number's increase over the previous
// page's, the number of occurrences, then each position's increase over
// the previous one (the first from 0). A bigram that starts with an ASCII
// letter or digit stores its positions doubled, plus one where it starts a
// word; other bigrams store them as they are. A single character's list has only the page
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
	ix := &Index{Docs: docs, keys: map[key]*postings{}}
	// A page's keys in the order first seen, each with its positions;
	// slot maps a key to its place in seen. The slices are reused from
	// page to page.
	var (
		stream []rune
		seen   []key
		lists  [][]int
		slot   = map[key]int32{}
	)
	add := func(k key) int32 {
		i, ok := slot[k]
		if !ok {
			i = int32(len(seen))
			slot[k] = i
			seen = append(seen, k)
			if int(i) == len(lists) {
				lists = append(lists, nil)
			}
			lists[i] = lists[i][:0]
		}
		return i
	}
	for id, d := range docs {
		stream = appendNormalized(stream[:0], d.Title+"\n"+d.Text)
		ix.titleLen = append(ix.titleLen, len(appendNormalized(nil, d.Title)))

		clear(slot)
		seen = seen[:0]
		for i, r := range stream {
			if r == ' ' {
				continue
			}
			add(unigram(r))
			if i+1 < len(stream) && stream[i+1] != ' ' {
				pos := i
				if isWordRune(r) { // only such bigrams carry the word-start bit
					pos = 2 * i
					if i == 0 || !isWordRune(stream[i-1]) {
						pos++
					}
				}
				j := add(bigram(r, stream[i+1]))
				lists[j] = append(lists[j], pos)
			}
		}
		for i, k := range seen {
			p := ix.keys[k]
			if p == nil {
				p = &postings{}
				ix.keys[k] = p
			}
			p.put(id - p.last)
			p.last = id
			if k.isSingle() {
				continue
			}
			positions := lists[i]
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
func (ix *Index) sortedKeys() []key {
	keys := make([]key, 0, len(ix.keys))
	for k := range ix.keys {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
