package lint

import (
	"bytes"
	"io/fs"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
	"github.com/tokki-handbook/tokki/cmd/internal/par"
)

// facts is what the rules read of one file's Markdown, found in one pass
// that parses its body once: broken-link's links and anchors, and
// clause-ref's runs of text that may name an article; the same pass hands
// the file's sentences to the prose rules. Parsing each body once for
// all, on every core, is what keeps linting 10,000 files near a second
// (BenchmarkLint): each rule parsing the bodies again took half as long
// again.
type facts struct {
	parsed
	articles []proseText
	// The sentences, kept only in a Cache (nil unless withProse: no
	// prose rule was on when the file was read).
	sentences []sentence
	withProse bool
}

// proseText is a run of a body's prose (not a link's text, not code) and
// its byte offset in the body.
type proseText struct {
	text  string
	start int
}

// docFacts is the facts of one file.
type docFacts struct {
	doc *content.Doc
	facts
}

// factsOf works out the facts of every file of the handbook, and with a
// Cache only those of the files that changed since the last run, and
// hands every sentence to the prose rules' readers (r.readers).
func (r *shared) factsOf(h *content.Handbook) []docFacts {
	prose := len(r.readers) > 0
	docs := h.Docs
	var cached map[*content.Doc]facts
	if r.cache != nil {
		r.cache.mu.Lock()
		cached = r.cache.facts
		r.cache.mu.Unlock()
	}
	out := make([]docFacts, len(docs))
	par.Each(len(docs), func(i int) {
		d := docs[i]
		f, ok := cached[d]
		if !ok || prose && !f.withProse {
			f = factsOfDoc(h.FS, d, prose)
		}
		for i := range f.sentences {
			s := &f.sentences[i]
			for _, rd := range r.readers {
				if !s.off.has(rd.rule) {
					rd.f(d, s)
				}
			}
		}
		if r.cache == nil {
			f.sentences = nil // read: let them go
		}
		out[i] = docFacts{doc: d, facts: f}
	})
	if r.cache != nil {
		keep := make(map[*content.Doc]facts, len(docs))
		for _, df := range out {
			keep[df.doc] = df.facts
		}
		r.cache.mu.Lock()
		r.cache.facts = keep
		r.cache.mu.Unlock()
	}
	return out
}

// factsOfDoc parses d's body at most once for everything the rules read.
func factsOfDoc(fsys fs.FS, d *content.Doc, prose bool) facts {
	var doc ast.Node
	body := func() ast.Node {
		if doc == nil {
			doc = markdown.Parse(d.Body)
		}
		return doc
	}
	f := facts{parsed: parseLinks(d, body), withProse: prose}
	if prose {
		f.sentences = sentencesOf(fsys, d, body)
	}
	// clause-ref reads the runs that hold 条 (第N条, 前条, 次条) or 「
	// (a caption typed by hand); most runs hold neither.
	if d.Body != nil && (bytes.Contains(d.Body, []byte("条")) || bytes.Contains(d.Body, []byte("「"))) {
		eachProse(body(), d.Body, func(text string, start int) {
			if strings.Contains(text, "条") || strings.Contains(text, "「") {
				f.articles = append(f.articles, proseText{text, start})
			}
		})
	}
	return f
}
