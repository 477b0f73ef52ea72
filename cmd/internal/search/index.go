package search

import (
	"cmp"
	"encoding/binary"
	"runtime"
	"slices"
	"sync"
	"unicode/utf8"
)

// Doc is one page to index.
type Doc struct {
	URL   string // relative to the site root
	Title string
	Kind  string // the page kind; see Weights
	Text  string // the page's plain text
	// Keys are words indexed with the title but not shown: a clause's
	// id, say, which its title does not carry.
	Keys string
	// Headings are the page's headings, one a line: a hit in them ranks
	// below one in the title and above one in the text.
	Headings string
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

// whole are the kinds of the whole documents, which repeat the text of
// other pages (each clause's, each check item's). They are indexed only as
// far as their snippet text goes (snippetRunes): a word further on is
// found on its own page, and a whole document's positions would
// otherwise be a fifth of the index (5 of 25 million at 10,000 pages of
// the prose corpus) and a part of every list a query loads.
var whole = map[string]bool{"clauses": true, "checklist": true}

func weight(kind string) float64 {
	if w, ok := Weights[kind]; ok {
		return w
	}
	return 1
}

// Index is a built search index.
type Index struct {
	Docs []Doc
	// Groups are the handbook's words (the terms setting), each its
	// spellings: a query with one is also looked up with the others.
	Groups [][]string
	// Words are suggested when a query finds nothing (the glossary's
	// words, say).
	Words []string

	titleLen []int
	headLen  map[int]int // the length of a page's headings (and a space), where it has any
	keys     []key       // in increasing order
	lists    [][]byte    // lists[i] is the postings of keys[i]
}

// list returns the postings of k, or nil.
func (ix *Index) list(k key) []byte {
	if i, ok := slices.BinarySearch(ix.keys, k); ok {
		return ix.lists[i]
	}
	return nil
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

// positionless reports whether k's list holds pages only: a single
// character's, or a pair of hiragana's. Pairs of hiragana (する, ければ,
// には) are the particles and endings between words; storing where each
// stands took a third of all positions (5.5 of 17.7 million at 10,000
// pages of the prose corpus of issue 19, 9 of 43 MB of the index), and a
// query term is rarely told apart by them. A term's other pairs still
// fix where it stands; its pairs of hiragana need only be on the page
// (see matchTerm).
func (k key) positionless() bool {
	return k.isSingle() || isHiragana(rune(k>>32)) && isHiragana(rune(uint32(k)))
}

// postings is the varint-encoded list for one key. A bigram's list is, for
// each page that has it: the page number's increase over the previous
// page's, the number of occurrences doubled (plus one when bridges
// follow), then each position's increase over the previous one (the first
// from 0). A bigram that starts with an ASCII letter or digit stores its
// positions doubled, plus one where it starts a word; other bigrams store
// them as they are. Bridges (see fold.go: the two kanji of the bigram with
// one or two hiragana between them) follow as their number, then each
// position's increase, the positions doubled plus the hiragana's number
// less one. A single character's list, and a pair of hiragana's (see
// positionless), has only the page number increases.
type postings struct {
	k    key
	buf  []byte
	last int
	// first is the first page when a part of the pages other than the
	// first is indexed on its own (see buildPart): buf then starts after
	// that page's number, whose increase is known only when the parts are
	// joined. It is -1 when buf is the whole list from page 0.
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

// join makes one index of parts that cover docs in order. It takes over
// the parts' lists, which are left empty.
func join(docs []Doc, parts []*part) *Index {
	var all []*postings
	for _, pt := range parts {
		for i := range pt.posts {
			all = append(all, &pt.posts[i])
		}
	}
	// Stable: a key's lists stay in the order of the parts.
	slices.SortStableFunc(all, func(a, b *postings) int { return cmp.Compare(a.k, b.k) })
	ix := &Index{Docs: docs, keys: make([]key, 0, len(all)), lists: make([][]byte, 0, len(all))}
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].k == all[i].k {
			j++
		}
		var buf []byte
		if j == i+1 && all[i].first < 0 {
			buf = all[i].buf // the whole list already
		} else {
			size := 0
			for _, p := range all[i:j] {
				size += binary.MaxVarintLen64 + len(p.buf)
			}
			buf = make([]byte, 0, size)
			last := 0
			for _, p := range all[i:j] {
				if p.first >= 0 {
					buf = binary.AppendUvarint(buf, uint64(p.first-last))
				}
				buf = append(buf, p.buf...)
				last = p.last
			}
		}
		ix.keys = append(ix.keys, all[i].k)
		ix.lists = append(ix.lists, buf)
		i = j
	}
	ix.headLen = map[int]int{}
	for _, pt := range parts {
		for doc, n := range pt.headLen {
			ix.headLen[doc] = n
		}
		ix.titleLen = append(ix.titleLen, pt.titleLen...)
		pt.posts, pt.table = nil, nil
	}
	return ix
}

// part is the index of the pages lo to hi-1 (see postings.first).
type part struct {
	lo       int
	posts    []postings    // by key, in the order first seen
	table    map[key]int32 // a key's place in posts
	titleLen []int
	headLen  map[int]int
}

func buildPart(docs []Doc, lo, hi int) *part {
	w := partWriter{part: part{lo: lo}}
	for id := lo; id < hi; id++ {
		w.add(id, docs[id])
	}
	return &w.part
}

// partWriter indexes pages one at a time.
type partWriter struct {
	part
	// A page's keys in the order first seen, each with its positions;
	// slot maps a key to its place in seen. They are reused from page to
	// page.
	stream  []rune
	seen    []key
	lists   [][]int
	bridges [][]int // like lists, for the key's bridges
	slot    map[key]int32
	// The single characters of the Basic Multilingual Plane a page has
	// are marked in a bitmap rather than in slot (most characters are).
	uni [0x10000 / 64]uint64
}

func (w *partWriter) key(k key) int32 {
	if v, ok := w.slot[k]; ok {
		return v
	}
	v := int32(len(w.seen))
	w.slot[k] = v
	w.seen = append(w.seen, k)
	for int(v) >= len(w.lists) {
		w.lists = append(w.lists, nil)
	}
	w.lists[v] = w.lists[v][:0]
	w.clearBridges(v)
	return v
}

// normalizePage sets w.stream to the normalised title and text of d, as
// appendNormalized(d.Title+"\n"+d.Text) would, and returns the length of
// the title's part.
func (w *partWriter) normalizePage(d Doc) int {
	if r, _ := utf8.DecodeRuneInString(d.Text); d.Text != "" && attaches(r) {
		// The mark would join the line break: the whole, as it stands.
		w.stream = appendNormalized(w.stream[:0], d.Title+"\n"+d.Text)
		return len(appendNormalized(nil, d.Title))
	}
	w.stream = appendNormalized(w.stream[:0], d.Title)
	n := len(w.stream)
	if n > 0 {
		w.stream = append(w.stream, ' ')
	}
	w.stream = appendNormalized(w.stream, d.Text)
	if n > 0 && len(w.stream) == n+1 {
		w.stream = w.stream[:n] // no text: no space after the title
	}
	return n
}

// add indexes page number id.
func (w *partWriter) add(id int, d Doc) {
	if whole[d.Kind] {
		d.Text = truncate(d.Text, snippetRunes)
	}
	if d.Keys != "" {
		d.Title += " " + d.Keys
	}
	if d.Headings != "" {
		// The headings stand between the title and the text.
		if n := len(appendNormalized(nil, d.Headings)); n > 0 {
			if w.headLen == nil {
				w.headLen = map[int]int{}
			}
			w.headLen[id] = n + 1
			d.Text = d.Headings + "\n" + d.Text
		}
	}
	w.titleLen = append(w.titleLen, w.normalizePage(d))

	if w.slot == nil {
		w.slot = map[key]int32{}
	}
	if w.table == nil {
		w.table = map[key]int32{}
	}
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
				w.clearBridges(int32(len(w.seen) - 1))
			}
		} else {
			w.key(unigram(r))
		}
		if i+1 < len(stream) && stream[i+1] != ' ' && !isBreak(r) && !isBreak(stream[i+1]) {
			pos := i
			if isWordRune(r) { // only such bigrams carry the word-start bit
				pos = 2 * i
				if i == 0 || !isWordRune(stream[i-1]) {
					pos++
				}
			}
			k := bigram(r, stream[i+1])
			j := w.key(k)
			if !k.positionless() {
				w.lists[j] = append(w.lists[j], pos)
			}
			if isHiragana(stream[i+1]) { // tested first: it rules out most places
				if k := bridgeAt(stream, i); k > 0 {
					j := w.key(bigram(r, stream[i+1+k]))
					w.bridges[j] = append(w.bridges[j], 2*i+k-1)
				}
			}
		}
	}
	for i, k := range w.seen {
		var p *postings
		if at, ok := w.table[k]; ok {
			p = &w.posts[at]
			p.put(id - p.last)
		} else {
			w.table[k] = int32(len(w.posts))
			w.posts = append(w.posts, postings{k: k, first: id})
			p = &w.posts[len(w.posts)-1]
			if w.lo == 0 {
				p.first = -1
				p.put(id)
			}
		}
		p.last = id
		if k.positionless() {
			continue
		}
		positions, bridges := w.lists[i], w.bridges[i]
		more := 0
		if len(bridges) > 0 {
			more = 1
		}
		p.put(2*len(positions) + more)
		prev := 0
		for _, pos := range positions {
			p.put(pos - prev)
			prev = pos
		}
		if more == 1 {
			p.put(len(bridges))
			prev = 0
			for _, pos := range bridges {
				p.put(pos - prev)
				prev = pos
			}
		}
	}
	if len(w.stream) > bigPage {
		// The buffers are reused for the next page: one long page would
		// otherwise keep them its size (several times its text) for the
		// rest of the build.
		w.stream, w.lists, w.bridges = nil, nil, nil
	}
}

// bigPage is the length of a page (in characters) after which the
// buffers it needed are let go.
const bigPage = 1 << 16

func (w *partWriter) clearBridges(v int32) {
	for int(v) >= len(w.bridges) {
		w.bridges = append(w.bridges, nil)
	}
	w.bridges[v] = w.bridges[v][:0]
}

// Builder indexes pages as they come, for a caller that makes them one
// at a time: Add each, in order, then Finish or Index (once; later calls
// return the same index). Given a Put
// function, it writes the files that hold only pages (titles, texts) as
// soon as their pages are added, and the rest on Finish: the files are
// the same as Build(pages).WriteFiles's. It then keeps no page's text
// once written, so its Index's Docs have no Text.
type Builder struct {
	Put func(path string, data []byte) error
	// Groups and Words go into the index (see Index).
	Groups [][]string
	Words  []string

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
		// The texts are written and indexed: let them go (a large
		// handbook's would otherwise stay in memory to the end).
		for i := b.textDone * textShardDocs; i < len(b.docs); i++ {
			b.docs[i].Text = ""
		}
		b.textDone++
	}
}

// Index returns the index of the pages added; it is the same as
// Build's of the same pages in the same order.
func (b *Builder) Index() *Index {
	if b.ix == nil {
		b.ix = join(b.docs, []*part{&b.w.part}) // join empties the part
		b.ix.Groups, b.ix.Words = b.Groups, b.Words
	}
	return b.ix
}

// Finish writes the rest of the index's files through Put and returns the
// bytes of all the files written. It is the Builder's last use: each list
// of the index is let go once it is written (at 10,000 pages of prose the
// lists are 45 MB, which the build's last moments, making the downloads,
// need more).
func (b *Builder) Finish() (int, error) {
	if b.out == nil {
		b.out = &emitter{put: b.Put}
	}
	if b.err == nil {
		b.err = b.Index().writeFiles(b.out, b.metaDone, b.textDone, true)
	}
	return b.out.written, b.err
}
