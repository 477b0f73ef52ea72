package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/revision"
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

// recentCommits is how many commits tokki diff offers besides branches
// and tags.
const recentCommits = 20

// completeRevisions completes Git revisions for tokki diff: branches,
// tags, then recent commits, each with what it is.
func completeRevisions(g *globals) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) >= 2 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		names, err := revision.Names(g.source, recentCommits)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, n := range names {
			if strings.HasPrefix(n.Name, toComplete) {
				out = append(out, cobra.CompletionWithDesc(n.Name, n.About))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
	}
}

// completeExportFormat completes tokki export's --format for the document
// named.
func completeExportFormat(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return exportFormats[args[0]], cobra.ShellCompDirectiveNoFileComp
	}
	return append(exportFormats["checklist"], exportFormats["clauses"]...), cobra.ShellCompDirectiveNoFileComp
}

// addCompletions gives the commands' flags their completions where the
// command's own file does not: vocabulary values, answers files.
// A flag a command does not have, or whose completion it registers
// itself, is left alone.
func addCompletions(root *cobra.Command) {
	set := func(path, flag string, f cobra.CompletionFunc) {
		cmd, _, err := root.Find([]string{path})
		if err != nil || cmd == root || cmd.Flags().Lookup(flag) == nil {
			return
		}
		if _, ok := cmd.GetFlagCompletionFunc(flag); ok {
			return
		}
		_ = cmd.RegisterFlagCompletionFunc(flag, f)
	}
	yamlFiles := func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return []string{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
	}
	set("export", "timing", fixed(content.Timings...))
	set("export", "format", completeExportFormat)
	set("export", "answers", yamlFiles)
	set("tailor", "answers", yamlFiles)
}
