package content

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
	"github.com/tokki-handbook/tokki/cmd/internal/par"
)

// The source folders and special pages of a handbook.
const (
	ClausesDir   = "clauses"
	ChecklistDir = "checklist"
	ContentDir   = "content"
	HomePath     = "content/_index.md"
	IncidentsDir = "content/incidents"
	FormsDir     = "content/forms"
)

func isIncidentPath(p string) bool {
	return strings.HasPrefix(p, IncidentsDir+"/") && path.Base(p) != "_index.md"
}

func isFormPath(p string) bool {
	return strings.HasPrefix(p, FormsDir+"/") && path.Base(p) != "_index.md"
}

// ErrNotHandbook is returned by Load for a folder that has none of the
// source folders.
var ErrNotHandbook = errors.New("not a handbook")

// Load reads the handbook whose root folder is dir.
func Load(dir string) (*Handbook, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, msg.Errorf("%s is not a folder", dir)
	}
	fsys, err := DirFS(dir)
	if err != nil {
		return nil, err
	}
	return LoadFS(fsys)
}

// LoadFS reads a handbook from fsys, whose root is the handbook root. Problems
// in files never make it fail; it fails only when the folders cannot be read
// or none of clauses/, checklist/ and content/ exists. Files that must not
// be read are left out (see Skipped); LoadFS trusts fsys to refuse links
// that lead outside it, as DirFS does and os.DirFS does not.
func LoadFS(fsys fs.FS) (*Handbook, error) {
	return load(fsys, nil)
}

func load(fsys fs.FS, cache *Loader) (*Handbook, error) {
	type job struct {
		path string
		kind Kind
		info fs.FileInfo
	}
	var jobs []job
	var assets []string
	var skipped []Skipped
	found := 0
	for _, dir := range []struct {
		name string
		kind Kind
	}{{ClausesDir, KindClause}, {ChecklistDir, KindCheck}, {ContentDir, KindPage}} {
		before := len(skipped)
		err := walkSource(fsys, dir.name, &skipped, func(p string, e fs.DirEntry) {
			if p == dir.name {
				found++
				return
			}
			name := e.Name()
			if !strings.HasSuffix(name, ".md") {
				if skip := lookAsset(fsys, p, e); skip != nil {
					skipped = append(skipped, *skip)
				} else {
					assets = append(assets, p)
				}
				return
			}
			if dir.kind != KindPage && strings.EqualFold(name, "README.md") {
				return
			}
			info, skip := look(fsys, p, e.Type())
			if skip != nil {
				skipped = append(skipped, *skip)
				return
			}
			if cache != nil && info == nil {
				info, _ = e.Info()
			}
			jobs = append(jobs, job{p, dir.kind, info})
		})
		if err != nil {
			return nil, err
		}
		if len(skipped) > before && skipped[before].Path == dir.name {
			found++ // there, but left out: lint says why
		}
	}
	if found == 0 {
		return nil, msg.Errorf("%w: there is no clauses/, checklist/ or content/ folder", ErrNotHandbook)
	}

	docs := make([]*Doc, len(jobs))
	par.Each(len(jobs), func(i int) {
		j := jobs[i]
		if d := cache.get(j.path, j.info); d != nil {
			docs[i] = d
			return
		}
		docs[i] = loadDoc(fsys, j.path, j.kind)
		cache.put(j.path, j.info, docs[i])
	})
	prune(cache, jobs, func(j job) string { return j.path })
	return assemble(fsys, docs, assets, skipped), nil
}

// assemble makes a handbook of loaded files, which are in walk order, and
// looks at the files of the theme in use.
func assemble(fsys fs.FS, docs []*Doc, assets []string, skipped []Skipped) *Handbook {
	h := &Handbook{FS: fsys, Docs: docs, Assets: assets, sourceSkipped: skipped}
	for _, d := range docs {
		switch d.Kind {
		case KindClause:
			h.Clauses = append(h.Clauses, newClause(d))
		case KindCheck:
			h.Checks = append(h.Checks, newCheck(d))
		case KindPage:
			p := newPage(d)
			h.Pages = append(h.Pages, p)
			if p.IsHome() {
				h.Home = p
				h.Settings = Settings{Title: p.Title, Description: p.Description, ReviewDays: d.integer("review_days"),
					Theme: d.str("theme"), Era: d.str("calendar") == "和暦"}
				h.Settings.Params, _ = d.values["params"].([]Param)
				h.Settings.Questions, _ = d.values["questions"].([]Question)
				h.Settings.Terms, _ = d.values["terms"].([]Term)
				h.Settings.Prose, _ = d.values["prose"].(Prose)
			}
		}
	}
	h.checksByClause = map[string][]*Check{}
	for _, k := range h.Checks {
		h.checksByClause[k.Clause] = append(h.checksByClause[k.Clause], k)
	}
	slices.SortStableFunc(h.Clauses, func(a, b *Clause) int {
		if a.Order != b.Order {
			return a.Order - b.Order
		}
		return strings.Compare(a.Path, b.Path)
	})
	h.clauseByID = map[string]*Clause{}
	for _, c := range h.Clauses {
		if _, dup := h.clauseByID[c.ID]; !dup {
			h.clauseByID[c.ID] = c
		}
	}
	h.Skipped = append(slices.Clip(skipped), themeSkipped(fsys, h.Settings.Theme)...)
	return h
}

// themeSkipped looks at the files of the theme in use as load looks at
// the source folders' other files: the site copies them too.
func themeSkipped(fsys fs.FS, name string) []Skipped {
	if !ValidThemeName(name) {
		return nil // lint reports the setting itself
	}
	if name == "" {
		name = "default"
	}
	root := "themes/" + name
	var skipped []Skipped
	_ = walkSource(fsys, root, &skipped, func(p string, e fs.DirEntry) {
		if p == root {
			return
		}
		if skip := lookAsset(fsys, p, e); skip != nil {
			skipped = append(skipped, *skip)
		}
	})
	return skipped
}
