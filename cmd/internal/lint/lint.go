// Package lint checks a loaded handbook against the content model: every
// clause paired with check items for both aspects, every reference and link
// resolving, every value in its vocabulary. Each rule is a small function
// in a file of its own, listed in one slice (Rules); findings carry the
// rule's name, a severity, the file and position, and a message that says
// what is wrong and what to do.
package lint

import (
	"cmp"
	"slices"
	"sync"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// Severity is how serious a finding is.
type Severity string

// The severities. Only errors fail a lint, unless it is strict.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
)

// Finding is one thing lint found.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Column   int      `json:"column"`
	Message  string   `json:"message"`
}

// Rule is one check over the whole handbook.
type Rule struct {
	Name     string
	Severity Severity
	Summary  string // one line: when the rule reports
	Check    func(*Context)
}

// Options tune a run.
type Options struct {
	// Now is today's date, for stale-review; zero means time.Now().
	Now time.Time
	// Cache, when set, keeps what rules work out per file (the links and
	// headings of each page) for the next run over a handbook whose
	// unchanged files are the same *content.Doc (see content.Loader).
	Cache *Cache
	// Lang is the language of the findings' messages; the zero value is
	// English.
	Lang msg.Lang
}

// Cache holds per-file results between runs.
type Cache struct {
	mu    sync.Mutex
	facts map[*content.Doc]facts
}

// Context is what a rule sees: the handbook, the options, and a way to
// report.
type Context struct {
	H    *content.Handbook
	Now  time.Time
	Lang msg.Lang // the language of the messages

	rule *Rule // the rule that reports
	*shared
}

// shared is what the rules of one Run share.
type shared struct {
	cache    *Cache
	mu       sync.Mutex
	findings []Finding

	facts   []docFacts    // what the rules read of each file (see factsOf)
	known   chan struct{} // closed once facts is set
	readers []reader      // the prose rules' functions (see eachSentence)
}

// allFacts is the facts of every file, once the pass over the files has
// found them (see runRules).
func (r *shared) allFacts() []docFacts {
	<-r.known
	return r.facts
}

// Report records a finding of the running rule in file d at pos. The
// format is English and said in c.Lang (see package msg).
func (c *Context) Report(d *content.Doc, pos content.Pos, format string, args ...any) {
	c.ReportPath(d.Path, pos, format, args...)
}

// ReportPath records a finding at a path (used for files that do not exist,
// such as a missing home page).
func (c *Context) ReportPath(path string, pos content.Pos, format string, args ...any) {
	f := Finding{Rule: c.rule.Name, Severity: c.rule.Severity, File: path,
		Line: pos.Line, Column: pos.Column, Message: c.Lang.Sprintf(format, args...)}
	c.mu.Lock()
	c.findings = append(c.findings, f)
	c.mu.Unlock()
}

// Sprintf says a part of a message (a hint a rule adds) in c.Lang.
func (c *Context) Sprintf(format string, args ...any) string {
	return c.Lang.Sprintf(format, args...)
}

// Run applies every rule to the handbook and returns all findings, sorted by
// file, line and column.
func Run(h *content.Handbook, opts Options) []Finding {
	return runRules(h, opts, true)
}

// runRules is Run, with the rules other than the prose rules run at once or
// (for a test) one by one. It goes in three steps:
//
//  1. The prose rules hand their functions to eachSentence.
//  2. One pass over the files, on every core, parses each body once,
//     keeps what the other rules read of it (factsOf), and hands each of
//     its sentences to the prose rules' functions. The sentences are not
//     kept (at 10,000 pages of prose they take 180 MB), except in a Cache.
//  3. The other rules run, at once beside the pass (those that read its
//     facts wait for them): most are quick loops over the handbook, which
//     would leave a core idle were they run one by one or after the pass.
//
// Rules share only the facts and the findings, which are sorted at the
// end.
func runRules(h *content.Handbook, opts Options, atOnce bool) []Finding {
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	r := &shared{cache: opts.Cache, known: make(chan struct{})}
	contexts := make([]*Context, len(Rules))
	for i := range Rules {
		contexts[i] = &Context{H: h, Now: now, Lang: opts.Lang, rule: &Rules[i], shared: r}
		if slices.Contains(content.ProseRules, Rules[i].Name) {
			Rules[i].Check(contexts[i])
		}
	}
	// At once, the other rules start beside the pass over the files, and
	// those that read its facts wait for them (allFacts): the rules that
	// do not fill the time the pass leaves a core idle.
	var wg sync.WaitGroup
	if !atOnce {
		r.facts = r.factsOf(h)
		close(r.known)
	}
	for i, c := range contexts {
		if slices.Contains(content.ProseRules, Rules[i].Name) {
			continue
		}
		if atOnce {
			wg.Go(func() { Rules[i].Check(c) })
		} else {
			Rules[i].Check(c)
		}
	}
	if atOnce {
		r.facts = r.factsOf(h)
		close(r.known)
	}
	wg.Wait()
	Sort(r.findings)
	return r.findings
}

// Sort orders findings by file, line, column, rule and message.
func Sort(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// Count returns the number of errors and warnings.
func Count(fs []Finding) (errors, warnings int) {
	for _, f := range fs {
		if f.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}

// RuleByName returns the rule with the name, or nil.
func RuleByName(name string) *Rule {
	for i := range Rules {
		if Rules[i].Name == name {
			return &Rules[i]
		}
	}
	return nil
}
