package lint

import (
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

func checkStaleReview(c *Context) {
	days := c.H.Settings.ReviewDays
	if days <= 0 {
		return
	}
	today := time.Date(c.Now.Year(), c.Now.Month(), c.Now.Day(), 0, 0, 0, 0, time.UTC)
	check := func(d *content.Doc, reviewed time.Time) {
		if reviewed.IsZero() {
			return
		}
		age := int(today.Sub(reviewed).Hours() / 24)
		if age > days {
			c.Report(d, d.ValuePos("reviewed"), "reviewed %s is %d days ago, more than review_days (%d); review this %s and update reviewed",
				reviewed.Format(time.DateOnly), age, days, c.Lang.Text(what(d)))
		}
	}
	for _, cl := range c.H.Clauses {
		check(cl.Doc, cl.Reviewed)
	}
	for _, k := range c.H.Checks {
		check(k.Doc, k.Reviewed)
	}
	for _, p := range c.H.Pages {
		reviewed, _ := p.Value("reviewed").(time.Time)
		check(p.Doc, reviewed)
	}
}
