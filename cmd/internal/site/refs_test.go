package site

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

const refsHome = "---\ntitle: 手引き\nparams:\n  - name: 期限\n    default: 直ちに\nquestions:\n  - id: takeout\n    text: 持ち出しますか。\n    answers: [はい, いいえ]\n---\n"

func refsClause(id, title, order, body string) string {
	return "---\nid: " + id + "\ntitle: " + title + "\norder: " + order + "\nrationale: 理由\nwaiver: 試験\n---\n\n" + body
}

// A clause's reference shows as the article's number and caption, links
// to its page, and follows the other clause when it is renamed, also in
// an incremental build; the builder page's data leaves the reference for
// the page to number, and a parameter shows its default, marked.
func TestClauseReferences(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, s string) {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		later := time.Now().Add(time.Duration(len(s)) * time.Second)
		os.Chtimes(p, later, later)
	}
	write("content/_index.md", refsHome)
	write("clauses/c1.md", refsClause("C-01", "持出し", "1", "受注者は、{{期限}}、[ここは無視される](c2.md#条文)の定めにより報告する。\n"))
	write("clauses/c2.md", refsClause("C-02", "事故の報告", "2", "本文\n"))

	var loader content.Loader
	var ib Builder
	h, err := loader.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	s, _, err := ib.Build(h)
	if err != nil {
		t.Fatal(err)
	}
	c1 := string(s.Files["clauses/C-01.html"])
	for _, want := range []string{
		`受注者は、<span class="param">【直ちに】</span>、<a href="C-02.html#%E6%9D%A1%E6%96%87">第2条（事故の報告）</a>の定めにより報告する。`,
		"契約ごとに決めて書き換える値",
	} {
		if !strings.Contains(c1, want) {
			t.Errorf("clauses/C-01.html has no %s:\n%s", want, c1)
		}
	}
	if strings.Contains(string(s.Files["clauses/C-02.html"]), "契約ごとに決めて") {
		t.Error("a clause without parameters explains the mark")
	}
	data := string(s.Files["tailor/data.js"])
	// The plain text, which the page reads from the HTML (htmlText), has
	// the reference as \uE004C-02\uE005.
	if !strings.Contains(data, `\u003cspan class=\"ref\" data-ref=\"C-02\"\u003e\u003c/span\u003e`) {
		t.Errorf("the builder page's data does not leave the reference to C-02 for the page:\n%s", data)
	}

	write("clauses/c2.md", refsClause("C-02", "事故発生時の報告", "2", "本文\n"))
	h, err = loader.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	inc, _, err := ib.Build(h)
	if err != nil {
		t.Fatal(err)
	}
	full, err := Build(h)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"clauses/C-01.html", "clauses/index.html"} {
		if !bytes.Equal(inc.Files[p], full.Files[p]) {
			t.Errorf("after the rename, the incremental %s differs from a full build", p)
		}
		if !strings.Contains(string(full.Files[p]), "第2条（事故発生時の報告）") {
			t.Errorf("after the rename, %s does not name the new caption", p)
		}
	}
}
