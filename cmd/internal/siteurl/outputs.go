package siteurl

import (
	"fmt"
	"path"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// Output is one file (or folder) the site would write.
type Output struct {
	File   string       // slash path from the site root, as on disk (not escaped)
	Source string       // the handbook file it is made from; "" for what tokki makes itself
	Doc    *content.Doc // Source's document, when it is a Markdown file
	ByID   bool         // named by the document's id (clauses, check items), not by its path
	What   string       // what tokki makes here, when Source is "": an English message format (msg)
	Arg    string       // the value What formats, if it has a verb ("theme asset %s")
	Dir    bool         // a folder tokki fills: nothing else may be written in it
}

// Name says who writes an output, for messages in lang.
func (o Output) Name(lang msg.Lang) string {
	if o.Source != "" {
		return o.Source
	}
	what := lang.Text(o.What) // Marked where the output is listed
	if o.Arg != "" {
		what = fmt.Sprintf(what, o.Arg)
	}
	return lang.Sprintf("tokki's %s", what)
}

// fixed are the files tokki writes whatever the handbook holds, with what
// each is for messages.
var fixed = []Output{
	{File: Clauses, What: msg.Mark("特記仕様書 page")},
	{File: Checklist, What: msg.Mark("遵守確認表 page")},
	{File: Trace, What: msg.Mark("対応表 page")},
	{File: History, What: msg.Mark("改訂履歴 page")},
	{File: Reviews, What: msg.Mark("見直し状況 page")},
	{File: Tailor, What: msg.Mark("業務に合わせる page")},
	{File: TailorData, What: msg.Mark("data of the 業務に合わせる page")},
	{File: OfficeWriter, What: msg.Mark("Word and Excel writer of the 業務に合わせる page")},
	{File: NotFound, What: msg.Mark("page-not-found page")},
	{File: Search, What: msg.Mark("search results page")},
	{File: DownloadChecklistXLSX, What: msg.Mark("遵守確認表 download (Excel)")},
	{File: DownloadChecklistCSV, What: msg.Mark("遵守確認表 download (CSV)")},
	{File: DownloadClausesDOCX, What: msg.Mark("特記仕様書 download (Word)")},
	{File: DownloadClausesTXT, What: msg.Mark("特記仕様書 download (text)")},
	{File: SearchDir, What: msg.Mark("search index"), Dir: true},
}

// Outputs lists every file the site built from h would write: tokki's own
// pages, downloads and search index, the theme's assets (themeAssets, the
// names under the theme's assets/ folder), a page per clause, check item
// and content page, and a copy of every other file of content/. Two
// entries that land on one file are a clash (Clashes).
func Outputs(h *content.Handbook, themeAssets []string) []Output {
	out := make([]Output, 0, len(fixed)+len(themeAssets)+len(h.Docs)+len(h.Assets)+1)
	out = append(out, fixed...)
	for _, name := range themeAssets {
		out = append(out, Output{File: ThemeAssetFile(name), What: msg.Mark("theme asset %s"), Arg: name})
	}
	incidentList := true
	for _, c := range h.Clauses {
		out = append(out, Output{File: PageFile(c.Doc, c.ID), Source: c.Path, Doc: c.Doc, ByID: true})
	}
	for _, k := range h.Checks {
		out = append(out, Output{File: PageFile(k.Doc, k.ID), Source: k.Path, Doc: k.Doc, ByID: true})
	}
	for _, p := range h.Pages {
		f := PageFile(p.Doc, p.ID)
		if f == Incidents {
			incidentList = false // the page is the incident list
		}
		out = append(out, Output{File: f, Source: p.Path, Doc: p.Doc})
	}
	for _, a := range h.Assets {
		out = append(out, Output{File: AssetFile(a), Source: a})
	}
	if incidentList {
		out = append(out, Output{File: Incidents, What: msg.Mark("incident list")})
	}
	// A form's Word download; of two forms with one number the first
	// has it (lint's form rule reports the second).
	numbered := map[int]bool{}
	for _, p := range h.Pages {
		if p.IsForm() && p.Form > 0 && !numbered[p.Form] {
			numbered[p.Form] = true
			out = append(out, Output{File: FormDownload(p.Form), What: msg.Mark("%s download (Word)"), Arg: content.FormLabel(p.Form)})
		}
	}
	return out
}

// ClashKind says how two outputs clash.
type ClashKind int

const (
	// Same: both are written to one path.
	Same ClashKind = iota
	// Case: the paths differ only in case (or in how a letter is
	// composed), so they are one file on Windows and macOS.
	Case
	// Inside: B would be written inside A, which is a file, or a folder
	// that tokki fills.
	Inside
)

// Clash is two outputs that cannot both be written.
type Clash struct {
	A, B Output // A comes first in Outputs' order
	Kind ClashKind
}

// Clashes finds every pair of outputs that would overwrite one another,
// on any file system: the same path, paths that differ only in case (or
// in Unicode normalisation: macOS and Windows compare names without
// either), and a file written where another output needs a folder. Each
// output is paired with the first one it clashes with.
func Clashes(outs []Output) []Clash {
	var out []Clash
	first := make(map[string]int, len(outs)) // folded path → first output there
	for i, o := range outs {
		k := Fold(o.File)
		if j, ok := first[k]; ok {
			kind := Same
			if outs[j].File != o.File {
				kind = Case
			}
			if outs[j].Dir != o.Dir {
				kind = Inside // a file where tokki's folder goes
			}
			out = append(out, Clash{outs[j], o, kind})
			continue
		}
		first[k] = i
	}
	for _, o := range outs {
		for dir := path.Dir(o.File); dir != "."; dir = path.Dir(dir) {
			j, ok := first[Fold(dir)]
			if ok && !(outs[j].Dir && o.Dir) {
				out = append(out, Clash{outs[j], o, Inside})
				break
			}
		}
	}
	return out
}

// Fold is the form of a path that two names share when a case-insensitive
// file system (Windows, macOS) takes them for one: each letter in lower
// case (by way of upper case, so that K, k and the Kelvin sign agree),
// each composed character normalised.
func Fold(p string) string {
	return strings.Map(func(r rune) rune { return unicode.ToLower(unicode.ToUpper(r)) }, norm.NFC.String(p))
}

// Error says what clashes and what to do, in one sentence, in the user's
// language: the build fails with it.
func (c Clash) Error() string { return c.Message(msg.Current()) }

// Message is Error in lang: lint reports it in the language of its run.
func (c Clash) Message(lang msg.Lang) string {
	a, b := c.A, c.B
	var what string
	switch {
	case c.Kind == Same:
		what = lang.Sprintf("%s and %s would both be written to %s", a.Name(lang), b.Name(lang), b.File)
	case c.Kind == Case:
		what = lang.Sprintf("%s and %s would be written to %s and %s, one file on Windows and macOS, which ignore case",
			a.Name(lang), b.Name(lang), a.File, b.File)
	case a.Dir && Fold(a.File) == Fold(b.File):
		what = lang.Sprintf("%s would be written to %s, the folder of %s", b.Name(lang), b.File, a.Name(lang))
	case a.Dir:
		what = lang.Sprintf("%s would be written to %s, in %s/, the folder of %s", b.Name(lang), b.File, a.File, a.Name(lang))
	default:
		what = lang.Sprintf("%s would be written to %s, but %s is where %s goes, so it cannot be a folder", b.Name(lang), b.File, a.File, a.Name(lang))
	}
	return lang.Sprintf("%s; %s", what, fix(lang, a, b))
}

// fix says what the editor can change: a file's name, or a clause's or
// check item's id.
func fix(lang msg.Lang, a, b Output) string {
	var own []Output
	for _, o := range []Output{a, b} {
		if o.Source != "" {
			own = append(own, o)
		}
	}
	change := func(o Output, it string) string {
		if o.ByID {
			return lang.Sprintf("give %s another id", it)
		}
		return lang.Sprintf("rename or move %s", it)
	}
	switch {
	case len(own) == 2 && a.ByID == b.ByID:
		return change(a, lang.Text("one of them"))
	case len(own) == 2:
		return lang.Sprintf("%s, or %s", change(a, a.Source), change(b, b.Source))
	case len(own) == 1:
		return change(own[0], own[0].Source)
	}
	return lang.Text("this is a bug in tokki") // two of tokki's own files: Outputs' tests forbid it
}
