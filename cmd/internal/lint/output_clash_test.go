package lint

import (
	"testing"
)

// Each case adds files to base() and expects exactly these findings.
func TestOutputClash(t *testing.T) {
	const page = "---\ntitle: x\n---\n"
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"index.md replaces the home page", map[string]string{"content/index.md": page}, []want{
			{"content/_index.md:1:0", "output-clash", "content/_index.md and content/index.md would both be written to index.html; rename or move one of them"},
			{"content/index.md:1:0", "output-clash", "content/_index.md and content/index.md would both be written to index.html"},
		}},
		{"404.md", map[string]string{"content/404.md": page}, []want{
			{"content/404.md:1:0", "output-clash", "tokki's page-not-found page and content/404.md would both be written to 404.html; rename or move content/404.md"},
		}},
		{"tailor.md", map[string]string{"content/tailor.md": page}, []want{
			{"content/tailor.md:1:0", "output-clash", "業務に合わせる page and content/tailor.md would both be written to tailor.html"},
		}},
		{"search.md", map[string]string{"content/search.md": page}, []want{
			{"content/search.md:1:0", "output-clash", "tokki's search results page and content/search.md would both be written to search.html"},
		}},
		{"searching.md is fine", map[string]string{"content/searching.md": page}, nil},
		{"in the search index's folder", map[string]string{"content/search/x.md": page}, []want{
			{"content/search/x.md:1:0", "output-clash", "in search/, the folder of tokki's search index"},
		}},
		{"the theme's stylesheet", map[string]string{"content/assets/style.css": "body{}"}, []want{
			{"content/assets/style.css:0:0", "output-clash", "tokki's theme asset style.css and content/assets/style.css would both be written to assets/style.css"},
		}},
		{"a download", map[string]string{"content/downloads/checklist.csv": "a,b"}, []want{
			{"content/downloads/checklist.csv:0:0", "output-clash", "would both be written to downloads/checklist.csv"},
		}},
		{"a clause's page", map[string]string{"content/clauses/C-09.md": page}, []want{
			{"clauses/c09.md:2:5", "output-clash", "clauses/c09.md and content/clauses/C-09.md would both be written to clauses/C-09.html; give clauses/c09.md another id, or rename or move content/clauses/C-09.md"},
			{"content/clauses/C-09.md:1:0", "output-clash", "would both be written to clauses/C-09.html"},
		}},
		{"an asset on a page", map[string]string{"content/guide/a.html": "<p>x</p>"}, []want{
			{"content/guide/a.html:0:0", "output-clash", "content/guide/a.md and content/guide/a.html would both be written to guide/a.html"},
			{"content/guide/a.md:1:0", "output-clash", "would both be written to guide/a.html"},
		}},
		{"names that differ only in case", map[string]string{"content/Guide/a.md": page}, []want{
			{"content/Guide/a.md:1:0", "output-clash", "content/Guide/a.md and content/guide/a.md would be written to Guide/a.html and guide/a.html, one file on Windows and macOS"},
			{"content/guide/a.md:1:0", "output-clash", "one file on Windows and macOS"},
		}},
		{"ids that differ only in case", map[string]string{"clauses/c10.md": "---\nid: c-09\ntitle: 別\norder: 10\nrationale: 理由\nwaiver: なし\n---\n"}, []want{
			{"clauses/c09.md:2:5", "output-clash", "clauses/c09.md and clauses/c10.md would be written to clauses/C-09.html and clauses/c-09.html, one file on Windows and macOS, which ignore case; give one of them another id"},
			{"clauses/c10.md:2:5", "output-clash", "give one of them another id"},
		}},
		{"a page where a folder goes", map[string]string{"content/trace.html/a.md": page}, []want{
			{"content/trace.html/a.md:1:0", "output-clash", "but trace.html is where tokki's 対応表 page goes, so it cannot be a folder"},
		}},
		// One id twice is duplicate-id's to report, not this rule's.
		{"one id twice", map[string]string{"clauses/c10.md": "---\nid: C-09\ntitle: 別\norder: 10\nrationale: 理由\nwaiver: なし\n---\n"}, []want{
			{"clauses/c09.md:2:5", "duplicate-id", "also used by clauses/c10.md"},
			{"clauses/c10.md:2:5", "duplicate-id", "also used by clauses/c09.md"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expectFindings(t, tc.files, tc.want)
		})
	}
}
