package lint

import "github.com/tokki-handbook/tokki/cmd/internal/content"

func checkUnknownField(c *Context) {
	for _, d := range c.H.Docs {
		if len(d.Unknown) == 0 {
			continue
		}
		var names []string
		for _, s := range content.Schema(d.Kind, d.Path) {
			names = append(names, s.Name)
		}
		hint := newSuggester(names)
		for _, f := range d.Unknown {
			if n := hint.nearest(f.Name); n != "" {
				c.Report(d, f.Key, "unknown field %q; did you mean %q?", f.Name, n)
			} else {
				c.Report(d, f.Key, "unknown field %q; a %s knows only %s", f.Name, c.Lang.Text(what(d)), quoteList(names))
			}
		}
	}
}
