package markdown

import (
	"net/url"
	"path"
	"strings"
)

// Target is where a link in a handbook file points.
type Target struct {
	External bool   // it has a scheme or a host: not the handbook's to check or rewrite
	Path     string // slash path from the handbook root; "" for an anchor in the same file
	Fragment string // the anchor, decoded
	Outside  bool   // it climbs above the handbook root
}

// ResolveLink reads dest as a link written in the file at from (a slash path
// from the handbook root), the way Git hosts read it: relative to the
// file's folder, or to the root when it starts with "/". Lint checks the
// result and the site rewrites it, so both agree on every link.
func ResolveLink(from, dest string) (Target, error) {
	u, err := url.Parse(dest)
	if err != nil {
		return Target{}, err
	}
	if u.Scheme != "" || u.Host != "" || strings.HasPrefix(dest, "//") {
		return Target{External: true}, nil
	}
	t := Target{Fragment: u.Fragment}
	if u.Path == "" {
		return t, nil
	}
	if strings.HasPrefix(u.Path, "/") {
		t.Path = path.Clean(strings.TrimPrefix(u.Path, "/"))
	} else {
		t.Path = path.Join(path.Dir(from), u.Path)
	}
	t.Outside = t.Path == ".." || strings.HasPrefix(t.Path, "../")
	return t, nil
}
