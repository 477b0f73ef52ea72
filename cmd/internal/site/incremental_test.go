package site_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/site"
	"github.com/tokki-handbook/tokki/cmd/internal/synth"
)

// TestIncrementalMatchesFull edits a synthetic handbook in the ways editors
// do and checks, after each edit, that the incremental build gives exactly
// the files a full build gives, search index included, and that a small
// edit renders few pages.
func TestIncrementalMatchesFull(t *testing.T) {
	dir := t.TempDir()
	if _, err := synth.Generate(dir, synth.Options{Clauses: 40, Seed: 7, Today: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	var loader content.Loader
	var ib site.Builder
	tick := time.Now()
	edit := func(rel string, f func(string) string) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(rel))
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f(string(b))), 0o644); err != nil {
			t.Fatal(err)
		}
		tick = tick.Add(time.Second) // a new mtime even on coarse clocks
		os.Chtimes(p, tick, tick)
	}
	field := func(key, value string) func(string) string {
		re := regexp.MustCompile(`(?m)^` + key + `: .*$`)
		return func(s string) string { return re.ReplaceAllString(s, key+": "+value) }
	}
	appendBody := func(text string) func(string) string { return func(s string) string { return s + "\n" + text + "\n" } }

	steps := []struct {
		name     string
		do       func()
		maxPages int // the most pages an incremental build may render; 0: no limit
	}{
		{"first build", func() {}, 0},
		{"nothing changed", func() {}, 0},
		{"clause body", func() { edit("clauses/c00003.md", appendBody("受注者は、追記した義務を負う。")) }, 3},
		{"clause title", func() { edit("clauses/c00004.md", field("title", "改めた題名")) }, 0},
		{"check body", func() { edit("checklist/k00005-2.md", appendBody("追加の質問です。")) }, 1},
		{"check moves to another clause", func() { edit("checklist/k00006-1.md", field("clause", "C-00007")) }, 0},
		{"check title", func() { edit("checklist/k00008-1.md", field("title", "新しい確認項目名")) }, 0},
		{"clause order", func() { edit("clauses/c00010.md", field("order", "99")) }, 0},
		{"incident title", func() { edit("content/incidents/i00001.md", field("title", "題名を変えた事故")) }, 0},
		{"guide page body", func() {
			edit("content/guide/g00001.md", appendBody("## 追加の見出し\n\n本文を足しました。"))
		}, 0},
		{"clause cites another incident", func() { edit("clauses/c00012.md", field("incidents", "[I-00002]")) }, 0},
		{"check good answer", func() { edit("checklist/k00009-1.md", field("good", "改めた目安を示す。")) }, 0},
		{"clause cites a new form", func() {
			os.MkdirAll(filepath.Join(dir, "content", "forms"), 0o755)
			os.WriteFile(filepath.Join(dir, "content", "forms", "f1.md"), []byte("---\ntitle: 様式第1号　申請書\nid: F-01\nform: 1\n---\n\n| 事項 | 記入欄 |\n| --- | --- |\n| 名称 | |\n"), 0o644)
			edit("clauses/c00013.md", field("stages", "[委託事業者との契約]\nforms: [F-01]"))
		}, 0},
		{"form title", func() { edit("content/forms/f1.md", field("title", "様式第1号　改めた申請書")) }, 0},
		{"clause no longer cites the form", func() {
			edit("clauses/c00013.md", func(s string) string { return strings.Replace(s, "forms: [F-01]\n", "", 1) })
		}, 0},
		{"new page", func() {
			os.WriteFile(filepath.Join(dir, "content", "guide", "new.md"), []byte("---\ntitle: 新しいページ\norder: 3\n---\n\n本文。\n"), 0o644)
		}, 0},
		{"page removed", func() { os.Remove(filepath.Join(dir, "content", "guide", "new.md")) }, 0},
		{"settings", func() { edit("content/_index.md", field("title", "別の題名のハンドブック")) }, 0},
		{"theme file", func() {
			os.MkdirAll(filepath.Join(dir, "themes", "default", "layouts"), 0o755)
			os.WriteFile(filepath.Join(dir, "themes", "default", "layouts", "404.html"), []byte(`{{define "main"}}<h1>なし</h1>{{end}}`), 0o644)
		}, 0},
	}
	for _, s := range steps {
		s.do()
		h, err := loader.Load(os.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		inc, docs, err := ib.Build(h)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		index, _, err := site.IndexFiles(h, docs)
		if err != nil {
			t.Fatal(err)
		}
		for p, b := range index {
			inc.Files[p] = b
		}
		if err := site.Downloads(h, func(p string, b []byte) error {
			inc.Files[p] = b
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		fresh, err := content.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		full, err := site.Build(fresh)
		if err != nil {
			t.Fatal(err)
		}
		for p, want := range full.Files {
			if got, ok := inc.Files[p]; !ok {
				t.Errorf("%s: the incremental build has no %s", s.name, p)
			} else if !bytes.Equal(got, want) {
				t.Errorf("%s: %s differs from a full build", s.name, p)
			}
		}
		for p := range inc.Files {
			if _, ok := full.Files[p]; !ok {
				t.Errorf("%s: the incremental build has %s, which a full build does not", s.name, p)
			}
		}
		rendered, reused := ib.Rendered()
		if s.maxPages > 0 && rendered > s.maxPages {
			t.Errorf("%s: rendered %d pages (reused %d), want at most %d", s.name, rendered, reused, s.maxPages)
		}
		t.Logf("%-32s rendered %4d, reused %4d", s.name, rendered, reused)
	}
}
