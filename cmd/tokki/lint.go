package main

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/lint"
	"github.com/tokki-handbook/tokki/cmd/internal/memlimit"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

func newLintCmd(g *globals) *cobra.Command {
	var format string
	var strict bool
	cmd := &cobra.Command{
		Use:   "lint [PATH ...]",
		Short: msg.Text("Check the handbook against the content model"),
		Long: msg.Text(`Check every clause, check item and page of the handbook and print all findings,
sorted by file and line. With PATHs (files or folders relative to --source,
or from the current folder as the findings show them), only findings in
them are printed; the whole handbook is still read, since references cross
files.

Paths are shown from the current folder when the handbook is in it (so
--source docs/handbook prints docs/handbook/clauses/...), else from the
handbook's root. The github and sarif formats show them from the root of
the Git repository holding the handbook, where GitHub looks for them.

Exit status: 0 no error, 1 at least one error (with --strict, at least one
finding of any severity), 2 could not run.`),
		Example: `  tokki lint
  tokki lint --strict --format github
  tokki lint clauses/c09-subcontracting.md
  tokki lint --format sarif > tokki.sarif`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(lint.Formats, format) {
				return &exitError{code: exitUsage, msg: oneOf("format", format, lint.Formats)}
			}
			filter, err := pathFilter(g.source, args)
			if err != nil {
				return err
			}
			// Lint holds the handbook and ends: the collector needs to run
			// only near the soft limit (see memlimit).
			defer memlimit.Set(-1)()
			h, err := loadHandbook(g)
			if err != nil {
				return err
			}
			findings := lint.Run(h, lint.Options{Lang: msg.Current()})
			if filter != nil {
				findings = slices.DeleteFunc(findings, func(f lint.Finding) bool { return !filter(f.File) })
			}
			// GitHub places annotations and code-scanning results by paths
			// from the repository root; text and JSON use paths from where
			// the user is, which a terminal or editor opens.
			base := lint.BaseFor(g.source, format == "github" || format == "sarif")
			if err := lint.WriteFrom(cmd.OutOrStdout(), format, findings, versionString(), base, msg.Current()); err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
			errs, warns := lint.Count(findings)
			if format == "text" {
				fmt.Fprint(cmd.ErrOrStderr(), msg.Sprintf("%s, %s in %d files\n", errorCount(errs), warningCount(warns), len(h.Docs)))
			}
			if errs > 0 || (strict && warns > 0) {
				return &exitError{code: exitFindings}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", msg.Text("output `format`: text, json, github or sarif"))
	cmd.Flags().BoolVar(&strict, "strict", false, msg.Text("fail (exit 1) on warnings too, as CI should"))
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(lint.Formats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// pathFilter returns a test for finding paths that keeps only those inside
// one of args, or nil for no filter. Each arg must exist under the source,
// or be a path from the current folder into the handbook, as text output
// prints it (docs/handbook/clauses/a.md for --source docs/handbook).
func pathFilter(source string, args []string) (func(string) bool, error) {
	if len(args) == 0 {
		return nil, nil
	}
	var prefixes []string
	for _, a := range args {
		rel, ok := handbookPath(source, a)
		if !ok {
			return nil, &exitError{code: exitUsage, msg: msg.Sprintf("%s: no such file or folder in the handbook at %s", a, source)}
		}
		prefixes = append(prefixes, rel)
	}
	return func(file string) bool {
		for _, p := range prefixes {
			if p == "." || file == p || strings.HasPrefix(file, p+"/") {
				return true
			}
		}
		return false
	}, nil
}

// handbookPath turns a PATH argument into a slash path from the handbook
// root: a only when it names something under source, else a path from the
// current folder to something in the handbook.
func handbookPath(source, a string) (string, bool) {
	if _, err := os.Stat(filepath.Join(source, a)); err == nil {
		return path.Clean(filepath.ToSlash(a)), true
	}
	root, err1 := filepath.Abs(source)
	p, err2 := filepath.Abs(a)
	if err1 != nil || err2 != nil {
		return "", false
	}
	rel, err := filepath.Rel(root, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	if _, err := os.Stat(p); err != nil {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// errorCount is "1 error", "2 errors", in the user's language.
func errorCount(n int) string {
	if n == 1 {
		return msg.Text("1 error")
	}
	return msg.Sprintf("%d errors", n)
}

// warningCount is "1 warning", "2 warnings", in the user's language.
func warningCount(n int) string {
	if n == 1 {
		return msg.Text("1 warning")
	}
	return msg.Sprintf("%d warnings", n)
}
