package main

import (
	"embed"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/tokki-handbook/tokki/themes"
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
// above (or the minimal ones).
func hugoSite(src, dst string, minimal bool) string {
	config := "baseURL = 'http://example.invalid/'\nlocale = 'ja'\nhasCJKLanguage = true\n" +
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
			if err != nil {
				return err
			}
			write(filepath.Join(dst, strings.TrimPrefix(p, "hugo/")), string(b))
			return nil
		}))
		// The theme's assets, as tokki writes its own.
		assets, err := fs.Sub(themes.Default, "default/assets")
		check(err)
		check(fs.WalkDir(assets, ".", func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			b, err := fs.ReadFile(assets, p)
			if err != nil {
				return err
			}
			write(filepath.Join(dst, "static", "assets", filepath.FromSlash(p)), string(b))
			return nil
		}))
	}
	write(filepath.Join(dst, "hugo.toml"), config)
	// tokki's content/ is Hugo's content/, and clauses/ and checklist/ go
	// inside it: links between the two lose or gain a step up.
	for _, tree := range []struct {
		from, to string
		links    *regexp.Regexp
		repl     string
	}{
		{"content", "content", regexp.MustCompile(`\]\(((?:\.\./)*)\.\./(clauses|checklist)/`), "](${1}${2}/"},
		{"clauses", "content/clauses", regexp.MustCompile(`\]\(\.\./content/`), "](../"},
		{"checklist", "content/checklist", regexp.MustCompile(`\]\(\.\./content/`), "](../"},
	} {
		root := filepath.Join(src, tree.from)
		check(filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			write(filepath.Join(dst, tree.to, rel), hugoPage(string(b), tree.links, tree.repl))
			return nil
		}))
	}
	if !minimal {
		for name, front := range map[string]string{
			"clauses/_index.md":   "title: 特記仕様書",
			"checklist/_index.md": "title: 遵守確認表",
			"trace.md":            "title: 対応表\nlayout: trace",
			"reviews.md":          "title: 見直し状況\nlayout: reviews",
		} {
			p := filepath.Join(dst, "content", name)
			if _, err := os.Stat(p); err == nil {
				log.Fatalf("the corpus has %s, which the Hugo site makes itself", name)
			}
			write(p, "---\n"+front+"\n---\n")
		}
	}
	return dst
}

// hugoPage is a corpus file as the Hugo site has it: its links rewritten
// (in the body and in front-matter fields such as rationale), and, as Hugo
// reads date and weight itself, the incident date (YYYY-MM) renamed and
// order made weight in the front matter.
func hugoPage(text string, links *regexp.Regexp, repl string) string {
	front, body := text, ""
	if i := strings.Index(text[min(len(text), 4):], "\n---\n"); i >= 0 {
		front, body = text[:i+4+5], text[i+4+5:]
	}
	front = strings.Replace(front, "\ndate: ", "\nincident_date: ", 1)
	front = strings.Replace(front, "\norder: ", "\nweight: ", 1)
	return links.ReplaceAllString(front+body, repl)
}
