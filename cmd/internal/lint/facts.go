package lint

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
	"github.com/tokki-handbook/tokki/cmd/internal/par"
)

// facts is what the rules read of one file's Markdown, found in one pass
// that parses its body once: broken-link's links and anchors, the prose
// rules' sentences, and clause-ref's runs of text that may name an
// article. Parsing each body once for all three, on every core, is what
// keeps linting 10,000 files near a second (BenchmarkLint): each rule
// parsing the bodies again took half as long again.
type facts struct {
	parsed
	sentences []sentence // nil unless withProse
	withProse bool       // sentences were split (a prose rule is on)
	articles  []proseText
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

// factsOf works out the facts of every file of the handbook, once per
// run, and with a Cache only those of the files that changed since the
// last run.
func (c *Context) factsOf() []docFacts {
	c.factsOnce.Do(func() {
		prose := false
		for _, r := range content.ProseRules {
			prose = prose || !c.H.Settings.Prose.IsOff(r)
		}
		docs := c.H.Docs
		var cached map[*content.Doc]facts
		if c.cache != nil {
			c.cache.mu.Lock()
			cached = c.cache.facts
			c.cache.mu.Unlock()
		}
		out := make([]docFacts, len(docs))
		par.Each(len(docs), func(i int) {
			f, ok := cached[docs[i]]
			if !ok || prose && !f.withProse {
				f = factsOfDoc(c, docs[i], prose)
			}
			out[i] = docFacts{doc: docs[i], facts: f}
		})
		if c.cache != nil {
			keep := make(map[*content.Doc]facts, len(docs))
			for _, df := range out {
				keep[df.doc] = df.facts
			}
			c.cache.mu.Lock()
			c.cache.facts = keep
			c.cache.mu.Unlock()
		}
		c.facts = out
	})
	return c.facts
}

// factsOfDoc parses d's body at most once for everything the rules read.
func factsOfDoc(c *Context, d *content.Doc, prose bool) facts {
	var doc ast.Node
	body := func() ast.Node {
		if doc == nil {
			doc = markdown.Parse(d.Body)
		}
		return doc
	}
	f := facts{parsed: parseLinks(d, body), withProse: prose}
	if prose {
		f.sentences = sentencesOf(c.H.FS, d, body)
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
