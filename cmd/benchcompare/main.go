// Command benchcompare measures `tokki build` on synthetic Japanese handbooks
// of 100, 1,000 and 10,000 pages and, where they are installed, compares it
// in the same run with Hugo building the same Markdown and Pagefind
// indexing Hugo's output:
//
//	go run ./cmd/benchcompare                 # sizes 100, 1000, 10000
//	go run ./cmd/benchcompare -sizes 10000 -runs 5
//
// Hugo is found on PATH or in $HUGO (go install github.com/gohugoio/hugo@v0.165.0);
// Pagefind in $PAGEFIND or on PATH (npm install pagefind ships its binary).
// When node, Chromium and .ci/browser/node_modules are there, it also opens
// the largest tokki site from file:// in headless Chromium and reports, per
// query, the bytes of index files loaded and the query time.
//
// Each tool runs -runs times on a fresh output folder (deleting the folder
// is not timed); the median wall time and the largest peak RSS are shown.
// The disk on shared machines is noisy: compare tools within one run.
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
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/synth"
)

func main() {
	sizes := flag.String("sizes", "100,1000,10000", "handbook sizes in pages (files), comma-separated")
	runs := flag.Int("runs", 3, "runs per tool and size")
	queries := flag.String("queries", "個人情報,再委託,取扱責任者,委託 記録,USB,ﾌｧｲﾙ", "queries for the browser measurement, comma-separated")
	keep := flag.Bool("keep", false, "keep the work folder")
	flag.Parse()
	log.SetFlags(0)

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

	fmt.Printf("%-7s %-16s %10s %10s %12s %8s\n", "pages", "tool", "time", "peak RSS", "index", "files")
	var largest string
	for _, f := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		check(err)
		src := filepath.Join(work, fmt.Sprintf("corpus-%d", n))
		files, err := synth.Generate(src, synth.Options{Clauses: synth.ClausesFor(n), Seed: 1,
			Today: time.Now()})
		check(err)

		// The tools take turns, run after run, so that the disk's moods
		// (writeback from the previous run) fall on all of them alike.
		out := filepath.Join(work, fmt.Sprintf("tokki-%d", n))
		tools := []tool{{name: "tokki build", out: out, cmd: func() *exec.Cmd {
			return exec.Command(tokki, "build", "--source", src, "--dest", out)
		}}}
		hout := filepath.Join(work, fmt.Sprintf("hugo-out-%d", n))
		if hugo != "" {
			site := hugoSite(src, filepath.Join(work, fmt.Sprintf("hugo-%d", n)))
			tools = append(tools, tool{name: "hugo", out: hout, cmd: func() *exec.Cmd {
				return exec.Command(hugo, "--quiet", "--source", site, "--destination", hout)
			}})
			if pagefind != "" {
				tools = append(tools, tool{name: "pagefind", cmd: func() *exec.Cmd {
					os.RemoveAll(filepath.Join(hout, "pagefind"))
					return exec.Command(pagefind, "--site", hout, "--silent")
				}})
			}
		}
		res := measure(*runs, tools)
		report(files, "tokki build", res[0], du(filepath.Join(out, "search")), count(out))
		largest = out
		if hugo == "" {
			continue
		}
		report(files, "hugo", res[1], 0, count(hout)-count(filepath.Join(hout, "pagefind")))
		if pagefind == "" {
			fmt.Printf("%-7d ratio: hugo / tokki = %.2fx\n", files, res[1].secs/res[0].secs)
			continue
		}
		report(files, "pagefind", res[2], du(filepath.Join(hout, "pagefind")), count(filepath.Join(hout, "pagefind")))
		fmt.Printf("%-7d ratios: hugo+pagefind / tokki = %.1fx, hugo / tokki = %.2fx, tokki peak %.0f MiB\n",
			files, (res[1].secs+res[2].secs)/res[0].secs, res[1].secs/res[0].secs, float64(res[0].rss)/(1<<20))
	}
	if largest != "" {
		browser(largest, strings.Split(*queries, ","))
	}
}

type result struct {
	secs float64
	rss  int64 // bytes
}

type tool struct {
	name string
	out  string // removed before each run (not timed); "" for none
	cmd  func() *exec.Cmd
}

// measure runs the tools in turn, runs times, each on a fresh output
// folder, and returns for each the median time and the largest peak RSS.
func measure(runs int, tools []tool) []result {
	times := make([][]float64, len(tools))
	res := make([]result, len(tools))
	for range runs {
		for i, t := range tools {
			if t.out != "" {
				os.RemoveAll(t.out)
			}
			c := t.cmd()
			start := time.Now()
			if out, err := c.CombinedOutput(); err != nil {
				log.Fatalf("%s: %v\n%s", t.name, err, out)
			}
			times[i] = append(times[i], time.Since(start).Seconds())
			if u, ok := c.ProcessState.SysUsage().(*syscall.Rusage); ok {
				res[i].rss = max(res[i].rss, u.Maxrss*1024)
			}
		}
	}
	for i := range tools {
		slices.Sort(times[i])
		res[i].secs = times[i][len(times[i])/2]
	}
	return res
}

func report(pages int, tool string, r result, index, files int64) {
	idx := "-"
	if index > 0 {
		idx = fmt.Sprintf("%.1f MB", float64(index)/1e6)
	}
	fmt.Printf("%-7d %-16s %9.2fs %7.0f MiB %12s %8d\n", pages, tool, r.secs, float64(r.rss)/(1<<20), idx, files)
}

// hugoSite lays the corpus out as a Hugo site with minimal templates that
// render each page's title and Markdown, as a baseline for the rendering
// work. The incident date (YYYY-MM) is renamed, as Hugo reads date itself.
func hugoSite(src, dst string) string {
	config := "baseURL = 'http://example.invalid/'\nlanguageCode = 'ja'\nhasCJKLanguage = true\n" +
		"disableKinds = ['taxonomy', 'term', 'rss', 'sitemap', 'robotstxt']\n"
	write(filepath.Join(dst, "hugo.toml"), config)
	base := `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>`
	write(filepath.Join(dst, "layouts", "baseof.html"), base)
	write(filepath.Join(dst, "layouts", "single.html"), `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}`)
	write(filepath.Join(dst, "layouts", "list.html"), `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}`)
	write(filepath.Join(dst, "layouts", "home.html"), `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}`)
	for from, to := range map[string]string{"content": "content", "clauses": "content/clauses", "checklist": "content/checklist"} {
		root := filepath.Join(src, from)
		check(filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			text := strings.Replace(string(b), "\ndate: ", "\nincident_date: ", 1)
			write(filepath.Join(dst, to, rel), text)
			return nil
		}))
	}
	return dst
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

func count(dir string) int64 {
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
