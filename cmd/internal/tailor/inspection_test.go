package tailor_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/export"
	"github.com/tokki-handbook/tokki/cmd/internal/site"
	"github.com/tokki-handbook/tokki/cmd/internal/tailor"
)

type jsTailored struct {
	Checks []struct{ ID, Question, Good string }
	Forms  []struct{ Title, URL, Download, Name string }
}

// runTailorJS runs tailor.js under Node on this repository's built site
// for each set of answers.
func runTailorJS(t *testing.T, h *content.Handbook, answers []map[string]string) []jsTailored {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	s, err := site.Build(h)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	data := filepath.Join(dir, "data.js")
	os.WriteFile(data, s.Files["tailor/data.js"], 0o644)
	in, _ := json.Marshal(answers)
	inputs := filepath.Join(dir, "answers.json")
	os.WriteFile(inputs, in, 0o644)
	harness := filepath.Join(dir, "h.js")
	os.WriteFile(harness, []byte(`"use strict";
const fs = require("fs"), vm = require("vm");
const context = { console, Promise, JSON, Date, Math, Object, String, Error };
context.window = context;
context.document = { currentScript: { src: "file:///site/assets/tailor.js" }, readyState: "complete",
  getElementById() { return null; }, addEventListener() {}, head: { appendChild() {} }, createElement() { return {}; } };
vm.createContext(context);
vm.runInContext(fs.readFileSync(process.argv[3], "utf8"), context);
vm.runInContext(fs.readFileSync(process.argv[2], "utf8"), context);
(async () => {
  for (const answers of JSON.parse(fs.readFileSync(process.argv[4], "utf8"))) {
    const r = await context.tokkiTailor({ answers });
    console.log(JSON.stringify({ checks: r.checks, forms: r.forms }));
  }
})();
`), 0o644)
	js, _ := filepath.Abs(filepath.Join("..", "..", "..", "themes", "default", "assets", "tailor.js"))
	out, err := exec.Command(node, harness, js, data, inputs).Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var results []jsTailored
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var r jsTailored
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("tokkiTailor's result: %v %s", err, line)
		}
		results = append(results, r)
	}
	if len(results) != len(answers) {
		t.Fatalf("%d results for %d inputs", len(results), len(answers))
	}
	return results
}

func repoHandbook(t *testing.T) *content.Handbook {
	t.Helper()
	h, err := content.Load(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// The builder page's tailored 遵守確認表 is an inspection form too: every
// check item tokkiTailor keeps carries the question and the good answer
// the whole handbook's exports give it.
func TestTailoredChecksAskAndSayWhatIsGood(t *testing.T) {
	h := repoHandbook(t)
	r := runTailorJS(t, h, []map[string]string{{}})[0]
	if len(r.Checks) == 0 {
		t.Fatal("no check items")
	}
	want := map[string]export.Check{}
	for _, k := range export.FromHandbook(h).Checks {
		want[k.ID] = k
	}
	for _, k := range r.Checks {
		w := want[k.ID]
		if k.Question == "" || k.Good == "" || k.Question != w.Question || k.Good != w.Good {
			t.Errorf("%s: tokkiTailor gives question %q good %q; the export %q %q", k.ID, k.Question, k.Good, w.Question, w.Good)
		}
	}
}

// The builder page lists the forms (様式) the kept clauses ask for, each
// once, in article order, with its page and its Word download.
func TestTailoredForms(t *testing.T) {
	h := repoHandbook(t)
	answers := []map[string]string{{}, {"subcontract": "はい"}, {"subcontract": "いいえ"}}
	results := runTailorJS(t, h, answers)
	pages := map[string]*content.Page{}
	for _, p := range h.Pages {
		if p.ID != "" {
			pages[p.ID] = p
		}
	}
	for i, a := range answers {
		res, err := tailor.Tailor(h, tailor.Input{Answers: a})
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		seen := map[string]bool{}
		for _, c := range res.Clauses {
			for _, id := range h.ClauseByID(c.ID).Forms {
				if p := pages[id]; p != nil && !seen[id] {
					seen[id] = true
					want = append(want, p.Title)
				}
			}
		}
		var got []string
		for _, f := range results[i].Forms {
			got = append(got, f.Title)
			if !strings.HasPrefix(f.URL, "forms/") || !strings.HasPrefix(f.Download, "downloads/forms/form-") || !strings.HasSuffix(f.Name, ".docx") {
				t.Errorf("answers %v: form %+v", a, f)
			}
		}
		if len(want) == 0 || strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("answers %v: forms\n %q\nwant\n %q", a, got, want)
		}
	}
}
