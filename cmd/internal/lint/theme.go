package lint

import (
	"errors"
	"io/fs"
	"slices"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/theme"
)

// checkTheme loads the theme in use as the build does, so that a theme
// setting naming no folder, or a layout that does not parse, is a finding
// and not only a failed build.
func checkTheme(c *Context) {
	_, err := theme.Load(c.H.FS, c.H.Settings.Theme)
	if err == nil {
		return
	}
	var fe *theme.FileError
	if errors.As(err, &fe) {
		if slices.ContainsFunc(c.H.Skipped, func(s content.Skipped) bool {
			return s.Path == fe.File || strings.HasPrefix(fe.File, s.Path+"/")
		}) {
			return // outside-link, special-file or unreadable-file says why
		}
		msg := fe.Err.Error()
		var pe *fs.PathError
		if errors.As(fe.Err, &pe) {
			msg = pe.Err.Error() // the finding names the file
		}
		c.ReportPath(fe.File, content.Pos{}, "the theme file cannot be used (%s); fix it, or remove it to use the default theme's", msg)
		return
	}
	if c.H.Home == nil {
		c.ReportPath(content.HomePath, content.Pos{}, "%v", err)
		return
	}
	c.Report(c.H.Home.Doc, c.H.Home.ValuePos("theme"), "%v", err)
}
