package lint

import (
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/par"
	"github.com/tokki-handbook/tokki/cmd/internal/review"
)

// checkSuspect reports check items whose clause changed since they were
// last reviewed against it, and items never reviewed, as Doorstop marks
// links suspect. tokki review stamps an item after a person has read it.
func checkSuspect(c *Context) {
	// The clauses' fingerprints first, on every core: each hashes and
	// scans a clause's text.
	clauses := c.H.Clauses
	fps := make([]review.Fingerprint, len(clauses))
	par.Each(len(clauses), func(i int) {
		if clauses[i].Decoded {
			fps[i] = review.Of(clauses[i])
		}
	})
	prints := make(map[*content.Clause]review.Fingerprint, len(clauses))
	for i, cl := range clauses {
		prints[cl] = fps[i]
	}
	for _, k := range c.H.Checks {
		cl := c.H.ClauseByID(k.Clause)
		if cl == nil || !cl.Decoded {
			continue // unknown-clause reports it
		}
		now := prints[cl]
		stampText, _ := k.Value("reviewed_clause").(string)
		if strings.TrimSpace(stampText) == "" {
			c.Report(k.Doc, k.KeyPos("id"), "check item %s has not been reviewed against clause %s; read both and run: tokki review %s",
				k.ID, cl.ID, k.ID)
			continue
		}
		stamp, ok := review.Parse(stampText)
		if !ok {
			c.Report(k.Doc, k.ValuePos("reviewed_clause"), "reviewed_clause %q is not a stamp tokki wrote; read the item with clause %s and run: tokki review %s",
				stampText, cl.ID, k.ID)
			continue
		}
		if changed := now.Changes(stamp); len(changed) > 0 {
			c.Report(k.Doc, k.ValuePos("reviewed_clause"), "clause %s changed (%s) since check item %s was reviewed; check that the item still fits and run: tokki review %s",
				cl.ID, strings.Join(changed, ", "), k.ID, k.ID)
		}
	}
}
