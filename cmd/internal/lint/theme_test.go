package lint

import (
	"fmt"
	"io/fs"
	"testing"
	"testing/fstest"
)

// The theme rule reports what would stop the build from loading the theme,
// at the setting or at the file, so that lint and build agree.
func TestThemeRule(t *testing.T) {
	home := func(theme string) string {
		return "---\ntitle: 手引き\ntheme: " + theme + "\n---\n\n[再委託](../clauses/c09.md#解説)\n"
	}
	for _, tc := range []struct {
		name  string
		files fstest.MapFS
		want  []want
	}{
		{"own theme", fstest.MapFS{
			"content/_index.md":               {Data: []byte(home("mine"))},
			"themes/mine/layouts/clause.html": {Data: []byte(`{{define "main"}}<p>{{.Clause.Number}}</p>{{end}}`)},
		}, nil},
		{"no such folder", fstest.MapFS{"content/_index.md": {Data: []byte(home("nosuch"))}},
			[]want{{"content/_index.md:3:8", "theme", "there is no themes/nosuch folder"}}},
		{"not a folder name", fstest.MapFS{"content/_index.md": {Data: []byte(home("../content"))}},
			[]want{{"content/_index.md:3:8", "theme", `theme "../content" is not the name of a folder under themes/`}}},
		{"a layout that does not parse", fstest.MapFS{
			"content/_index.md":             {Data: []byte(home("mine"))},
			"themes/mine/layouts/page.html": {Data: []byte(`{{define "main"}}{{.Nope}`)},
		}, []want{{"themes/mine/layouts/page.html:0:0", "theme", "template: page.html:1:"}}},
		{"a layout that is a pipe", fstest.MapFS{
			"content/_index.md":             {Data: []byte(home("mine"))},
			"themes/mine/layouts/page.html": {Mode: fs.ModeNamedPipe},
		}, []want{{"themes/mine/layouts/page.html:0:0", "special-file", "a named pipe"}}},
		{"a theme folder that is a file", fstest.MapFS{
			"content/_index.md": {Data: []byte(home("mine"))},
			"themes/mine":       {Data: []byte("x")},
		}, []want{
			{"content/_index.md:3:8", "theme", "there is no themes/mine folder"},
			{"themes/mine:0:0", "special-file", "a file where a folder should be"},
		}},
		{"the default theme's own folder", fstest.MapFS{
			"themes/default/assets/x.css": {Mode: fs.ModeSocket},
		}, []want{{"themes/default/assets/x.css:0:0", "special-file", "a socket"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := base()
			for name, f := range tc.files {
				fsys[name] = f
			}
			got := run(t, fsys)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d findings, want %d:\n%s", len(got), len(tc.want), dump(got))
			}
			for i, w := range tc.want {
				f := got[i]
				if at := fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Column); at != w.at || f.Rule != w.rule || !contains(f.Message, w.text) {
					t.Errorf("finding %d = %s %s %q, want %s %s containing %q", i, at, f.Rule, f.Message, w.at, w.rule, w.text)
				}
			}
		})
	}
}
