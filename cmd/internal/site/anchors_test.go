package site

import (
	"io/fs"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/siteurl"
	"github.com/tokki-handbook/tokki/cmd/internal/theme"
	"github.com/tokki-handbook/tokki/themes"
)

// The anchors lint accepts on a link to a clause's or a check item's file
// (theme.Anchors) are ids on every such page, whether or not the page has
// the optional parts (check items, incidents, sources); and every fixed id
// the layout writes is in the list, so a section added to a layout cannot
// be linked to with lint calling the link broken.
func TestLayoutAnchors(t *testing.T) {
	bare, err := content.LoadFS(fstest.MapFS{
		"content/_index.md": {Data: []byte("---\ntitle: 手引き\n---\n")},
		"clauses/c1.md":     {Data: []byte("---\nid: C-01\ntitle: 持出し\norder: 1\nrationale: 理由\nwaiver: 試験\n---\n\n本文\n")},
		"checklist/k1.md":   {Data: []byte("---\nid: K-01-1\nclause: C-01\ntitle: 確認\naspect: 対策\ntiming: [定期]\nrationale: 理由\n---\n\n問い\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	full, err := content.Load(filepath.Join("testdata", "handbook"))
	if err != nil {
		t.Fatal(err)
	}
	id := regexp.MustCompile(`\sid="([^"]*)"`)
	for _, h := range []*content.Handbook{bare, full} {
		s, err := Build(h)
		if err != nil {
			t.Fatal(err)
		}
		pages := map[string][]string{}
		for _, c := range h.Clauses {
			pages["clause"] = append(pages["clause"], siteurl.PageFile(c.Doc, c.ID))
		}
		for _, k := range h.Checks {
			pages["check"] = append(pages["check"], siteurl.PageFile(k.Doc, k.ID))
		}
		for _, kind := range slices.Sorted(maps.Keys(theme.Anchors)) {
			if len(pages[kind]) == 0 {
				t.Fatalf("the test handbook has no %s page", kind)
			}
			for _, p := range pages[kind] {
				ids := map[string]bool{}
				for _, m := range id.FindAllStringSubmatch(page(t, s, p), -1) {
					ids[m[1]] = true
				}
				for _, a := range theme.Anchors[kind] {
					if !ids[a] {
						t.Errorf("%s has no id %q, which theme.Anchors lists for %s pages", p, a, kind)
					}
				}
			}
		}
	}

	// The layouts' own ids: those written out, not made by an action.
	fixed := regexp.MustCompile(`\sid="([^"{]*)"`)
	for kind, list := range theme.Anchors {
		b, err := fs.ReadFile(themes.Default, "default/layouts/"+kind+".html")
		if err != nil {
			t.Fatal(err)
		}
		ms := fixed.FindAllStringSubmatch(string(b), -1)
		if len(ms) == 0 {
			t.Errorf("layouts/%s.html writes no fixed id", kind)
		}
		for _, m := range ms {
			if !slices.Contains(list, m[1]) {
				t.Errorf("layouts/%s.html writes the id %q, which theme.Anchors does not list for %s pages: lint would call a link to it broken", kind, m[1], kind)
			}
		}
	}
}
