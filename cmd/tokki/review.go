package main

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/review"
)

func newReviewCmd(g *globals) *cobra.Command {
	var clause, by string
	var all bool
	cmd := &cobra.Command{
		Use:   "review [CHECK-ID ...]",
		Short: "Record that check items were reviewed against their clause as it is now",
		Long: `After reading a check item together with its clause, record the review: the
item's reviewed_clause gets the clause's fingerprint (its id and title, text
and rationale) and reviewed gets today's date. lint's suspect rule then stays
quiet until the clause changes again. Nothing else in the file changes.

Give check item ids, or --clause for every item of a clause, or --all for
every suspect item (after reading them all).`,
		Example: `  tokki review K-09-1
  tokki review --clause C-09
  tokki review --all --by 情報政策課`,
		RunE: func(cmd *cobra.Command, args []string) error {
			h, err := loadHandbook(g)
			if err != nil {
				return err
			}
			targets, err := reviewTargets(h, args, clause, all)
			if err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
			if len(targets) == 0 {
				fmt.Fprintln(cmd.OutOrStdout(), "nothing to review: no check item is suspect")
				return nil
			}
			today := time.Now()
			for _, k := range targets {
				cl := h.ClauseByID(k.Clause)
				if cl == nil {
					return &exitError{code: exitUsage, msg: fmt.Sprintf("%s: clause %q does not exist; fix the item first", k.Path, k.Clause)}
				}
				fp := review.Of(cl)
				if err := review.Stamp(filepath.Join(g.source, filepath.FromSlash(k.Path)), k, fp, today, by); err != nil {
					return &exitError{code: exitUsage, msg: err.Error()}
				}
				fmt.Fprintf(cmd.OutOrStdout(), "reviewed %s against %s (%s)\n", k.ID, cl.ID, fp)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&clause, "clause", "", "review every check item of this clause `id`")
	cmd.Flags().BoolVar(&all, "all", false, "review every suspect check item")
	cmd.Flags().StringVar(&by, "by", "", "record who reviewed (reviewed_by)")
	return cmd
}

// reviewTargets picks the check items a review command names.
func reviewTargets(h *content.Handbook, ids []string, clause string, all bool) ([]*content.Check, error) {
	chosen := 0
	if len(ids) > 0 {
		chosen++
	}
	if clause != "" {
		chosen++
	}
	if all {
		chosen++
	}
	if chosen != 1 {
		return nil, fmt.Errorf("give check item ids, or --clause ID, or --all (one of them)")
	}
	switch {
	case all:
		return review.Suspect(h), nil
	case clause != "":
		if h.ClauseByID(clause) == nil {
			return nil, fmt.Errorf("clause %q does not exist", clause)
		}
		return h.ChecksFor(clause), nil
	}
	byID := map[string]*content.Check{}
	for _, k := range h.Checks {
		byID[k.ID] = k
	}
	var out []*content.Check
	for _, id := range ids {
		k := byID[id]
		if k == nil {
			if h.ClauseByID(id) != nil {
				return nil, fmt.Errorf("%s is a clause; to review its check items use --clause %s", id, id)
			}
			return nil, fmt.Errorf("%q is not the id of a check item", id)
		}
		out = append(out, k)
	}
	return out, nil
}
