package lint

import (
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// nameHint helps with a link to a file whose name has a '#' or '?' that
// the link did not percent-encode, so that a URL (on a Git host and in the
// site alike) reads the rest as an anchor or a query: when the file exists
// under the whole name, it says how to write the link. "" otherwise.
func (t *targets) nameHint(d *content.Doc, dest string) string {
	enc := strings.NewReplacer("#", "%23", "?", "%3F")
	tries := []string{enc.Replace(dest)}
	if i := strings.LastIndex(dest, "#"); i > 0 { // keep the last '#' for an anchor
		tries = append(tries, enc.Replace(dest[:i])+dest[i:])
	}
	for _, try := range tries {
		target, err := markdown.ResolveLink(d.Path, try)
		if err != nil || target.External || target.Outside || target.Path == "" {
			continue
		}
		if _, ok := t.exists(target.Path); ok {
			return t.lang.Sprintf("; to link to %s, write its name's # as %%23 and ? as %%3F: %q", target.Path, try)
		}
	}
	return ""
}

// schemeHint reports a link that reads as an address with a scheme (such
// as javascript:x.md) where the handbook has a file of that name: the site
// would not link the file (and drops a javascript: link), so lint says to
// write the link as a path. "" otherwise, as for any real address.
func (t *targets) schemeHint(d *content.Doc, dest string) string {
	if strings.HasPrefix(dest, "//") || strings.Contains(dest, "://") {
		return ""
	}
	target, err := markdown.ResolveLink(d.Path, "./"+dest)
	if err != nil || target.External || target.Outside || target.Path == "" {
		return ""
	}
	if _, ok := t.exists(target.Path); !ok {
		return ""
	}
	return t.lang.Sprintf("link %q reads as an address with the scheme %q, not as the file %s; write it %q", dest,
		dest[:strings.Index(dest, ":")+1], target.Path, "./"+dest)
}
