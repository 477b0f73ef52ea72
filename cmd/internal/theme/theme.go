// Package theme finds a theme's templates and assets. The lookup rule, the
// one rule a theme author needs:
//
//	For each file, the handbook's own themes/<name>/<file> wins; otherwise
//	the default theme embedded in tokki is used.
//
// <name> is the theme setting in content/_index.md ("default" when unset).
// A theme has layouts/baseof.html, the page skeleton that calls
// {{block "main" .}}, and one layout per kind of page (layouts/<kind>.html,
// defining "main"); everything under assets/ is copied to the site's
// assets/ folder. So a handbook can change one layout or one stylesheet and
// keep the rest.
package theme

import (
	"crypto/sha256"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/tokki-handbook/tokki/themes"
)

// Kinds are the kinds of page a theme must have a layout for.
var Kinds = []string{"home", "page", "section", "clause", "clauses", "check", "checklist", "trace", "history", "reviews", "tailor", "404"}

// Theme is a loaded theme.
type Theme struct {
	layouts map[string]*template.Template
	Assets  map[string][]byte // path under assets/ → content
	Sum     string            // changes when any layout or asset changes
}

// Load reads the theme called name, with the handbook's own files (fsys is
// the handbook root) taking precedence over the embedded default.
func Load(fsys fs.FS, name string, funcs template.FuncMap) (*Theme, error) {
	if name == "" {
		name = "default"
	}
	own, err := fs.Sub(fsys, path.Join("themes", name))
	if err != nil {
		return nil, err
	}
	if _, err := fs.Stat(own, "."); err != nil && name != "default" {
		return nil, fmt.Errorf("theme %q: there is no themes/%s folder", name, name)
	}
	def, _ := fs.Sub(themes.Default, "default")
	sum := sha256.New()
	read := func(p string) ([]byte, string, error) {
		if b, err := fs.ReadFile(own, p); err == nil {
			fmt.Fprintf(sum, "%s %d\n", p, len(b))
			sum.Write(b)
			return b, "themes/" + name + "/" + p, nil
		}
		b, err := fs.ReadFile(def, p)
		fmt.Fprintf(sum, "%s %d\n", p, len(b))
		sum.Write(b)
		return b, "(default theme) " + p, err
	}

	t := &Theme{layouts: map[string]*template.Template{}, Assets: map[string][]byte{}}
	baseSrc, baseName, err := read("layouts/baseof.html")
	if err != nil {
		return nil, fmt.Errorf("theme %q: %w", name, err)
	}
	base, err := template.New("baseof.html").Funcs(funcs).Parse(string(baseSrc))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", baseName, err)
	}
	for _, kind := range Kinds {
		src, file, err := read("layouts/" + kind + ".html")
		if err != nil {
			return nil, fmt.Errorf("theme %q has no layout for %s pages: %w", name, kind, err)
		}
		tt, err := template.Must(base.Clone()).Parse(string(src))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		t.layouts[kind] = tt
	}
	for _, root := range []fs.FS{def, own} {
		_ = fs.WalkDir(root, "assets", func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() || strings.HasPrefix(e.Name(), ".") {
				return nil
			}
			b, err := fs.ReadFile(root, p)
			if err == nil {
				t.Assets[strings.TrimPrefix(p, "assets/")] = b
			}
			return nil
		})
	}
	for _, n := range t.AssetNames() {
		fmt.Fprintf(sum, "asset %s %d\n", n, len(t.Assets[n]))
		sum.Write(t.Assets[n])
	}
	t.Sum = fmt.Sprintf("%x", sum.Sum(nil))
	return t, nil
}

// Layout returns the template for a kind of page.
func (t *Theme) Layout(kind string) (*template.Template, error) {
	l, ok := t.layouts[kind]
	if !ok {
		return nil, fmt.Errorf("no layout for %q pages", kind)
	}
	return l, nil
}

// AssetNames lists the assets in a fixed order.
func (t *Theme) AssetNames() []string {
	var names []string
	for n := range t.Assets {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
