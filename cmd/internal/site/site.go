// Package site renders a loaded handbook into a static site: a page per
// clause, check item and guide page, the 特記仕様書 and the 遵守確認表 as
// whole documents, a traceability page, the 改訂履歴 and 見直し状況 pages,
// the builder page that tailors the handbook to a task (with its data,
// tailor/data.js), the forms as Word documents, the search index, and the
// theme's assets. Every link is relative, so the site works opened from disk
// (file://) and under any sub-path; nothing is fetched from elsewhere.
//
// Build renders into memory (a map of paths to bytes), for serving;
// BuildTo hands each file to a Sink as it is made (tokki build gives it a
// publish.Dir, which writes the folder). The output depends only on the input:
// no dates, no map order, no absolute paths.
package site

import (
	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// Site is a site built in memory.
type Site struct {
	Files map[string][]byte // path relative to the site root → content
	Stats
}

// Stats describe a built site.
type Stats struct {
	Pages      int // HTML pages
	Files      int // all files
	IndexBytes int // bytes of the search index files
}

// Options add to a build what the handbook's files do not hold.
type Options struct {
	// History lists the handbook's revisions, newest first, for the 改訂履歴
	// page; HasHistory is false when the build runs outside a Git checkout.
	History    []HistoryEntry
	HasHistory bool
	// HistoryShallow is set when the checkout is a shallow clone: History
	// stops at the oldest commit fetched, and the page says so.
	HistoryShallow bool
}

// HistoryEntry is one revision: its commit, date, summary and the handbook
// files it changed (relative to the handbook root).
type HistoryEntry struct {
	Hash, Date, Subject string
	Files               []string
	// Cut marks a commit whose parents a shallow clone did not fetch: what
	// it changed is not known (Files is empty).
	Cut bool
}

// Build renders the handbook in memory. It fails on what makes a page
// impossible to write (a template error, two pages on one URL); lint
// problems are the caller's to check first.
func Build(h *content.Handbook, opts ...Options) (*Site, error) {
	m := &memory{files: map[string][]byte{}}
	st, err := buildTo(h, m, false, opts)
	if err != nil {
		return nil, err
	}
	return &Site{Files: m.files, Stats: st}, nil
}

// BuildTo renders the handbook into sink, handing over each file as soon as
// it is rendered, so that a large site need not be held in memory. It uses
// the handbook up: each check item's Body is let go once its page is made.
func BuildTo(h *content.Handbook, sink Sink, opts ...Options) (Stats, error) {
	return buildTo(h, sink, true, opts)
}

func buildTo(h *content.Handbook, sink Sink, consume bool, opts []Options) (Stats, error) {
	b, err := newRenderer(h, sink, nil)
	if err != nil {
		return Stats{}, err
	}
	b.downloads, b.consume = true, consume
	for _, o := range opts {
		b.opts = o
	}
	return b.run(true)
}
