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
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"slices"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
	"github.com/tokki-handbook/tokki/themes"
)

// Kinds are the kinds of page a theme must have a layout for.
var Kinds = []string{"home", "page", "section", "clause", "clauses", "check", "checklist", "trace", "history", "reviews", "tailor", "form", "search", "404"}

// Funcs are the functions a theme's templates may call besides the
// template language's own.
var Funcs = template.FuncMap{
	"join": strings.Join,
	"contains": func(list []string, s string) bool {
		return slices.Contains(list, s)
	},
}

// Theme is a loaded theme.
type Theme struct {
	layouts map[string]*template.Template
	Assets  map[string][]byte // path under assets/ → content
	Sum     string            // changes when any layout or asset changes
}

// FileError is a theme file that cannot be used.
type FileError struct {
	File string // slash path from the handbook root, or "(default theme) …"
	Err  error
}

func (e *FileError) Error() string { return e.File + ": " + e.Err.Error() }
func (e *FileError) Unwrap() error { return e.Err }

// Load reads the theme called name, with the handbook's own files (fsys is
// the handbook root) taking precedence over the embedded default. It reads
// only regular files, each no larger than content.MaxAssetSize: a theme
// file that is a link leading outside the handbook (which fsys refuses), a
// named pipe or a device is an error, never read.
func Load(fsys fs.FS, name string) (*Theme, error) {
	if !content.ValidThemeName(name) {
		return nil, msg.Errorf("theme %q is not the name of a folder under themes/; give the folder's name, e.g. theme: mine for themes/mine", name)
	}
	if name == "" {
		name = "default"
	}
	dir := "themes/" + name
	if st, err := fs.Stat(fsys, dir); name != "default" && (err != nil || !st.IsDir()) {
		return nil, msg.Errorf("theme %q: there is no themes/%s folder; create it, or remove theme: to use the default", name, name)
	}
	def, _ := fs.Sub(themes.Default, "default")
	sum := sha256.New()
	add := func(p string, b []byte) {
		fmt.Fprintf(sum, "%s %d\n", p, len(b))
		sum.Write(b)
	}
	read := func(p string) ([]byte, string, error) {
		file := dir + "/" + p
		b, err := content.ReadFile(fsys, file, content.MaxAssetSize)
		switch {
		case err == nil:
			add(p, b)
			return b, file, nil
		case !errors.Is(err, fs.ErrNotExist):
			return nil, file, &FileError{file, err}
		}
		b, err = fs.ReadFile(def, p)
		add(p, b)
		return b, "(default theme) " + p, err
	}

	t := &Theme{layouts: map[string]*template.Template{}, Assets: map[string][]byte{}}
	baseSrc, baseName, err := read("layouts/baseof.html")
	if err != nil {
		return nil, msg.Errorf("theme %q: %w", name, err)
	}
	base, err := template.New("baseof.html").Funcs(Funcs).Parse(string(baseSrc))
	if err != nil {
		return nil, &FileError{baseName, err}
	}
	for _, kind := range Kinds {
		src, file, err := read("layouts/" + kind + ".html")
		if err != nil {
			return nil, msg.Errorf("theme %q has no layout for %s pages: %w", name, kind, err)
		}
		// Named for its file, so that an error names the file too.
		tt, err := template.Must(base.Clone()).New(kind + ".html").Parse(string(src))
		if err != nil {
			return nil, &FileError{file, err}
		}
		t.layouts[kind] = tt
	}
	if err := fs.WalkDir(def, "assets", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			return err
		}
		t.Assets[strings.TrimPrefix(p, "assets/")], err = fs.ReadFile(def, p)
		return err
	}); err != nil {
		return nil, err
	}
	own := dir + "/assets"
	err = fs.WalkDir(fsys, own, func(p string, e fs.DirEntry, err error) error {
		switch {
		case p == own && errors.Is(err, fs.ErrNotExist):
			return fs.SkipDir
		case err != nil:
			return &FileError{p, err}
		case strings.HasPrefix(e.Name(), ".") && p != own:
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		case e.IsDir():
			return nil
		}
		b, err := content.ReadFile(fsys, p, content.MaxAssetSize)
		if err != nil {
			return &FileError{p, err}
		}
		t.Assets[strings.TrimPrefix(p, own+"/")] = b
		return nil
	})
	if err != nil {
		return nil, err
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
		return nil, msg.Errorf("no layout for %q pages", kind)
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
