package search

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestRelativeURL(t *testing.T) {
	for u, want := range map[string]bool{
		"a.html":                     true,
		"guide/使い方.html":             true,
		"javascript%3Aalert(1).html": true,
		"a/b:c.html":                 true, // a ':' after the first segment is a path's
		"../a.html":                  true,
		"javascript:alert(1).html":   false,
		"JavaScript:x":               false,
		"data:text/html,x":           false,
		"vbscript:x":                 false,
		" javascript:x":              false, // browsers strip a leading space
		"java\tscript:x":             false, // and tabs anywhere
		"a\nb.html":                  false,
		"//evil.example/":            false,
		"/etc/passwd":                false,
		`\\evil\x`:                   false,
		"":                           false,
	} {
		if got := RelativeURL(u); got != want {
			t.Errorf("RelativeURL(%q) = %v, want %v", u, got, want)
		}
	}
}

// The index never holds a URL that could run: its files refuse one, and
// Search leaves it out, as search.js does.
func TestIndexRefusesSchemes(t *testing.T) {
	ix := Build([]Doc{
		{URL: "a.html", Title: "安全", Kind: "page", Text: "個人情報"},
		{URL: "javascript:alert(1).html", Title: "危険", Kind: "page", Text: "個人情報"},
	})
	if _, err := ix.Files(); err == nil || !strings.Contains(err.Error(), "javascript:alert(1).html") {
		t.Errorf("Files with a javascript: URL: err = %v", err)
	}
	if got := urls(ix.Search("個人情報")); got != "a.html" {
		t.Errorf("Search = %s, want only a.html", got)
	}
}

// search.js drops a result whose URL has a scheme, should the index files
// be altered after the build.
func TestJavaScriptDropsSchemes(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	dir := t.TempDir()
	files, err := Build([]Doc{
		{URL: "a.html", Title: "安全", Kind: "page", Text: "個人情報"},
		{URL: "b.html", Title: "改ざん", Kind: "page", Text: "個人情報"},
		{URL: "c.html", Title: "改ざん", Kind: "page", Text: "個人情報"},
	}).Files()
	if err != nil {
		t.Fatal(err)
	}
	// The file altered: packed as the index packs it (which the same
	// steps on the true titles and URLs must give).
	pageMeta := func(b, c string) []byte {
		j, _ := json.Marshal([][2]string{{"a.html", "安全"}, {b, "改ざん"}, {c, "改ざん"}})
		data, err := assign("m[0]", pack(j))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	if string(pageMeta("b.html", "c.html")) != string(files["search/m-0.js"]) {
		t.Fatalf("search/m-0.js is not packed as this test packs it: %s", files["search/m-0.js"])
	}
	files["search/m-0.js"] = pageMeta("javascript:alert(1)", " data:text/html,x")
	for name, b := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	qf := filepath.Join(dir, "queries.json")
	os.WriteFile(qf, []byte(`["個人情報"]`), 0o644)
	searchJS, _ := filepath.Abs(filepath.Join("..", "..", "..", "themes", "default", "assets", "search.js"))
	out, err := exec.Command(node, filepath.Join("testdata", "harness.js"), searchJS, dir, qf).Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var ans struct {
		Results []struct {
			URL string `json:"url"`
		}
	}
	if err := json.Unmarshal(out, &ans); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	got := ans.Results
	if len(got) != 1 || got[0].URL != "a.html" {
		t.Errorf("search.js returned %s, want only a.html", out)
	}
}
