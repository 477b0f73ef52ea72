package site

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

func themed(home string, extra fstest.MapFS) fstest.MapFS {
	fsys := fstest.MapFS{
		"content/_index.md": {Data: []byte(home)},
		"clauses/c01.md":    {Data: []byte("---\nid: C-01\ntitle: 基本\norder: 1\nrationale: 理由\nwaiver: なし\n---\n本文\n")},
	}
	for k, v := range extra {
		fsys[k] = v
	}
	return fsys
}

// A handbook's own theme file wins; every other file comes from the default.
func TestThemeOverride(t *testing.T) {
	fsys := themed("---\ntitle: 手引き\ntheme: mine\n---\n", fstest.MapFS{
		"themes/mine/layouts/clause.html": {Data: []byte(`{{define "main"}}<p class="mine">{{.Clause.Number}}</p>{{end}}`)},
		"themes/mine/assets/extra.css":    {Data: []byte("p{}")},
	})
	h, err := content.LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Build(h)
	if err != nil {
		t.Fatal(err)
	}
	if p := string(s.Files["clauses/C-01.html"]); !strings.Contains(p, `<p class="mine">第1条</p>`) || !strings.Contains(p, `class="skip-link"`) {
		t.Errorf("the clause page does not use the handbook's layout inside the default skeleton:\n%s", p)
	}
	if !strings.Contains(string(s.Files["index.html"]), "stages-section") {
		t.Error("the home page lost the default layout")
	}
	if _, ok := s.Files["assets/extra.css"]; !ok {
		t.Error("the handbook's own asset is not copied")
	}
	if _, ok := s.Files["assets/style.css"]; !ok {
		t.Error("the default assets are not copied")
	}
}

func TestThemeMissing(t *testing.T) {
	h, err := content.LoadFS(themed("---\ntitle: 手引き\ntheme: nosuch\n---\n", nil))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Build(h); err == nil || !strings.Contains(err.Error(), "themes/nosuch") {
		t.Errorf("err = %v, want one naming themes/nosuch", err)
	}
}

func TestThemeBrokenLayout(t *testing.T) {
	h, err := content.LoadFS(themed("---\ntitle: 手引き\ntheme: mine\n---\n", fstest.MapFS{
		"themes/mine/layouts/page.html": {Data: []byte(`{{define "main"}}{{.Nope}`)},
	}))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Build(h); err == nil || !strings.Contains(err.Error(), "themes/mine/layouts/page.html") {
		t.Errorf("err = %v, want one naming the broken file", err)
	}
}
