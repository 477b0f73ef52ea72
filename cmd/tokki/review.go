package main

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
	"github.com/tokki-handbook/tokki/cmd/internal/review"
)

func newReviewCmd(g *globals) *cobra.Command {
	var clause, by string
	var all, show bool
	cmd := &cobra.Command{
		Use:   "review [ID|PATH ...]",
		Short: msg.Text("Record that check items, clauses or pages were reviewed, or show what changed since"),
		Long: msg.Text(`After reading a check item together with its clause, record the review: the
item's reviewed_clause gets the clause's fingerprint (its id and title, text
and rationale) and reviewed gets today's date. lint's suspect rule then stays
quiet until the clause changes again. Nothing else in the file changes.

Give check item ids, or --clause for every item of a clause, or --all for
every suspect item (after reading them all). A clause id (C-09) or the path
of a page (content/guide/budget.md) records that the clause or page itself
was reviewed: its reviewed date is set to today, which lint's stale-review
rule reads.

--show prints, for each check item named (or each item of a clause named),
what changed in its clause since the item was reviewed: tokki finds in the
clause file's Git history the version the item was reviewed against and
marks the changed characters as [-removed-]{+added+}. It changes no file.`),
		Example: `  tokki review K-09-1
  tokki review --show K-09-1
  tokki review --clause C-09
  tokki review --all --by 情報政策課
  tokki review C-09 content/guide/budget.md`,
		RunE: func(cmd *cobra.Command, args []string) error {
			h, err := loadHandbook(g)
			if err != nil {
				return err
			}
			if show {
				if clause != "" || all || by != "" || len(args) == 0 {
					return &exitError{code: exitUsage, msg: msg.Text("--show needs check item ids (or a clause id) and no other option: tokki review --show K-09-1")}
				}
				return showChanges(cmd, g, h, args)
			}
			targets, docs, err := reviewTargets(h, g.source, args, clause, all)
			if err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
			if len(targets) == 0 && len(docs) == 0 {
				fmt.Fprintln(cmd.OutOrStdout(), msg.Text("nothing to review: no check item is suspect"))
				return nil
			}
			today := time.Now()
			for _, k := range targets {
				cl := h.ClauseByID(k.Clause)
				if cl == nil {
					return &exitError{code: exitUsage, msg: msg.Sprintf("%s: clause %q does not exist; fix the item first", k.Path, k.Clause)}
				}
				fp := review.Of(cl)
				if err := review.Stamp(filepath.Join(g.source, filepath.FromSlash(k.Path)), k, fp, today, by); err != nil {
					return &exitError{code: exitUsage, msg: err.Error()}
				}
				fmt.Fprint(cmd.OutOrStdout(), msg.Sprintf("reviewed %s against %s (%s)\n", k.ID, cl.ID, fp))
			}
			for _, d := range docs {
				if err := review.StampDate(filepath.Join(g.source, filepath.FromSlash(d.Path)), d, today, by); err != nil {
					return &exitError{code: exitUsage, msg: err.Error()}
				}
				fmt.Fprint(cmd.OutOrStdout(), msg.Sprintf("reviewed %s (reviewed: %s)\n", d.Path, today.Format(time.DateOnly)))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&clause, "clause", "", msg.Text("review every check item of this clause `id`"))
	cmd.Flags().BoolVar(&all, "all", false, msg.Text("review every suspect check item"))
	cmd.Flags().StringVar(&by, "by", "", msg.Text("record who reviewed (reviewed_by)"))
	cmd.Flags().BoolVar(&show, "show", false, msg.Text("show what changed in the clause since each item named was reviewed (changes no file)"))
	cmd.ValidArgsFunction = completeIDs(g, true, true)
	_ = cmd.RegisterFlagCompletionFunc("clause", completeIDs(g, true, false))
	return cmd
}

// reviewTargets picks the check items a review command names, and the
// clauses and pages whose own review it records.
func reviewTargets(h *content.Handbook, root string, args []string, clause string, all bool) ([]*content.Check, []*content.Doc, error) {
	chosen := 0
	if len(args) > 0 {
		chosen++
	}
	if clause != "" {
		chosen++
	}
	if all {
		chosen++
	}
	if chosen != 1 {
		return nil, nil, msg.Errorf("give check item ids, clause ids or page paths, or --clause ID, or --all (one of them)")
	}
	switch {
	case all:
		return review.Suspect(h), nil, nil
	case clause != "":
		if h.ClauseByID(clause) == nil {
			return nil, nil, msg.Errorf("clause %q does not exist", clause)
		}
		return h.ChecksFor(clause), nil, nil
	}
	byID := map[string]*content.Check{}
	for _, k := range h.Checks {
		byID[k.ID] = k
	}
	var checks []*content.Check
	var docs []*content.Doc
	for _, arg := range args {
		if k := byID[arg]; k != nil {
			checks = append(checks, k)
			continue
		}
		if c := h.ClauseByID(arg); c != nil {
			docs = append(docs, c.Doc)
			continue
		}
		d := docAt(h, root, arg)
		if d == nil {
			if strings.HasSuffix(arg, ".md") || strings.ContainsAny(arg, `/\`) {
				return nil, nil, msg.Errorf("%s is not a file of the handbook at %s; give its path from the handbook's root, e.g. content/guide/budget.md", arg, root)
			}
			return nil, nil, msg.Errorf("%q is not the id of a check item or a clause", arg)
		}
		if d.Kind == content.KindCheck {
			for _, k := range h.Checks {
				if k.Doc == d {
					checks = append(checks, k)
				}
			}
			continue
		}
		docs = append(docs, d)
	}
	return checks, docs, nil
}

// docAt finds the file a path names: relative to the handbook's root as
// lint prints it, or as the shell completes it from the current folder.
func docAt(h *content.Handbook, root, arg string) *content.Doc {
	rel := path.Clean(filepath.ToSlash(arg))
	if abs, err := filepath.Abs(arg); err == nil {
		if _, statErr := os.Stat(abs); statErr == nil {
			if r, err := filepath.Abs(root); err == nil {
				if p, err := filepath.Rel(r, abs); err == nil && !strings.HasPrefix(p, "..") {
					rel = filepath.ToSlash(p)
				}
			}
		}
	}
	for _, d := range h.Docs {
		if d.Path == rel {
			return d
		}
	}
	return nil
}
