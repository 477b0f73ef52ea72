package lint

import (
	"io/fs"
	"os"
	"regexp"
	"slices"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// TestRulesAtOnce lints the repository's own handbook with prose limits
// so low that every prose rule reports in bodies and front-matter values
// of hundreds of files, many times, and requires the same findings each
// time as when the rules run one by one (and as a Cache gives). Run runs
// its rules at once, so
// what two rules share (a file's positions, its facts) must be safe for
// that: `go test -race` (which .ci/run runs on this package) reports a
// rule that is not.
func TestRulesAtOnce(t *testing.T) {
	root := os.DirFS("../../..")
	files := fstest.MapFS{}
	err := fs.WalkDir(root, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			if p != "." && p != "content" && p != "clauses" && p != "checklist" && !isUnder(p, "content") {
				return fs.SkipDir
			}
			return nil
		}
		b, err := fs.ReadFile(root, p)
		if err != nil {
			return err
		}
		if p == "content/_index.md" {
			b = regexp.MustCompile(`(?m)^prose:\n(?:[ \t].*\n)*`).ReplaceAll(b, nil)
			b = []byte(regexp.MustCompile(`(?s)\A---\n`).ReplaceAllLiteralString(string(b),
				"---\nprose:\n  sentence-length: 20\n  clause-sentence-length: 30\n  comma-count: 1\n"))
		}
		files[p] = &fstest.MapFile{Data: b}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// A page that breaks the rules the handbook keeps, in its body and
	// its description.
	files["content/guide/zz-at-once.md"] = &fstest.MapFile{Data: []byte("---\ntitle: 同時\n" +
		"description: 点検はＡＢＣで行う，毎年である。\n---\n\n点検は毎年行います。記録は五年保存する。ｶﾅ，ＡＢＣ.\n")}
	h, err := content.LoadFS(files)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	want := runRules(h, Options{Now: now}, false) // one by one
	rules := map[string]bool{}
	for _, f := range want {
		rules[f.Rule] = true
	}
	for _, r := range content.ProseRules {
		if r != "doubled-particle" && !rules[r] { // the handbook has no doubled particle
			t.Errorf("no %s finding: the test no longer covers that rule", r)
		}
	}
	if len(want) < 1000 {
		t.Fatalf("%d findings; the test wants many", len(want))
	}
	for range 3 {
		h, err := content.LoadFS(files)
		if err != nil {
			t.Fatal(err)
		}
		got := Run(h, Options{Now: now})
		if !slices.Equal(got, want) {
			t.Fatalf("rules run at once found %d findings, one by one %d (or others)", len(got), len(want))
		}
	}
	// With a Cache, the second run reads the sentences it kept.
	var cache Cache
	for range 2 {
		if got := Run(h, Options{Now: now, Cache: &cache}); !slices.Equal(got, want) {
			t.Fatalf("with a cache: %d findings, without %d (or others)", len(got), len(want))
		}
	}
}

func isUnder(p, dir string) bool {
	return len(p) > len(dir) && p[:len(dir)+1] == dir+"/"
}
