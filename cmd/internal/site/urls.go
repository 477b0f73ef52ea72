package site

import (
	"path"
	"regexp"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// The site's fixed pages.
const (
	HomeURL      = "index.html"
	ClausesURL   = "clauses/index.html"
	ChecklistURL = "checklist/index.html"
	IncidentsURL = "incidents/index.html"
	TraceURL     = "trace.html"
	HistoryURL   = "history.html"
	ReviewsURL   = "reviews.html"
	NotFoundURL  = "404.html"
	// The office formats, for a reader to download (see Downloads).
	DownloadClausesTXT    = "downloads/clauses.txt"
	DownloadClausesDOCX   = "downloads/clauses.docx"
	DownloadChecklistXLSX = "downloads/checklist.xlsx"
	DownloadChecklistCSV  = "downloads/checklist.csv"
)

// pageURL is where a source file's page is written, relative to the site
// root. Pages under content/ keep their folders (content/guide/a.md →
// guide/a.html, a folder's _index.md → index.html); clauses and check items
// are named by id, which lint keeps URL-safe and unique.
func pageURL(d *content.Doc, id string) string {
	switch d.Kind {
	case content.KindClause:
		return "clauses/" + idOrStem(id, d.Path) + ".html"
	case content.KindCheck:
		return "checklist/" + idOrStem(id, d.Path) + ".html"
	}
	p := strings.TrimPrefix(d.Path, content.ContentDir+"/")
	if path.Base(p) == "_index.md" {
		return path.Join(path.Dir(p), "index.html")
	}
	return strings.TrimSuffix(p, ".md") + ".html"
}

// idOrStem is the id when it is safe as a file name (lint's id-format
// rule), else the source file's name: the site is written while lint runs,
// so an id such as "../x" must never become a path.
func idOrStem(id, p string) string {
	if safeID.MatchString(id) {
		return id
	}
	return strings.TrimSuffix(path.Base(p), ".md")
}

var safeID = regexp.MustCompile(`^[A-Za-z0-9-]+$`)

// assetURL is where a non-Markdown file from a source folder is copied.
func assetURL(p string) string {
	return strings.TrimPrefix(p, content.ContentDir+"/")
}

// rel is the relative link from the page at from to the file at to, both
// relative to the site root. Every link in the site is relative, so the site
// works from file:// and under any sub-path.
func rel(from, to string) string {
	fromDir := strings.Split(path.Dir(from), "/")
	if fromDir[0] == "." {
		fromDir = nil
	}
	toParts := strings.Split(to, "/")
	i := 0
	for i < len(fromDir) && i < len(toParts)-1 && fromDir[i] == toParts[i] {
		i++
	}
	return strings.Repeat("../", len(fromDir)-i) + strings.Join(toParts[i:], "/")
}

// rootOf is the prefix that leads from a page to the site root.
func rootOf(p string) string {
	return strings.Repeat("../", strings.Count(p, "/"))
}
