// Command gencorpus writes a synthetic handbook (see package synth) for
// benchmarks, load tests and trying tokki on a large corpus:
//
//	go run ./cmd/gencorpus -n 1000 -o /tmp/corpus
//	go run ./cmd/tokki lint --source /tmp/corpus
//
// -n is the number of files wanted in total; the handbook gets as many
// clauses as fit (a clause comes with its two check items, and every 20
// clauses add a guide page and every 10 an incident page), so the count is
// met exactly or missed by at most five files. -clauses asks for
// a number of clauses instead. The output folder must be new or empty.
// The same flags give byte-identical files.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/synth"
)

func main() {
	files := flag.Int("n", 1000, "number of `files` in total (approximate: rounded down to whole clauses)")
	clauses := flag.Int("clauses", 0, "number of clauses (each with 2 check items); overrides -n")
	out := flag.String("o", "", "output `folder`; must be new or empty")
	seed := flag.Int64("seed", 1, "seed for the text; the same seed gives the same files")
	today := flag.String("today", time.Now().Format(time.DateOnly), "`date` (YYYY-MM-DD) the reviewed dates lead up to")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: gencorpus [-n files | -clauses n] [-seed n] [-today date] -o folder\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	day, err := time.Parse(time.DateOnly, *today)
	if err != nil {
		fmt.Fprintf(os.Stderr, "gencorpus: -today %q is not a date; write it as YYYY-MM-DD\n", *today)
		os.Exit(2)
	}
	n := *clauses
	if n <= 0 {
		n = synth.ClausesFor(*files)
	}
	written, err := synth.Generate(*out, synth.Options{Clauses: n, Seed: *seed, Today: day})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d files (%d clauses, %d check items) to %s\n", written, n, 2*n, *out)
}
