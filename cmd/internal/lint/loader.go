package lint

import "github.com/tokki-handbook/tokki/cmd/internal/content"

// The loader finds what is wrong with a file's bytes and its front matter
// while reading it; these three rules report those problems.

func checkEncoding(c *Context)    { reportProblems(c, content.ProblemEncoding) }
func checkFrontMatter(c *Context) { reportProblems(c, content.ProblemFrontMatter) }

// checkFileSize reports the Markdown files the loader did not read for
// their size, and the other files it left out for theirs.
func checkFileSize(c *Context) {
	reportProblems(c, content.ProblemSize)
	for _, s := range c.H.Skipped {
		if s.Reason == content.SkipTooLarge {
			c.ReportPath(s.Path, content.Pos{}, "the file is %.1f MB, more than the %d MB tokki reads, so it is left out; make it smaller, or keep it elsewhere and link to it",
				float64(s.Size)/1e6, content.MaxAssetSize>>20)
		}
	}
}

func reportProblems(c *Context, kind content.ProblemKind) {
	for _, d := range c.H.Docs {
		for _, p := range d.Problems {
			if p.Kind == kind {
				c.Report(d, p.Pos, "%s", p.Message)
			}
		}
	}
}
