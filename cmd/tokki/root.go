package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// Exit codes, as the content model fixes them.
const (
	exitOK       = 0
	exitFindings = 1 // lint found errors (or, with --strict, any finding)
	exitUsage    = 2 // could not run: bad flags, unreadable handbook, a destination that may not be written
	// exitInterrupted is a build stopped by Ctrl-C or SIGTERM, as a shell
	// reports a process that SIGINT ended (128 + 2).
	exitInterrupted = 130
)

// exitError ends the command with a code; its message, if any, has already
// been printed or is printed by execute.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// options shared by every command.
type globals struct {
	source string
}

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:   "tokki",
		Short: msg.Text("Lint, build and serve a handbook of contract clauses and their compliance checks"),
		Long: msg.Text(`tokki keeps a handbook of special contract clauses (特記仕様書), the check items
that verify them (遵守確認表) and the guide that explains both (利用説明書) honest:
it lints that every clause has check items for both aspects and that every
reference resolves, and builds the handbook into a static site.`),
		Version:       versionString(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetVersionTemplate("tokki {{.Version}}\n")
	root.PersistentFlags().StringVar(&g.source, "source", ".", msg.Text("the handbook's root `folder` (holding clauses/, checklist/, content/)"))
	_ = root.MarkPersistentFlagDirname("source")
	root.SetFlagErrorFunc(flagError)
	root.AddCommand(
		newLintCmd(g),
		newNewCmd(g),
		newBuildCmd(g),
		newServeCmd(g),
		newReviewCmd(g),
		newDiffCmd(g),
		newTailorCmd(g),
		newExportCmd(g),
		newVersionCmd(),
	)
	addCompletions(root)
	localizeHelp(root)
	plainArgs(root)
	return root
}

// execute runs the command line and returns the process's exit code.
func execute(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	err := singleDash(root, args)
	if err == nil {
		err = root.Execute()
	}
	if err == nil {
		return exitOK
	}
	var e *exitError
	if errors.As(err, &e) {
		if e.msg != "" {
			fmt.Fprintln(stderr, "tokki:", plainMessage(e.msg))
		}
		return e.code
	}
	text, ok := commandError(root, err)
	if !ok {
		text = plainMessage(err.Error())
	}
	fmt.Fprintln(stderr, "tokki:", text)
	return exitUsage
}
