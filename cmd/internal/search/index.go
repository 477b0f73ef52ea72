package search

import (
	"encoding/binary"
	"runtime"
	"slices"
	"sync"
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
	// first is the first page while a part of the pages is indexed on
	// its own (see buildPart): buf then starts after that page's number.
	first int
}

func (p *postings) put(v int) {
	p.buf = binary.AppendUvarint(p.buf, uint64(v))
}

// Build indexes docs; their order is the order of equal-scoring results.
// Large sets are indexed in parts, one per core, and the parts' lists
// joined: the result is the same byte for byte.
func Build(docs []Doc) *Index {
	return buildIn(docs, min(runtime.GOMAXPROCS(0), 4, max(1, len(docs)/512)))
}

// buildIn indexes docs in the given number of parts.
func buildIn(docs []Doc, parts int) *Index {
	built := make([]*part, parts)
	var wg sync.WaitGroup
	for i := range parts {
		lo, hi := i*len(docs)/parts, (i+1)*len(docs)/parts
		wg.Go(func() { built[i] = buildPart(docs, lo, hi) })
	}
	wg.Wait()
	return join(docs, built)
}

// join makes one index of parts that cover docs in order.
func join(docs []Doc, parts []*part) *Index {
	ix := &Index{Docs: docs, keys: map[key]*postings{}}
	for _, pt := range parts {
		ix.titleLen = append(ix.titleLen, pt.titleLen...)
		for k, p := range pt.keys {
			q := ix.keys[k]
			if q == nil {
				q = &postings{buf: make([]byte, 0, len(p.buf)+binary.MaxVarintLen32)}
				ix.keys[k] = q
			}
			q.put(p.first - q.last)
			q.buf = append(q.buf, p.buf...)
			q.last = p.last
			p.buf = nil // the part's copy can go
		}
		pt.keys = nil
	}
	return ix
}

// part is the index of the pages lo to hi-1 (see postings.first).
type part struct {
	keys     map[key]*postings
	titleLen []int
}

func buildPart(docs []Doc, lo, hi int) *part {
	var w partWriter
	for id := lo; id < hi; id++ {
		w.add(id, docs[id])
	}
	return &w.part
}

// partWriter indexes pages one at a time.
type partWriter struct {
	part
	// A page's keys in the order first seen, each with its positions;
	// slot maps a key to its place in seen. The slices are reused from
	// page to page.
	stream []rune
	seen   []key
	lists  [][]int
	slot   map[key]int32
	// The single characters of the Basic Multilingual Plane a page has
	// are marked in a bitmap rather than the map (most characters are).
	uni [0x10000 / 64]uint64
}

func (w *partWriter) key(k key) int32 {
	i, ok := w.slot[k]
	if !ok {
		i = int32(len(w.seen))
		w.slot[k] = i
		w.seen = append(w.seen, k)
		for int(i) >= len(w.lists) {
			w.lists = append(w.lists, nil)
		}
		w.lists[i] = w.lists[i][:0]
	}
	return i
}

// add indexes page number id.
func (w *partWriter) add(id int, d Doc) {
	if w.slot == nil {
		w.slot, w.keys = map[key]int32{}, map[key]*postings{}
	}
	w.stream = appendNormalized(w.stream[:0], d.Title+"\n"+d.Text)
	w.titleLen = append(w.titleLen, len(appendNormalized(nil, d.Title)))

	clear(w.slot)
	for _, k := range w.seen {
		if r := rune(k >> 32); k.isSingle() && r < 0x10000 {
			w.uni[r>>6] = 0
		}
	}
	w.seen = w.seen[:0]
	stream := w.stream
	for i, r := range stream {
		if r == ' ' {
			continue
		}
		if r < 0x10000 {
			if bit := uint64(1) << (r & 63); w.uni[r>>6]&bit == 0 {
				w.uni[r>>6] |= bit
				w.seen = append(w.seen, unigram(r)) // no positions: not in slot
				if len(w.seen) > len(w.lists) {
					w.lists = append(w.lists, nil)
				}
			}
		} else {
			w.key(unigram(r))
		}
		if i+1 < len(stream) && stream[i+1] != ' ' {
			pos := i
			if isWordRune(r) { // only such bigrams carry the word-start bit
				pos = 2 * i
				if i == 0 || !isWordRune(stream[i-1]) {
					pos++
				}
			}
			j := w.key(bigram(r, stream[i+1]))
			w.lists[j] = append(w.lists[j], pos)
		}
	}
	for i, k := range w.seen {
		p := w.keys[k]
		if p == nil {
			p = &postings{first: id}
			w.keys[k] = p
		} else {
			p.put(id - p.last)
		}
		p.last = id
		if k.isSingle() {
			continue
		}
		positions := w.lists[i]
		p.put(len(positions))
		prev := 0
		for _, pos := range positions {
			p.put(pos - prev)
			prev = pos
		}
	}
}

// Builder indexes pages as they come, for a caller that makes them one
// at a time: Add each, in order, then Finish or Index (once; later calls
// return the same index). Given a Put
// function, it writes the files that hold only pages (titles, texts) as
// soon as their pages are added, and the rest on Finish: the files are
// the same as Build(pages).WriteFiles's.
type Builder struct {
	Put func(path string, data []byte) error

	w                  partWriter
	docs               []Doc
	ix                 *Index   // once made, pages can no longer be added
	out                *emitter // on Put
	metaDone, textDone int      // m-N.js and t-N.js files written
	err                error
}

// Add indexes the next page. It panics after Index or Finish.
func (b *Builder) Add(d Doc) {
	if b.ix != nil {
		panic("search: Builder.Add after Index")
	}
	b.w.add(len(b.docs), d)
	b.docs = append(b.docs, d)
	if b.Put == nil || b.err != nil {
		return
	}
	if b.out == nil {
		b.out = &emitter{put: b.Put}
	}
	if len(b.docs) == (b.metaDone+1)*metaShardDocs {
		b.err = emitMeta(b.docs, b.metaDone, b.out.emit)
		b.metaDone++
	}
	if b.err == nil && len(b.docs) == (b.textDone+1)*textShardDocs {
		b.err = emitText(b.docs, b.textDone, b.out.emit)
		b.textDone++
	}
}

// Index returns the index of the pages added; it is the same as
// Build's of the same pages in the same order.
func (b *Builder) Index() *Index {
	if b.ix == nil {
		b.ix = join(b.docs, []*part{&b.w.part}) // join empties the part
	}
	return b.ix
}

// Finish writes the rest of the index's files through Put and returns the
// bytes of all the files written.
func (b *Builder) Finish() (int, error) {
	if b.out == nil {
		b.out = &emitter{put: b.Put}
	}
	if b.err == nil {
		b.err = b.Index().writeFiles(b.out, b.metaDone, b.textDone)
	}
	return b.out.written, b.err
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
