package publish

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// sourceFolders are the handbook's folders of its own: a site is never
// written into one of them, nor anywhere inside one.
var sourceFolders = []string{"clauses", "checklist", "content", "themes", ".git"}

// check returns the destination's real path (symbolic links resolved), or
// an error if a site may never be written there, whatever the options: the
// handbook's root, a folder that holds it, a source folder or anything in
// one, the file system's root, or the user's home and the folders that hold
// it. Folders are compared as files (os.SameFile), so another spelling of a
// path (case, a link, a bind mount) is caught too.
func check(dest string, opts Options) (string, error) {
	real, err := realPath(dest)
	if err != nil {
		return "", msg.Errorf("cannot use %s as the destination: %w", dest, err)
	}
	if filepath.Dir(real) == real {
		return "", msg.Errorf("%s is the root of a file system; choose a folder of its own for the site", dest)
	}
	if home, err := os.UserHomeDir(); err == nil && home != "" && holds(real, home) {
		return "", msg.Errorf("%s is your home folder or holds it; choose a folder of its own for the site, such as public/ in the handbook", dest)
	}
	if opts.Handbook == "" {
		return real, nil
	}
	hb, err := realPath(opts.Handbook)
	if err != nil {
		return "", err
	}
	if holds(real, hb) {
		if st, err := os.Stat(hb); err == nil && isSame(real, st) {
			return "", msg.Errorf("%s is the handbook's own folder: a build there would mix the site with its sources; use the default (public/) or another folder", dest)
		}
		return "", msg.Errorf("%s holds the handbook (%s): a build there could replace its files; choose a folder of its own for the site", dest, opts.Handbook)
	}
	for _, s := range sourceFolders {
		if holds(filepath.Join(hb, s), real) {
			return "", msg.Errorf("%s is in the handbook's %s/ folder, which holds its sources; choose a folder of its own for the site, such as public/", dest, s)
		}
	}
	return real, nil
}

// holds reports whether the folder dir is p or one of the folders above it.
func holds(dir, p string) bool {
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() {
		return false
	}
	for cur := p; ; {
		if isSame(cur, st) {
			return true
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return false
		}
		cur = parent
	}
}

// isSame reports whether the file at p is the file st describes.
func isSame(p string, st fs.FileInfo) bool {
	s, err := os.Stat(p)
	return err == nil && os.SameFile(s, st)
}

// realPath is the absolute path of p with every symbolic link resolved,
// for the part of it that exists (the rest may be made by the build).
func realPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	var rest []string
	for cur := abs; ; {
		real, err := filepath.EvalSymlinks(cur)
		if err == nil {
			return filepath.Join(append([]string{real}, rest...)...), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs, nil
		}
		rest = append([]string{filepath.Base(cur)}, rest...)
		cur = parent
	}
}
