package content

import (
	"strings"
	"testing"
)

// An unknown key given twice is named with the line it was first given on,
// as a known key is.
func TestDecodeUnknownKeyTwice(t *testing.T) {
	d := loadOne(t, "clauses/a.md", "---\nid: C-01\ncolour: red\ntitle: a\ncolour: blue\n---\n")
	if len(d.Unknown) != 1 || d.Unknown[0].Key != (Pos{3, 1}) {
		t.Fatalf("unknown keys %+v, want colour at 3:1 once", d.Unknown)
	}
	var got []Problem
	for _, p := range d.Problems {
		if strings.Contains(p.Message, "given twice") {
			got = append(got, p)
		}
	}
	want := `key "colour" is given twice (first on line 3); keep one of them`
	if len(got) != 1 || got[0].Pos != (Pos{5, 1}) || got[0].Message != want {
		t.Errorf("got %+v, want one problem at 5:1: %s", got, want)
	}
}

// OffsetPos counts columns in characters, whatever order it is asked in:
// it carries a column on along a line rather than counting from the line's
// start each time.
func TestOffsetPos(t *testing.T) {
	d := &Doc{Body: []byte("\n\nあい[a](x)う[b](y)\nえ[c](z)\n")}
	line3 := strings.Index(string(d.Body), "あ")
	at := func(s string) int { return strings.Index(string(d.Body), s) }
	for _, tc := range []struct {
		off  int
		want Pos
	}{
		{at("[a]"), Pos{3, 3}},
		{at("[b]"), Pos{3, 10}},
		{at("[b]"), Pos{3, 10}},
		{at("[a]"), Pos{3, 3}}, // backwards on the same line
		{at("[c]"), Pos{4, 2}},
		{at("[b]"), Pos{3, 10}}, // back to an earlier line
		{line3, Pos{3, 1}},
		{0, Pos{1, 1}},
		{len(d.Body), Pos{5, 1}},
		{len(d.Body) + 10, Pos{5, 1}},
		{-1, Pos{}},
	} {
		if got := d.OffsetPos(tc.off); got != tc.want {
			t.Errorf("OffsetPos(%d) = %v, want %v", tc.off, got, tc.want)
		}
	}
}
