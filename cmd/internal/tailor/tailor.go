package tailor

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// Input is one task's answers and dates. Missing answers and parameters
// take their defaults.
type Input struct {
	Task       string
	Answers    map[string]string
	Params     map[string]string
	Start, End time.Time // both zero: no schedule
}

// Result is the handbook fitted to one task.
type Result struct {
	Task     string
	Answers  []Answer // every question, with the answer that applies
	Params   []Value  // every parameter, with the value that applies
	Clauses  []Clause // the clauses that apply, numbered afresh
	Checks   []Check  // the check items that apply
	Left     []Left   // clauses left out, and why
	Schedule []Inspection
	Start    time.Time
	End      time.Time
}

// Answer is a question and the task's answer to it.
type Answer struct {
	content.Question
	Answer    string
	Default   bool // the answer was not given
	FromDates bool // the answer was taken from the contract's dates
}

// Value is a parameter and the value used.
type Value struct {
	content.Param
	Value   string
	Default bool
}

// Clause is a clause as the task's contract has it.
type Clause struct {
	ID      string
	Number  int // 第N条 in the tailored document
	Order   int // its article number in the whole handbook
	Title   string
	Text    string // Markdown, variant chosen and parameters filled
	Variant bool   // a variant replaced the default text
	Because string // for a variant: the conditions that chose it
	// Refs are the ids of the clauses the text refers to, in order; the
	// text names each as this task's text numbers it (第N条（caption）), or
	// by its caption alone when the task leaves it out (which lint's
	// tailoring-ref rule reports).
	Refs   []string
	Source *content.Clause
}

// Check is a check item the task's inspections use.
type Check struct {
	ID, Clause, Title, Aspect string
	// TaskID is the item's number in this task's 遵守確認表: K-N-i, the
	// i-th item (in content.CompareChecks order) of the task's 第N条, so
	// that the table reads with the renumbered articles.
	TaskID string
	Timing []string
	Source *content.Check
}

// Label is the item's number as the task's tables show it, with the
// handbook's id after it so that it can be traced: K-22-1（ハンドブックのK-23-1）.
func (k Check) Label() string {
	return k.TaskID + "（ハンドブックの" + k.ID + "）"
}

// Left is a clause the task does not need.
type Left struct {
	ID, Title string
	Order     int
	Because   string // the conditions it needs, which the answers do not meet
	Source    *content.Clause
}

// Tailor fits the handbook to one task. A question with from_dates (the
// contract's length) is answered from the task's dates when it gives them,
// by LongContract; an answer given for it that the dates contradict is an
// error, so that the 判断記録 and the schedule never disagree.
func Tailor(h *content.Handbook, in Input) (*Result, error) {
	r := &Result{Task: in.Task, Start: in.Start, End: in.End}
	dated := !in.Start.IsZero() || !in.End.IsZero()
	if dated {
		if in.Start.IsZero() || in.End.IsZero() {
			return nil, msg.Errorf("give both the contract's start and end dates")
		}
		s, err := Schedule(in.Start, in.End)
		if err != nil {
			return nil, err
		}
		r.Schedule = s
	}
	answers := map[string]string{}
	for id := range in.Answers {
		if !slices.ContainsFunc(h.Settings.Questions, func(q content.Question) bool { return q.ID == id }) {
			return nil, msg.Errorf("answers: %q is not a question of this handbook", id)
		}
	}
	for _, q := range h.Settings.Questions {
		a, given := in.Answers[q.ID]
		if !given {
			a = q.Default
		}
		if !slices.Contains(q.Answers, a) {
			return nil, msg.Errorf("answers: %s has no answer %q; its answers are %s", q.ID, a, strings.Join(q.Answers, ", "))
		}
		fromDates := q.FromDates && dated
		if fromDates {
			// The dates decide; an answer that says otherwise is a slip in
			// one of them, which the department has to resolve.
			d, runs := q.Answers[1], msg.Text("less than")
			if LongContract(in.Start, in.End) {
				d, runs = q.Answers[0], msg.Text("at least")
			}
			if given && a != d {
				return nil, msg.Errorf("answers: %s is %q, but the contract from %s to %s runs %s three months, so its answer is %q; leave the answer out (the dates decide it) or correct the dates",
					q.ID, a, in.Start.Format(time.DateOnly), in.End.Format(time.DateOnly), runs, d)
			}
			a = d
		}
		answers[q.ID] = a
		r.Answers = append(r.Answers, Answer{Question: q, Answer: a, Default: !given && !fromDates, FromDates: fromDates})
	}
	values := map[string]string{}
	for name := range in.Params {
		if !slices.ContainsFunc(h.Settings.Params, func(p content.Param) bool { return p.Name == name }) {
			return nil, msg.Errorf("params: %q is not a parameter of this handbook", name)
		}
	}
	for _, p := range h.Settings.Params {
		v, given := in.Params[p.Name]
		if !given {
			v = p.Default
		}
		values[p.Name] = v
		r.Params = append(r.Params, Value{Param: p, Value: v, Default: !given})
	}

	included := map[string]int{}
	for _, c := range h.Clauses {
		if !c.When.Holds(answers) {
			r.Left = append(r.Left, Left{ID: c.ID, Title: c.Title, Order: c.Order, Because: describe(h, c.When), Source: c})
			continue
		}
		tc := Clause{ID: c.ID, Number: len(r.Clauses) + 1, Order: c.Order, Title: c.Title, Text: string(trimBody(c.Body)), Source: c}
		for _, v := range c.Variants {
			if v.When.Holds(answers) {
				tc.Text, tc.Variant, tc.Because = v.Text, true, describe(h, v.When)
				break
			}
		}
		tc.Text = Fill(tc.Text, values)
		included[c.ID] = tc.Number
		r.Clauses = append(r.Clauses, tc)
	}
	nameRefs(h, r)
	// Check items in the order of their articles, as the 遵守確認表
	// lists them; within one article as content.CompareChecks orders them.
	checks := slices.Clone(h.Checks)
	slices.SortStableFunc(checks, func(a, b *content.Check) int {
		return cmp.Or(included[a.Clause]-included[b.Clause], content.CompareChecks(a, b))
	})
	seq := map[string]int{}
	for _, k := range checks {
		n, ok := included[k.Clause]
		if !ok || !k.When.Holds(answers) {
			continue
		}
		seq[k.Clause]++
		r.Checks = append(r.Checks, Check{ID: k.ID, Clause: k.Clause, Title: k.Title, Aspect: k.Aspect, Timing: k.Timing,
			TaskID: fmt.Sprintf("K-%02d-%d", n, seq[k.Clause]), Source: k})
	}
	return r, nil
}

// nameRefs names every reference to a clause as the tailored text numbers
// it.
func nameRefs(h *content.Handbook, r *Result) {
	ids := map[string]string{}
	labels := markdown.Numbering{}
	for _, c := range h.Clauses {
		ids[c.Path] = c.ID
		labels[c.Path] = "「" + c.Title + "」"
	}
	for _, c := range r.Clauses {
		labels[c.Source.Path] = markdown.Label(c.Number, c.Title)
	}
	for i := range r.Clauses {
		c := &r.Clauses[i]
		for _, ref := range markdown.Refs([]byte(c.Text), c.Source.Path) {
			if id, ok := ids[ref.Target]; ok {
				c.Refs = append(c.Refs, id)
			}
		}
		if len(c.Refs) > 0 {
			c.Text = string(markdown.ResolveRefs([]byte(c.Text), c.Source.Path, labels.Label))
		}
	}
}

// Fill puts parameter values in place of {{name}} in Markdown text; an
// undeclared name is left as written (lint reports it). Values are
// escaped, so that a value such as <b> or *注* appears as written.
func Fill(text string, values map[string]string) string {
	var b strings.Builder
	for {
		i := strings.Index(text, "{{")
		if i < 0 {
			break
		}
		j := strings.Index(text[i:], "}}")
		if j < 0 {
			break
		}
		name := strings.TrimSpace(text[i+2 : i+j])
		v, ok := values[name]
		b.WriteString(text[:i])
		if ok {
			b.WriteString(markdown.Escape(v))
		} else {
			b.WriteString(text[i : i+j+2])
		}
		text = text[i+j+2:]
	}
	b.WriteString(text)
	return b.String()
}

// describe says in words which answers a when needs.
func describe(h *content.Handbook, w content.When) string {
	var parts []string
	for _, c := range w {
		q := c.Question
		for _, x := range h.Settings.Questions {
			if x.ID == c.Question {
				q = x.Text
			}
		}
		parts = append(parts, fmt.Sprintf("「%s」が「%s」", q, c.Answer))
	}
	return strings.Join(parts, "、かつ")
}

func trimBody(b []byte) []byte {
	return []byte(strings.Trim(string(b), "\n"))
}
