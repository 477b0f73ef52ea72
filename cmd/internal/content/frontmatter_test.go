package content

import (
	"strings"
	"testing"
)

// TestSplitBody: the body split gives is the file with its front matter
// lines blanked (each a newline), so that an offset in the body is the
// offset in the file, whatever the front matter's closing line looks like;
// and it is a copy, whole after the buffer the file was read into is
// reused (readBuffers).
func TestSplitBody(t *testing.T) {
	for _, text := range []string{
		"---\ntitle: x\n---\nbody\n",
		"---\ntitle: x\n---",
		"---\ntitle: x\n---\n",
		"---\n---\nbody",
		"--- \ntitle: x\nid: a\n...  \n\n本文です。\n",
		"---\ntitle: x\n\n\n---\n# 見出し\n\n段落\n",
	} {
		buf := []byte(text)
		yaml, _, body, p := split(buf)
		if p != nil {
			t.Errorf("%q: %s", text, p.Message)
			continue
		}
		lines := strings.SplitAfter(text, "\n")
		fence := func(l string) bool {
			l = strings.TrimSuffix(l, "\n")
			return isFence([]byte(l), "---") || isFence([]byte(l), "...")
		}
		n := 1 // the closing line
		for !fence(lines[n]) {
			n++
		}
		want := strings.Repeat("\n", n+1) + strings.Join(lines[n+1:], "")
		if string(body) != want {
			t.Errorf("%q: body %q, want %q", text, body, want)
		}
		wantYAML := strings.Join(lines[1:n], "")
		if string(yaml) != wantYAML {
			t.Errorf("%q: yaml %q, want %q", text, yaml, wantYAML)
		}
		for i := range text {
			buf[i] = 'x' // the next file read into the buffer
		}
		if string(body) != want {
			t.Errorf("%q: the body changed with the buffer it was read into", text)
		}
	}
}

// TestSplitWithoutFrontMatter: a file without front matter is all body,
// copied too.
func TestSplitWithoutFrontMatter(t *testing.T) {
	for _, text := range []string{"本文だけ\n", "---\ntitle: x\n"} {
		buf := []byte(text)
		_, _, body, p := split(buf)
		if p == nil {
			t.Errorf("%q: no problem", text)
		}
		buf[0] = 'x'
		if string(body) != text {
			t.Errorf("%q: body %q", text, body)
		}
	}
}
