package tailor_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/export"
	"github.com/tokki-handbook/tokki/cmd/internal/site"
)

// The builder page's tailored 遵守確認表 is an inspection form too: every
// check item tokkiTailor keeps carries the question and the good answer
// the whole handbook's exports give it.
func TestTailoredChecksAskAndSayWhatIsGood(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	h, err := content.Load(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	s, err := site.Build(h)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	data := filepath.Join(dir, "data.js")
	os.WriteFile(data, s.Files["tailor/data.js"], 0o644)
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
Promise.resolve(context.tokkiTailor({})).then((r) => console.log(JSON.stringify(r.checks)));
`), 0o644)
	js, _ := filepath.Abs(filepath.Join("..", "..", "..", "themes", "default", "assets", "tailor.js"))
	out, err := exec.Command(node, harness, js, data).Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var checks []struct{ ID, Question, Good string }
	if err := json.Unmarshal(out, &checks); err != nil || len(checks) == 0 {
		t.Fatalf("tokkiTailor's checks: %v %s", err, out)
	}
	want := map[string]export.Check{}
	for _, k := range export.FromHandbook(h).Checks {
		want[k.ID] = k
	}
	for _, k := range checks {
		w := want[k.ID]
		if k.Question == "" || k.Good == "" || k.Question != w.Question || k.Good != w.Good {
			t.Errorf("%s: tokkiTailor gives question %q good %q; the export %q %q", k.ID, k.Question, k.Good, w.Question, w.Good)
		}
	}
}
