package lint

import "strings"

func checkUnknownRef(c *Context) {
	var ids []string
	known := map[string]bool{}
	for _, p := range c.H.Pages {
		if p.ID != "" {
			known[p.ID] = true
			ids = append(ids, p.ID)
		}
	}
	hint := newSuggester(ids)
	for _, cl := range c.H.Clauses {
		for i, id := range cl.Incidents {
			if known[id] {
				continue
			}
			if items, ok := splitTyped(id, ids); ok {
				c.Report(cl.Doc, cl.Fields["incidents"].ItemPos(i), "incidents %q is read as one id; separate the ids with \", \" (a half-width comma and a space): [%s]",
					id, strings.Join(items, ", "))
				continue
			}
			c.Report(cl.Doc, cl.Fields["incidents"].ItemPos(i), "incident %q is not the id of any page%s; add a page under content/incidents/ with id: %s, or fix the id",
				id, hint.didYouMean(c.Lang, id), id)
		}
	}
}
