package main

import "github.com/spf13/cobra"

func newBuildCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "build",
		Short: "Build the handbook into a static site in public/ (not yet available)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return notYet("build")
		},
	}
}

// notYet ends a command that a later release brings.
func notYet(name string) error {
	return &exitError{code: exitUsage, msg: name + " is not available yet in this version of tokki; 'tokki lint' is"}
}
