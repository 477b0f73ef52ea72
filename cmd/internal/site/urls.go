package site

import "github.com/tokki-handbook/tokki/cmd/internal/siteurl"

// The site's fixed pages and downloads (package siteurl says where every
// file of the site goes; these are its names, kept here for callers of
// site).
const (
	HomeURL      = siteurl.Home
	ClausesURL   = siteurl.Clauses
	ChecklistURL = siteurl.Checklist
	IncidentsURL = siteurl.Incidents
	TraceURL     = siteurl.Trace
	HistoryURL   = siteurl.History
	ReviewsURL   = siteurl.Reviews
	NotFoundURL  = siteurl.NotFound
	TailorURL    = siteurl.Tailor
	SearchURL    = siteurl.Search
	// The office formats, for a reader to download (see Downloads).
	DownloadClausesTXT    = siteurl.DownloadClausesTXT
	DownloadClausesDOCX   = siteurl.DownloadClausesDOCX
	DownloadChecklistXLSX = siteurl.DownloadChecklistXLSX
	DownloadChecklistCSV  = siteurl.DownloadChecklistCSV
)

// Inside the renderer a page's Path, a link's URL and the keys of urlOf
// are URLs (siteurl.Escape'd paths), so that every link made from them,
// in a page, the search index or the builder page's data, is one a
// browser reads as a path; put turns a URL back into the file's path.
