package content

import (
	"errors"
	"io/fs"
	"path"
	"strings"
)

// walkSource walks the source folder root, calling visit for root itself
// (once it is known to be a folder) and for each file that is not a
// folder, leaving out names that start with ".". A root that is a link
// leading outside or nowhere, or is not a folder, is added to skipped
// instead; a root that does not exist is no error.
func walkSource(fsys fs.FS, root string, skipped *[]Skipped, visit func(p string, e fs.DirEntry)) error {
	return fs.WalkDir(fsys, root, func(p string, e fs.DirEntry, err error) error {
		if p == root {
			if err != nil {
				return skipRoot(fsys, root, err, skipped)
			}
			if !e.IsDir() {
				*skipped = append(*skipped, Skipped{Path: p, Reason: SkipSpecial, What: NotAFolder})
				return fs.SkipDir
			}
			if hidden(fsys, p) { // content/ a link to .git, say
				target, _ := fs.ReadLink(fsys, p)
				*skipped = append(*skipped, Skipped{Path: p, Reason: SkipOutside, Target: target, What: Hidden})
				return fs.SkipDir
			}
			visit(p, e)
			return nil
		}
		if err != nil {
			return err
		}
		if strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !e.IsDir() {
			visit(p, e)
		}
		return nil
	})
}

// skipRoot decides what a source folder that cannot be stat'ed is: not
// there (no error), a link that leads outside or nowhere (left out), or
// unreadable (the error). The link may be the folder or one above it, as
// themes/ is above themes/default.
func skipRoot(fsys fs.FS, root string, err error, skipped *[]Skipped) error {
	parts := strings.Split(root, "/")
	for i := range parts {
		p := strings.Join(parts[:i+1], "/")
		st, lerr := fs.Lstat(fsys, p)
		if lerr != nil {
			break
		}
		if st.Mode()&fs.ModeSymlink != 0 {
			if _, skip := look(fsys, p, fs.ModeSymlink); skip != nil {
				*skipped = append(*skipped, *skip)
				return fs.SkipDir
			}
		}
	}
	if errors.Is(err, fs.ErrNotExist) {
		return fs.SkipDir
	}
	return err
}

// kindOf says which source folder a Markdown file belongs to.
func kindOf(p string) (Kind, bool) {
	if !strings.HasSuffix(p, ".md") {
		return 0, false
	}
	switch strings.SplitN(p, "/", 2)[0] {
	case ClausesDir:
		return KindClause, true
	case ChecklistDir:
		return KindCheck, true
	case ContentDir:
		return KindPage, true
	}
	return 0, false
}

// skipped reports whether a Markdown file in a source folder is left out of
// the handbook, as the walk in load leaves it out.
func skipped(p string, kind Kind) bool {
	for _, part := range strings.Split(p, "/")[1:] {
		if strings.HasPrefix(part, ".") {
			return true
		}
	}
	return kind != KindPage && strings.EqualFold(path.Base(p), "README.md")
}

// walkOrder orders paths as fs.WalkDir visits them: the source folders in
// load's order, then name by name, a folder's files after its name.
func walkOrder(a, b string) int {
	rank := func(p string) int {
		switch strings.SplitN(p, "/", 2)[0] {
		case ClausesDir:
			return 0
		case ChecklistDir:
			return 1
		}
		return 2
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra - rb
	}
	pa, pb := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		if c := strings.Compare(pa[i], pb[i]); c != 0 {
			return c
		}
	}
	return len(pa) - len(pb)
}
