package lint

import "testing"

// A page's reviewed date goes stale as a clause's does.
func TestStaleReviewPage(t *testing.T) {
	expectFindings(t, map[string]string{"content/guide/b.md": "---\ntitle: b\nreviewed: 2025-11-24\nreviewed_by: 情報政策課\n---\n"},
		[]want{{"content/guide/b.md:3:11", "stale-review", "366 days ago, more than review_days (365); review this page"}})
	expectFindings(t, map[string]string{"content/guide/b.md": "---\ntitle: b\nreviewed: 2025-11-25\n---\n"}, nil)
}
