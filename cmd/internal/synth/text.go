package synth

import (
	"hash/fnv"
	"strings"
	"unicode/utf8"
)

// rng is a splitmix64 generator. The package carries its own rather than
// math/rand so that a seed gives the same handbook on every Go version.
type rng struct{ state uint64 }

// newRNG returns the generator for one file: stream names the kind of file
// and i its number, so every file's text depends only on the seed and on
// which file it is, never on the order files are written in.
func newRNG(seed int64, stream string, i int) *rng {
	h := fnv.New64a()
	h.Write([]byte(stream))
	r := &rng{state: uint64(seed) ^ h.Sum64() ^ uint64(i)*0x9e3779b97f4a7c15}
	r.next()
	return r
}

func (r *rng) next() uint64 {
	r.state += 0x9e3779b97f4a7c15
	z := r.state
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// intn returns a number in [0, n). The modulo bias is far below anything a
// synthetic text could show.
func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

func (r *rng) pick(words []string) string { return words[r.intn(len(words))] }

// sample picks k distinct words, keeping their order in the list
// (selection sampling, Knuth's algorithm S).
func (r *rng) sample(words []string, k int) []string {
	out := make([]string, 0, k)
	for i, w := range words {
		if r.intn(len(words)-i) < k-len(out) {
			out = append(out, w)
		}
	}
	return out
}

// expand fills each {slot} of a template with a word from that slot's list
// in vocab. An unknown slot is left as written, which the tests catch.
func (r *rng) expand(tmpl string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		j := strings.IndexByte(tmpl[max(i, 0):], '}')
		if i < 0 || j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		slot := tmpl[i : i+j+1] // "{name}"
		b.WriteString(tmpl[:i])
		if words, ok := vocab[slot[1:len(slot)-1]]; ok {
			b.WriteString(r.expand(r.pick(words)))
		} else {
			b.WriteString(slot)
		}
		tmpl = tmpl[i+len(slot):]
	}
}

// prose strings sentences from the templates of a slot together until the
// text has at least minChars characters.
func (r *rng) prose(minChars int, slot string) string {
	var b strings.Builder
	for n := 0; n < minChars; {
		s := r.expand(r.pick(vocab[slot]))
		b.WriteString(s)
		n += utf8.RuneCountInString(s)
	}
	return b.String()
}

// block writes text as the body of a YAML literal block (key: |), one
// indented line per line of text.
func block(b *strings.Builder, text string) {
	for line := range strings.Lines(text) {
		b.WriteString("  ")
		b.WriteString(strings.TrimSuffix(line, "\n"))
		b.WriteByte('\n')
	}
}
