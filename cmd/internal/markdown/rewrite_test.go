package markdown

import (
	"strings"
	"testing"
)

// A Rewriter's result reaches the href as it is: the site percent-encodes
// a file's name (a ':' that would start a scheme, '#', '?', '&'), and
// goldmark must neither decode it back nor encode it twice. A link the
// rewriter leaves alone that has a script's scheme is dropped.
func TestRewrittenLinksStayEncoded(t *testing.T) {
	rw := func(dest string) string {
		switch dest {
		case "a.md":
			return "javascript%3Aalert(1).html#%E8%A6%8B"
		case "b.md":
			return "a%26amp;b%23c%3Fd%25e.html"
		case "c.png":
			return "../f%3Ag%20h.png"
		}
		return dest
	}
	r, err := Render([]byte("[a](a.md) [b](b.md) ![c](c.png) [d](javascript:alert(1)) [e](JaVaScRiPt:x)\n"), rw)
	if err != nil {
		t.Fatal(err)
	}
	got := string(r.HTML)
	for _, want := range []string{
		`<a href="javascript%3Aalert(1).html#%E8%A6%8B">a</a>`,
		`<a href="a%26amp;b%23c%3Fd%25e.html">b</a>`,
		`<img src="../f%3Ag%20h.png" alt="c">`,
		`<a href="">d</a>`,
		`<a href="">e</a>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("rendered\n%s\nwithout %s", got, want)
		}
	}
}
