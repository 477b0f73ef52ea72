// Command benchlint measures how long `tokki lint` takes on synthetic
// handbooks of 100, 1,000 and 10,000 files, and how much memory it needs:
//
//	go run ./cmd/benchlint
//
// For each size it writes a handbook (package synth) into a temporary
// folder, then runs itself again as a child process that loads and lints
// that handbook once and reports its wall time and its peak resident memory
// (VmHWM in /proc/self/status). A process of its own per size keeps one
// size's memory from counting towards the next. It prints a table, and
// says whether the 10,000-file run met the target of under one second. It
// exits 1 when a run has findings (a synthetic handbook must lint clean,
// but for the suspect check items of a shape without review stamps) or
// the target is missed, and 2 when it cannot run.
//
// -shape prose measures the other synthetic shape (see synth.Shapes), with
// three times the text. BENCHLINT_CPUPROFILE=file has each child write a
// CPU profile of its run there, for go tool pprof.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"runtime/pprof"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/lint"
	"github.com/tokki-handbook/tokki/cmd/internal/memlimit"
	"github.com/tokki-handbook/tokki/cmd/internal/synth"
)

// childArg is the hidden first argument that makes the process a child: it
// is read before flag parsing, so it appears in no usage text.
const childArg = "-benchlint-child"

const (
	targetFiles = 10000
	target      = time.Second
)

// result is what a child reports, as one line of JSON.
type result struct {
	Files    int           `json:"files"`
	Load     time.Duration `json:"load"`
	Lint     time.Duration `json:"lint"`
	PeakKB   int           `json:"peak_kb"`
	Findings int           `json:"findings"`
	Suspect  int           `json:"suspect"` // of the findings, suspect check items
}

func main() {
	if len(os.Args) == 3 && os.Args[1] == childArg {
		if err := child(os.Args[2]); err != nil {
			fmt.Fprintln(os.Stderr, "benchlint child:", err)
			os.Exit(1)
		}
		return
	}
	sizes := flag.String("sizes", "100,1000,10000", "comma-separated handbook sizes, in `files`")
	seed := flag.Int64("seed", 1, "seed for the synthetic text")
	shapeName := flag.String("shape", "compact", "the synthetic handbook's `shape`: "+strings.Join(synth.ShapeNames(), " or "))
	flag.Parse()
	shape, known := synth.Shapes[*shapeName]
	if !known {
		fmt.Fprintf(os.Stderr, "benchlint: -shape %s: use %s\n", *shapeName, strings.Join(synth.ShapeNames(), " or "))
		os.Exit(2)
	}
	ok, err := run(*sizes, *seed, shape)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchlint:", err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}

// run measures each size and prints the table. ok is false when a run had
// findings or the target was missed.
func run(sizes string, seed int64, shape synth.Shape) (ok bool, err error) {
	self, err := os.Executable()
	if err != nil {
		return false, err
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "files\tload\tlint\ttotal\tpeak RSS\tfindings\t")
	var notes []string
	ok = true
	for _, s := range strings.Split(sizes, ",") {
		size, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || size < 1 {
			return false, fmt.Errorf("-sizes: %q is not a number of files", s)
		}
		r, err := measure(self, size, seed, shape)
		if err != nil {
			return false, err
		}
		total := r.Load + r.Lint
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%.1f MB\t%d\t\n", r.Files, ms(r.Load), ms(r.Lint), ms(total), float64(r.PeakKB)/1024, r.Findings)
		// A shape without review stamps has every check item suspect,
		// and nothing else.
		expected := 0
		if shape.NoStamps {
			expected = r.Suspect
		}
		if unexpected := r.Findings - expected; unexpected > 0 {
			ok = false
			notes = append(notes, fmt.Sprintf("FAIL: %d findings in the %d-file handbook, which should lint clean", unexpected, r.Files))
		}
		if size == targetFiles {
			verdict := "met"
			if total >= target {
				ok, verdict = false, "MISSED"
			}
			notes = append(notes, fmt.Sprintf("target: %d files in under %s: %s (%s)", targetFiles, target, verdict, ms(total)))
		}
	}
	w.Flush()
	for _, n := range notes {
		fmt.Println(n)
	}
	return ok, nil
}

// measure generates a handbook of about size files and runs a child on it.
func measure(self string, size int, seed int64, shape synth.Shape) (result, error) {
	dir, err := os.MkdirTemp("", "benchlint-")
	if err != nil {
		return result{}, err
	}
	defer os.RemoveAll(dir)
	today := time.Now().UTC().Truncate(24 * time.Hour)
	o := shape.Options(size)
	o.Seed, o.Today = seed, today
	if _, err := synth.Generate(dir, o); err != nil {
		return result{}, err
	}
	var stderr bytes.Buffer
	cmd := exec.Command(self, childArg, dir)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return result{}, fmt.Errorf("child for %d files: %v\n%s", size, err, stderr.Bytes())
	}
	var r result
	if err := json.Unmarshal(out, &r); err != nil {
		return result{}, fmt.Errorf("child for %d files printed %q: %v", size, out, err)
	}
	return r, nil
}

// child loads and lints the handbook in dir once and prints a result.
func child(dir string) error {
	if path := os.Getenv("BENCHLINT_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	defer memlimit.Set(-1)() // as tokki lint does
	start := time.Now()
	h, err := content.Load(dir)
	if err != nil {
		return err
	}
	loaded := time.Now()
	findings := lint.Run(h, lint.Options{})
	done := time.Now()
	peak, err := peakRSS()
	if err != nil {
		return err
	}
	suspect := 0
	for _, f := range findings {
		if f.Rule == "suspect" {
			suspect++
		}
	}
	return json.NewEncoder(os.Stdout).Encode(result{Files: len(h.Docs), Load: loaded.Sub(start),
		Lint: done.Sub(loaded), PeakKB: peak, Findings: len(findings), Suspect: suspect})
}

// peakRSS reads the process's peak resident set size, in kB, from Linux's
// /proc/self/status.
func peakRSS() (int, error) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, fmt.Errorf("peak memory is measured on Linux only: %v", err)
	}
	for line := range strings.Lines(string(status)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
		}
	}
	return 0, fmt.Errorf("/proc/self/status has no VmHWM line")
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
}
