package search

import (
	"bytes"
	"cmp"
	"compress/flate"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
	"sync"
)

// Shard sizes. A query loads one key shard per bigram it needs, one meta
// shard (URLs and titles) per group of results it returns, and one text
// shard per result it shows with a snippet: small shards keep what a query
// downloads small, large ones keep the number of files down.
const (
	keyShardBytes = 32 << 10
	bigKeyBytes   = 8 << 10
	metaShardDocs = 16
	textShardDocs = 8
	snippetRunes  = 4000 // the most of a page's text kept for snippets
)

// Files returns the index as JavaScript files, by path relative to the site
// root (see WriteFiles).
func (ix *Index) Files() (map[string][]byte, error) {
	files := map[string][]byte{}
	_, err := ix.WriteFiles(func(p string, b []byte) error {
		files[p] = b
		return nil
	})
	return files, err
}

// WriteFiles hands each file of the index to put as soon as it is made, and
// returns the bytes written. The files, all under search/:
//
//	index.js  the number of pages, their kinds and title lengths, the shard
//	          layout, the handbook's words (Groups, Words), as packed JSON;
//	          loaded on the first search
//	k-N.js    postings of the keys with short lists, shared by key hash:
//	          packed JSON of each key's list in base64
//	b-N.js    the postings of one key with a long list, split (see
//	          splitList) and packed
//	m-N.js    the URLs and titles of a run of pages, packed
//	t-N.js    the texts of a run of pages, for snippets, packed
//
// put is never called by two goroutines at once.
//
// Each file assigns to window.tokkiSearchData, so it works when loaded by a
// <script> element from file://. JSON is written with <, > and & escaped,
// so no page text can close the script.
func (ix *Index) WriteFiles(put func(path string, data []byte) error) (int, error) {
	e := &emitter{put: put}
	err := ix.writeFiles(e, 0, 0, false)
	return e.written, err
}

// emitter writes index files through put and counts their bytes. Several
// goroutines may emit at once; put is called by one at a time.
type emitter struct {
	mu      sync.Mutex
	put     func(path string, data []byte) error
	written int
}

// emit writes one file that stores v in window.tokkiSearchData.field.
func (e *emitter) emit(p string, field string, v any) error {
	data, err := assign(field, v)
	if err != nil {
		return err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.written += len(data)
	return e.put(p, data)
}

// writeFiles writes the index's files but the first metaDone m-N.js and
// textDone t-N.js files (a Builder wrote them as their pages came). With
// release, each list is let go once written: the index cannot be asked
// anything after.
func (ix *Index) writeFiles(e *emitter, metaDone, textDone int, release bool) error {
	// A key with a long list gets a file of its own (search/b-N.js), so
	// that a query for a common word loads that list and nothing else; the
	// other keys share files by hash (search/k-N.js).
	var big, small []int // places in ix.keys
	total := 0
	for i, list := range ix.lists {
		n := base64.StdEncoding.EncodedLen(len(list))
		if n > bigKeyBytes {
			big = append(big, i)
		} else {
			small = append(small, i)
			total += n + 12
		}
	}
	nk := min(max(1, (total+keyShardBytes-1)/keyShardBytes), 4096)
	shards := make([][]int, nk) // encoded one shard at a time, to keep memory low
	for _, i := range small {
		s := KeyShard(ix.keys[i].String(), nk)
		shards[s] = append(shards[s], i)
	}
	bigIndex := make(map[string]int, len(big))
	bigKB := make([]int, len(big))
	for n, i := range big {
		bigIndex[ix.keys[i].String()] = n
		bigKB[n] = listKB(ix.lists[i])
	}

	kinds := map[string]int{}
	var kindNames []string
	var docKinds []int
	for _, d := range ix.Docs {
		k, ok := kinds[d.Kind]
		if !ok {
			k = len(kindNames)
			kinds[d.Kind] = k
			kindNames = append(kindNames, d.Kind)
		}
		docKinds = append(docKinds, k)
	}
	var titleLen, headLen []byte
	for _, n := range ix.titleLen {
		titleLen = binary.AppendUvarint(titleLen, uint64(n))
	}
	last := 0
	for doc := range ix.titleLen {
		if n, ok := ix.headLen[doc]; ok {
			headLen = binary.AppendUvarint(headLen, uint64(doc-last))
			headLen = binary.AppendUvarint(headLen, uint64(n))
			last = doc
		}
	}
	head := struct {
		V         int                `json:"v"`
		Docs      int                `json:"docs"`
		Kinds     []string           `json:"kinds"`
		DocKinds  []int              `json:"docKinds"`
		TitleLen  string             `json:"titleLen"` // base64 of varints
		HeadLen   string             `json:"headLen"`  // base64 of varints: page number increase, length
		KeyShards int                `json:"keyShards"`
		Big       map[string]int     `json:"big"`
		BigKB     []int              `json:"bigKB"` // each long list's size, for choosing what to load (see cover)
		MetaShard int                `json:"metaShard"`
		TextShard int                `json:"textShard"`
		Weights   map[string]float64 `json:"weights"`
		Groups    [][]string         `json:"groups"`
		Words     []string           `json:"words"`
	}{5, len(ix.Docs), kindNames, docKinds, base64.StdEncoding.EncodeToString(titleLen),
		base64.StdEncoding.EncodeToString(headLen), nk, bigIndex, bigKB,
		metaShardDocs, textShardDocs, Weights, ix.normGroups(), ix.Words}
	j, err := json.Marshal(head)
	if err != nil {
		return err
	}
	// Every query loads index.js: packed, it is a quarter the size.
	if err := e.emit("search/index.js", "index", pack(j)); err != nil {
		return err
	}
	// The rest is encoded by two goroutines: the long lists, and the
	// shared lists with the pages' files.
	var errs [2]error
	var wg sync.WaitGroup
	wg.Go(func() {
		var split []byte
		for n, i := range big {
			split = splitList(split[:0], ix.lists[i], ix.keys[i].positionless())
			if release {
				ix.lists[i] = nil
			}
			if errs[0] = e.emit(fmt.Sprintf("search/b-%d.js", n), fmt.Sprintf("b[%d]", n), pack(split)); errs[0] != nil {
				return
			}
		}
	})
	wg.Go(func() {
		for n := metaDone; n*metaShardDocs < len(ix.Docs); n++ {
			if errs[1] = emitMeta(ix.Docs, n, e.emit); errs[1] != nil {
				return
			}
		}
		for n, places := range shards {
			m := make(map[string]string, len(places))
			for _, i := range places {
				m[ix.keys[i].String()] = base64.StdEncoding.EncodeToString(ix.lists[i])
				if release {
					ix.lists[i] = nil // the two goroutines let go of different lists
				}
			}
			j, err := json.Marshal(m)
			if err != nil {
				errs[1] = err
				return
			}
			if errs[1] = e.emit(fmt.Sprintf("search/k-%d.js", n), fmt.Sprintf("k[%d]", n), pack(j)); errs[1] != nil {
				return
			}
		}
		for n := textDone; n*textShardDocs < len(ix.Docs); n++ {
			if errs[1] = emitText(ix.Docs, n, e.emit); errs[1] != nil {
				return
			}
		}
	})
	wg.Wait()
	return cmp.Or(errs[0], errs[1])
}

// emitMeta writes search/m-N.js, the URLs and titles of the N-th run of
// metaShardDocs pages, packed (a query loads one for every few results it
// lists: 40 to 50 of them for 50 results at 10,000 pages). A URL that is
// not RelativeURL is refused.
func emitMeta(docs []Doc, n int, emit func(p, field string, v any) error) error {
	var meta [][2]string
	for _, d := range docs[n*metaShardDocs : min((n+1)*metaShardDocs, len(docs))] {
		if !RelativeURL(d.URL) {
			return fmt.Errorf("search: the page URL %q is not a relative path; it would not be safe as a link", d.URL)
		}
		meta = append(meta, [2]string{d.URL, d.Title})
	}
	j, err := json.Marshal(meta)
	if err != nil {
		return err
	}
	return emit(fmt.Sprintf("search/m-%d.js", n), fmt.Sprintf("m[%d]", n), pack(j))
}

// emitText writes search/t-N.js, the texts of the N-th run of
// textShardDocs pages, packed (their titles are in m-N.js).
func emitText(docs []Doc, n int, emit func(p, field string, v any) error) error {
	var texts []string
	for _, d := range docs[n*textShardDocs : min((n+1)*textShardDocs, len(docs))] {
		texts = append(texts, truncate(d.Text, snippetRunes))
	}
	j, err := json.Marshal(texts)
	if err != nil {
		return err
	}
	return emit(fmt.Sprintf("search/t-%d.js", n), fmt.Sprintf("t[%d]", n), pack(j))
}

// splitList appends to dst a long list (see postings) laid out for
// DEFLATE, which packs it a tenth smaller so: the number of bytes of the
// first part and of the second, then the first part, the page numbers,
// counts and bridges; the second, the first byte of each position's
// varint (its low seven bits, mostly random); the third, the rest of the
// positions' varints (small numbers). A positionless key's list has only
// page numbers: it is all first part. search.js joins the parts again.
func splitList(dst, list []byte, positionless bool) []byte {
	if positionless {
		dst = binary.AppendUvarint(dst, uint64(len(list)))
		dst = binary.AppendUvarint(dst, 0)
		return append(dst, list...)
	}
	var head, low, rest []byte
	next := func(to *[]byte) uint64 {
		v, n := binary.Uvarint(list)
		*to = append(*to, list[:n]...)
		list = list[n:]
		return v
	}
	for len(list) > 0 {
		next(&head) // the page
		c := next(&head)
		for range c >> 1 {
			_, n := binary.Uvarint(list)
			low = append(low, list[0])
			rest = append(rest, list[1:n]...)
			list = list[n:]
		}
		if c&1 == 1 {
			for range next(&head) {
				next(&head)
			}
		}
	}
	dst = binary.AppendUvarint(dst, uint64(len(head)))
	dst = binary.AppendUvarint(dst, uint64(len(low)))
	dst = append(dst, head...)
	dst = append(dst, low...)
	return append(dst, rest...)
}

// packer packs the payloads of the files: compressed
// with raw DEFLATE, which the browser inflates with
// DecompressionStream("deflate-raw") (no fetch, so it works from
// file://), and base64-encoded to go into a script. The base64 costs a
// third, but DEFLATE more than pays for it: at 10,000 pages of the prose
// corpus of issue 19 the texts shrink ninefold (60 to 6.6 MB) and the
// long lists by 30% (see BenchmarkIndexSize). It costs CPU time, which
// the level sets. There (index format 5, 2026-12-03) the default level 6
// took 4.1 s for an index of 33.9 MB; level 4 takes 1.9 s for 35.0 MB
// (Pagefind's for the same pages would be about 37 MB), and the largest
// of six queries loads 428 KB against 418. Levels 2 and 3 save no more
// time and make it larger. The build, slower than Hugo on that corpus,
// needs the time more than the index the bytes.
type packer struct {
	buf bytes.Buffer
	w   *flate.Writer
}

const packLevel = 4

// packers are reused: a DEFLATE writer takes most of a megabyte to set
// up, and a large handbook has thousands of files to pack.
var packers = sync.Pool{New: func() any { return new(packer) }}

func pack(data []byte) string {
	z := packers.Get().(*packer)
	defer packers.Put(z)
	return z.pack(data)
}

func (z *packer) pack(data []byte) string {
	z.buf.Reset()
	if z.w == nil {
		z.w, _ = flate.NewWriter(&z.buf, packLevel) // the level is valid
	} else {
		z.w.Reset(&z.buf)
	}
	z.w.Write(data) // a bytes.Buffer takes all
	z.w.Close()
	return base64.StdEncoding.EncodeToString(z.buf.Bytes())
}

// listKB is the size of a list in KiB, rounded up: what index.js says of
// each long list, so that a query can load the smaller of two that would
// do (see cover).
func listKB(list []byte) int { return (len(list) + 1023) / 1024 }

// truncate keeps the first n characters of s. A snippet is cut from a
// page's text; a whole document (the 特記仕様書 holds every clause) would
// otherwise make its shard as large as the document, and a query that
// shows it would load all of it.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s // no more bytes than n, so no more characters
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// Unpack returns the JSON value an index file (search/*.js) assigns,
// inflated where it is packed, as search.js reads it: for tests and tools
// that check what the index holds. A b-N.js gives its list's bytes (see
// splitList), not JSON. ok is false when file is not an index file or
// does not inflate.
func Unpack(file []byte) (value []byte, ok bool) {
	rest, ok := strings.CutPrefix(string(file), filePrefix)
	_, v, found := strings.Cut(rest, "=") // after the field, m[0] say
	if !ok || !found {
		return nil, false
	}
	value = []byte(strings.TrimSuffix(v, ";\n"))
	var packed string
	if json.Unmarshal(value, &packed) != nil {
		return value, true // not packed
	}
	z, err := base64.StdEncoding.DecodeString(packed)
	if err != nil {
		return nil, false
	}
	value, err = io.ReadAll(flate.NewReader(bytes.NewReader(z)))
	return value, err == nil
}

// filePrefix starts every index file: the statement that follows stores
// a value in window.tokkiSearchData, made if no file made it before.
const filePrefix = "(window.tokkiSearchData=window.tokkiSearchData||{k:{},b:{},m:{},t:{}})."

// assign writes one statement that stores v in window.tokkiSearchData.
func assign(field string, v any) ([]byte, error) {
	j, err := json.Marshal(v) // escapes <, >, & and U+2028/2029
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(filePrefix)
	b.WriteString(field)
	b.WriteByte('=')
	b.Write(j)
	b.WriteString(";\n")
	return b.Bytes(), nil
}

// KeyShard is the shard that holds a key: FNV-1a of its UTF-8 bytes,
// modulo the number of shards (search.js computes the same).
func KeyShard(key string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}
