package server

import (
	"path/filepath"
	"testing"
)

func TestIgnored(t *testing.T) {
	for name, want := range map[string]bool{
		"c09.md": false, "c09.md~": true, ".c09.md.swp": true, ".c09.md.swx": true, "4913": true,
		".#c09.md": true, "#c09.md#": true, ".goutputstream-ABC123": true, "jb_tmp123": true,
		"c09.md___jb_tmp___": true, "c09.md___jb_old___": true, "image.png": false,
	} {
		if got := ignored(filepath.Join("clauses", name)); got != want {
			t.Errorf("ignored(%q) = %v, want %v", name, got, want)
		}
	}
	if relevant("/h", "/h/public/index.html") || relevant("/h", "/h/go.mod") || !relevant("/h", "/h/themes/x/layouts/page.html") {
		t.Error("relevant() watches the wrong places")
	}
}

func TestSitePath(t *testing.T) {
	for in, want := range map[string]string{
		"/": "index.html", "/guide/": "guide/index.html", "/clauses/C-09.html": "clauses/C-09.html",
		"/a//b.html": "a/b.html", "/../x": "", "/a/../../x": "", "/a/..": "", "/a\\..\\x": "",
	} {
		got, ok := sitePath(in)
		if want == "" {
			if ok {
				t.Errorf("sitePath(%q) = %q, want refused", in, got)
			}
			continue
		}
		if !ok || got != want {
			t.Errorf("sitePath(%q) = %q, %v, want %q", in, got, ok, want)
		}
	}
}

func TestInjectLive(t *testing.T) {
	got := string(injectLive([]byte("<html><body><p>x</p></body></html>")))
	want := `<html><body><p>x</p><script src="/_tokki/live.js"></script></body></html>`
	if got != want {
		t.Errorf("got %s", got)
	}
}
