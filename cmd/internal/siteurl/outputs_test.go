package siteurl

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// tokki's own outputs are URLs as they are, and never clash with one
// another.
func TestFixedOutputs(t *testing.T) {
	h := load(t, map[string]string{"content/_index.md": "---\ntitle: 手引き\n---\n"})
	outs := Outputs(h, []string{"style.css", "search.js"})
	for _, o := range outs {
		if o.Source == "" && Escape(o.File) != o.File {
			t.Errorf("%s needs escaping", o.File)
		}
	}
	if cs := Clashes(outs); len(cs) != 0 {
		t.Errorf("a handbook with only a home page clashes: %v", cs)
	}
}

func load(t *testing.T, files map[string]string) *content.Handbook {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, src := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(src)}
	}
	h, err := content.LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestClashes(t *testing.T) {
	const page = "---\ntitle: x\n---\n"
	clause := func(id string) string {
		return "---\nid: " + id + "\ntitle: x\norder: 1\nrationale: r\nwaiver: w\n---\n"
	}
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []string // each clash's message
	}{
		{"none", map[string]string{"content/guide/a.md": page, "content/guide/a.png": "png", "clauses/a.md": clause("C-01")}, nil},
		{"index.md beside _index.md", map[string]string{"content/index.md": page},
			[]string{"content/_index.md and content/index.md would both be written to index.html; rename or move one of them"}},
		{"a section's index.md", map[string]string{"content/guide/_index.md": page, "content/guide/index.md": page},
			[]string{"content/guide/_index.md and content/guide/index.md would both be written to guide/index.html; rename or move one of them"}},
		{"404", map[string]string{"content/404.md": page},
			[]string{"tokki's page-not-found page and content/404.md would both be written to 404.html; rename or move content/404.md"}},
		{"tailor", map[string]string{"content/tailor.md": page},
			[]string{"tokki's 業務に合わせる page and content/tailor.md would both be written to tailor.html; rename or move content/tailor.md"}},
		{"tailor data", map[string]string{"content/tailor/data.js": "x"},
			[]string{"tokki's data of the 業務に合わせる page and content/tailor/data.js would both be written to tailor/data.js; rename or move content/tailor/data.js"}},
		{"the 特記仕様書", map[string]string{"content/clauses/_index.md": page},
			[]string{"tokki's 特記仕様書 page and content/clauses/_index.md would both be written to clauses/index.html; rename or move content/clauses/_index.md"}},
		{"a clause page", map[string]string{"clauses/a.md": clause("C-01"), "content/clauses/C-01.md": page},
			[]string{"clauses/a.md and content/clauses/C-01.md would both be written to clauses/C-01.html; give clauses/a.md another id, or rename or move content/clauses/C-01.md"}},
		{"theme asset", map[string]string{"content/assets/style.css": "x"},
			[]string{"tokki's theme asset style.css and content/assets/style.css would both be written to assets/style.css; rename or move content/assets/style.css"}},
		{"download", map[string]string{"content/downloads/clauses.txt": "x"},
			[]string{"tokki's 特記仕様書 download (text) and content/downloads/clauses.txt would both be written to downloads/clauses.txt; rename or move content/downloads/clauses.txt"}},
		{"asset on a page", map[string]string{"content/guide/a.md": page, "content/guide/a.html": "<p>"},
			[]string{"content/guide/a.md and content/guide/a.html would both be written to guide/a.html; rename or move one of them"}},
		{"in the search folder", map[string]string{"content/search/x.md": page},
			[]string{"content/search/x.md would be written to search/x.html, in search/, the folder of tokki's search index; rename or move content/search/x.md"}},
		{"on the search folder", map[string]string{"content/search": "x"},
			[]string{"content/search would be written to search, the folder of tokki's search index; rename or move content/search"}},
		{"case only", map[string]string{"content/Guide.md": page, "content/guide.md": page},
			[]string{"content/Guide.md and content/guide.md would be written to Guide.html and guide.html, one file on Windows and macOS, which ignore case; rename or move one of them"}},
		{"case only, tokki's", map[string]string{"content/Trace.md": page},
			[]string{"tokki's 対応表 page and content/Trace.md would be written to trace.html and Trace.html, one file on Windows and macOS, which ignore case; rename or move content/Trace.md"}},
		{"case only, in tokki's folder", map[string]string{"content/Search/x.md": page},
			[]string{"content/Search/x.md would be written to Search/x.html, in search/, the folder of tokki's search index; rename or move content/Search/x.md"}},
		{"ids that differ in case", map[string]string{"clauses/a.md": clause("C-01"), "clauses/b.md": clause("c-01")},
			[]string{"clauses/a.md and clauses/b.md would be written to clauses/C-01.html and clauses/c-01.html, one file on Windows and macOS, which ignore case; give one of them another id"}},
		{"composed and decomposed", map[string]string{"content/が.md": page, "content/か\u3099.md": page},
			[]string{"content/か\u3099.md and content/が.md would be written to か\u3099.html and が.html, one file on Windows and macOS, which ignore case; rename or move one of them"}},
		{"a file where a folder goes", map[string]string{"content/trace.html/a.png": "x"},
			[]string{"content/trace.html/a.png would be written to trace.html/a.png, but trace.html is where tokki's 対応表 page goes, so it cannot be a folder; rename or move content/trace.html/a.png"}},
		{"a page where a folder goes", map[string]string{"content/a.md": page, "content/a.html/b.md": page},
			[]string{"content/a.html/b.md would be written to a.html/b.html, but a.html is where content/a.md goes, so it cannot be a folder; rename or move one of them"}},
		// The incident list is made only when no page is it.
		{"incidents index.md", map[string]string{"content/incidents/index.md": page}, nil},
		{"incidents in another case", map[string]string{"content/Incidents/_index.md": page},
			[]string{"content/Incidents/_index.md and tokki's incident list would be written to Incidents/index.html and incidents/index.html, one file on Windows and macOS, which ignore case; rename or move content/Incidents/_index.md"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"content/_index.md": page}
			for k, v := range tc.files {
				files[k] = v
			}
			var got []string
			for _, c := range Clashes(Outputs(load(t, files), []string{"style.css", "search.js"})) {
				got = append(got, c.Error())
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func TestFold(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Guide/A.html", "guide/a.html"},
		{"\u212A.html", "k.html"}, // the Kelvin sign
		{"ſ.html", "s.html"},
		{"が.html", "か\u3099.html"}, // composed and decomposed
		{"ＡＢ.html", "ａｂ.html"},
	} {
		if Fold(tc.a) != Fold(tc.b) {
			t.Errorf("Fold(%q) = %q, Fold(%q) = %q", tc.a, Fold(tc.a), tc.b, Fold(tc.b))
		}
	}
	if got := Fold("Clauses/C-09.HTML"); got != "clauses/c-09.html" {
		t.Errorf("Fold keeps the case of a name: %q", got)
	}
	if Fold("a.html") == Fold("ａ.html") {
		t.Error("Fold takes a full-width letter for an ASCII one")
	}
}
