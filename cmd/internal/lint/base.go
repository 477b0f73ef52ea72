package lint

import (
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// A Base is the folder an output format's paths start from. Findings hold
// slash paths relative to the handbook root; when the handbook is a
// subfolder of the base, each path is shown with the subfolder in front,
// so that clauses/a.md of a handbook in docs/handbook is shown as
// docs/handbook/clauses/a.md, where an editor, a terminal or GitHub finds it.
type Base struct {
	// Prefix is the handbook root as a slash path relative to Dir: ""
	// when they are the same folder, else a path ending in "/".
	Prefix string
	// Dir is the base as an absolute path, "" when not known. SARIF
	// names it as %SRCROOT%.
	Dir string
}

// path is a finding's file as shown from the base.
func (b Base) path(file string) string {
	if b.Prefix == "" {
		return file
	}
	return path.Join(b.Prefix, file)
}

// BaseFor finds the folder that paths are shown from for the handbook at
// source. With repo (for the github and sarif formats, whose paths GitHub
// reads from the repository root) it is the Git work tree holding the
// handbook: the nearest folder upwards with a .git (a folder, or a file in
// a worktree or submodule). Otherwise, or outside a repository, it is the
// current folder when the handbook is inside it, so that paths are the ones
// the user would type; and the handbook itself when it lies elsewhere,
// which keeps paths short rather than climbing with ../.
func BaseFor(source string, repo bool) Base {
	root, err := filepath.Abs(source)
	if err != nil {
		return Base{}
	}
	if repo {
		if top, ok := workTree(root); ok {
			return baseAt(top, root)
		}
	}
	if cwd, err := os.Getwd(); err == nil {
		if b, ok := inside(cwd, root); ok {
			return b
		}
	}
	return Base{Dir: root}
}

// workTree returns the nearest folder at or above dir that has a .git.
func workTree(dir string) (string, bool) {
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// inside returns the base dir for a handbook at root when root is dir or
// below it.
func inside(dir, root string) (Base, bool) {
	rel, err := filepath.Rel(dir, root)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return Base{}, false
	}
	return baseAt(dir, root), true
}

func baseAt(dir, root string) Base {
	rel, err := filepath.Rel(dir, root)
	if err != nil || rel == "." {
		return Base{Dir: dir}
	}
	return Base{Prefix: filepath.ToSlash(rel) + "/", Dir: dir}
}

// fileURI is dir as an absolute file: URI ending in a slash, as SARIF's
// originalUriBaseIds require: file:///home/a/repo/, file:///C:/repo/, and
// file://server/share/repo/ for a Windows share (\\server\share\repo).
func fileURI(dir string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(dir)}
	if host, rest, ok := strings.Cut(strings.TrimPrefix(u.Path, "//"), "/"); ok && strings.HasPrefix(u.Path, "//") {
		u.Host, u.Path = host, "/"+rest
	} else if !strings.HasPrefix(u.Path, "/") {
		u.Path = "/" + u.Path // a Windows drive: C:/repo becomes /C:/repo
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	return u.String()
}

// relativeURI is a slash path as a relative URI reference: each character
// that a URI reserves (a space, #, ?, %, non-ASCII letters) percent-encoded,
// and a first segment holding a colon led by ./ so that it is not read as
// a scheme.
func relativeURI(p string) string {
	return (&url.URL{Path: p}).String()
}
