package site

import (
	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// searchGroups are the handbook's words (the terms setting) for search:
// each word's spelling to use, then the spellings to avoid and the
// synonyms, which search folds onto it.
func searchGroups(h *content.Handbook) [][]string {
	var out [][]string
	for _, t := range h.Settings.Terms {
		if t.Use == "" {
			continue
		}
		g := append([]string{t.Use}, t.Avoid...)
		out = append(out, append(g, t.Synonyms...))
	}
	return out
}

// searchWords are what search suggests when a query finds nothing: the
// terms' spellings to use and the headings of the glossary
// (content/glossary.md), its words.
func searchWords(h *content.Handbook) []string {
	var out []string
	seen := map[string]bool{}
	add := func(w string) {
		if w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for _, t := range h.Settings.Terms {
		add(t.Use)
	}
	for _, p := range h.Pages {
		if p.Path != "content/glossary.md" {
			continue
		}
		for _, hd := range markdown.Headings(markdown.Parse(p.Body), p.Body) {
			if hd.Level == 2 {
				add(hd.Text)
			}
		}
	}
	return out
}
