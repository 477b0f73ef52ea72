package lint

import (
	"regexp"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// This file holds the two rules about ids themselves: their form and their
// uniqueness.

var idRE = regexp.MustCompile(`^[A-Za-z0-9-]+$`)

func checkIDFormat(c *Context) {
	for _, d := range c.H.Docs {
		id, ok := d.Value("id").(string)
		if !ok || strings.TrimSpace(id) == "" || idRE.MatchString(id) {
			continue
		}
		if h := halfWidthID(id); idRE.MatchString(h) {
			c.Report(d, d.ValuePos("id"), "id %q is written with full-width characters; write it in half-width: %s (it becomes a URL and a file name)", id, h)
			continue
		}
		c.Report(d, d.ValuePos("id"), "id %q may only have ASCII letters, digits and '-' (it becomes a URL and a file name); e.g. C-09 or K-09-1", id)
	}
}

func checkDuplicateID(c *Context) {
	owners := map[string][]*content.Doc{}
	for _, d := range c.H.Docs {
		if id, ok := d.Value("id").(string); ok && id != "" {
			owners[id] = append(owners[id], d)
		}
	}
	for _, d := range c.H.Docs {
		id, _ := d.Value("id").(string)
		same := owners[id]
		if id == "" || len(same) < 2 {
			continue
		}
		var others []string
		for _, o := range same {
			if o != d {
				others = append(others, o.Path)
			}
		}
		c.Report(d, d.ValuePos("id"), "id %q is also used by %s; every file needs its own id", id, strings.Join(others, ", "))
	}
}
