package main

import (
	"errors"

	"github.com/tokki-handbook/tokki/cmd/internal/review"
	"github.com/tokki-handbook/tokki/cmd/internal/site"
)

// historyLimit is how many revisions the 改訂履歴 page lists.
const historyLimit = 200

// siteOptions reads what the site shows besides the handbook's files: its
// Git history, when the handbook is in a Git checkout.
func siteOptions(g *globals) site.Options {
	entries, err := review.History(g.source, historyLimit)
	if errors.Is(err, review.ErrNoGit) || err != nil {
		return site.Options{}
	}
	o := site.Options{HasHistory: true}
	for _, e := range entries {
		o.History = append(o.History, site.HistoryEntry{Hash: e.Hash, Date: e.Date, Subject: e.Subject, Files: e.Files})
	}
	return o
}
