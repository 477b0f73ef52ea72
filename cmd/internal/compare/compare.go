// Package compare makes the 新旧対照表 (old/new comparison table) of two
// versions of a handbook: which clauses and check items were added,
// removed, changed or renumbered (Compare), each change marked character
// by character (Diff, on github.com/sergi/go-diff), written as Markdown for
// a pull-request comment or as a page to print. It knows nothing of Git:
// the caller loads the two versions (see the revision package).
package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// Change is one row of a 新旧対照表.
type Change struct {
	Section string // 特記仕様書 or 遵守確認表
	ID      string
	Kind    string // 新設, 削除, 改正, or 移動 (renumbered, text unchanged)
	Note    string // e.g. 第9条から第10条へ
	Ops     []Op   // the character-level comparison, old to new
}

// Compare lists what changed between two versions of a handbook: clauses
// in the order of the new version (removed ones where they stood), then
// check items by id. Clauses and items are matched by id, so a renumbered
// article shows as moved, not as deleted and added.
func Compare(old, cur *content.Handbook) []Change {
	var out []Change
	// Each side names references as its own version numbers them.
	oldText, newText := markdown.WholeText(old), markdown.WholeText(cur)
	oldC, newC := map[string]*content.Clause{}, map[string]*content.Clause{}
	for _, c := range old.Clauses {
		oldC[c.ID] = c
	}
	for _, c := range cur.Clauses {
		newC[c.ID] = c
	}
	type pos struct {
		order int
		id    string
	}
	var ids []pos
	for _, c := range cur.Clauses {
		ids = append(ids, pos{c.Order, c.ID})
	}
	for _, c := range old.Clauses {
		if newC[c.ID] == nil {
			ids = append(ids, pos{c.Order, c.ID})
		}
	}
	slices.SortStableFunc(ids, func(a, b pos) int { return a.order - b.order })
	for _, p := range ids {
		o, n := oldC[p.id], newC[p.id]
		ch := Change{Section: "特記仕様書", ID: p.id}
		var ot, nt string
		if o != nil {
			ot = clauseText(oldText, o)
		}
		if n != nil {
			nt = clauseText(newText, n)
		}
		switch {
		case o == nil:
			ch.Kind = "新設"
		case n == nil:
			ch.Kind = "削除"
		case ot == nt:
			continue
		case o.Order != n.Order && clauseText(oldText, withOrder(o, n.Order)) == nt:
			ch.Kind = "移動"
		default:
			ch.Kind = "改正"
		}
		if o != nil && n != nil && o.Order != n.Order {
			ch.Note = fmt.Sprintf("第%d条から第%d条へ", o.Order, n.Order)
		}
		ch.Ops = Diff(ot, nt)
		out = append(out, ch)
	}

	oldK, newK := map[string]*content.Check{}, map[string]*content.Check{}
	var kids []string
	for _, k := range old.Checks {
		oldK[k.ID] = k
		kids = append(kids, k.ID)
	}
	for _, k := range cur.Checks {
		newK[k.ID] = k
		if oldK[k.ID] == nil {
			kids = append(kids, k.ID)
		}
	}
	slices.SortFunc(kids, content.CompareIDs)
	for _, id := range kids {
		o, n := oldK[id], newK[id]
		var ot, nt string
		if o != nil {
			ot = checkText(oldText, o)
		}
		if n != nil {
			nt = checkText(newText, n)
		}
		if ot == nt {
			continue
		}
		ch := Change{Section: "遵守確認表", ID: id, Kind: "改正", Ops: Diff(ot, nt)}
		if o == nil {
			ch.Kind = "新設"
		} else if n == nil {
			ch.Kind = "削除"
		}
		out = append(out, ch)
	}
	return out
}

func withOrder(c *content.Clause, order int) *content.Clause {
	cp := *c
	cp.Order = order
	return &cp
}

// clauseText is a clause as a contract shows it, then its 解説.
func clauseText(ct *markdown.ClauseText, c *content.Clause) string {
	var b strings.Builder
	fmt.Fprintf(&b, "（%s）\n第%d条\n", c.Title, c.Order)
	b.WriteString(strings.TrimRight(markdown.ShowValues(markdown.ArticleText(ct.Of(c.Path, c.Body))), "\n"))
	if r := strings.TrimSpace(c.Rationale); r != "" {
		b.WriteString("\n【解説】\n" + r)
	}
	return b.String()
}

// checkText is a check item as the inspector sees it, its links to
// clauses labelled as ct numbers them.
func checkText(ct *markdown.ClauseText, k *content.Check) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s（%s）\n", k.ID, k.Title, k.Clause)
	fmt.Fprintf(&b, "観点：%s　時期：%s　方法：%s\n", k.Aspect, strings.Join(k.Timing, "、"), strings.Join(k.Method, "、"))
	if k.Evidence != "" {
		fmt.Fprintf(&b, "確認資料：%s\n", strings.TrimSpace(k.Evidence))
	}
	body := markdown.RelabelRefs(k.Body, k.Path, ct.Numbering)
	b.WriteString(strings.TrimSpace(markdown.Text(markdown.Parse(body), body)))
	if r := strings.TrimSpace(k.Rationale); r != "" {
		b.WriteString("\n【解説】\n" + r)
	}
	return b.String()
}
