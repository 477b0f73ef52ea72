package site

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// A guide page's or a check item's link whose text is an article's label
// shows the article's number as the handbook numbers it now, in the page
// and in the search text; a link in prose keeps its words.
func TestPageLabels(t *testing.T) {
	dir := t.TempDir()
	for rel, s := range map[string]string{
		"content/_index.md":  refsHome,
		"content/guide/a.md": "---\ntitle: 手引\n---\n\n[第9条](../../clauses/c2.md)と[第9条（旧見出し）第2項](../../clauses/c2.md)と[再委託](../../clauses/c2.md)と[](../../clauses/c1.md)。\n",
		"clauses/c1.md":      refsClause("C-01", "持出し", "1", "本文\n"),
		"clauses/c2.md":      refsClause("C-02", "事故の報告", "2", "本文\n"),
		"checklist/k2-1.md":  "---\nid: K-02-1\nclause: C-02\ntitle: 報告\naspect: 対策\ntiming: [定期]\nrationale: 理由\nquestion: \"[第9条第1項](../clauses/c2.md)の経路を見る。\"\n---\n\n[第9条](../clauses/c2.md)による。\n",
		"checklist/k2-2.md":  "---\nid: K-02-2\nclause: C-02\ntitle: 報告\naspect: 運用\ntiming: [定期]\nrationale: 理由\n---\n\n本文\n",
	} {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h, err := new(content.Loader).Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	s, _, err := new(Builder).Build(h)
	if err != nil {
		t.Fatal(err)
	}
	page := string(s.Files["guide/a.html"])
	for _, want := range []string{">第2条</a>と", ">第2条（事故の報告）第2項</a>と", ">再委託</a>と", ">第1条（持出し）</a>。"} {
		if !strings.Contains(page, want) {
			t.Errorf("guide/a.html has no %s:\n%s", want, page)
		}
	}
	check := string(s.Files["checklist/K-02-1.html"])
	for _, want := range []string{">第2条第1項</a>の経路を見る。", ">第2条</a>による。"} {
		if !strings.Contains(check, want) {
			t.Errorf("checklist/K-02-1.html has no %s:\n%s", want, check)
		}
	}
	var names []string
	for name, b := range s.Files {
		if strings.Contains(string(b), "第9条") {
			names = append(names, name)
		}
	}
	if len(names) > 0 {
		t.Errorf("the typed 第9条 reaches %v", names)
	}
}

// On the builder page, a check item's question names the article as the
// task's text numbers it: a clause the task leaves out moves it up.
func TestBuilderCheckLabels(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	dir := t.TempDir()
	for rel, s := range map[string]string{
		"content/_index.md": refsHome,
		"clauses/c1.md":     refsClause("C-01", "持出し", "1", "本文\n"),
		"clauses/c2.md":     refsClause("C-02", "事故の報告", "2", "本文\n"),
		"checklist/k2-1.md": "---\nid: K-02-1\nclause: C-02\ntitle: 報告\naspect: 対策\ntiming: [定期]\nrationale: 理由\nquestion: \"[第2条第1項](../clauses/c2.md)の経路を見る。\"\ngood: \"[報告の条](../clauses/c2.md)どおり。\"\n---\n",
	} {
		if rel == "clauses/c1.md" {
			s = strings.Replace(s, "waiver: 試験\n", "waiver: 試験\nwhen: {takeout: はい}\n", 1)
		}
		p := filepath.Join(dir, filepath.FromSlash(rel))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h, err := new(content.Loader).Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	s, _, err := new(Builder).Build(h)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "data.js"), s.Files["tailor/data.js"], 0o644)
	harness := `const fs = require("fs"), vm = require("vm");
const c = { console, Promise, JSON, Date, Math, Object, String, Error };
c.window = c;
c.document = { currentScript: { src: "file:///s/assets/tailor.js" }, readyState: "complete", getElementById() { return null; }, addEventListener() {}, head: { appendChild() {} }, createElement() { return {}; } };
vm.createContext(c);
vm.runInContext(fs.readFileSync(process.argv[2], "utf8"), c);
vm.runInContext(fs.readFileSync(process.argv[3], "utf8"), c);
(async () => {
  for (const a of ["はい", "いいえ"]) {
    const r = await c.tokkiTailor({ answers: { takeout: a } });
    console.log(r.checks.map((k) => k.question + " " + k.good).join("|"));
  }
})();
`
	os.WriteFile(filepath.Join(dir, "harness.js"), []byte(harness), 0o644)
	js, _ := filepath.Abs(filepath.Join("..", "..", "..", "themes", "default", "assets", "tailor.js"))
	out, err := exec.Command(node, filepath.Join(dir, "harness.js"), filepath.Join(dir, "data.js"), js).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	want := "第2条（事故の報告）第1項の経路を見る。 報告の条どおり。\n第1条（事故の報告）第1項の経路を見る。 報告の条どおり。\n"
	if string(out) != want {
		t.Errorf("builder page's questions:\n%s\nwant\n%s", out, want)
	}
}

// The builder page's data speaks one casing, lower case, and carries no
// source positions.
func TestTailorDataKeys(t *testing.T) {
	h, err := content.Load("../../..") // this repository's handbook, which has questions and parameters
	if err != nil {
		t.Fatal(err)
	}
	s, err := Build(h)
	if err != nil {
		t.Fatal(err)
	}
	data, ok := s.Files["tailor/data.js"]
	if !bytes.Contains(data, []byte(`"questions":[{"id":`)) || !bytes.Contains(data, []byte(`"params":[{"name":`)) {
		t.Errorf("no questions or parameters in the data: %.200s", data)
	}
	if !ok {
		t.Fatal("no tailor/data.js")
	}
	if keys := regexp.MustCompile(`"[A-Z][A-Za-z]*":`).FindAll(data, -1); len(keys) > 0 {
		t.Errorf("keys in Go's casing: %q", keys)
	}
}
