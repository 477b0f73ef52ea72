package site

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// The pages for editors: the handbook's revisions (改訂履歴) and what is due
// for review (見直し状況).

func (b *renderer) renderHistory() {
	v := &historyView{Known: b.opts.HasHistory, Shallow: b.opts.HistoryShallow}
	for _, e := range b.opts.History {
		row := historyRow{Date: e.Date, Hash: e.Hash, Subject: e.Subject, Cut: e.Cut}
		for _, f := range e.Files {
			switch {
			case strings.HasPrefix(f, content.ClausesDir+"/"):
				if c := b.clauseByPath(f); c != nil {
					row.Clauses = append(row.Clauses, link{URL: c.URL, Title: c.Title, Label: c.Number})
				} else {
					row.Clauses = append(row.Clauses, link{Title: f + "（現在はありません）"})
				}
			case strings.HasPrefix(f, content.ChecklistDir+"/"):
				row.Checks++
			default:
				row.Pages++
			}
		}
		v.Entries = append(v.Entries, row)
	}
	b.render(&pageData{Kind: "history", Path: HistoryURL, Source: "改訂履歴", Title: "改訂履歴", History: v,
		Breadcrumbs: []link{{URL: HomeURL, Title: "ホーム"}}, uses: b.allDocs(true, false, false)})
}

func (b *renderer) clauseByPath(p string) *clauseView {
	for i, c := range b.h.Clauses {
		if c.Path == p {
			return b.clauses[i]
		}
	}
	return nil
}

// renderReviews lists every clause and check item by its last review,
// oldest first, with the date its review falls due. Which are overdue is
// worked out in the reader's browser from today's date, so the page stays
// the same from build to build (and right when opened months later).
func (b *renderer) renderReviews() {
	uses := b.allDocs(true, true, false)
	if b.reused(ReviewsURL, nil, uses) {
		return
	}
	days := b.h.Settings.ReviewDays
	v := &reviewsView{ReviewDays: days}
	due := func(t time.Time) string {
		if t.IsZero() || days <= 0 {
			return ""
		}
		return t.AddDate(0, 0, days).Format(time.DateOnly)
	}
	for i, c := range b.h.Clauses {
		cv := b.clauses[i]
		v.Rows = append(v.Rows, reviewRow{link: link{URL: cv.URL, Title: c.Title, Label: cv.Number}, Kind: "条項",
			ID: c.ID, Reviewed: date(c.Reviewed), Due: due(c.Reviewed)})
	}
	for _, k := range b.h.Checks {
		kv := b.checks[k.ID]
		if kv == nil {
			continue
		}
		v.Rows = append(v.Rows, reviewRow{link: link{URL: kv.URL, Title: k.Title}, Kind: "確認項目",
			ID: k.ID, Reviewed: date(k.Reviewed), Due: due(k.Reviewed)})
	}
	slices.SortStableFunc(v.Rows, func(x, y reviewRow) int {
		return cmp.Or(cmp.Compare(x.Reviewed, y.Reviewed), content.CompareIDs(x.ID, y.ID))
	})
	b.render(&pageData{Kind: "reviews", Path: ReviewsURL, Source: "見直し状況", Title: "見直し状況", Reviews: v,
		Breadcrumbs: []link{{URL: HomeURL, Title: "ホーム"}}, uses: uses})
}
