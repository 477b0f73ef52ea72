package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// Shell completion (tokki completion bash|zsh|fish|powershell writes the
// script): commands that take ids complete them from the handbook at
// --source, vocabulary flags their values, tokki diff the Git revisions.

// completeIDs completes clause ids (clauses) and check item ids (checks)
// from the handbook at --source; nothing when it cannot be read, and the
// shell's file names when no id fits.
func completeIDs(g *globals, clauses, checks bool) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		h, err := content.Load(g.source)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		add := func(id, title string) {
			if strings.HasPrefix(strings.ToUpper(id), strings.ToUpper(toComplete)) {
				out = append(out, cobra.CompletionWithDesc(id, title))
			}
		}
		if clauses {
			for _, c := range h.Clauses {
				add(c.ID, c.Title)
			}
		}
		if checks {
			for _, k := range h.Checks {
				add(k.ID, k.Title)
			}
		}
		if len(out) == 0 {
			// Not an id: perhaps the path of a page (tokki review).
			return nil, cobra.ShellCompDirectiveDefault
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// fixed completes a flag's values from a vocabulary.
func fixed(values ...string) cobra.CompletionFunc {
	return cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp)
}
