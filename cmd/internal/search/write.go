package search

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"hash/fnv"
)

// Shard sizes. A query loads one key shard per bigram it needs and one text
// shard per result it shows with a snippet, so shards are kept small.
const (
	keyShardBytes = 16 << 10
	textShardDocs = 8
)

// Files returns the index as JavaScript files, by path relative to the site
// root: search/index.js (the list of pages; loaded on the first search),
// search/k-N.js (postings, by key hash) and search/t-N.js (page texts, for
// snippets). Each file assigns to window.tokkiSearchData, so it works when
// loaded by a <script> element from file://. JSON is written with <, > and
// & escaped, so no page text can close the script.
func (ix *Index) Files() (map[string][]byte, error) {
	keys := ix.sortedKeys()
	total := 0
	for _, k := range keys {
		total += base64.StdEncoding.EncodedLen(len(ix.keys[k].buf)) + len(k) + 8
	}
	nk := min(max(1, (total+keyShardBytes-1)/keyShardBytes), 4096)
	shards := make([]map[string]string, nk)
	for i := range shards {
		shards[i] = map[string]string{}
	}
	for _, k := range keys {
		shards[KeyShard(k, nk)][k] = base64.StdEncoding.EncodeToString(ix.keys[k].buf)
	}

	files := map[string][]byte{}
	docs := make([][3]string, len(ix.Docs))
	for i, d := range ix.Docs {
		docs[i] = [3]string{d.URL, d.Title, d.Kind}
	}
	head := struct {
		V         int                `json:"v"`
		Docs      [][3]string        `json:"docs"`
		TitleLen  []int              `json:"titleLen"`
		KeyShards int                `json:"keyShards"`
		TextShard int                `json:"textShard"`
		Weights   map[string]float64 `json:"weights"`
	}{1, docs, ix.titleLen, nk, textShardDocs, Weights}
	b, err := assign("index", head)
	if err != nil {
		return nil, err
	}
	files["search/index.js"] = b
	for i, s := range shards {
		b, err := assign(fmt.Sprintf("k[%d]", i), s)
		if err != nil {
			return nil, err
		}
		files[fmt.Sprintf("search/k-%d.js", i)] = b
	}
	for start := 0; start < len(ix.Docs); start += textShardDocs {
		var texts []string
		for _, d := range ix.Docs[start:min(start+textShardDocs, len(ix.Docs))] {
			texts = append(texts, d.Title+"\n"+d.Text)
		}
		b, err := assign(fmt.Sprintf("t[%d]", start/textShardDocs), texts)
		if err != nil {
			return nil, err
		}
		files[fmt.Sprintf("search/t-%d.js", start/textShardDocs)] = b
	}
	return files, nil
}

// assign writes one statement that stores v in window.tokkiSearchData.
func assign(field string, v any) ([]byte, error) {
	j, err := json.Marshal(v) // escapes <, >, & and U+2028/2029
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString("(window.tokkiSearchData=window.tokkiSearchData||{k:{},t:{}}).")
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
