package main

import (
	"embed"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// hugoLayouts are templates that make Hugo build the pages tokki builds
// from the same corpus, with the same text on them: the home page with the
// clauses of each stage, the 特記仕様書 and the 遵守確認表 as one page each,
// a page per clause (its checks, incidents and sources) and per check item,
// the guide with its sidebar, the incidents with their clauses, the
// traceability and review pages, 404. They look things up the way a Hugo
// theme would, through maps made once (partialCached). What tokki makes
// besides (the Word, Excel, CSV and text downloads, the builder page, the
// lint) is left out, in Hugo's favour.
//
//go:embed all:hugo/layouts
var hugoLayouts embed.FS

// minimalLayouts render each page's title and Markdown only: the floor of
// Hugo's rendering work (-hugo-minimal).
var minimalLayouts = map[string]string{
	"baseof.html": `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>`,
	"single.html": `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}`,
	"list.html":   `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}`,
	"home.html":   `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}`,
}

// hugoSite lays the corpus out as a Hugo site in dst, with the templates
// above (or the minimal ones). Hugo reads date and weight itself, so the
// incident date (YYYY-MM) is renamed and order becomes weight.
func hugoSite(src, dst string, minimal bool) string {
	config := "baseURL = 'http://example.invalid/'\nlanguageCode = 'ja'\nhasCJKLanguage = true\n" +
		"title = '特記仕様書ハンドブック'\n" +
		"disableKinds = ['taxonomy', 'term', 'rss', 'sitemap', 'robotstxt']\n"
	if minimal {
		for name, text := range minimalLayouts {
			write(filepath.Join(dst, "layouts", name), text)
		}
	} else {
		// .md links become page links, as tokki rewrites them.
		config += "[markup.goldmark.renderHooks.link]\nuseEmbedded = 'fallback'\n"
		check(fs.WalkDir(hugoLayouts, "hugo/layouts", func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			b, err := hugoLayouts.ReadFile(p)
			write(filepath.Join(dst, strings.TrimPrefix(p, "hugo/")), string(b))
			return err
		}))
		for name, front := range map[string]string{
			"clauses/_index.md":   "title: 特記仕様書",
			"checklist/_index.md": "title: 遵守確認表",
			"trace.md":            "title: 対応表\nlayout: trace",
			"reviews.md":          "title: 見直し状況\nlayout: reviews",
		} {
			write(filepath.Join(dst, "content", name), "---\n"+front+"\n---\n")
		}
	}
	write(filepath.Join(dst, "hugo.toml"), config)
	for from, to := range map[string]string{"content": "content", "clauses": "content/clauses", "checklist": "content/checklist"} {
		root := filepath.Join(src, from)
		check(filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			text := strings.Replace(string(b), "\ndate: ", "\nincident_date: ", 1)
			text = strings.Replace(text, "\norder: ", "\nweight: ", 1)
			write(filepath.Join(dst, to, rel), text)
			return nil
		}))
	}
	return dst
}
