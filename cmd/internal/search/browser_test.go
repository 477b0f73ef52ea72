package search

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestJavaScriptAgrees runs the browser's search.js under Node on the files
// Files writes, and checks that every query gives the same pages in the
// same order with the same scores as Search, and a snippet that marks a
// match. It is skipped only when Node is not installed.
func TestJavaScriptAgrees(t *testing.T) {
	t.Run("small", func(t *testing.T) { jsAgrees(t, Build(docs), queries) })
	t.Run("folding", func(t *testing.T) { jsAgrees(t, foldIndex(), append(queries, foldQueries()...)) })
	// Enough pages that common keys get files of their own (b-N.js, whose
	// lists are laid out apart: see splitList), with bridges among them
	// (取り扱), and results pass the default limit.
	var many []Doc
	for i := range 1500 {
		many = append(many, Doc{URL: fmt.Sprintf("p/%d.html", i), Title: fmt.Sprintf("第%d条 個人情報の管理", i), Kind: "clause",
			Text: strings.Repeat("受注者は個人情報を適正に管理し、再委託先の個人情報も同様に扱う。", 1+i%7) +
				strings.Repeat("個人情報を取り扱う者は取扱責任者に従う。", i%3) + strings.Repeat("報告しなければならない。", i%4/3) +
				fmt.Sprintf(" ID%d USB", i)})
	}
	t.Run("large", func(t *testing.T) {
		jsAgrees(t, Build(many), append(queries, "取扱", "取り扱い", "取扱者", "報告しなければ", "しなければならない", "適正に管理し"))
	})
}

var queries = []string{"取扱責任者", "個人番号", "ＵＳＢ", "usb", "ファイル", "ﾌｧｲﾙ", "委託", "再委託 承認",
	"再委託　書面", "id", "ovide", "媒", "", "   ", "<script>", ".*[(", "個人情報", "特記", strings.Repeat("個人情報", 300),
	"「個人情報」", "書面、報告", "、。",
	// pairs of hiragana, which have no positions (see positionless)
	"報告しなければ", "しなければならない", "報告しなかった", "を取り扱う", "取り扱うとき", "ければ取扱責任者"}

func jsAgrees(t *testing.T, ix *Index, queries []string) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	dir := t.TempDir()
	files, err := ix.Files()
	if err != nil {
		t.Fatal(err)
	}
	big := 0
	for name := range files {
		if strings.HasPrefix(name, "search/b-") {
			big++
		}
	}
	t.Logf("%d files, %d of them for a single key", len(files), big)
	for name, b := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	qf := filepath.Join(dir, "queries.json")
	qb, _ := json.Marshal(queries)
	os.WriteFile(qf, qb, 0o644)
	searchJS, _ := filepath.Abs(filepath.Join("..", "..", "..", "themes", "default", "assets", "search.js"))
	out, err := exec.Command(node, filepath.Join("testdata", "harness.js"), searchJS, dir, qf).Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != len(queries) {
		t.Fatalf("node printed %d lines for %d queries:\n%s", len(lines), len(queries), out)
	}
	for i, q := range queries {
		var ans struct {
			Results []struct {
				URL     string  `json:"url"`
				Score   float64 `json:"score"`
				Snippet string  `json:"snippet"`
			}
			Words    []string
			Fallback bool
			Suggest  []string
		}
		if err := json.Unmarshal([]byte(lines[i]), &ans); err != nil {
			t.Fatal(err)
		}
		a := ix.Ask(q)
		if fmt.Sprint(ans.Words, ans.Fallback, ans.Suggest) != fmt.Sprint(a.Words, a.Fallback, a.Suggest) {
			t.Errorf("%.20q: JS words %q (fallback %v), suggests %q; Go %q (%v), %q", q, ans.Words, ans.Fallback, ans.Suggest, a.Words, a.Fallback, a.Suggest)
		}
		got, want := ans.Results, a.Results
		if len(got) != len(want) {
			t.Errorf("%.20q: JS found %d pages, Go %d", q, len(got), len(want))
			continue
		}
		for j := range want {
			if got[j].URL != want[j].URL || math.Abs(got[j].Score-want[j].Score) > 0.001 {
				t.Errorf("%.20q result %d: JS %s %.3f, Go %s %.3f", q, j, got[j].URL, got[j].Score, want[j].URL, want[j].Score)
			}
			if got[j].Snippet == "" {
				t.Errorf("%.20q result %d (%s) has no snippet", q, j, got[j].URL)
			}
		}
	}
}
