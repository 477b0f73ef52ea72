package lint

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// tailoring-ref proves every tailoring coherent: no answers to the
// questions keep a clause (with the text those answers choose) or a check
// item while leaving out a clause it refers to. The answers are finite,
// but 20 questions make a million sets; instead each referring text and
// each clause it refers to give a small problem over the questions their
// whens name (see witness), solved exactly.

func checkTailoringRef(c *Context) {
	answers := map[string][]string{}
	for _, q := range c.H.Settings.Questions {
		answers[q.ID] = q.Answers
	}
	byPath := map[string]*content.Clause{}
	conditional := false
	for _, cl := range c.H.Clauses {
		byPath[cl.Path] = cl
		conditional = conditional || len(cl.When) > 0
	}
	if !conditional {
		return // every clause is always kept: no reference can be dropped, and no text need be parsed
	}
	report := func(d *content.Doc, pos content.Pos, who string, keep content.When, drop []content.When, to *content.Clause) {
		if len(to.When) == 0 {
			return // always kept
		}
		w, ok := witness(answers, keep, append(slices.Clone(drop), to.When))
		if !ok {
			return
		}
		c.Report(d, pos, "with %s, %s is kept but the clause it refers to, %s (%s), is left out; give the text a variant for those answers that does without it, or make %s's when hold whenever this text applies",
			describeAnswers(c.H.Settings.Questions, w), who, markdown.Label(to.Order, to.Title), to.ID, to.ID)
	}
	for _, cl := range c.H.Clauses {
		for _, t := range textsOf(cl) {
			for _, ref := range markdown.Refs(t.src, cl.Path) {
				to := byPath[ref.Target]
				if to == nil || to == cl {
					continue
				}
				keep := slices.Clone(cl.When)
				var drop []content.When
				who := fmt.Sprintf("%s (%s)", markdown.Label(cl.Order, cl.Title), cl.ID)
				if t.variant < 0 {
					for _, v := range cl.Variants {
						drop = append(drop, v.When)
					}
				} else {
					for _, v := range cl.Variants[:t.variant] {
						drop = append(drop, v.When)
					}
					keep = append(keep, cl.Variants[t.variant].When...)
					who = c.Sprintf("variant %d of %s", t.variant+1, who)
				}
				report(cl.Doc, t.pos(ref.Offset), who, keep, drop, to)
			}
		}
	}
	for _, k := range c.H.Checks {
		cl := c.H.ClauseByID(k.Clause)
		if cl == nil {
			continue // unknown-clause reports it
		}
		for _, ref := range markdown.Refs(k.Body, k.Path) {
			if to := byPath[ref.Target]; to != nil && to != cl {
				keep := append(slices.Clone(cl.When), k.When...)
				report(k.Doc, k.OffsetPos(ref.Offset), "check item "+k.ID, keep, nil, to)
			}
		}
	}
}

// witness finds answers under which every condition of keep holds and
// every when of drop fails, if there are any. Only the questions the
// whens name matter; a question no when names may take any answer.
//
// It is a search over which condition of each dropped when fails: a
// condition q: a fails when q's answer is another one, so each choice
// takes a out of the answers q may still have. The search is exponential
// only in the number of whens in drop (the variants before the one
// chosen, and the clause referred to), which is small.
func witness(answers map[string][]string, keep content.When, drop []content.When) (map[string]string, bool) {
	may := map[string][]string{} // the answers each named question may still have
	allowed := func(q string) []string {
		if a, ok := may[q]; ok {
			return a
		}
		return answers[q] // nil for an unknown question: no answer meets it
	}
	for _, cond := range keep {
		if !slices.Contains(allowed(cond.Question), cond.Answer) {
			return nil, false
		}
		may[cond.Question] = []string{cond.Answer}
	}
	var search func(i int) bool
	search = func(i int) bool {
		if i == len(drop) {
			return true
		}
		for _, cond := range drop[i] {
			if !slices.Contains(allowed(cond.Question), cond.Answer) {
				return search(i + 1) // fails already
			}
		}
		for _, cond := range drop[i] {
			before, named := may[cond.Question]
			if !named {
				before = answers[cond.Question]
			}
			if len(before) < 2 {
				continue // q must have this answer
			}
			may[cond.Question] = slices.DeleteFunc(slices.Clone(before), func(a string) bool { return a == cond.Answer })
			if search(i + 1) {
				return true
			}
			if named {
				may[cond.Question] = before
			} else {
				delete(may, cond.Question)
			}
		}
		return false
	}
	if !search(0) {
		return nil, false
	}
	w := map[string]string{}
	for q, a := range may {
		w[q] = a[0]
	}
	return w, true
}

// describeAnswers writes answers as the when of a clause would:
// `subcontract: いいえ`, in the order of the questions.
func describeAnswers(qs []content.Question, w map[string]string) string {
	var parts []string
	for _, q := range qs {
		if a, ok := w[q.ID]; ok {
			parts = append(parts, fmt.Sprintf("`%s: %s`", q.ID, a))
		}
	}
	return strings.Join(parts, ", ")
}
