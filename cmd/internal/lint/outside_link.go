package lint

import "github.com/tokki-handbook/tokki/cmd/internal/content"

// checkOutsideLink reports the symbolic links in the source folders and the
// theme that lead outside the handbook (or are absolute, which os.Root
// cannot tell from leading outside). The loader left them out unread: a
// link to /etc/passwd or /proc/self/environ must never reach the site.
func checkOutsideLink(c *Context) {
	for _, s := range c.H.Skipped {
		if s.Reason == content.SkipOutside {
			c.ReportPath(s.Path, content.Pos{}, "a symbolic link to %q, which leads outside the handbook or is absolute, so it is left out unread; copy the file into the handbook, or make the link relative to a file inside it", s.Target)
		}
	}
}
