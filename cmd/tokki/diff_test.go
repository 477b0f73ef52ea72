package main

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// gitRepo makes a Git repository with fixed names and dates, so that commit
// hashes (and so the golden files) do not change from run to run.
func gitRepo(t *testing.T) (dir string, run func(args ...string)) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir = t.TempDir()
	run = func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
			"GIT_AUTHOR_NAME=editor", "GIT_AUTHOR_EMAIL=editor@example.jp", "GIT_AUTHOR_DATE=2026-04-01T09:00:00+09:00",
			"GIT_COMMITTER_NAME=editor", "GIT_COMMITTER_EMAIL=editor@example.jp", "GIT_COMMITTER_DATE=2026-04-01T09:00:00+09:00")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	run("init", "-q", "-b", "main")
	return dir, run
}

var v1 = map[string]string{
	"content/_index.md":  "---\ntitle: 手引き\n---\n",
	"clauses/c09.md":     "---\nid: C-09\ntitle: 再委託の禁止\norder: 9\nrationale: 再委託先での事故を防ぐため。\nwaiver: 試験用\n---\n\n1. 受注者は、この契約による業務を第三者に再委託してはならない。\n2. 受注者は、再委託先の名称を発注者に報告しなければならない。\n",
	"clauses/c10.md":     "---\nid: C-10\ntitle: 秘密の保持\norder: 10\nrationale: 秘密を守るため。\nwaiver: 試験用\n---\n\n受注者は、業務上知り得た個人情報を他に漏らしてはならない。\n",
	"clauses/c11.md":     "---\nid: C-11\ntitle: 複写の制限\norder: 11\nrationale: 複製を防ぐため。\nwaiver: 試験用\n---\n\n受注者は、個人情報を複写してはならない。\n",
	"checklist/k09-1.md": "---\nid: K-09-1\nclause: C-09\ntitle: 再委託の承認\naspect: 対策\ntiming: [契約前]\nevidence: 再委託承認申請書\nrationale: 理由。\n---\n\n再委託先の一覧を見せてください。\n",
	"checklist/k10-1.md": "---\nid: K-10-1\nclause: C-10\ntitle: 誓約書\naspect: 対策\ntiming: [定期]\nrationale: 理由。\n---\n\n誓約書を見せてください。\n",
}

func TestDiff(t *testing.T) {
	dir, git := gitRepo(t)
	write := func(files map[string]string) {
		for name, src := range files {
			p := filepath.Join(dir, filepath.FromSlash(name))
			os.MkdirAll(filepath.Dir(p), 0o755)
			if src == "" {
				os.Remove(p)
				continue
			}
			os.WriteFile(p, []byte(src), 0o644)
		}
	}
	write(v1)
	git("add", "-A")
	git("commit", "-q", "-m", "第1版")
	git("tag", "v1")
	// The second edition: C-09 amended, C-10 and C-11 swap numbers (text
	// unchanged), C-12 new, a check item changed, one removed, one added.
	write(map[string]string{
		"clauses/c09.md":     strings.Replace(v1["clauses/c09.md"], "第三者に再委託してはならない。", "第三者に再委託してはならない。ただし、あらかじめ発注者の書面による承認を受けたときは、この限りでない。", 1),
		"clauses/c10.md":     strings.Replace(v1["clauses/c10.md"], "order: 10", "order: 11", 1),
		"clauses/c11.md":     strings.Replace(v1["clauses/c11.md"], "order: 11", "order: 10", 1),
		"clauses/c12.md":     "---\nid: C-12\ntitle: 事故の報告\norder: 12\nrationale: 法第68条の報告のため。\nwaiver: 試験用\n---\n\n受注者は、事故が発生したときは、直ちに発注者に報告しなければならない。\n",
		"checklist/k09-1.md": strings.Replace(v1["checklist/k09-1.md"], "timing: [契約前]", "timing: [契約前, 定期]", 1),
		"checklist/k10-1.md": "",
		"checklist/k12-1.md": "---\nid: K-12-1\nclause: C-12\ntitle: 報告の手順\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\n---\n\n報告の手順書を見せてください。\n",
	})
	git("add", "-A")
	git("commit", "-q", "-m", "第2版：再委託の承認を設ける")
	git("tag", "v2")

	for _, tc := range []struct {
		args   []string
		golden string
	}{
		{[]string{"diff", "v1", "v2"}, "diff.md"},
		{[]string{"diff", "v1", "v2", "--format", "html"}, "diff.html"},
	} {
		code, out, errs := tokki(t, append(tc.args, "--source", dir)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errs)
		}
		golden := filepath.Join("testdata", tc.golden)
		if *update {
			os.WriteFile(golden, []byte(out), 0o644)
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if out != string(want) {
			t.Errorf("%v differs from %s; run go test -update and read the diff:\n%s", tc.args, golden, out)
		}
	}

	_, md, _ := tokki(t, "diff", "v1", "v2", "--source", dir)
	for _, want := range []string{
		"| 改正後 | 改正前 |",
		"<ins>ただし、あらかじめ発注者の書面による承認を受けたときは、この限りでない。</ins>",
		"〔第10条から第11条へ〕", "〔第11条から第10条へ〕", // renumbered, not deleted and added
		"| （削除） |", "| （新設） |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown lacks %q", want)
		}
	}

	// The site built from the repository lists its revisions.
	dest := filepath.Join(t.TempDir(), "site")
	if code, _, errs := tokki(t, "build", "--source", dir, "--dest", dest); code != 0 {
		t.Fatalf("build: %s", errs)
	}
	hist, _ := os.ReadFile(filepath.Join(dest, "history.html"))
	for _, want := range []string{"第2版：再委託の承認を設ける", "第1版", "2026-04-01", `href="clauses/C-09.html"`, "確認項目 2件"} {
		if !strings.Contains(string(hist), want) {
			t.Errorf("history.html lacks %q", want)
		}
	}

	// The working tree is the default second side.
	write(map[string]string{"clauses/c10.md": strings.Replace(v1["clauses/c10.md"], "漏らして", "漏えいさせて", 1)})
	code, out, _ := tokki(t, "diff", "v2", "--source", dir)
	if code != 0 || !strings.Contains(out, "作業中のファイル") || !strings.Contains(out, "<ins>えいさせ</ins>") {
		t.Errorf("diff against the working tree: %d\n%s", code, out)
	}
	// -o writes a file.
	outFile := filepath.Join(t.TempDir(), "新旧対照表.html")
	if code, _, _ := tokki(t, "diff", "v1", "v2", "--format", "html", "-o", outFile, "--source", dir); code != 0 {
		t.Error("diff -o failed")
	}
	if b, _ := os.ReadFile(outFile); !strings.Contains(string(b), "<th scope=\"col\">改正後</th>") {
		t.Error("-o did not write the HTML")
	}

	for _, args := range [][]string{{"diff", "nosuchrev"}, {"diff", "v1", "--format", "pdf"}, {"diff"}} {
		if code, _, errs := tokki(t, append(args, "--source", dir)...); code != 2 || errs == "" {
			t.Errorf("%v: exit %d", args, code)
		}
	}
	if code, _, errs := tokki(t, "diff", "HEAD", "--source", writeRaw(t, clean)); code != 2 || !strings.Contains(errs, "Git checkout") {
		t.Errorf("outside Git: exit %d, %s", code, errs)
	}
}
