package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
	"github.com/tokki-handbook/tokki/cmd/internal/server"
)

func newServeCmd(g *globals) *cobra.Command {
	o := server.Options{Bind: "127.0.0.1", Port: 8080, Lang: msg.Current()}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: msg.Text("Serve the handbook locally, rebuilding and reloading the browser on every change"),
		Long: msg.Text(`Build the handbook into memory (public/ is not touched), serve it, and watch
clauses/, checklist/, content/ and themes/. After each change the pages it
reaches are rebuilt and open pages reload by themselves; lint findings are
printed here. While the handbook has a lint error, the last good site stays
up and the browser shows the findings over the page until the file is fixed.
Nothing is opened by itself. Ctrl-C stops it.

It listens on 127.0.0.1, for this machine only, and answers only requests
addressed to localhost, 127.0.0.1 or [::1], so that a page of another site
cannot read the handbook through the browser. With --bind 0.0.0.0 (or a
network address) other machines reach it by this machine's address or name.`),
		Example: msg.Text(`  tokki serve
  tokki serve --port 0          # any free port; the URL is printed
  tokki serve --poll            # for network drives where change notices do not arrive
  tokki serve --bind 0.0.0.0    # for colleagues on the same network`),
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// The port first: a port that is taken is told at once, not
			// after the handbook is read and built.
			ln, err := server.Listen(o.Bind, o.Port)
			if err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
			defer ln.Close()
			if _, err := loadHandbook(g); err != nil {
				return err
			}
			o.Listener = ln
			o.Source = g.source
			o.Out = cmd.OutOrStdout()
			o.Site = siteOptions(g, cmd.ErrOrStderr())
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if err := server.New(o).Run(ctx); err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&o.Bind, "bind", o.Bind, msg.Text("the `address` to listen on"))
	cmd.Flags().IntVar(&o.Port, "port", o.Port, msg.Text("the `port` to listen on (0: any free port)"))
	cmd.Flags().BoolVar(&o.Poll, "poll", false, msg.Text("look for changes every 500 ms instead of relying on the system's file notifications"))
	return cmd
}
