package site

import "testing"

func TestRel(t *testing.T) {
	for _, tc := range []struct{ from, to, want string }{
		{"index.html", "clauses/C-09.html", "clauses/C-09.html"},
		{"clauses/C-09.html", "clauses/C-10.html", "C-10.html"},
		{"clauses/C-09.html", "guide/a.html", "../guide/a.html"},
		{"guide/sub/a.html", "index.html", "../../index.html"},
		{"guide/sub/a.html", "guide/b.html", "../b.html"},
		{"guide/a.html", "guide/a.html", "a.html"},
	} {
		if got := rel(tc.from, tc.to); got != tc.want {
			t.Errorf("rel(%q, %q) = %q, want %q", tc.from, tc.to, got, tc.want)
		}
	}
}
