package site

import (
	"encoding/json"
	"html"
	"net/url"
	"path"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
	"github.com/tokki-handbook/tokki/cmd/internal/search"
	"github.com/tokki-handbook/tokki/cmd/internal/siteurl"
	"github.com/tokki-handbook/tokki/cmd/internal/theme"
)

// The files a build writes are exactly those siteurl.Outputs lists (which
// lint checks for clashes): every output is written, and nothing else but
// the search index's files.
func TestOutputsAreTheBuild(t *testing.T) {
	h, err := content.Load("testdata/handbook")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Build(h)
	if err != nil {
		t.Fatal(err)
	}
	th, err := theme.Load(h.FS, h.Settings.Theme)
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	for p := range s.Files {
		if strings.HasSuffix(p, ".html") {
			pages++
		}
	}
	if s.Pages != pages || s.Stats.Files != len(s.Files) {
		t.Errorf("Stats say %d pages in %d files; the site has %d in %d", s.Pages, s.Stats.Files, pages, len(s.Files))
	}
	listed := map[string]bool{}
	for _, o := range siteurl.Outputs(h, th.AssetNames()) {
		listed[o.File] = true
		if _, ok := s.Files[o.File]; !ok && !o.Dir {
			t.Errorf("Outputs lists %s (%s), which the build does not write", o.File, o.Name(msg.English))
		}
	}
	for p := range s.Files {
		if !listed[p] && !strings.HasPrefix(p, siteurl.SearchDir+"/") {
			t.Errorf("the build writes %s, which Outputs does not list", p)
		}
	}
}

// hostile is a handbook whose file names and ids try to become scripts or
// to break out of an attribute, with pages that link to them as an editor
// would on a Git host (a name's '#', '?', '%' and ':' percent-encoded).
func hostile() fstest.MapFS {
	names := []string{"javascript:alert(1)", "data:text", "a#b", "q?x=1", "100%", "sp ace", `"><img src=x onerror=alert(1)>`, "it's", "a&amp;b"}
	home := "---\ntitle: 手引き\n---\n\n"
	fsys := fstest.MapFS{}
	for i, n := range names {
		fsys["content/"+n+".md"] = &fstest.MapFile{Data: []byte("---\ntitle: ページ" + string(rune('A'+i)) + "\n---\n\n## 見出し\n\n本文。\n")}
		home += "- [" + string(rune('A'+i)) + "](" + linkEscaper.Replace(n) + ".md#見出し)\n"
	}
	home += "- [J](<./javascript:alert(1).md>)\n"
	fsys["content/_index.md"] = &fstest.MapFile{Data: []byte(home)}
	fsys["content/guide/f:g.png"] = &fstest.MapFile{Data: []byte("png")}
	fsys["content/guide/_index.md"] = &fstest.MapFile{Data: []byte("---\ntitle: 利用説明書\n---\n\n![図](./f:g.png) ![図](%66%3Ag.png) [戻る](../javascript%3Aalert(1).md)\n")}
	// A clause whose id is not URL-safe is named by its file.
	fsys["clauses/'x<\".md"] = &fstest.MapFile{Data: []byte("---\nid: \"\\\"><svg onload=alert(1)>\"\ntitle: 条\norder: 1\nrationale: 理由。\nwaiver: なし\n---\n\n[ページ](../content/javascript%3Aalert(1).md)を見る。\n")}
	return fsys
}

// linkEscaper writes a file name into a Markdown link as an editor would.
var linkEscaper = strings.NewReplacer("%", "%25", ":", "%3A", "#", "%23", "?", "%3F", " ", "%20", `"`, "%22", "<", "%3C", ">", "%3E", "&", "%26")

func TestNamesCannotBecomeScripts(t *testing.T) {
	h, err := content.LoadFS(hostile())
	if err != nil {
		t.Fatal(err)
	}
	s, err := Build(h)
	if err != nil {
		t.Fatal(err)
	}
	// The files keep their names.
	for _, p := range []string{"javascript:alert(1).html", "a#b.html", "q?x=1.html", "100%.html", "sp ace.html", "guide/f:g.png", `clauses/'x<".html`} {
		if _, ok := s.Files[p]; !ok {
			t.Errorf("no %s", p)
		}
	}
	checked := 0
	for p, b := range s.Files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		if strings.Contains(string(b), "<img src=x") || strings.Contains(string(b), "<svg onload") {
			t.Errorf("%s: a name broke out of its attribute", p)
		}
		for _, m := range attrRE.FindAllStringSubmatch(string(b), -1) {
			checkLink(t, s, p, html.UnescapeString(m[2]))
			checked++
		}
	}
	if checked < 50 {
		t.Fatalf("only %d links checked", checked)
	}
	// The home page links to every page by a link that reaches it.
	home := string(s.Files["index.html"])
	for _, want := range []string{`href="javascript%3Aalert(1).html#`, `href="a%23b.html#`, `href="q%3Fx=1.html#`, `href="100%25.html#`, `href="sp%20ace.html#`, `href="it%27s.html#`, `href="a%26amp;b.html#`} {
		if !strings.Contains(home, want) {
			t.Errorf("index.html has no %s", want)
		}
	}
	// The search index and the builder page's data hold only such URLs.
	for p, b := range s.Files {
		if strings.HasPrefix(p, "search/m-") {
			var meta [][2]string
			j, ok := search.Unpack(b)
			if !ok {
				t.Fatalf("%s is not an index file", p)
			}
			if err := json.Unmarshal(j, &meta); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			for _, m := range meta {
				checkLink(t, s, "index.html", m[0])
			}
		}
	}
	data := string(s.Files[tailorData])
	for _, m := range regexp.MustCompile(`href=\\"([^"\\]*)\\"`).FindAllStringSubmatch(data, -1) {
		checkLink(t, s, TailorURL, html.UnescapeString(m[1]))
	}
	if !strings.Contains(data, `href=\"javascript%3Aalert(1).html\"`) {
		t.Errorf("the builder page's data does not link the page by its escaped URL:\n%s", data)
	}
}

var attrRE = regexp.MustCompile(`\s(href|src)="([^"]*)"`)

// checkLink fails unless ref, a link on the page at from, is a relative
// path that reaches a file of the site (or an anchor on the page).
func checkLink(t *testing.T, s *Site, from, ref string) {
	t.Helper()
	if strings.HasPrefix(ref, "#") || ref == "data:," { // the theme's empty icon
		return
	}
	u, err := url.Parse(ref)
	if err != nil || u.Scheme != "" || u.Host != "" || u.Opaque != "" || strings.HasPrefix(u.Path, "/") || strings.ContainsAny(ref, " \t\n\\") {
		t.Errorf("%s links to %q, which is not a relative path", from, ref)
		return
	}
	target := path.Join(path.Dir(from), u.Path)
	if _, ok := s.Files[target]; !ok {
		t.Errorf("%s links to %q, which reaches %s, not a file of the site", from, ref, target)
	}
}

// A file that would overwrite another fails the build, as lint's
// output-clash rule reports it, however the two files are named.
func TestBuildRefusesClashes(t *testing.T) {
	for name, tc := range map[string]struct{ file, want string }{
		"index.md":        {"content/index.md", "content/_index.md and content/index.md would both be written to index.html"},
		"404.md":          {"content/404.md", "would both be written to 404.html"},
		"case":            {"content/Guide/_index.md", "would be written to Guide/index.html and guide/index.html"},
		"theme asset":     {"content/assets/tokki.js", "would both be written to assets/tokki.js"},
		"the tailor.md":   {"content/tailor.md", "would both be written to tailor.html"},
		"a clause's page": {"content/clauses/'x<\".md", `would both be written to clauses/'x<".html`},
		"a download":      {"content/downloads/clauses.txt", "would both be written to downloads/clauses.txt"},
	} {
		t.Run(name, func(t *testing.T) {
			fsys := hostile()
			fsys[tc.file] = &fstest.MapFile{Data: []byte("---\ntitle: x\n---\n")}
			h, err := content.LoadFS(fsys)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Build(h); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Build: %v, want an error containing %q", err, tc.want)
			}
		})
	}
}
