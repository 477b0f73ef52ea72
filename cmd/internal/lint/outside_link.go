package lint

import "github.com/tokki-handbook/tokki/cmd/internal/content"

// checkOutsideLink reports the symbolic links in the source folders and the
// theme that lead outside the handbook (or are absolute, which os.Root
// cannot tell from leading outside), or to a hidden file inside it. The
// loader left them out unread: a link to /etc/passwd, /proc/self/environ or
// .git/config must never reach the site.
func checkOutsideLink(c *Context) {
	for _, s := range c.H.Skipped {
		switch {
		case s.Reason != content.SkipOutside:
		case s.What == content.Hidden:
			c.ReportPath(s.Path, content.Pos{}, "a symbolic link to %q, which leads to a hidden file or folder (its name starts with \".\", as .git does), so it is left out unread; link only to the handbook's own files", s.Target)
		default:
			c.ReportPath(s.Path, content.Pos{}, "a symbolic link to %q, which leads outside the handbook or is absolute, so it is left out unread; copy the file into the handbook, or make the link relative to a file inside it", s.Target)
		}
	}
}
