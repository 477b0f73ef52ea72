// Package siteurl says where each file of the built site goes and how one
// page links to another. The site package writes its files where this
// package says, and lint asks it which files would land on one path
// (Outputs, Clashes), so the two agree by construction: lint may not use
// the site package, which renders, so the mapping lives here, between
// them, knowing the content model and nothing of templates.
//
// A file's path in the site (PageFile, AssetFile) and the URL that links
// to it (Page, Asset) are two things: a file may be called
// content/javascript:x.md or a#b.md, and its page's URL must still be a
// relative path that a browser reads as a path. Escape percent-encodes what
// would make a URL anything else: a ':' (a scheme such as javascript:), '#'
// and '?' (a fragment, a query), '%', spaces, control and invisible
// characters, and what could end an attribute or start an entity (both
// quotes, <, >, & and the backslash). Letters of any script stay as they
// are, so Japanese names read as written.
package siteurl

import (
	"fmt"
	"net/url"
	"path"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// The files tokki writes whatever the handbook holds, as slash paths from
// the site root. Each is also a valid URL: Escape leaves them as they are.
const (
	Home      = "index.html" // the home page, from content/_index.md
	Clauses   = "clauses/index.html"
	Checklist = "checklist/index.html"
	Incidents = "incidents/index.html" // made when content/incidents/_index.md is missing
	Trace     = "trace.html"
	History   = "history.html"
	Reviews   = "reviews.html"
	Tailor    = "tailor.html"
	Search    = "search.html" // the search results page
	NotFound  = "404.html"

	TailorData = "tailor/data.js"
	// OfficeWriter is the builder page's Word and Excel writer
	// (site/office.go), beside the theme's assets.
	OfficeWriter = "assets/office.js"

	DownloadClausesTXT    = "downloads/clauses.txt"
	DownloadClausesDOCX   = "downloads/clauses.docx"
	DownloadChecklistXLSX = "downloads/checklist.xlsx"
	DownloadChecklistCSV  = "downloads/checklist.csv"
	// DownloadFormsDir holds the forms (様式) as Word documents, one
	// file a form (FormDownload).
	DownloadFormsDir = "downloads/forms"

	// SearchDir holds the search index, in as many files as its size
	// needs: nothing else may be written under it.
	SearchDir = "search"
	// AssetsDir holds the theme's assets (ThemeAsset).
	AssetsDir = "assets"
)

// PageFile is where a source file's page is written, relative to the site
// root. Pages under content/ keep their folders (content/guide/a.md →
// guide/a.html, a folder's _index.md → index.html); clauses and check items
// are named by id, which lint keeps URL-safe and unique.
func PageFile(d *content.Doc, id string) string {
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

// Page is the URL of a source file's page (PageFile, escaped).
func Page(d *content.Doc, id string) string { return Escape(PageFile(d, id)) }

// byID reports whether a file's page is named by its id.
func byID(d *content.Doc) bool {
	return d.Kind == content.KindClause || d.Kind == content.KindCheck
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

// AssetFile is where a non-Markdown file from a source folder is copied.
func AssetFile(p string) string {
	return strings.TrimPrefix(p, content.ContentDir+"/")
}

// Asset is the URL of a copied source file (AssetFile, escaped).
func Asset(p string) string { return Escape(AssetFile(p)) }

// ThemeAssetFile is where the theme's asset name (a path under the theme's
// assets/ folder) is written.
func ThemeAssetFile(name string) string { return AssetsDir + "/" + name }

// ThemeAsset is the URL of the theme's asset name.
func ThemeAsset(name string) string { return Escape(ThemeAssetFile(name)) }

// Escape turns a slash path in the site into the relative URL that links
// to it: the same path with every byte that a URL or an HTML attribute
// would read as more than a letter of a name percent-encoded (see the
// package doc). The result never has a scheme, a query or a fragment, and
// File turns it back.
func Escape(p string) string {
	for i := 0; i < len(p); i++ {
		if p[i] >= utf8.RuneSelf || !keep[p[i]] {
			return escape(p, i)
		}
	}
	return p // the common case: nothing to encode
}

func escape(p string, from int) string {
	var b strings.Builder
	b.Grow(len(p) + 16)
	b.WriteString(p[:from])
	for i := from; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			if keep[c] {
				b.WriteByte(c)
			} else {
				percent(&b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		if r == utf8.RuneError && size == 1 || !unicode.IsGraphic(r) || unicode.IsSpace(r) {
			// Not UTF-8, or a character a reader cannot see (a space,
			// a direction mark): encoded, so a URL cannot hide it.
			for j := range size {
				percent(&b, p[i+j])
			}
		} else {
			b.WriteString(p[i : i+size])
		}
		i += size
	}
	return b.String()
}

func percent(b *strings.Builder, c byte) {
	const hex = "0123456789ABCDEF"
	b.WriteByte('%')
	b.WriteByte(hex[c>>4])
	b.WriteByte(hex[c&15])
}

// keep are the ASCII bytes a URL path may hold as they are: RFC 3986's
// unreserved characters, the slash, and the sub-delimiters that mean
// nothing in a path, an HTML attribute or Markdown. Left out: the colon
// (in a first segment it would start a scheme), the ampersand (an entity
// in HTML, which goldmark resolves in a link) and the apostrophe (a quote
// in an attribute).
var keep = func() (t [utf8.RuneSelf]bool) {
	for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$()*+,;=@" {
		t[c] = true
	}
	return t
}()

// Fragment is "#" and the anchor a, escaped as Escape does, for a link to
// a heading; "" when a is empty. Browsers match the decoded anchor.
func Fragment(a string) string {
	if a == "" {
		return ""
	}
	return "#" + Escape(a)
}

// File is the path of the file a URL made by Escape links to.
func File(u string) string {
	f, err := url.PathUnescape(u)
	if err != nil {
		return u // not made by Escape, which encodes every '%'
	}
	return f
}

// Rel is the relative link from the page at URL from to the URL to, both
// relative to the site root. Every link in the site is relative, so the
// site works from file:// and under any sub-path; as both are escaped, the
// link's first segment is "..", a name without ':' or the empty path.
func Rel(from, to string) string {
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

// Root is the prefix that leads from the page at u to the site root.
func Root(u string) string {
	return strings.Repeat("../", strings.Count(u, "/"))
}

// FormDownload is the file of form n (様式第n号) as a Word document:
// downloads/forms/form-03.docx. The name is ASCII, so that it is the same
// on every file system and in every archive; the link that offers it
// suggests the form's title as the name to save it under.
func FormDownload(n int) string { return fmt.Sprintf("%s/form-%02d.docx", DownloadFormsDir, n) }
