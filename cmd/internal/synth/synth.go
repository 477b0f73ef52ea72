// Package synth writes synthetic handbooks for benchmarks and load tests:
// as many clauses, check items, guide pages and incident pages as asked
// for, following the content model and linting clean.
//
// The text is Japanese of realistic length (a few hundred characters per
// rationale and per body), assembled from a small vocabulary of legal and
// administrative phrases (vocab.go). Guide pages carry headings and relative
// links to clauses, to headings of other guide pages and to incident pages;
// clauses cite incident pages by id and some link to guide pages from their
// rationale; check items link back to their clause. So a lint of the corpus
// exercises every rule, and the broken-link rule in particular, the way a
// large real handbook would.
//
// The output depends only on the Options: the same options give
// byte-identical files on every run and every Go version, since the package
// carries its own random generator (text.go) rather than math/rand.
//
// A handbook of N clauses has 3N files for the clauses and their check items
// (one 対策 and one 運用 item for each clause), plus the home page, N/20 guide
// pages, N/10 incident pages (at least one of each) and the index pages of
// the guide and incident sections. Files gives the exact count and
// ClausesFor the inverse. That is the compact shape; a Shape (shape.go)
// asks for another: more check items per clause, long bodies with
// headings, a given share of clauses, no review stamps.
package synth

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/review"
)

// Options say what to generate.
type Options struct {
	// Clauses is the number of clauses, at least 1.
	Clauses int
	// Guides and Incidents are the numbers of guide and incident pages;
	// zero means one per 20 clauses and one per 10 (at least one each).
	Guides, Incidents int
	// Seed picks the text; the same seed gives the same bytes.
	Seed int64
	// Today anchors the reviewed dates, which fall in the 300 days before
	// it, so that a lint with review_days 365 run on Today finds nothing
	// stale. It is a parameter, not the clock, to keep the output
	// deterministic; zero means 2026-04-01.
	Today time.Time
	// Shape is the kind of handbook; the zero Shape is the compact one.
	Shape
}

// fixedFiles are content/_index.md, content/guide/_index.md and
// content/incidents/_index.md.
const fixedFiles = 3

// Files returns how many files Generate writes for these options.
func (o Options) Files() int {
	p := newPlan(o)
	return (1+p.checks())*o.Clauses + p.guides + p.incidents + fixedFiles
}

// Files returns how many files a handbook of the given number of clauses
// has.
func Files(clauses int) int {
	return Options{Clauses: clauses}.Files()
}

// ClausesFor returns the number of clauses whose handbook has as many files
// as possible without exceeding files (and at least one clause).
func ClausesFor(files int) int {
	n := max(1, files/3)
	for n > 1 && Files(n) > files {
		n--
	}
	return n
}

func guides(clauses int) int    { return max(1, clauses/20) }
func incidents(clauses int) int { return max(1, clauses/10) }

// Generate writes a synthetic handbook into dir, which must be absent or
// empty (so that a mistyped folder never overwrites a real handbook), and
// returns how many files it wrote.
func Generate(dir string, opts Options) (files int, err error) {
	if opts.Clauses < 1 {
		return 0, fmt.Errorf("synth: %d clauses; ask for at least 1", opts.Clauses)
	}
	if err := opts.Shape.Check(); err != nil {
		return 0, fmt.Errorf("synth: %w", err)
	}
	if opts.Today.IsZero() {
		opts.Today = time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return 0, fmt.Errorf("synth: %s is not empty; generate into a new folder", dir)
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return 0, err
	}
	for _, sub := range []string{"clauses", "checklist", "content/guide", "content/incidents"} {
		if err := os.MkdirAll(filepath.Join(dir, filepath.FromSlash(sub)), 0o755); err != nil {
			return 0, err
		}
	}

	p := newPlan(opts)
	write := func(name, text string) {
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(text), 0o644)
		}
		if err == nil {
			files++
		}
	}
	write("content/_index.md", p.home())
	write("content/guide/_index.md", p.guideIndex())
	write("content/incidents/_index.md", p.incidentIndex())
	for j := 1; j <= p.guides; j++ {
		write(guidePath(j), p.guide(j))
	}
	for j := 1; j <= p.incidents; j++ {
		write(incidentPath(j), p.incident(j))
	}
	for i := 1; i <= p.Clauses; i++ {
		clause := p.clause(i)
		write(clausePath(i), clause)
		// The check items were reviewed against the clause as written.
		fp, err := review.OfSource([]byte(clause))
		if err != nil {
			return 0, err
		}
		stamp := fp.String()
		if p.NoStamps {
			stamp = ""
		}
		for n := 1; n <= p.checks(); n++ {
			write(checkPath(i, n), p.check(i, n, stamp))
		}
	}
	return files, err
}

// plan is one handbook being generated: the options and the derived counts
// every file needs to know in order to link to the others.
type plan struct {
	Options
	guides, incidents int
}

func newPlan(opts Options) *plan {
	p := &plan{Options: opts, guides: opts.Guides, incidents: opts.Incidents}
	if p.guides <= 0 {
		p.guides = guides(opts.Clauses)
	}
	if p.incidents <= 0 {
		p.incidents = incidents(opts.Clauses)
	}
	return p
}

// File names and ids. Five digits keep the names sorted in order up to
// 99,999 clauses.

func clausePath(i int) string   { return fmt.Sprintf("clauses/c%05d.md", i) }
func checkPath(i, n int) string { return fmt.Sprintf("checklist/k%05d-%d.md", i, n) }
func guidePath(j int) string    { return fmt.Sprintf("content/guide/g%05d.md", j) }
func incidentPath(j int) string { return fmt.Sprintf("content/incidents/i%05d.md", j) }
func clauseID(i int) string     { return fmt.Sprintf("C-%05d", i) }
func checkID(i, n int) string   { return fmt.Sprintf("K-%05d-%d", i, n) }
func incidentID(j int) string   { return fmt.Sprintf("I-%05d", j) }

// date is the day daysAgo days before Today, as YYYY-MM-DD.
func (p *plan) date(daysAgo int) string {
	return p.Today.AddDate(0, 0, -daysAgo).Format(time.DateOnly)
}
