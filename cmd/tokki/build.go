package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/lint"
	"github.com/tokki-handbook/tokki/cmd/internal/memlimit"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
	"github.com/tokki-handbook/tokki/cmd/internal/publish"
	"github.com/tokki-handbook/tokki/cmd/internal/site"
)

func newBuildCmd(g *globals) *cobra.Command {
	var dest, cpuProfile string
	var force bool
	cmd := &cobra.Command{
		Use:   "build",
		Short: msg.Text("Build the handbook into a static site (public/ by default)"),
		Long: msg.Text(`Build the handbook into a static site that works opened straight from disk
(file://) as well as from any web server: the pages, the 特記仕様書 and the
遵守確認表 as whole documents, and the search index.

The handbook is linted first; any error stops the build before the site is
made (and is printed). Warnings do not stop it; more than 20 are counted by rule rather
than listed (tokki lint lists them). The site is written only into a new or empty
folder, or one that an earlier build wrote (it keeps a list of its files,
.tokki-manifest.json); anything else is refused unless --force is given, and
never the handbook itself, a folder holding it, / or your home. The new
files are moved in only when all are written, so a failed or interrupted
build leaves the previous site as it was; a rebuild removes only the files
the previous build wrote, and keeps (and names) any other.`),
		Example: `  tokki build
  tokki build --dest /srv/share/handbook`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			start := time.Now()
			// Ctrl-C (or SIGTERM) stops the build before anything is moved
			// into the destination; once the move has begun it finishes.
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if cpuProfile != "" {
				f, err := os.Create(cpuProfile)
				if err != nil {
					return &exitError{code: exitUsage, msg: msg.Sprintf("cannot write the CPU profile %s: %s", cpuProfile, osReason(err, true))}
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return &exitError{code: exitUsage, msg: err.Error()}
				}
				defer pprof.StopCPUProfile()
			}
			// A soft limit: the collector works harder near it rather than
			// letting a large handbook's garbage double the peak.
			defer memlimit.Set(100)()
			h, err := loadHandbook(g)
			if err != nil {
				return err
			}
			if dest == "" {
				dest = filepath.Join(g.source, "public")
			}
			stderr := cmd.ErrOrStderr()
			out, err := publish.Open(dest, publish.Options{Handbook: g.source, Force: force,
				Notice: func(s string) { fmt.Fprintln(stderr, "tokki:", s) }})
			if err != nil {
				return &exitError{code: exitUsage, msg: msg.Sprintf("not built: %s", err)}
			}
			if ctx.Err() != nil {
				out.Abort()
				return &exitError{code: exitInterrupted, msg: msg.Text("interrupted: nothing was built; the previous site is unchanged")}
			}
			go func() {
				<-ctx.Done()
				out.Stop(errInterrupted)
			}()
			// Lint first, then build: lint uses every core itself, and what
			// it holds is freed before the site is made, so the two peaks
			// do not add up. Nothing reaches the destination unless lint
			// finds no error.
			findings := lint.Run(h, lint.Options{Lang: msg.Current()})
			var s site.Stats
			var buildErr error
			if errs, _ := lint.Count(findings); errs == 0 && ctx.Err() == nil {
				s, buildErr = site.BuildTo(h, out, siteOptions(g, stderr))
			}
			// Errors are printed in full; many warnings as one line that
			// counts them (tokki lint lists them).
			list, summary := lint.Brief(msg.Current(), findings)
			_ = lint.WriteFrom(stderr, "text", list, versionString(), lint.BaseFor(g.source, false), msg.Current())
			if summary != "" {
				fmt.Fprint(stderr, msg.Sprintf("tokki: %s; run %s to see them\n", summary, lint.Command(g.source)))
			}
			switch errs, _ := lint.Count(findings); {
			case ctx.Err() != nil:
				out.Abort()
				return &exitError{code: exitInterrupted, msg: msg.Text("interrupted: nothing was built; the previous site is unchanged")}
			case errs > 0:
				out.Abort()
				return &exitError{code: exitFindings, msg: msg.Sprintf("not built: the handbook has %s; the previous site is unchanged", errorCount(errs))}
			case buildErr != nil:
				out.Abort()
				return &exitError{code: exitUsage, msg: msg.Sprintf("not built: %s; the previous site is unchanged", buildErr)}
			}
			if err := out.Commit(); err != nil {
				if errors.Is(err, errInterrupted) {
					return &exitError{code: exitInterrupted, msg: msg.Text("interrupted: nothing was built; the previous site is unchanged")}
				}
				return &exitError{code: exitUsage, msg: msg.Sprintf("not built: %s; the previous site is unchanged", err)}
			}
			if n := out.KeptNotice(); n != "" {
				fmt.Fprintln(stderr, "tokki:", n)
			}
			written, unchanged := out.Counts()
			fmt.Fprint(cmd.OutOrStdout(), msg.Sprintf("built %d pages into %s (search index %.1f KB; %d files written, %d unchanged) in %s\n",
				s.Pages, dest, float64(s.IndexBytes)/1024, written, unchanged, time.Since(start).Round(time.Millisecond)))
			return nil
		},
	}
	cmd.Flags().StringVarP(&dest, "dest", "d", "", msg.Text("the `folder` to write the site to (default: public/ in the handbook)"))
	cmd.Flags().BoolVar(&force, "force", false, msg.Text("write into a folder that no tokki build wrote, keeping its files (never the handbook, a folder holding it, / or your home)"))
	cmd.Flags().StringVar(&cpuProfile, "cpuprofile", "", msg.Text("write a Go CPU profile of the build to `file` (for go tool pprof)"))
	_ = cmd.Flags().MarkHidden("cpuprofile")
	return cmd
}

// errInterrupted stops a build that got Ctrl-C or SIGTERM.
var errInterrupted = errors.New("interrupted")
