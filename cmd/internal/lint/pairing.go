package lint

import (
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
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
	hint := newSuggester(ids)
	for _, k := range c.H.Checks {
		if k.Clause == "" || known[k.Clause] {
			continue
		}
		c.Report(k.Doc, k.ValuePos("clause"), "clause %q is not the id of any clause%s; point the check item at an existing clause id",
			k.Clause, hint.didYouMean(k.Clause))
	}
}

func checkUnpairedClause(c *Context) {
	for _, cl := range c.H.Clauses {
		if cl.ID == "" || strings.TrimSpace(cl.Waiver) != "" || len(c.H.ChecksFor(cl.ID)) > 0 {
			continue
		}
		c.Report(cl.Doc, cl.ValuePos("id"), "clause %s has no check item; add one in checklist/ with clause: %s, or give the clause a waiver that says why it cannot be checked",
			cl.ID, cl.ID)
	}
}

func checkMissingAspect(c *Context) {
	for _, cl := range c.H.Clauses {
		if cl.ID == "" || strings.TrimSpace(cl.Waiver) != "" {
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
					cl.ID, aspect, aspectMeaning[aspect], cl.ID, aspect)
			}
		}
	}
}

var aspectMeaning = map[string]string{
	"対策": "that the measure exists",
	"運用": "that the measure is actually carried out",
}
