package lint

import "github.com/tokki-handbook/tokki/cmd/internal/content"

// The loader finds what is wrong with a file's bytes and its front matter
// while reading it; these three rules report those problems.

func checkEncoding(c *Context)    { reportProblems(c, content.ProblemEncoding) }
func checkFileSize(c *Context)    { reportProblems(c, content.ProblemSize) }
func checkFrontMatter(c *Context) { reportProblems(c, content.ProblemFrontMatter) }

func reportProblems(c *Context, kind content.ProblemKind) {
	for _, d := range c.H.Docs {
		for _, p := range d.Problems {
			if p.Kind == kind {
				c.Report(d, p.Pos, "%s", p.Message)
			}
		}
	}
}
