package review

// Op is one piece of a character-level difference.
type Op struct {
	Kind byte // '=' same, '-' only in the old text, '+' only in the new
	Text string
}

// Diff compares two texts character by character (Myers' algorithm), as a
// 新旧対照表 marks changes: Japanese has no spaces between words, so a
// word-level diff would mark whole sentences.
func Diff(oldText, newText string) []Op {
	a, b := []rune(oldText), []rune(newText)
	// Common prefix and suffix first: most edits touch a few characters.
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var ops []Op
	add := func(kind byte, r []rune) {
		if len(r) == 0 {
			return
		}
		if n := len(ops); n > 0 && ops[n-1].Kind == kind {
			ops[n-1].Text += string(r)
			return
		}
		ops = append(ops, Op{kind, string(r)})
	}
	add('=', a[:pre])
	for _, e := range myers(a[pre:len(a)-suf], b[pre:len(b)-suf]) {
		add(e.kind, e.text)
	}
	add('=', a[len(a)-suf:])
	return ops
}

type edit struct {
	kind byte
	text []rune
}

// myers returns the shortest edit script from a to b. Beyond a size where
// the search would be slow it gives up and reports a whole replacement,
// which is still a correct comparison.
func myers(a, b []rune) []edit {
	n, m := len(a), len(b)
	if n == 0 && m == 0 {
		return nil
	}
	if n == 0 || m == 0 || n+m > 40000 {
		return []edit{{'-', a}, {'+', b}}
	}
	max := n + m
	v := make([]int, 2*max+2)
	var trace [][]int
	for d := 0; d <= max; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[max+k-1] < v[max+k+1]) {
				x = v[max+k+1]
			} else {
				x = v[max+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[max+k] = x
			if x >= n && y >= m {
				return backtrack(trace, a, b, d, max)
			}
		}
		if len(trace)*len(v) > 50_000_000 { // too many changes to be worth marking finely
			return []edit{{'-', a}, {'+', b}}
		}
	}
	return []edit{{'-', a}, {'+', b}}
}

func backtrack(trace [][]int, a, b []rune, d, max int) []edit {
	x, y := len(a), len(b)
	var rev []edit
	for ; d > 0; d-- {
		v := trace[d]
		k := x - y
		var prevK int
		if k == -d || (k != d && v[max+k-1] < v[max+k+1]) {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := v[max+prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			rev = append(rev, edit{'=', a[x-1 : x]})
			x, y = x-1, y-1
		}
		if x == prevX {
			rev = append(rev, edit{'+', b[y-1 : y]})
		} else {
			rev = append(rev, edit{'-', a[x-1 : x]})
		}
		x, y = prevX, prevY
	}
	for x > 0 && y > 0 {
		rev = append(rev, edit{'=', a[x-1 : x]})
		x, y = x-1, y-1
	}
	out := make([]edit, 0, len(rev))
	for i := len(rev) - 1; i >= 0; i-- {
		out = append(out, rev[i])
	}
	return out
}
