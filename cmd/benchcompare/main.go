// Command benchcompare measures `tokki build` on synthetic Japanese handbooks
// of 100, 1,000 and 10,000 pages and, where they are installed, compares it
// in the same run with Hugo building the same Markdown and Pagefind
// indexing the result:
//
//	go run ./cmd/benchcompare                 # sizes 100, 1000, 10000
//	go run ./cmd/benchcompare -sizes 10000 -runs 5
//	go run ./cmd/benchcompare -shapes prose -sizes 1000,10000 -settle 0
//
// Each size is measured for each shape of handbook (-shapes; see
// synth.Shapes): compact, the generator's short pages, and prose, a third
// of the files clauses with bodies of about 1,500 characters with
// headings and no review stamps (issue 19's corpus). Besides the times it
// reports each tool's CPU time (user and system, which a busy machine
// disturbs less than the wall time), and for tokki the files and bytes it
// wrote and the largest parts: search/, tailor/, downloads/ and the rest
// (the pages and assets).
//
// Hugo is found on PATH or in $HUGO (go install github.com/gohugoio/hugo@v0.165.0);
// Pagefind in $PAGEFIND or on PATH (npm install pagefind ships its binary).
// When node, Chromium and .ci/browser/node_modules are there, it also opens
// the largest tokki site from file:// in headless Chromium and reports, per
// query, the bytes of index files loaded and the query time.
//
// Two cases are measured, the tools taking turns run after run so that the
// disk's moods fall on all of them alike:
//
//   - clean: every run writes into a new folder that was never used, as on
//     a fresh checkout. Nothing is deleted while the tools are timed: on
//     some file systems (ext4 without a journal, as on the machine this was
//     written on) creating files just after many were deleted is several
//     times slower, which would make the order of runs decide the result.
//   - rebuild: every tool builds again into its output of the last clean
//     run, as an editor or a CI job with a cache does: Hugo overwrites its
//     files, tokki leaves the files that did not change, Pagefind replaces
//     its bundle.
//
// Hugo builds the same pages as tokki (templates in hugo/layouts: the
// same page kinds with the same text, looked up as a Hugo theme would), and
// Pagefind indexes Hugo's output: that pair is the baseline. Pagefind is
// also timed on tokki's own output, as a check that the two sites weigh
// the same to it. -hugo-minimal adds Hugo with templates that print only
// each page's title and Markdown, and Pagefind on those pages: the least
// work a Hugo site of this corpus could do.
//
// Before the first measurement it syncs and waits (-settle, six minutes by
// default): ext4 without a journal avoids reusing inodes freed in the last
// minute, six while their part of the inode table is unwritten, and scans
// past each of them for every file it creates. Creating files writes to
// that table again, so the six minutes are what counts: files deleted
// just before the run (a previous run's work folder, say) made every
// clean run here up to twice as slow, and the more so the more files a
// tool creates.
//
// Every run starts after a sync (not timed), so that no tool pays for
// writing back the previous tool's files. The median wall time and the
// largest peak RSS are shown.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/synth"
)

func main() {
	sizes := flag.String("sizes", "100,1000,10000", "handbook sizes in pages (files), comma-separated")
	runs := flag.Int("runs", 3, "runs per tool, size and case")
	queries := flag.String("queries", "個人情報,再委託,取扱責任者,委託 記録,USB,ﾌｧｲﾙ", "queries for the browser measurement, comma-separated")
	keep := flag.Bool("keep", false, "keep the work folder")
	minimal := flag.Bool("hugo-minimal", false, "also time Hugo with minimal templates (title and Markdown) and Pagefind on its pages")
	settle := flag.Duration("settle", 6*time.Minute+5*time.Second, "sync and wait this long before measuring (see the package doc)")
	shapes := flag.String("shapes", "compact,prose", "shapes of handbook, comma-separated: "+strings.Join(synth.ShapeNames(), ", "))
	rebuilds := flag.Bool("rebuild", true, "also measure rebuilds into the last clean run's folder")
	flag.Parse()
	log.SetFlags(0)
	var shapeList []string
	for _, name := range strings.Split(*shapes, ",") {
		name = strings.TrimSpace(name)
		if _, ok := synth.Shapes[name]; !ok {
			log.Fatalf("benchcompare: there is no shape %q; choose from %s", name, strings.Join(synth.ShapeNames(), ", "))
		}
		shapeList = append(shapeList, name)
	}

	work, err := os.MkdirTemp("", "benchcompare-")
	check(err)
	if !*keep {
		defer os.RemoveAll(work)
	} else {
		log.Printf("work folder: %s", work)
	}
	tokki := filepath.Join(work, "tokki")
	run(exec.Command("go", "build", "-o", tokki, "github.com/tokki-handbook/tokki/cmd/tokki"))
	hugo := find("HUGO", "hugo", filepath.Join(os.Getenv("HOME"), "go", "bin", "hugo"))
	pagefind := find("PAGEFIND", "pagefind")
	if hugo == "" {
		fmt.Println("Hugo was not found ($HUGO, PATH or ~/go/bin/hugo): timing tokki alone")
	}
	if pagefind == "" {
		fmt.Println("Pagefind was not found ($PAGEFIND or PATH): no index to compare with")
	}
	fmt.Printf("%s, %d CPUs\n", time.Now().UTC().Format("2006-01-02 15:04 MST"), runtime.NumCPU())

	var largest string
	for _, shapeName := range shapeList {
		for _, f := range strings.Split(*sizes, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			check(err)
			dir := filepath.Join(work, fmt.Sprintf("%s-%d", shapeName, n))
			src := filepath.Join(dir, "corpus")
			opts := synth.Shapes[shapeName].Options(n)
			opts.Seed, opts.Today = 1, time.Now()
			files, err := synth.Generate(src, opts)
			check(err)
			site, minSite := "", ""
			if hugo != "" {
				site = hugoSite(src, filepath.Join(dir, "hugo-site"), false)
				if *minimal {
					minSite = hugoSite(src, filepath.Join(dir, "hugo-minimal-site"), true)
				}
			}
			if *settle > 0 {
				syncDisks()
				log.Printf("waiting %s for the disk to settle (-settle 0 skips)", *settle)
				time.Sleep(*settle)
				*settle = 0 // nothing is deleted from here on
			}

			// out names the output folder of a tool's run; rebuilds reuse the
			// last clean run's.
			out := func(tool string, run int) string { return filepath.Join(dir, fmt.Sprintf("%s-%d", tool, run)) }
			tools := []tool{{name: "tokki build", cmd: func(r int) *exec.Cmd {
				return exec.Command(tokki, "build", "--source", src, "--dest", out("tokki", r))
			}}}
			if hugo != "" {
				tools = append(tools, tool{name: "hugo", cmd: func(r int) *exec.Cmd {
					return exec.Command(hugo, "--quiet", "--source", site, "--destination", out("hugo", r))
				}})
			}
			if pagefind != "" && hugo != "" {
				tools = append(tools, tool{name: "pagefind (hugo)", cmd: func(r int) *exec.Cmd {
					return exec.Command(pagefind, "--site", out("hugo", r), "--output-path", out("pagefind-hugo", r), "--silent")
				}})
			}
			if pagefind != "" {
				tools = append(tools, tool{name: "pagefind (tokki)", cmd: func(r int) *exec.Cmd {
					return exec.Command(pagefind, "--site", out("tokki", r), "--output-path", out("pagefind-tokki", r), "--silent")
				}})
			}
			if minSite != "" {
				tools = append(tools, tool{name: "hugo (minimal)", cmd: func(r int) *exec.Cmd {
					return exec.Command(hugo, "--quiet", "--source", minSite, "--destination", out("hugo-minimal", r))
				}})
				if pagefind != "" {
					tools = append(tools, tool{name: "pagefind (minimal)", cmd: func(r int) *exec.Cmd {
						return exec.Command(pagefind, "--site", out("hugo-minimal", r), "--output-path", out("pagefind-minimal", r), "--silent")
					}})
				}
			}

			fmt.Printf("\n%s handbook of %d files (%.1f MB of Markdown)\n", shapeName, files, float64(du(src))/1e6)
			fmt.Printf("%-9s %-17s %9s %9s %10s %12s %8s\n", "case", "tool", "time", "CPU", "peak RSS", "index", "files")
			// Clean runs 0..runs-1, each into new folders; then rebuilds into
			// the last clean run's folders.
			clean := measure(tools, seq(0, *runs))
			last := *runs - 1
			cases := []struct {
				name string
				res  []result
			}{{"clean", clean}}
			if *rebuilds {
				cases = append(cases, struct {
					name string
					res  []result
				}{"rebuild", measure(tools, slices.Repeat([]int{last}, *runs))})
			}
			for _, c := range cases {
				for i, t := range tools {
					index, count := int64(0), int64(0)
					switch t.name {
					case "tokki build":
						index, count = du(filepath.Join(out("tokki", last), "search")), countFiles(out("tokki", last))
					case "hugo":
						count = countFiles(out("hugo", last))
					case "pagefind (hugo)":
						index, count = du(out("pagefind-hugo", last)), countFiles(out("pagefind-hugo", last))
					case "pagefind (tokki)":
						index, count = du(out("pagefind-tokki", last)), countFiles(out("pagefind-tokki", last))
					case "hugo (minimal)":
						count = countFiles(out("hugo-minimal", last))
					case "pagefind (minimal)":
						index, count = du(out("pagefind-minimal", last)), countFiles(out("pagefind-minimal", last))
					}
					report(c.name, t.name, c.res[i], index, count)
				}
				ratios(c.name, tools, c.res)
			}
			parts(out("tokki", last))
			largest = out("tokki", last)
		}
	}
	if largest != "" {
		browser(largest, strings.Split(*queries, ","))
	}
}

type result struct {
	secs float64 // median wall time
	cpu  float64 // median user and system time
	rss  int64   // bytes
}

type tool struct {
	name string
	cmd  func(run int) *exec.Cmd
}

func seq(from, to int) []int {
	var s []int
	for i := from; i < to; i++ {
		s = append(s, i)
	}
	return s
}

// measure runs the tools in turn, once per entry of runs (the run number
// names the output folders), and returns for each the median time and the
// largest peak RSS.
func measure(tools []tool, runs []int) []result {
	times := make([][]float64, len(tools))
	cpus := make([][]float64, len(tools))
	res := make([]result, len(tools))
	for _, r := range runs {
		for i, t := range tools {
			c := t.cmd(r)
			// Each tool starts with nothing left to write back from the
			// one before it, and pays for its own writes.
			syncDisks()
			start := time.Now()
			if out, err := c.CombinedOutput(); err != nil {
				log.Fatalf("%s: %v\n%s", t.name, err, out)
			}
			times[i] = append(times[i], time.Since(start).Seconds())
			cpus[i] = append(cpus[i], (c.ProcessState.UserTime() + c.ProcessState.SystemTime()).Seconds())
			res[i].rss = max(res[i].rss, peakRSS(c.ProcessState))
		}
	}
	for i := range tools {
		slices.Sort(times[i])
		slices.Sort(cpus[i])
		res[i].secs = times[i][len(times[i])/2]
		res[i].cpu = cpus[i][len(cpus[i])/2]
	}
	return res
}

func report(c, tool string, r result, index, files int64) {
	idx := "-"
	if index > 0 {
		idx = fmt.Sprintf("%.1f MB", float64(index)/1e6)
	}
	fmt.Printf("%-9s %-17s %8.2fs %8.2fs %6.0f MiB %12s %8d\n", c, tool, r.secs, r.cpu, float64(r.rss)/(1<<20), idx, files)
}

// parts prints what a tokki site is made of: its files and bytes, and the
// bytes of its largest parts.
func parts(site string) {
	total := du(site)
	var line []string
	rest := total
	for _, sub := range []string{"search", "tailor", "downloads"} {
		n := du(filepath.Join(site, sub))
		rest -= n
		line = append(line, fmt.Sprintf("%s/ %.1f MB", sub, float64(n)/1e6))
	}
	line = append(line, fmt.Sprintf("pages and the rest %.1f MB", float64(rest)/1e6))
	fmt.Printf("tokki's output: %d files, %.1f MB: %s\n", countFiles(site), float64(total)/1e6, strings.Join(line, ", "))
}

// ratios prints how many times faster tokki is than each baseline, in
// wall time and (against Hugo) in CPU time.
func ratios(c string, tools []tool, res []result) {
	secs := map[string]float64{}
	for i, t := range tools {
		secs[t.name] = res[i].secs
	}
	tk := secs["tokki build"]
	var parts []string
	if h, ok := secs["hugo"]; ok {
		parts = append(parts, fmt.Sprintf("hugo / tokki = %.2fx", h/tk))
		if p, ok := secs["pagefind (hugo)"]; ok {
			parts = append(parts, fmt.Sprintf("(hugo + pagefind) / tokki = %.1fx", (h+p)/tk))
		}
		if p, ok := secs["pagefind (tokki)"]; ok {
			parts = append(parts, fmt.Sprintf("(hugo + pagefind on tokki's pages) / tokki = %.1fx", (h+p)/tk))
		}
	}
	if h, ok := secs["hugo (minimal)"]; ok {
		if p, ok := secs["pagefind (minimal)"]; ok {
			parts = append(parts, fmt.Sprintf("(minimal hugo + pagefind) / tokki = %.1fx", (h+p)/tk))
		}
	}
	if len(parts) > 0 {
		fmt.Printf("%-9s ratios: %s\n", c, strings.Join(parts, ", "))
	}
	// The CPU time too: on a shared machine it varies less than the wall
	// time, and it counts the work a build does on every core.
	for i, t := range tools {
		if t.name == "hugo" && res[i].cpu > 0 {
			for j, u := range tools {
				if u.name == "tokki build" && res[j].cpu > 0 {
					fmt.Printf("%-9s CPU time: hugo / tokki = %.2fx\n", c, res[i].cpu/res[j].cpu)
				}
			}
		}
	}
}

// browser opens a tokki site in headless Chromium and measures queries.
func browser(site string, queries []string) {
	script := filepath.Join(".ci", "browser", "querybench.mjs")
	if _, err := exec.LookPath("node"); err != nil {
		return
	}
	if _, err := os.Stat(filepath.Join(".ci", "browser", "node_modules", "playwright-core")); err != nil {
		fmt.Println("(no browser measurement: run npm ci in .ci/browser)")
		return
	}
	out, err := exec.Command("node", append([]string{script, site}, queries...)...).Output()
	if err != nil {
		fmt.Println("(browser measurement failed:", err, ")")
		return
	}
	var rs []struct {
		Query          string
		Results, Files int
		Bytes          int64
		ColdMs, WarmMs float64
	}
	check(json.Unmarshal(out, &rs))
	fmt.Printf("\nsearch in Chromium, %s (file://):\n%-12s %8s %7s %10s %10s %10s\n", filepath.Base(site), "query", "results", "files", "download", "first", "loaded")
	for _, r := range rs {
		fmt.Printf("%-12s %8d %7d %8.0f KB %8.0f ms %8.1f ms\n", r.Query, r.Results, r.Files, float64(r.Bytes)/1024, r.ColdMs, r.WarmMs)
	}
}

func find(env string, names ...string) string {
	if p := os.Getenv(env); p != "" {
		return p
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

func du(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			if info, err := e.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

func countFiles(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			n++
		}
		return nil
	})
	return n
}

func write(p, s string) {
	check(os.MkdirAll(filepath.Dir(p), 0o755))
	check(os.WriteFile(p, []byte(s), 0o644))
}

func run(c *exec.Cmd) {
	c.Stdout, c.Stderr = os.Stderr, os.Stderr
	check(c.Run())
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
