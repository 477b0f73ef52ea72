package search

import "sort"

// suggest returns up to n of words closest to the query, best first: by
// the share of character pairs they have in common (Dice's coefficient),
// hiragana read as katakana; words with none in common are left out.
func suggest(q string, words []string, n int) []string {
	qs := pairs(Normalize(q))
	if len(qs) == 0 {
		return nil
	}
	type cand struct {
		w string
		s float64
		i int
	}
	var cs []cand
	for i, w := range words {
		ws := pairs(Normalize(w))
		common := 0
		for p := range ws {
			if qs[p] {
				common++
			}
		}
		if common > 0 {
			cs = append(cs, cand{w, 2 * float64(common) / float64(len(qs)+len(ws)), i})
		}
	}
	sort.Slice(cs, func(a, b int) bool {
		if cs[a].s != cs[b].s {
			return cs[a].s > cs[b].s
		}
		return cs[a].i < cs[b].i
	})
	var out []string
	for _, c := range cs {
		if len(out) == n {
			break
		}
		if !contains(out, c.w) {
			out = append(out, c.w)
		}
	}
	return out
}

// pairs returns the set of a text's adjacent character pairs (single
// characters for a one-character text), spaces left out, hiragana as
// katakana and long-vowel marks dropped.
func pairs(s string) map[string]bool {
	var r []rune
	for _, c := range s {
		switch {
		case c == ' ' || c == 'ー':
			continue
		case isHiragana(c):
			c += 0x60
		}
		r = append(r, c)
	}
	out := map[string]bool{}
	if len(r) == 1 {
		out[string(r)] = true
	}
	for i := 0; i+1 < len(r); i++ {
		out[string(r[i:i+2])] = true
	}
	return out
}
