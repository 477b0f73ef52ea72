package main

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/compare"
	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
	"github.com/tokki-handbook/tokki/cmd/internal/revision"
)

func newDiffCmd(g *globals) *cobra.Command {
	var format, out string
	var opt compare.Options
	cmd := &cobra.Command{
		Use:   "diff REV1 [REV2]",
		Short: msg.Text("Write the 新旧対照表 (old/new comparison) of the handbook between two Git revisions"),
		Long: msg.Text(`Compare the clauses, check items and pages between two Git revisions (REV2
defaults to the working tree) and write the 新旧対照表: for each added, removed
or changed clause, check item and page under content/, the new text (改正後,
left) and the old text (改正前, right) side by side, the changed characters
underlined. Texts are compared as they read: links show their text. Clauses
are matched by id, so a renumbered article shows as moved. Markdown on stdout
by default (for a pull-request comment); --format html writes a page to print
(A4 landscape; a paragraph never splits over two pages). --omit-unchanged
shows a 解説 that did not change as （略）.`),
		Example: `  tokki diff main
  tokki diff v1.0 v1.1 --format html --omit-unchanged -o 新旧対照表.html`,
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "markdown" && format != "html" {
				return &exitError{code: exitUsage, msg: msg.Sprintf("unknown --format %q; use markdown or html", format)}
			}
			for _, rev := range args {
				if err := revision.Check(rev); err != nil {
					return &exitError{code: exitUsage, msg: err.Error()}
				}
			}
			old, oldRev, err := revision.Load(g.source, args[0])
			if err != nil {
				return diffError(g, err)
			}
			var cur *content.Handbook
			var curRev revision.Revision
			if len(args) == 2 {
				cur, curRev, err = revision.Load(g.source, args[1])
				if err != nil {
					return diffError(g, err)
				}
			} else if cur, err = loadHandbook(g); err != nil {
				return err
			}
			changes := compare.Compare(old, cur, opt)
			var buf bytes.Buffer
			if format == "html" {
				err = compare.WriteHTML(&buf, changes, oldRev.Label(), curRev.Label())
			} else {
				err = compare.WriteMarkdown(&buf, changes, oldRev.Label(), curRev.Label())
			}
			if err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
			if err := writeOutput(cmd, out, buf.Bytes()); err != nil {
				return err
			}
			if !toStdout(out) {
				fmt.Fprint(cmd.ErrOrStderr(), msg.Sprintf("wrote %s (%d changes)\n", out, len(changes)))
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "markdown", msg.Text("`format`: markdown or html"))
	cmd.Flags().StringVarP(&out, "output", "o", "", msg.Text("write to `file` instead of stdout (- for stdout)"))
	cmd.Flags().BoolVar(&opt.OmitUnchanged, "omit-unchanged", false, msg.Text("show a 解説 that did not change as （略）"))
	_ = cmd.RegisterFlagCompletionFunc("format", fixed("markdown", "html"))
	cmd.ValidArgsFunction = completeRevisions(g)
	return cmd
}

func diffError(g *globals, err error) error {
	switch {
	case errors.Is(err, revision.ErrGitMissing):
		return &exitError{code: exitUsage, msg: msg.Text("tokki diff reads Git revisions, but git is not installed (or not on PATH); install Git and try again")}
	case errors.Is(err, revision.ErrNoGit):
		return &exitError{code: exitUsage, msg: msg.Sprintf("cannot compare revisions: %s is not in a Git checkout; run tokki diff in a clone of the handbook's Git repository", g.source)}
	}
	return &exitError{code: exitUsage, msg: err.Error()}
}
