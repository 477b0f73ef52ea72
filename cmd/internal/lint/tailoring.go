package lint

import (
	"bytes"

	"slices"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// This file holds the rules about tailoring the handbook to one task: the
// questions a when names must exist with the answer given, and every
// {{parameter}} in a clause must be declared in content/_index.md.

func checkUnknownQuestion(c *Context) {
	questions := map[string]content.Question{}
	var ids []string
	for _, q := range c.H.Settings.Questions {
		questions[q.ID] = q
		ids = append(ids, q.ID)
	}
	check := func(d *content.Doc, w content.When) {
		for _, cond := range w {
			q, ok := questions[cond.Question]
			switch {
			case !ok:
				c.Report(d, cond.Pos, "when names question %q, which content/_index.md does not declare%s; declare it under questions or fix the id",
					cond.Question, didYouMean(c.Lang, cond.Question, ids))
			case !slices.Contains(q.Answers, cond.Answer):
				c.Report(d, cond.Pos, "when: question %s has no answer %q; its answers are %s%s",
					cond.Question, cond.Answer, strings.Join(q.Answers, ", "), didYouMean(c.Lang, cond.Answer, q.Answers))
			}
		}
	}
	for _, cl := range c.H.Clauses {
		check(cl.Doc, cl.When)
		for _, v := range cl.Variants {
			check(cl.Doc, v.When)
		}
	}
	for _, k := range c.H.Checks {
		check(k.Doc, k.When)
	}
}

func checkUnknownParam(c *Context) {
	declared := map[string]bool{}
	var names []string
	for _, p := range c.H.Settings.Params {
		declared[p.Name] = true
		names = append(names, p.Name)
	}
	report := func(d *content.Doc, name string, pos content.Pos) {
		c.Report(d, pos, "{{%s}} is not a parameter; declare it under params in content/_index.md%s", name, didYouMean(c.Lang, name, names))
	}
	scan := func(d *content.Doc, text []byte, pos func(off int) content.Pos) {
		for _, m := range content.ParamRE.FindAllSubmatchIndex(text, -1) {
			if name := string(text[m[2]:m[3]]); !declared[name] {
				report(d, name, pos(m[0]))
			}
		}
	}
	for _, cl := range c.H.Clauses {
		scan(cl.Doc, cl.Body, cl.OffsetPos)
		for _, v := range cl.Variants {
			text := []byte(v.Text)
			line := v.TextLine
			scan(cl.Doc, text, func(off int) content.Pos {
				if !v.TextBlock {
					return content.Pos{Line: line}
				}
				return content.Pos{Line: line + bytes.Count(text[:off], []byte{'\n'})}
			})
		}
	}
	for _, k := range c.H.Checks {
		scan(k.Doc, k.Body, k.OffsetPos)
	}
}
