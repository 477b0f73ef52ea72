package main

import "github.com/spf13/cobra"

func newServeCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "serve",
		Short: "Serve the handbook locally and rebuild on change (not yet available)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return &exitError{code: exitUsage, msg: "serve is not available yet in this version of tokki; use 'tokki build' and open public/index.html"}
		},
	}
}
