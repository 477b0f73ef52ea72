package lint

import (
	"io/fs"
	"path"
	"regexp"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// This file holds the rules that keep clauses and check items paired: the
// heart of the toolkit, where every clause is promised in the contract and
// verified in the checklist.

func clauseIDs(h *content.Handbook) []string {
	var ids []string
	for _, cl := range h.Clauses {
		if cl.ID != "" {
			ids = append(ids, cl.ID)
		}
	}
	return ids
}

func checkUnknownClause(c *Context) {
	ids := clauseIDs(c.H)
	known := map[string]bool{}
	for _, id := range ids {
		known[id] = true
	}
	// A clause file that does not read still has its id: its items wait
	// with it, and its frontmatter finding stands alone.
	for _, d := range c.H.Docs {
		if d.Kind == content.KindClause && !d.Decoded && hasProblem(d, content.ProblemFrontMatter) {
			if id := rawValue(c.H, d, rawIDRE); id != "" {
				known[id] = true
			}
		}
	}
	hint := newSuggester(ids)
	for _, k := range c.H.Checks {
		if k.Clause == "" || known[k.Clause] {
			continue
		}
		c.Report(k.Doc, k.ValuePos("clause"), "clause %q is not the id of any clause%s; point the check item at an existing clause id",
			k.Clause, hint.didYouMean(c.Lang, k.Clause))
	}
}

func checkUnpairedClause(c *Context) {
	broken := clausesOfBrokenChecks(c.H)
	for _, cl := range c.H.Clauses {
		if cl.ID == "" || strings.TrimSpace(cl.Waiver) != "" || len(c.H.ChecksFor(cl.ID)) > 0 || broken[cl.ID] {
			continue
		}
		c.Report(cl.Doc, cl.ValuePos("id"), "clause %s has no check item; add one in checklist/ with clause: %s, or give the clause a waiver that says why it cannot be checked",
			cl.ID, cl.ID)
	}
}

func checkMissingAspect(c *Context) {
	broken := clausesOfBrokenChecks(c.H)
	for _, cl := range c.H.Clauses {
		if cl.ID == "" || strings.TrimSpace(cl.Waiver) != "" || broken[cl.ID] {
			continue
		}
		checks := c.H.ChecksFor(cl.ID)
		if len(checks) == 0 {
			continue // unpaired-clause reports it
		}
		has := map[string]bool{}
		for _, k := range checks {
			has[k.Aspect] = true
		}
		for _, aspect := range content.Aspects {
			if !has[aspect] {
				c.Report(cl.Doc, cl.ValuePos("id"), "clause %s has no check item with aspect %s (%s); add one with clause: %s and aspect: %s, or give the clause a waiver",
					cl.ID, aspect, c.Lang.Text(aspectMeaning[aspect]), cl.ID, aspect)
			}
		}
	}
}

var aspectMeaning = map[string]string{
	"対策": msg.Mark("that the measure exists"),
	"運用": msg.Mark("that the measure is actually carried out"),
}

// A check item whose front matter cannot be read has no clause and no
// aspect, so its clause would seem to lack it: a second finding, on another
// file, about a mistake that is not there. The clause it was written for is
// read from its text (clause: C-09, as typed, even in full width) or, failing
// that, from its file name (k09-1.md); that clause's pairing rules wait until
// the item reads again, and the frontmatter finding stands alone. A clause
// that does not read would likewise leave its items pointing at no clause:
// unknown-clause reads its id the same way.

var (
	rawClauseRE = regexp.MustCompile(`(?m)^[ \t　]*clause[ \t　]*[:：][ \t　]*["'「]?([^\s"'#」\],]+)`)
	rawIDRE     = regexp.MustCompile(`(?m)^[ \t　]*id[ \t　]*[:：][ \t　]*["'「]?([^\s"'#」\],]+)`)
	idNumberRE  = regexp.MustCompile(`^[A-Za-zＡ-Ｚａ-ｚ]+[-－ー]?0*([0-9]+)`)
)

// clausesOfBrokenChecks is the set of clause ids that check items whose front
// matter could not be read were written for.
func clausesOfBrokenChecks(h *content.Handbook) map[string]bool {
	var out map[string]bool
	for _, d := range h.Docs {
		if d.Kind != content.KindCheck || d.Decoded || !hasProblem(d, content.ProblemFrontMatter) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		if id := rawValue(h, d, rawClauseRE); id != "" {
			out[id] = true
		} else if id := clauseByFileName(h, d.Path); id != "" {
			out[id] = true
		}
	}
	return out
}

func hasProblem(d *content.Doc, kind content.ProblemKind) bool {
	for _, p := range d.Problems {
		if p.Kind == kind {
			return true
		}
	}
	return false
}

// rawValue is the id that the key re matches names in a file whose front
// matter does not read.
func rawValue(h *content.Handbook, d *content.Doc, re *regexp.Regexp) string {
	if h.FS == nil {
		return ""
	}
	src, err := fs.ReadFile(h.FS, d.Path)
	if err != nil || len(src) > content.MaxFileSize {
		return ""
	}
	if m := re.FindSubmatch(src); m != nil {
		return halfWidthID(string(m[1]))
	}
	return ""
}

// clauseByFileName is the one clause whose id has the number a check item's
// file name starts with (k09-1.md, K-09-1.md: C-09), or "".
func clauseByFileName(h *content.Handbook, p string) string {
	m := idNumberRE.FindStringSubmatch(path.Base(p))
	if m == nil {
		return ""
	}
	found := ""
	for _, cl := range h.Clauses {
		if n := idNumberRE.FindStringSubmatch(cl.ID); n != nil && n[1] == m[1] {
			if found != "" {
				return ""
			}
			found = cl.ID
		}
	}
	return found
}
