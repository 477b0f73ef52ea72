package lint

import (
	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/siteurl"
	"github.com/tokki-handbook/tokki/cmd/internal/theme"
)

// checkOutputClash reports two sources for one file of the site: two
// handbook files, or a handbook file and one tokki writes itself (a page,
// the downloads, the search index, the theme's assets), also where the
// paths differ only in case. The list and the test are package siteurl's,
// which the build uses too, so lint and build agree.
func checkOutputClash(c *Context) {
	// The theme's assets, as the build copies them. A theme that cannot be
	// loaded stops the build on its own; its files' rules report why.
	var assets []string
	if t, err := theme.Load(c.H.FS, c.H.Settings.Theme); err == nil {
		assets = t.AssetNames()
	}
	for _, cl := range siteurl.Clashes(siteurl.Outputs(c.H, assets)) {
		if sameID(cl) {
			continue // duplicate-id says so
		}
		for _, o := range []siteurl.Output{cl.A, cl.B} {
			switch {
			case o.Source == "":
			case o.Doc == nil: // an asset: the file as a whole
				c.ReportPath(o.Source, content.Pos{}, "%s", cl.Error())
			case o.ByID && o.Doc.Fields["id"] != nil:
				c.Report(o.Doc, o.Doc.ValuePos("id"), "%s", cl.Error())
			default: // a page: its name, so the file's first line
				c.Report(o.Doc, content.Pos{Line: 1}, "%s", cl.Error())
			}
		}
	}
}

// sameID reports whether a clash is two clauses or two check items with
// one id.
func sameID(cl siteurl.Clash) bool {
	a, b := cl.A, cl.B
	if cl.Kind != siteurl.Same || !a.ByID || !b.ByID || a.Doc.Kind != b.Doc.Kind {
		return false
	}
	ida, _ := a.Doc.Value("id").(string)
	idb, _ := b.Doc.Value("id").(string)
	return ida != "" && ida == idb
}
