package site

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
	"sync"
)

// partials keeps the output of the templates pages render through Cached,
// for one build.
type partials struct {
	mu  sync.Mutex
	out map[partialKey]template.HTML
}

type partialKey struct {
	layout     *template.Template
	name, keys string
}

// Cached renders the template called name (defined in the page's layout or
// in baseof.html) with this page, once per build for each distinct set of
// keys and layout, and returns the output for every later page with the
// same keys. It is for the parts of a page that depend only on the keys,
// such as the site header, which depends on .Root and .Section: at 10,000
// pages, executing the header once per folder instead of once per page
// saves a large part of the rendering time. A key is a string, a list of
// links (such as .Breadcrumbs, by URL, label and title) or any other
// value (by its type and fmt's %v).
//
//	{{.Cached "site-header" .Root .Section}}
func (p *pageData) Cached(name string, keys ...any) (template.HTML, error) {
	if p.layout == nil || p.partials == nil {
		return "", fmt.Errorf("Cached %q: not rendering a page", name)
	}
	var kb strings.Builder
	for _, key := range keys {
		kb.WriteByte(0)
		switch v := key.(type) {
		case string:
			kb.WriteString(v)
		case []link:
			// Front matter holds no control characters: these separate.
			for _, l := range v {
				kb.WriteString(l.URL + "\x01" + l.Label + "\x01" + l.Title + "\x02")
			}
		default:
			fmt.Fprintf(&kb, "%T\x01%v", v, v)
		}
	}
	k := partialKey{p.layout, name, kb.String()}
	c := p.partials
	c.mu.Lock()
	out, ok := c.out[k]
	c.mu.Unlock()
	if ok {
		return out, nil
	}
	var buf bytes.Buffer
	if err := p.layout.ExecuteTemplate(&buf, name, p); err != nil {
		return "", err
	}
	out = template.HTML(buf.String()) // html/template escaped it
	c.mu.Lock()
	c.out[k] = out
	c.mu.Unlock()
	return out, nil
}
