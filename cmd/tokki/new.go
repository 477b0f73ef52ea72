package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/create"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

func newNewCmd(g *globals) *cobra.Command {
	var o create.Options
	cmd := &cobra.Command{
		Use:   "new clause|check|page [PATH]",
		Short: msg.Text("Write a new clause, check item or page with its front matter filled in"),
		Long: msg.Text(`Write a new file with the front-matter skeleton filled in and print its path;
what to fill in is printed on stderr (the file holds no comments to delete).
A clause gets the next free id (C-NN) and order; a check item gets the next
id for its clause (K-NN-n); every file gets today's date as reviewed. PATH is
optional for clauses and check items and required for pages (relative to
content/). A clause's or check item's file is named after its id and the
Latin letters and digits of its title (生成AIの利用 gives c39-ai.md; a title
without any gives c39.md), or after --slug. An existing file is never
overwritten.`),
		Example: `  tokki new clause --title 再委託の禁止 --slug subcontracting
  tokki new check --clause C-09 --aspect 運用 --title 再委託先の実地確認
  tokki new page guide/budget.md --title 予算の考え方
  tokki new page incidents/2025-01-example.md --id I-2025-01`,
		Args:      cobra.RangeArgs(1, 2),
		ValidArgs: create.Kinds,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 2 {
				o.Path = args[1]
			}
			h, err := content.Load(g.source)
			if errors.Is(err, content.ErrNotHandbook) {
				h = &content.Handbook{} // the first file of a new handbook
			} else if err != nil {
				return &exitError{code: exitUsage, msg: msg.Sprintf("cannot read the handbook at %s: %v", g.source, err)}
			}
			rel, err := create.New(g.source, h, args[0], o)
			if err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
			fmt.Fprintln(cmd.OutOrStdout(), rel)
			fmt.Fprint(cmd.ErrOrStderr(), create.Guide(args[0], rel))
			return nil
		},
	}
	cmd.Flags().StringVar(&o.Title, "title", "", msg.Text("the title"))
	cmd.Flags().StringVar(&o.Clause, "clause", "", msg.Text("for a check item: the `id` of the clause it checks"))
	cmd.Flags().StringVar(&o.Aspect, "aspect", "対策", msg.Text("for a check item: 対策 (a measure exists) or 運用 (it is operated)"))
	cmd.Flags().StringVar(&o.ID, "id", "", msg.Text("use this `id` instead of the next free one"))
	cmd.Flags().StringVar(&o.Slug, "slug", "", msg.Text("for a clause or check item: name the file c39-`words`.md (ASCII letters, digits, '-')"))
	_ = cmd.RegisterFlagCompletionFunc("aspect", fixed(content.Aspects...))
	_ = cmd.RegisterFlagCompletionFunc("clause", completeIDs(g, true, false))
	return cmd
}
