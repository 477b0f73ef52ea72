package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
	"github.com/tokki-handbook/tokki/cmd/internal/revision"
	"github.com/tokki-handbook/tokki/cmd/internal/site"
)

// historyLimit is how many revisions the 改訂履歴 page lists.
const historyLimit = 200

// siteOptions reads what the site shows besides the handbook's files: its
// Git history, when the handbook is in a Git checkout. Outside one the
// 改訂履歴 page says there is no history; when git fails to read it, the
// page says so too and stderr is told why.
func siteOptions(g *globals, stderr io.Writer) site.Options {
	log, err := revision.History(g.source, historyLimit)
	if err != nil {
		if !errors.Is(err, revision.ErrNoGit) {
			fmt.Fprint(stderr, msg.Sprintf("tokki: warning: %v; the 改訂履歴 page will show no history\n", err))
		}
		return site.Options{}
	}
	o := site.Options{HasHistory: true, HistoryShallow: log.Shallow}
	for _, e := range log.Entries {
		o.History = append(o.History, site.HistoryEntry{Hash: e.Hash, Date: e.Date, Subject: e.Subject, Files: e.Files, Cut: e.Cut})
	}
	return o
}
