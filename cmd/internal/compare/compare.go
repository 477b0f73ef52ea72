// Package compare makes the 新旧対照表 (old/new comparison table) of two
// versions of a handbook: which clauses, check items and pages were added,
// removed, changed or renumbered (Compare), each change marked character
// by character (Diff, on github.com/sergi/go-diff), written as Markdown for
// a pull-request comment or as a page to print. Texts are compared as they
// read, not as they are typed: links show their text, lists their numbers.
// It knows nothing of Git: the caller loads the two versions (see the
// revision package).
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
	Section string // 特記仕様書, 遵守確認表 or 利用説明書等 (the pages under content/)
	ID      string
	Kind    string // 新設, 削除, 改正, or 移動 (renumbered, text unchanged)
	Note    string // e.g. 第9条から第10条へ
	Ops     []Op   // the character-level comparison, old to new
}

// Options say how to compare.
type Options struct {
	// OmitUnchanged shows a 解説 that did not change as （略）, as a
	// 新旧対照表 leaves out what it does not amend.
	OmitUnchanged bool
}

// omitted stands for an unchanged part left out.
const omitted = "（略）"

// Compare lists what changed between two versions of a handbook: clauses
// in the order of the new version (removed ones where they stood), then
// check items by id, then pages (content/) by path. Clauses and items are
// matched by id, so a renumbered article shows as moved, not as deleted
// and added.
func Compare(old, cur *content.Handbook, opt Options) []Change {
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
		same := opt.OmitUnchanged && o != nil && n != nil && sameText(oldText, newText, o.Doc, n.Doc, o.Rationale, n.Rationale)
		if o != nil {
			ot = clauseText(oldText, o, same)
		}
		if n != nil {
			nt = clauseText(newText, n, same)
		}
		switch {
		case o == nil:
			ch.Kind = "新設"
		case n == nil:
			ch.Kind = "削除"
		case ot == nt:
			continue
		case o.Order != n.Order && clauseText(oldText, withOrder(o, n.Order), same) == nt:
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

	oldK, newK, kids := byKey(old.Checks, cur.Checks, func(k *content.Check) string { return k.ID })
	slices.SortFunc(kids, content.CompareIDs)
	for _, id := range kids {
		o, n := oldK[id], newK[id]
		var ot, nt string
		same := opt.OmitUnchanged && o != nil && n != nil && sameText(oldText, newText, o.Doc, n.Doc, o.Rationale, n.Rationale)
		if o != nil {
			ot = checkText(oldText, o, same)
		}
		if n != nil {
			nt = checkText(newText, n, same)
		}
		if ot == nt {
			continue
		}
		out = append(out, change("遵守確認表", id, o != nil, n != nil, ot, nt))
	}

	oldP, newP, paths := byKey(old.Pages, cur.Pages, func(p *content.Page) string { return p.Path })
	slices.Sort(paths)
	for _, path := range paths {
		o, n := oldP[path], newP[path]
		var ot, nt string
		if o != nil {
			ot = pageText(oldText, o)
		}
		if n != nil {
			nt = pageText(newText, n)
		}
		if ot == nt {
			continue
		}
		ch := change("利用説明書等", path, o != nil, n != nil, ot, nt)
		ch.Note = path // a page has no number: its file names it
		out = append(out, ch)
	}
	return out
}

// change is a row for an item that was there before (was), is there now
// (is), or both.
func change(section, id string, was, is bool, ot, nt string) Change {
	ch := Change{Section: section, ID: id, Kind: "改正", Ops: Diff(ot, nt)}
	if !was {
		ch.Kind = "新設"
	} else if !is {
		ch.Kind = "削除"
	}
	return ch
}

func withOrder(c *content.Clause, order int) *content.Clause {
	cp := *c
	cp.Order = order
	return &cp
}

// clauseText is a clause as a contract shows it, then its 解説 (（略）
// when omit).
func clauseText(ct *markdown.ClauseText, c *content.Clause, omit bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "（%s）\n第%d条\n", c.Title, c.Order)
	b.WriteString(strings.TrimRight(markdown.ShowValues(markdown.ArticleText(ct.Of(c.Path, c.Body))), "\n"))
	writeRationale(&b, ct, c.Doc, c.Rationale, omit)
	return b.String()
}

// writeRationale writes a 解説 as it reads: its links as their text, its
// references to clauses numbered as ct numbers them.
func writeRationale(b *strings.Builder, ct *markdown.ClauseText, d *content.Doc, r string, omit bool) {
	if strings.TrimSpace(r) == "" {
		return
	}
	if omit {
		b.WriteString("\n【解説】\n" + omitted)
		return
	}
	b.WriteString("\n【解説】\n" + readable(ct, d, r))
}

// readable is Markdown as plain text: links as their text, clause
// references labelled as ct numbers them, lists numbered.
func readable(ct *markdown.ClauseText, d *content.Doc, src string) string {
	return strings.TrimSpace(markdown.ArticleText(markdown.RelabelRefs([]byte(src), d.Path, ct.Numbering)))
}

// sameText reports whether a 解説 reads the same in both versions.
func sameText(oldCT, newCT *markdown.ClauseText, od, nd *content.Doc, o, n string) bool {
	return readable(oldCT, od, o) == readable(newCT, nd, n)
}

// pageText is a page as it reads: its title, then its text.
func pageText(ct *markdown.ClauseText, p *content.Page) string {
	return "（" + p.Title + "）\n" + readable(ct, p.Doc, string(p.Body))
}

// checkText is a check item as the inspector sees it, its links to
// clauses labelled as ct numbers them, its 解説 （略） when omit.
func checkText(ct *markdown.ClauseText, k *content.Check, omit bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s（%s）\n", k.ID, k.Title, k.Clause)
	fmt.Fprintf(&b, "観点：%s　時期：%s　方法：%s\n", k.Aspect, strings.Join(k.Timing, "、"), strings.Join(k.Method, "、"))
	if k.Evidence != "" {
		fmt.Fprintf(&b, "確認資料：%s\n", readable(ct, k.Doc, k.Evidence))
	}
	body := markdown.RelabelRefs(k.Body, k.Path, ct.Numbering)
	b.WriteString(strings.TrimSpace(markdown.Text(markdown.Parse(body), body)))
	// What the 遵守確認表 prints in its columns 確認内容 and よい状態.
	for _, f := range []struct{ label, text string }{{"確認内容", k.Question}, {"よい状態", k.Good}} {
		if strings.TrimSpace(f.text) != "" {
			fmt.Fprintf(&b, "\n%s：%s", f.label, readable(ct, k.Doc, f.text))
		}
	}
	writeRationale(&b, ct, k.Doc, k.Rationale, omit)
	return b.String()
}

// byKey indexes the old and the current version's items by key, and lists
// every key that either has, each once.
func byKey[T any](old, cur []T, key func(T) string) (oldBy, curBy map[string]T, keys []string) {
	oldBy, curBy = map[string]T{}, map[string]T{}
	for _, x := range old {
		oldBy[key(x)] = x
		keys = append(keys, key(x))
	}
	for _, x := range cur {
		curBy[key(x)] = x
		if _, ok := oldBy[key(x)]; !ok {
			keys = append(keys, key(x))
		}
	}
	return oldBy, curBy, keys
}
