package lint

import (
	"slices"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

func checkInvalidValue(c *Context) {
	reportProblems(c, content.ProblemType)
	for _, d := range c.H.Docs {
		if !d.Decoded {
			continue
		}
		for _, spec := range content.Schema(d.Kind, d.Path) {
			if spec.Vocab == nil {
				continue
			}
			f := d.Fields[spec.Name]
			switch v := d.Value(spec.Name).(type) {
			case string:
				if slices.Contains(spec.Vocab, v) {
					continue
				}
				if t := strings.Trim(v, " 　"); slices.Contains(spec.Vocab, t) {
					c.Report(d, f.Value, "%s %s has a full-width space (　) beside it; delete it (%s: %s)", spec.Name, t, spec.Name, t)
					continue
				}
				c.Report(d, f.Value, "%s %q is not one of %s%s", spec.Name, v, quoteList(spec.Vocab), didYouMean(c.Lang, v, spec.Vocab))
			case []string:
				for i, item := range v {
					if slices.Contains(spec.Vocab, item) {
						continue
					}
					if items, ok := splitTyped(item, spec.Vocab); ok {
						c.Report(d, f.ItemPos(i), "%s %q is read as one value; separate the items with \", \" (a half-width comma and a space): [%s]",
							spec.Name, item, strings.Join(items, ", "))
						continue
					}
					c.Report(d, f.ItemPos(i), "%s %q is not one of %s%s", spec.Name, item, quoteList(spec.Vocab), didYouMean(c.Lang, item, spec.Vocab))
				}
			}
		}
		for _, spec := range content.Schema(d.Kind, d.Path) {
			if n, ok := d.Value(spec.Name).(int); ok && spec.Positive && n < 1 {
				c.Report(d, d.ValuePos(spec.Name), "%s must be 1 or more, not %d", spec.Name, n)
			}
		}
	}
	// Two clauses with one order would both be 第N条.
	byOrder := map[int][]*content.Clause{}
	for _, cl := range c.H.Clauses {
		if cl.Order > 0 {
			byOrder[cl.Order] = append(byOrder[cl.Order], cl)
		}
	}
	for _, cl := range c.H.Clauses {
		same := byOrder[cl.Order]
		if len(same) < 2 {
			continue
		}
		for _, other := range same {
			if other != cl {
				c.Report(cl.Doc, cl.ValuePos("order"), "order %d is also used by %s; each clause needs its own article number (第%d条)",
					cl.Order, other.Path, cl.Order)
				break
			}
		}
	}
}
