package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// clean is a handbook that lints clean.
var clean = map[string]string{
	"content/_index.md":      "---\ntitle: 手引き\nreview_days: 365\n---\n\n[第9条](../clauses/c09.md)\n",
	"content/incidents/x.md": "---\ntitle: 事故\nid: I-2022-06\ndate: 2022-06\n---\n",
	"clauses/c09.md":         "---\nid: C-09\ntitle: 再委託の禁止\norder: 9\nrationale: 理由。\nincidents: [I-2022-06]\nreviewed: " + time.Now().Format(time.DateOnly) + "\n---\n\n受注者は、再委託してはならない。\n",
	"checklist/k09-1.md":     "---\nid: K-09-1\nclause: C-09\ntitle: 承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\nquestion: 承認書を見せてください。\ngood: 着手の前の承認書があること。\n---\n",
	"checklist/k09-2.md":     "---\nid: K-09-2\nclause: C-09\ntitle: 実績\naspect: 運用\ntiming: [定期]\nrationale: 理由。\nquestion: 再委託の実績を聞きます。\ngood: 承認した相手方だけであること。\n---\n",
}

// writeTree writes a handbook and records a review of its check items, as
// an editor would have done: lint's suspect rule then stays quiet.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := writeRaw(t, files)
	if code, _, errs := tokki(t, "review", "--all", "--source", dir); code != 0 {
		t.Fatalf("review --all: %s", errs)
	}
	return dir
}

func writeRaw(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func with(files map[string]string, name, src string) map[string]string {
	out := map[string]string{}
	for k, v := range files {
		out[k] = v
	}
	out[name] = src
	return out
}

func tokki(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = execute(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestLintExitCodes(t *testing.T) {
	cleanDir := writeTree(t, clean)
	warnDir := writeTree(t, with(clean, "content/guide.md", "---\ntitle: 案内\ncolor: red\n---\n"))
	errDir := writeTree(t, with(clean, "checklist/k09-2.md", "---\nid: K-09-2\nclause: C-99\ntitle: 実績\naspect: 運用\ntiming: [定期]\nrationale: 理由。\n---\n"))
	notHandbook := t.TempDir()
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout string // substring; "" means stdout must be empty
		stderr string
	}{
		{"clean", []string{"lint", "--source", cleanDir}, 0, "", "0 errors, 0 warnings in 5 files"},
		{"warning only", []string{"lint", "--source", warnDir}, 0, "content/guide.md:3:1: warning: unknown field \"color\"", "0 errors, 1 warning"},
		{"strict fails on warning", []string{"lint", "--strict", "--source", warnDir}, 1, "[unknown-field]", "1 warning"},
		{"error", []string{"lint", "--source", errDir}, 1, "checklist/k09-2.md:3:9: error: clause \"C-99\"", "2 errors"},
		{"filter to a clean file", []string{"lint", "--source", errDir, "clauses/c09.md"}, 1, "missing-aspect", ""},
		{"filter to another file", []string{"lint", "--source", errDir, "content"}, 0, "", "0 errors"},
		{"filter to a missing file", []string{"lint", "--source", errDir, "nope.md"}, 2, "", "nope.md: no such file"},
		{"bad format", []string{"lint", "--format", "xml", "--source", cleanDir}, 2, "", `--format "xml" is not one of text, json, github, sarif`},
		{"bad flag", []string{"lint", "--no-such-flag", "--source", cleanDir}, 2, "", "tokki lint has no flag --no-such-flag"},
		{"missing source", []string{"lint", "--source", filepath.Join(cleanDir, "nope")}, 2, "", "does not exist"},
		{"not a handbook", []string{"lint", "--source", notHandbook}, 2, "", "is not a handbook"},
		{"unknown command", []string{"lnt"}, 2, "", `tokki has no command "lnt"; did you mean tokki lint?`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := tokki(t, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, out, errs)
			}
			if tc.stdout == "" && out != "" {
				t.Errorf("stdout should be empty, got %q", out)
			}
			if !strings.Contains(out, tc.stdout) {
				t.Errorf("stdout %q does not contain %q", out, tc.stdout)
			}
			if !strings.Contains(errs, tc.stderr) {
				t.Errorf("stderr %q does not contain %q", errs, tc.stderr)
			}
		})
	}
}

func TestLintJSONOnStdout(t *testing.T) {
	dir := writeTree(t, with(clean, "content/guide.md", "---\ntitle: 案内\ncolor: red\n---\n"))
	code, out, errs := tokki(t, "lint", "--format", "json", "--source", dir)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var got struct {
		Findings []struct {
			Rule, Severity, File, Message string
			Line, Column                  int
		}
		Errors, Warnings int
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, out)
	}
	if got.Warnings != 1 || got.Errors != 0 || got.Findings[0].Rule != "unknown-field" || got.Findings[0].Line != 3 {
		t.Errorf("got %+v", got)
	}
}

func TestVersionAndHelp(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"version"}} {
		code, out, _ := tokki(t, args...)
		if code != 0 || !strings.HasPrefix(out, "tokki ") {
			t.Errorf("%v: exit %d, stdout %q", args, code, out)
		}
	}
	for _, cmd := range []string{"lint", "new", "build", "serve", "version", "completion"} {
		code, out, _ := tokki(t, cmd, "--help")
		if code != 0 || !strings.Contains(out, "Usage:") || !strings.Contains(out, "--source") {
			t.Errorf("%s --help: exit %d, stdout %q", cmd, code, out)
		}
	}
	code, out, _ := tokki(t, "completion", "bash")
	if code != 0 || !strings.Contains(out, "bash completion") {
		t.Errorf("completion bash: exit %d", code)
	}
}

func TestNew(t *testing.T) {
	dir := writeTree(t, clean)
	today := time.Now().Format(time.DateOnly)
	steps := []struct {
		args []string
		code int
		path string
		has  []string
	}{
		{[]string{"new", "clause", "--title", "秘密の保持"}, 0, "clauses/c10.md", []string{"id: C-10\n", "title: 秘密の保持\n", "order: 10\n", "reviewed: " + today}},
		{[]string{"new", "clause"}, 0, "clauses/c11.md", []string{"id: C-11\n", "order: 11\n"}},
		{[]string{"new", "check", "--clause", "C-09", "--aspect", "運用"}, 0, "checklist/k09-3.md", []string{"id: K-09-3\n", "clause: C-09\n", "aspect: 運用\n"}},
		{[]string{"new", "check", "--clause", "C-10"}, 0, "checklist/k10-1.md", []string{"id: K-10-1\n", "aspect: 対策\n"}},
		{[]string{"new", "page", "guide/budget.md", "--title", "予算"}, 0, "content/guide/budget.md", []string{"title: 予算\n"}},
		{[]string{"new", "page", "incidents/2025-01-x.md", "--id", "I-2025-01"}, 0, "content/incidents/2025-01-x.md", []string{"id: I-2025-01\n", "date: " + today}},
		{[]string{"new", "page", "guide/budget.md"}, 2, "", nil},   // exists: never overwritten
		{[]string{"new", "clause", "--id", "C-09"}, 2, "", nil},    // id taken
		{[]string{"new", "check", "--clause", "C-77"}, 2, "", nil}, // no such clause
		{[]string{"new", "check"}, 2, "", nil},                   // clause missing
		{[]string{"new", "page"}, 2, "", nil},                    // path missing
		{[]string{"new", "page", "../../escape.md"}, 2, "", nil}, // outside
		{[]string{"new", "chapter"}, 2, "", nil},                 // unknown kind
	}
	for _, s := range steps {
		code, out, errs := tokki(t, append(s.args, "--source", dir)...)
		if code != s.code {
			t.Fatalf("%v: exit %d, want %d (stderr %s)", s.args, code, s.code, errs)
		}
		if s.code != 0 {
			if errs == "" {
				t.Errorf("%v: failed without a message", s.args)
			}
			continue
		}
		if strings.TrimSpace(out) != s.path {
			t.Errorf("%v: printed %q, want %q", s.args, out, s.path)
		}
		b, err := os.ReadFile(filepath.Join(dir, s.path))
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range s.has {
			if !strings.Contains(string(b), h) {
				t.Errorf("%s lacks %q:\n%s", s.path, h, b)
			}
		}
	}
	// The skeletons load with the right keys: lint asks only for what an
	// editor must still write (and for the check items a new clause still
	// lacks), never about unknown or malformed keys.
	_, out, _ := tokki(t, "lint", "--source", dir)
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.Contains(line, "[required]") && !strings.Contains(line, "[missing-aspect]") && !strings.Contains(line, "[unpaired-clause]") && !strings.Contains(line, "[suspect]") && !strings.Contains(line, "[inspection-form]") {
			t.Errorf("a fresh skeleton gives a finding other than required: %s", line)
		}
	}
	if !strings.Contains(out, "clauses/c10.md:5:1: error: rationale (解説) is empty") {
		t.Errorf("lint does not ask for the new clause's rationale:\n%s", out)
	}
}

func TestBuild(t *testing.T) {
	dir := writeTree(t, clean)
	dest := filepath.Join(t.TempDir(), "site")
	code, out, errs := tokki(t, "build", "--source", dir, "--dest", dest)
	if code != 0 || !strings.Contains(out, "built ") || !strings.Contains(out, "pages into "+dest) {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, out, errs)
	}
	for _, p := range []string{"index.html", "clauses/C-09.html", "clauses/index.html", "checklist/K-09-1.html", "search/index.js",
		"downloads/checklist.xlsx", "downloads/checklist.csv", "downloads/clauses.docx", "downloads/clauses.txt"} {
		if _, err := os.Stat(filepath.Join(dest, p)); err != nil {
			t.Error(err)
		}
	}
	before, _ := os.ReadFile(filepath.Join(dest, "index.html"))

	// A handbook with an error is not built, and the previous site stays.
	broken := writeTree(t, with(clean, "checklist/k09-2.md", "---\nid: K-09-2\nclause: C-99\n---\n"))
	code, out, errs = tokki(t, "build", "--source", broken, "--dest", dest)
	if code != 1 || out != "" || !strings.Contains(errs, "[unknown-clause]") || !strings.Contains(errs, "previous site is unchanged") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", code, out, errs)
	}
	after, _ := os.ReadFile(filepath.Join(dest, "index.html"))
	if string(before) != string(after) {
		t.Error("a failed build changed the previous site")
	}

	// Outside Git the 改訂履歴 page says there is no history.
	if b, _ := os.ReadFile(filepath.Join(dest, "history.html")); !strings.Contains(string(b), "改訂履歴はありません") {
		t.Error("history.html outside Git does not say that no history is available")
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "reviews.html")); !strings.Contains(string(b), `data-due=`) {
		t.Error("reviews.html has no due dates")
	}

	// The default destination is public/ in the handbook.
	if code, _, errs := tokki(t, "build", "--source", dir); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "index.html")); err != nil {
		t.Error(err)
	}
}

// A new handbook starts from an empty folder.
func TestNewInEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"new", "page", "_index.md", "--title", "手引き"},
		{"new", "clause", "--title", "基本的事項"},
		{"new", "check", "--clause", "C-01"},
	} {
		if code, _, errs := tokki(t, append(args, "--source", dir)...); code != 0 {
			t.Fatalf("%v: %s", args, errs)
		}
	}
	for _, p := range []string{"content/_index.md", "clauses/c01.md", "checklist/k01-1.md"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err != nil {
			t.Error(err)
		}
	}
}

func TestReview(t *testing.T) {
	dir := writeRaw(t, clean)
	lintOut := func() string {
		_, out, _ := tokki(t, "lint", "--source", dir)
		return out
	}
	if out := lintOut(); strings.Count(out, "[suspect]") != 2 {
		t.Fatalf("unreviewed items are not suspect:\n%s", out)
	}
	code, out, _ := tokki(t, "review", "K-09-1", "--source", dir)
	if code != 0 || !strings.HasPrefix(out, "reviewed K-09-1 against C-09 (") {
		t.Fatalf("exit %d: %s", code, out)
	}
	if out := lintOut(); strings.Count(out, "[suspect]") != 1 || !strings.Contains(out, "K-09-2") {
		t.Errorf("after reviewing one item:\n%s", out)
	}
	if code, _, _ := tokki(t, "review", "--clause", "C-09", "--by", "山田", "--source", dir); code != 0 {
		t.Fatal("review --clause failed")
	}
	if out := lintOut(); out != "" {
		t.Errorf("after reviewing the clause's items:\n%s", out)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "checklist", "k09-2.md"))
	if !strings.Contains(string(b), "reviewed_by: 山田\n") || !strings.Contains(string(b), "reviewed_clause: ") {
		t.Errorf("k09-2.md after review:\n%s", b)
	}

	// The clause changes: both items are suspect again, naming what changed.
	edit(t, filepath.Join(dir, "clauses", "c09.md"), func(s string) string {
		return strings.Replace(s, "再委託してはならない", "発注者の承認なく再委託してはならない", 1)
	})
	if out := lintOut(); strings.Count(out, "clause C-09 changed (text)") != 2 {
		t.Errorf("after a clause edit:\n%s", out)
	}
	code, out, _ = tokki(t, "review", "--all", "--source", dir)
	if code != 0 || strings.Count(out, "reviewed K-09-") != 2 {
		t.Errorf("review --all: %d %s", code, out)
	}
	if code, out, _ := tokki(t, "review", "--all", "--source", dir); code != 0 || !strings.Contains(out, "nothing to review") {
		t.Errorf("a second review --all: %d %s", code, out)
	}

	for _, args := range [][]string{{"K-99-1"}, {"C-99"}, {"content/nope.md"}, {"--clause", "C-99"}, {}, {"K-09-1", "--all"}} {
		code, _, errs := tokki(t, append([]string{"review", "--source", dir}, args...)...)
		if code != 2 || errs == "" {
			t.Errorf("review %v: exit %d, stderr %q", args, code, errs)
		}
	}
}

func TestTailorCommand(t *testing.T) {
	dir := writeTree(t, clean)
	answers := filepath.Join(t.TempDir(), "task.yaml")
	os.WriteFile(answers, []byte("task: 窓口業務\nstart: 2026-04-01\nend: 2026-06-30\nanswers: {}\n"), 0o644)
	ics := filepath.Join(t.TempDir(), "点検.ics")
	code, out, errs := tokki(t, "tailor", "--answers", answers, "--ics", ics, "--source", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"業務：窓口業務", "（再委託の禁止）  \n第1条", "| K-01-1（ハンドブックのK-09-1） | 第1条 |", "| 2026-04-08 | 実地 |", "| 2026-06-30 | 終了時 |", "# 判断記録"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if b, _ := os.ReadFile(ics); !strings.Contains(string(b), "DTSTART;VALUE=DATE:20260408") {
		t.Error("the calendar file lacks the inspection")
	}
	for name, src := range map[string]string{
		"unknown question": "answers: {takeout: はい}\n",
		"unknown key":      "anwers: {}\n",
		"bad date":         "start: 2026/04/01\nend: 2026-05-01\n",
	} {
		os.WriteFile(answers, []byte(src), 0o644)
		if code, _, errs := tokki(t, "tailor", "--answers", answers, "--source", dir); code != 2 || errs == "" {
			t.Errorf("%s: exit %d", name, code)
		}
	}
	if code, _, _ := tokki(t, "tailor", "--source", dir); code != 2 {
		t.Error("tailor without --answers did not fail")
	}
}

func TestExport(t *testing.T) {
	dir := writeTree(t, clean)
	out := t.TempDir()
	for _, tc := range []struct {
		args []string
		file string
		has  string
	}{
		{[]string{"checklist", "--format", "xlsx"}, "c.xlsx", "PK"},
		{[]string{"checklist", "--format", "csv"}, "c.csv", "\uFEFF番号,条項,確認項目"},
		{[]string{"clauses", "--format", "docx"}, "c.docx", "PK"},
		{[]string{"clauses", "--format", "txt"}, "c.txt", "\uFEFF個人情報の取扱いに関する特記仕様書\r\n"},
	} {
		p := filepath.Join(out, tc.file)
		code, _, errs := tokki(t, append(append([]string{"export"}, tc.args...), "-o", p, "--source", dir)...)
		if code != 0 {
			t.Fatalf("%v: %s", tc.args, errs)
		}
		if b, _ := os.ReadFile(p); !strings.HasPrefix(string(b), tc.has) {
			t.Errorf("%s starts %q", tc.file, b[:min(len(b), 20)])
		}
	}
	// Text formats go to stdout; --timing filters.
	_, csvOut, _ := tokki(t, "export", "checklist", "--format", "csv", "--timing", "契約前", "--source", dir)
	if !strings.Contains(csvOut, "K-09-1") || strings.Contains(csvOut, "K-09-2") {
		t.Errorf("--timing 契約前:\n%s", csvOut)
	}
	// Bad input: exit 2 and no file.
	answers := filepath.Join(out, "a.yaml")
	os.WriteFile(answers, []byte("answers: {nosuch: はい}\n"), 0o644)
	for _, args := range [][]string{
		{"checklist", "--format", "xlsx", "--timing", "毎月", "-o", filepath.Join(out, "bad1.xlsx")},
		{"clauses", "--format", "docx", "--answers", answers, "-o", filepath.Join(out, "bad2.docx")},
		{"checklist", "--format", "xlsx"},
		{"checklist", "--format", "docx", "-o", filepath.Join(out, "bad3.docx")},
		{"contract", "--format", "txt"},
		{"clauses", "--timing", "定期"},
	} {
		code, _, errs := tokki(t, append(append([]string{"export"}, args...), "--source", dir)...)
		if code != 2 || errs == "" {
			t.Errorf("%v: exit %d", args, code)
		}
	}
	for _, f := range []string{"bad1.xlsx", "bad2.docx", "bad3.docx"} {
		if _, err := os.Stat(filepath.Join(out, f)); err == nil {
			t.Errorf("%s was written after an error", f)
		}
	}
	if entries, _ := os.ReadDir(out); len(entries) != 5 {
		t.Errorf("left behind: %v", entries)
	}
}
