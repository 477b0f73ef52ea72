package compare

import (
	"math/rand"
	"runtime"
	"strings"
	"testing"
)

func apply(ops []Op) (oldText, newText string) {
	var o, n strings.Builder
	for _, op := range ops {
		if op.Kind != '+' {
			o.WriteString(op.Text)
		}
		if op.Kind != '-' {
			n.WriteString(op.Text)
		}
	}
	return o.String(), n.String()
}

func TestDiff(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"受注者は、再委託してはならない。", "受注者は、発注者の承認なく再委託してはならない。", "=受注者は、|+発注者の承認なく|=再委託してはならない。"},
		{"第9条", "第10条", "=第|-9|+10|=条"},
		{"同じ", "同じ", "=同じ"},
		{"", "新設", "+新設"},
		{"削除", "", "-削除"},
		{"個人情報を取り扱う", "個人データを扱う", "=個人|-情報|+データ|=を|-取り|=扱う"},
	} {
		var parts []string
		for _, op := range Diff(tc.a, tc.b) {
			parts = append(parts, string(op.Kind)+op.Text)
		}
		if got := strings.Join(parts, "|"); got != tc.want {
			t.Errorf("Diff(%q, %q) = %s, want %s", tc.a, tc.b, got, tc.want)
		}
	}
	// Whatever the texts, the script rebuilds both.
	r := rand.New(rand.NewSource(1))
	alphabet := []rune("受注者発注者個人情報のを、。")
	gen := func() string {
		var b strings.Builder
		for range r.Intn(60) {
			b.WriteRune(alphabet[r.Intn(len(alphabet))])
		}
		return b.String()
	}
	for range 500 {
		a, b := gen(), gen()
		if o, n := apply(Diff(a, b)); o != a || n != b {
			t.Fatalf("Diff(%q, %q) does not rebuild the texts", a, b)
		}
	}
}

// rewrite returns two unrelated texts of n characters each, as when a whole
// article is rewritten: the worst case for a character diff.
func rewrite(n int) (oldText, newText string) {
	alphabet := []rune("受注者発注者は個人情報をの取扱いについて、。契約書仕様書再委託作業場所記録媒体")
	gen := func(seed int64) string {
		r := rand.New(rand.NewSource(seed))
		var b strings.Builder
		for range n {
			b.WriteRune(alphabet[r.Intn(len(alphabet))])
		}
		return b.String()
	}
	return gen(1), gen(2)
}

// A whole article rewritten (19,200 characters each side) is compared in
// little memory: the quadratic trace of a plain Myers diff took some 387 MB
// here, go-diff's bisection about 7 MB.
func TestDiffRewriteMemory(t *testing.T) {
	a, b := rewrite(19_200)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ops := Diff(a, b)
	runtime.ReadMemStats(&after)
	if o, n := apply(ops); o != a || n != b {
		t.Fatal("the diff of the rewrite does not rebuild the texts")
	}
	const limit = 64 << 20
	if got := after.TotalAlloc - before.TotalAlloc; got > limit {
		t.Errorf("diffing a 19,200-character rewrite allocated %d MB; want at most %d MB", got>>20, limit>>20)
	}
}

func BenchmarkDiffRewrite(b *testing.B) {
	x, y := rewrite(19_200)
	b.ReportAllocs()
	for b.Loop() {
		Diff(x, y)
	}
}
