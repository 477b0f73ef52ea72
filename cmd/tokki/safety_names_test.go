package main

import (
	"bytes"
	"encoding/json"
	"html"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/search"
)

// These tests run the real binary on handbooks whose file names and ids
// try to turn into scripts (javascript:, data:, a quote that ends an
// attribute) or to overwrite another file of the site.

// hostileNames are page names that try to become a scheme, a query, a
// fragment, or markup.
var hostileNames = []string{
	"javascript:alert(1)", "JavaScript:alert(2)", "data:text", "vbscript:x", "a#b", "q?x=1", "100%", "sp ace",
	`"><img src=x onerror=alert(1)>`, "it's", "a&amp;b", "tab\there",
}

// editorLink writes a file name into a Markdown link as an editor does for
// a Git host: what a URL would read as syntax, percent-encoded.
var editorLink = strings.NewReplacer("%", "%25", ":", "%3A", "#", "%23", "?", "%3F", " ", "%20", "\t", "%09",
	`"`, "%22", "<", "%3C", ">", "%3E", "&", "%26")

func TestNamesCannotBecomeScripts(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("these names cannot be files on Windows")
	}
	files := with(clean, "content/_index.md", "")
	home := "---\ntitle: 手引き\nreview_days: 365\n---\n\n[第9条](../clauses/c09.md)\n\n"
	for i, n := range hostileNames {
		files["content/"+n+".md"] = "---\ntitle: ページ" + string(rune('A'+i)) + "\n---\n\n## 見出し\n\n個人情報の取扱い。\n"
		home += "- [" + string(rune('A'+i)) + "](" + editorLink.Replace(n) + ".md#見出し)\n"
	}
	files["content/_index.md"] = home
	// A clause and a check item whose files are named with quotes and a
	// '<', linking to a page from their text.
	files[`clauses/c09'"<.md`] = files["clauses/c09.md"] + "\n[ページ](../content/javascript%3Aalert(1).md)\n"
	delete(files, "clauses/c09.md")
	files["content/_index.md"] = strings.Replace(home, "../clauses/c09.md", "../clauses/c09'%22%3C.md", 1)
	files[`checklist/k'"<.md`] = files["checklist/k09-1.md"]
	delete(files, "checklist/k09-1.md")
	files["content/img/f:g.png"] = "png"
	files["content/guide/_index.md"] = "---\ntitle: 利用説明書\n---\n\n![図](../img/f%3Ag.png) [戻る](<../javascript:alert(1).md>)\n"
	dir := writeTree(t, files)

	if code, out, errs := runTokki(t, "", "lint", "--source", dir); code != 0 {
		t.Fatalf("lint: exit %d\n%s%s", code, out, errs)
	}
	dest := filepath.Join(t.TempDir(), "site")
	if code, out, errs := runTokki(t, "", "build", "--source", dir, "--dest", dest); code != 0 {
		t.Fatalf("build: exit %d\n%s%s", code, out, errs)
	}
	// Each page keeps its name on disk.
	for _, n := range hostileNames {
		if _, err := os.Stat(filepath.Join(dest, n+".html")); err != nil {
			t.Error(err)
		}
	}
	links := 0
	err := filepath.WalkDir(dest, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel := filepath.ToSlash(strings.TrimPrefix(p, dest+string(filepath.Separator)))
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		switch {
		case strings.HasSuffix(rel, ".html"):
			if bytes.Contains(b, []byte("<img src=x")) {
				t.Errorf("%s: a file name broke out of an attribute", rel)
			}
			for _, m := range attrValue.FindAllSubmatch(b, -1) {
				checkSiteLink(t, dest, rel, html.UnescapeString(string(m[1])))
				links++
			}
		case strings.HasPrefix(rel, "search/m-"):
			var meta [][2]string
			j, ok := search.Unpack(b)
			if !ok {
				t.Fatalf("%s is not an index file", rel)
			}
			if err := json.Unmarshal(j, &meta); err != nil {
				t.Fatalf("%s: %v", rel, err)
			}
			for _, m := range meta {
				checkSiteLink(t, dest, "index.html", m[0])
				links++
			}
		case rel == "tailor/data.js":
			for _, m := range regexp.MustCompile(`href=\\"([^"\\]*)\\"`).FindAllSubmatch(b, -1) {
				checkSiteLink(t, dest, "tailor.html", html.UnescapeString(string(m[1])))
				links++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if links < 100 {
		t.Fatalf("only %d links checked", links)
	}
	home = readSite(t, dest, "index.html")
	for _, want := range []string{`href="javascript%3Aalert(1).html#`, `href="a%23b.html#`, `href="q%3Fx=1.html#`,
		`href="100%25.html#`, `href="sp%20ace.html#`, `href="%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E.html#`} {
		if !strings.Contains(home, want) {
			t.Errorf("index.html has no %s", want)
		}
	}
	if data := readSite(t, dest, "tailor/data.js"); !strings.Contains(data, `href=\"javascript%3Aalert(1).html\"`) {
		t.Error("the builder page's data does not link the page by its escaped URL")
	}
}

var attrValue = regexp.MustCompile(`\s(?:href|src)="([^"]*)"`)

func readSite(t *testing.T, dest, p string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(p)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkSiteLink fails unless ref, a link on the page at from, is a
// relative path that a browser reads as a path (no scheme, no host) and
// that reaches a file of the site in dest.
func checkSiteLink(t *testing.T, dest, from, ref string) {
	t.Helper()
	if strings.HasPrefix(ref, "#") || ref == "data:," { // the theme's empty icon
		return
	}
	u, err := url.Parse(ref)
	if err != nil || u.Scheme != "" || u.Host != "" || u.Opaque != "" || strings.HasPrefix(ref, "/") || strings.ContainsAny(ref, " \t\n\\") {
		t.Errorf("%s links to %q, which is not a relative path", from, ref)
		return
	}
	target := path.Join(path.Dir(from), u.Path)
	if st, err := os.Stat(filepath.Join(dest, filepath.FromSlash(target))); err != nil || st.IsDir() {
		t.Errorf("%s links to %q, which reaches %s, not a file of the site", from, ref, target)
	}
}

// A file that would land where another does is a lint error naming both,
// and the build refuses it the same way, writing nothing.
func TestOutputClashes(t *testing.T) {
	const page = "---\ntitle: x\n---\n"
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []string // lint's findings, file:line:col and a part of the message
	}{
		{"index.md", map[string]string{"content/index.md": page}, []string{
			"content/_index.md:1:0: error: content/_index.md and content/index.md would both be written to index.html; rename or move one of them [output-clash]",
			"content/index.md:1:0: error: content/_index.md and content/index.md would both be written to index.html; rename or move one of them [output-clash]",
		}},
		{"404.md", map[string]string{"content/404.md": page}, []string{
			"content/404.md:1:0: error: tokki's page-not-found page and content/404.md would both be written to 404.html; rename or move content/404.md [output-clash]",
		}},
		{"the theme's stylesheet", map[string]string{"content/assets/style.css": "body{}"}, []string{
			"content/assets/style.css:0:0: error: tokki's theme asset style.css and content/assets/style.css would both be written to assets/style.css; rename or move content/assets/style.css [output-clash]",
		}},
		{"tailor.md", map[string]string{"content/tailor.md": page}, []string{
			"content/tailor.md:1:0: error: tokki's 業務に合わせる page and content/tailor.md would both be written to tailor.html; rename or move content/tailor.md [output-clash]",
		}},
		{"a clause's page", map[string]string{"content/clauses/C-09.md": page}, []string{
			"clauses/c09.md:2:5: error: clauses/c09.md and content/clauses/C-09.md would both be written to clauses/C-09.html; give clauses/c09.md another id, or rename or move content/clauses/C-09.md [output-clash]",
			"content/clauses/C-09.md:1:0: error: clauses/c09.md and content/clauses/C-09.md would both be written to clauses/C-09.html",
		}},
		{"the search index's folder", map[string]string{"content/search/index.md": page}, []string{
			"content/search/index.md:1:0: error: content/search/index.md would be written to search/index.html, in search/, the folder of tokki's search index; rename or move content/search/index.md [output-clash]",
		}},
		{"a download", map[string]string{"content/downloads/clauses.docx": "PK"}, []string{
			"content/downloads/clauses.docx:0:0: error: tokki's 特記仕様書 download (Word) and content/downloads/clauses.docx would both be written to downloads/clauses.docx",
		}},
		{"names that differ only in case", map[string]string{"content/Guide.md": page, "content/guide.md": page}, []string{
			"content/Guide.md:1:0: error: content/Guide.md and content/guide.md would be written to Guide.html and guide.html, one file on Windows and macOS, which ignore case; rename or move one of them [output-clash]",
			"content/guide.md:1:0: error: content/Guide.md and content/guide.md would be written to Guide.html and guide.html",
		}},
		{"ids that differ only in case", map[string]string{"clauses/c10.md": "---\nid: c-09\ntitle: 別\norder: 10\nrationale: 理由。\nwaiver: なし\n---\n"}, []string{
			"clauses/c09.md:2:5: error: clauses/c09.md and clauses/c10.md would be written to clauses/C-09.html and clauses/c-09.html, one file on Windows and macOS, which ignore case; give one of them another id [output-clash]",
			"clauses/c10.md:2:5: error: clauses/c09.md and clauses/c10.md would be written to clauses/C-09.html and clauses/c-09.html",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := clean
			for name, src := range tc.files {
				files = with(files, name, src)
			}
			dir := writeTree(t, files)
			code, out, _ := runTokki(t, "", "lint", "--source", dir)
			if code != 1 {
				t.Errorf("lint: exit %d, want 1\n%s", code, out)
			}
			var got []string
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				if strings.Contains(line, "[output-clash]") {
					got = append(got, line)
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("lint found %d output clashes, want %d:\n%s", len(got), len(tc.want), out)
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("finding %d:\n  %s\nwant\n  %s", i, got[i], w)
				}
			}
			dest := filepath.Join(t.TempDir(), "site")
			code, out, errs := runTokki(t, "", "build", "--source", dir, "--dest", dest)
			if code != 1 || !strings.Contains(errs, tc.want[0]) || !strings.Contains(errs, "not built") {
				t.Errorf("build: exit %d, want 1 with the same finding\nstdout %s\nstderr %s", code, out, errs)
			}
			if _, err := os.Stat(dest); err == nil {
				t.Errorf("a refused build wrote %s", dest)
			}
		})
	}
}

// tokki serve answers the escaped URL of each such page with the page.
func TestServeOddNames(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	files := clean
	names := map[string]string{"javascript:alert(1)": "javascript%3Aalert(1).html", "a#b": "a%23b.html", "100%": "100%25.html",
		"sp ace": "sp%20ace.html", "q?x=1": "q%3Fx=1.html"}
	for n := range names {
		files = with(files, "content/"+n+".md", "---\ntitle: 頁"+n+"\n---\n")
	}
	s := startServe(t, writeTree(t, files))
	for n, u := range names {
		s.eventually(u, func(code int, body string) bool {
			return code == 200 && strings.Contains(body, "<title>頁"+html.EscapeString(n))
		}, "serving "+n+".md's page")
	}
}
