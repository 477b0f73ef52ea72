// Command gencorpus writes a synthetic handbook (see package synth) for
// benchmarks, load tests and trying tokki on a large corpus:
//
//	go run ./cmd/gencorpus -n 1000 -o /tmp/corpus
//	go run ./cmd/gencorpus -n 10000 -shape prose -o /tmp/prose
//	go run ./cmd/tokki lint --source /tmp/corpus
//
// -n is the number of files wanted in total. In the compact shape (the
// default) the handbook gets as many clauses as fit (a clause comes with
// its two check items, and every 20 clauses add a guide page and every 10
// an incident page), so the count is met exactly or missed by at most five
// files; -clauses asks for a number of clauses instead.
//
// -shape picks a named shape: compact, or prose (a third of the files
// clauses with two check items each, every body about 1,500 characters of
// Japanese prose with a ## heading every seven sentences, no review stamps).
// The other flags change one property of the shape: -body-chars,
// -check-chars, -headings, -checks, -clause-share and -stamps.
//
// The output folder must be new or empty. The same flags give
// byte-identical files.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/synth"
)

func main() {
	files := flag.Int("n", 1000, "number of `files` in total (approximate: rounded to whole clauses)")
	clauses := flag.Int("clauses", 0, "number of `clauses`; overrides -n")
	out := flag.String("o", "", "output `folder`; must be new or empty")
	seed := flag.Int64("seed", 1, "seed for the text; the same seed gives the same files")
	today := flag.String("today", time.Now().Format(time.DateOnly), "`date` (YYYY-MM-DD) the reviewed dates lead up to")
	shapeName := flag.String("shape", "compact", "the kind of handbook: "+strings.Join(synth.ShapeNames(), " or "))
	// The flags below change the shape; they are applied only when given.
	bodyChars := flag.Int("body-chars", 0, "about this many `characters` of prose in each clause, guide and incident body (0: compact bodies)")
	checkChars := flag.Int("check-chars", 0, "about this many `characters` in each check item's body (0: compact)")
	headings := flag.Int("headings", 0, "a ## heading every `n` sentences in long clause and check-item bodies (0: none)")
	checks := flag.Int("checks", 2, "check items per clause, at least 2")
	share := flag.Float64("clause-share", 0, "the `share` of the files that are clauses, 0 to 1 (0: the compact layout)")
	stamps := flag.Bool("stamps", true, "give every check item its review stamp (-stamps=false: every item is suspect)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: gencorpus [-n files | -clauses n] [-shape name] [-seed n] [-today date] -o folder\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	day, err := time.Parse(time.DateOnly, *today)
	if err != nil {
		fail(2, "-today %q is not a date; write it as YYYY-MM-DD", *today)
	}
	shape, ok := synth.Shapes[*shapeName]
	if !ok {
		fail(2, "there is no shape %q; choose %s", *shapeName, strings.Join(synth.ShapeNames(), " or "))
	}
	flag.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "body-chars":
			shape.BodyChars = *bodyChars
		case "check-chars":
			shape.CheckChars = *checkChars
		case "headings":
			shape.HeadingEvery = *headings
		case "checks":
			shape.ChecksPerClause = *checks
		case "clause-share":
			shape.ClauseShare = *share
		case "stamps":
			shape.NoStamps = !*stamps
		}
	})
	if err := shape.Check(); err != nil {
		fail(2, "%s", err)
	}
	opts := shape.Options(*files)
	if *clauses > 0 {
		opts = synth.Options{Clauses: *clauses, Shape: shape}
	}
	opts.Seed, opts.Today = *seed, day
	written, err := synth.Generate(*out, opts)
	if err != nil {
		fail(1, "%s", err)
	}
	fmt.Printf("wrote %d files (%d clauses, %d check items) to %s\n", written, opts.Clauses, opts.Clauses*max(2, shape.ChecksPerClause), *out)
}

func fail(code int, format string, args ...any) {
	fmt.Fprintf(os.Stderr, "gencorpus: "+format+"\n", args...)
	os.Exit(code)
}
