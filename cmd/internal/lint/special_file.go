package lint

import (
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// checkSpecialFile reports what in the source folders and the theme is not
// a regular file: a named pipe (reading it would wait forever), a device, a
// socket, a link to a folder (not followed), or a source folder that is a
// file. The loader left them out unread.
func checkSpecialFile(c *Context) {
	for _, s := range c.H.Skipped {
		if s.Reason != content.SkipSpecial {
			continue
		}
		switch {
		case s.What == content.NotAFolder:
			c.ReportPath(s.Path, content.Pos{}, "a file where a folder should be, so nothing is read from it; make it a folder, or remove it")
		case s.Target != "" && strings.HasSuffix(s.What, "a folder"):
			c.ReportPath(s.Path, content.Pos{}, "a symbolic link to the folder %q, which tokki does not follow, so it is left out; link each file instead, or move the files here", s.Target)
		case s.Target != "":
			c.ReportPath(s.Path, content.Pos{}, "a symbolic link to %q, which is %s, not a regular file, so it is left out unread; remove the link", s.Target, c.Lang.Text(strings.TrimPrefix(s.What, "a symbolic link to ")))
		default:
			c.ReportPath(s.Path, content.Pos{}, "%s, not a regular file, so it is left out unread; remove it or move it out of the handbook's folders", c.Lang.Text(s.What))
		}
	}
}
