package search

import "strings"

// RelativeURL reports whether u may stand in the index as a page's URL: a
// path relative to the site root, with nothing a browser would read as
// anything else. Its first segment has no ':', so that no page can become
// a javascript: or data: link (the site percent-encodes a ':' in a file
// name); it does not start with '/' (a path from the server's root, or
// with "//" another host); and it has no space, control character or
// backslash, which browsers strip or read as a slash. The index refuses
// any other URL, and the browser's search (search.js) drops a result that
// has one, should an index be altered.
func RelativeURL(u string) bool {
	if u == "" || u[0] == '/' {
		return false
	}
	for i := 0; i < len(u); i++ {
		if c := u[i]; c <= ' ' || c == 0x7f || c == '\\' {
			return false
		}
	}
	first := u[:strings.IndexAny(u+"/", "/?#")]
	return !strings.Contains(first, ":")
}
