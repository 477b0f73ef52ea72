package site_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/site"
)

// The glossary shows the terms of content/_index.md: an incremental build
// after a change to them shows the new spellings, though glossary.md
// itself did not change.
func TestGlossaryFollowsTerms(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, text string, tick time.Time) {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(p, tick, tick) // a new mtime even on coarse clocks
	}
	home := "---\ntitle: 手引\nterms:\n  - use: 漏えい\n    avoid: [%s]\n---\n"
	now := time.Now()
	write("content/_index.md", strings.Replace(home, "%s", "漏洩", 1), now)
	write("content/glossary.md", "---\ntitle: 用語集\n---\n\n## 漏えい\n\n外に出ることです。\n", now)
	var loader content.Loader
	var ib site.Builder
	glossary := func() string {
		h, err := loader.Load(os.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		s, _, err := ib.Build(h)
		if err != nil {
			t.Fatal(err)
		}
		return string(s.Files["glossary.html"])
	}
	if g := glossary(); !strings.Contains(g, "ほかの書き方：漏洩（使いません）") {
		t.Fatalf("first build: the glossary does not show the avoided spelling:\n%s", g)
	}
	write("content/_index.md", strings.Replace(home, "%s", "漏れい", 1), now.Add(time.Second))
	g := glossary()
	if !strings.Contains(g, "ほかの書き方：漏れい（使いません）") || strings.Contains(g, "漏洩") {
		t.Errorf("after the terms changed, the glossary still shows the old ones:\n%s", g)
	}
}
