package lint

import "github.com/tokki-handbook/tokki/cmd/internal/content"

// checkUnreadableFile reports the files that cannot be read: a Markdown
// file the loader could not read, and an asset or theme file it left out
// (no permission, a link to nothing). The build would fail on them; lint
// says so first, naming the file.
func checkUnreadableFile(c *Context) {
	reportProblems(c, content.ProblemUnreadable)
	for _, s := range c.H.Skipped {
		switch {
		case s.Reason != content.SkipUnreadable:
		case s.Target != "":
			c.ReportPath(s.Path, content.Pos{}, "a symbolic link to %q, which cannot be followed (%s), so it is left out; fix the link or remove it", s.Target, c.Lang.Text(s.What))
		default:
			c.ReportPath(s.Path, content.Pos{}, "the file cannot be read (%s), so it is left out; fix its permissions or remove it", c.Lang.Text(s.What))
		}
	}
}
