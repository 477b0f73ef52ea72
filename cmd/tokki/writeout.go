package main

import (
	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/atomicfile"
	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/lint"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// toStdout reports whether -o names standard output: not given, or "-".
func toStdout(out string) bool { return out == "" || out == "-" }

// writeOutput writes a command's result where -o says: to standard output,
// or to the file, saved as atomicfile saves (whole or not at all, through
// a symbolic link, straight into a device such as /dev/stdout).
func writeOutput(cmd *cobra.Command, out string, data []byte) error {
	if toStdout(out) {
		_, err := cmd.OutOrStdout().Write(data)
		return err
	}
	if err := atomicfile.Write(out, data, 0o644); err != nil {
		return &exitError{code: exitUsage, msg: msg.Sprintf("cannot write %s: %s", out, osReason(err, true))}
	}
	return nil
}

// lintFirst refuses a handbook that lint finds errors in, printing the
// findings as build does: a document made from it would carry the errors
// (a check item for a clause that does not exist, a clause with no check)
// to a contract. what names what was not made. Warnings alone do not stop
// it and are left to lint and build to print. Paths are shown as lint's
// text format shows them (from the current folder when the handbook at
// source is inside it).
func lintFirst(cmd *cobra.Command, source string, h *content.Handbook, what string) error {
	findings := lint.Run(h, lint.Options{Lang: msg.Current()})
	errs, _ := lint.Count(findings)
	if errs == 0 {
		return nil
	}
	_ = lint.WriteFrom(cmd.ErrOrStderr(), "text", findings, versionString(), lint.BaseFor(source, false), msg.Current())
	return &exitError{code: exitFindings, msg: msg.Sprintf("%s: the handbook has %s; fix them first (tokki lint lists them)", what, errorCount(errs))}
}
