//go:build unix

package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// These tests run the real binary and check what it writes: through
// symbolic links, into pipes and devices, never from a handbook with
// errors, CSV cells a spreadsheet would run, and Git called with hostile
// revisions, Japanese paths and shallow clones.

func writersRead(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writersIsLink(t *testing.T, name string) bool {
	t.Helper()
	st, err := os.Lstat(name)
	if err != nil {
		t.Fatal(err)
	}
	return st.Mode()&os.ModeSymlink != 0
}

// -o to a symbolic link writes the file it points to; the link stays, and
// so does the file's mode. Every command's -o does.
func TestWritersThroughSymlink(t *testing.T) {
	src := writeTree(t, clean)
	answers := filepath.Join(t.TempDir(), "task.yaml")
	os.WriteFile(answers, []byte("task: 窓口業務\nstart: 2026-04-01\nend: 2026-06-30\n"), 0o644)
	for _, tc := range []struct {
		name string
		args []string
		has  string
	}{
		{"csv", []string{"export", "checklist", "--format", "csv", "-o"}, "\uFEFF番号,"},
		{"xlsx", []string{"export", "checklist", "--format", "xlsx", "-o"}, "PK"},
		{"tailor", []string{"tailor", "--answers", answers, "-o"}, "# 個人情報"},
		{"ics", []string{"tailor", "--answers", answers, "-o", "-", "--ics"}, "BEGIN:VCALENDAR"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			shared := t.TempDir()
			target := filepath.Join(shared, "共有 の 表")
			os.WriteFile(target, []byte("old"), 0o640)
			work := t.TempDir()
			link := filepath.Join(work, "out")
			if err := os.Symlink(target, link); err != nil {
				t.Fatal(err)
			}
			code, _, errs := runBinary(t, work, nil, append(append(tc.args, "out"), "--source", src)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if !writersIsLink(t, link) {
				t.Error("the link was replaced by a file")
			}
			if got := writersRead(t, target); !strings.HasPrefix(got, tc.has) {
				t.Errorf("the target starts %q", got[:min(len(got), 20)])
			}
			if st, _ := os.Stat(target); st.Mode().Perm() != 0o640 {
				t.Errorf("the target's mode became %v", st.Mode().Perm())
			}
			for _, dir := range []string{shared, work} {
				if entries, _ := os.ReadDir(dir); len(entries) != 1 {
					t.Errorf("%s holds %v", dir, entries)
				}
			}
		})
	}
}

// -o - streams every format to stdout, so a workbook can be piped; -o
// /dev/stdout writes into the pipe or the file the shell gave, instead
// of renaming a file over it.
func TestWritersStdout(t *testing.T) {
	src := writeTree(t, clean)
	work := t.TempDir()
	for _, tc := range []struct {
		what, format, has string
	}{
		{"checklist", "xlsx", "PK\x03\x04"},
		{"clauses", "docx", "PK\x03\x04"},
		{"checklist", "csv", "\uFEFF番号,"},
		{"clauses", "txt", "\uFEFF"},
	} {
		for _, o := range []string{"-", "/dev/stdout"} {
			code, out, errs := runBinary(t, work, nil, "export", tc.what, "--format", tc.format, "-o", o, "--source", src)
			if code != 0 || !bytes.HasPrefix(out, []byte(tc.has)) {
				t.Errorf("%s -o %s: exit %d, stdout starts %q, stderr %s", tc.format, o, code, out[:min(len(out), 8)], errs)
			}
		}
	}
	// The shell sends stdout to a file: the file gets the workbook, and
	// nothing else appears beside it.
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "遵守確認表.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	code, _, errs := runBinary(t, work, f, "export", "checklist", "--format", "xlsx", "-o", "/dev/stdout", "--source", src)
	if code != 0 {
		t.Fatalf("-o /dev/stdout into a file: exit %d: %s", code, errs)
	}
	if got := writersRead(t, f.Name()); !strings.HasPrefix(got, "PK\x03\x04") {
		t.Errorf("the file starts %q", got[:min(len(got), 8)])
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("beside the file: %v", entries)
	}
	// Binary formats still need -o: a workbook is not for a terminal.
	if code, _, errs := runBinary(t, work, nil, "export", "checklist", "--format", "xlsx", "--source", src); code != 2 || !strings.Contains(errs, "-o -") {
		t.Errorf("xlsx without -o: exit %d, %s", code, errs)
	}
	// --ics - and the document cannot share stdout.
	answers := filepath.Join(dir, "task.yaml")
	os.WriteFile(answers, []byte("start: 2026-04-01\nend: 2026-06-30\n"), 0o644)
	if code, _, errs := runBinary(t, work, nil, "tailor", "--answers", answers, "--ics", "-", "--source", src); code != 2 || !strings.Contains(errs, "--ics -") {
		t.Errorf("--ics - with the document on stdout: exit %d, %s", code, errs)
	}
}

// tokki review on a check item that is a symbolic link stamps the file it
// points to and keeps the link.
func TestWritersReviewSymlink(t *testing.T) {
	files := with(clean, "shared/k09-1.md", clean["checklist/k09-1.md"])
	delete(files, "checklist/k09-1.md")
	src := writeRaw(t, files)
	link := filepath.Join(src, "checklist", "k09-1.md")
	if err := os.Symlink(filepath.Join("..", "shared", "k09-1.md"), link); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runBinary(t, src, nil, "review", "K-09-1", "--by", "- 山田", "--source", src)
	if code != 0 || !strings.Contains(string(out), "reviewed K-09-1") {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	if !writersIsLink(t, link) {
		t.Error("the check item is no longer a link")
	}
	got := writersRead(t, filepath.Join(src, "shared", "k09-1.md"))
	if !strings.Contains(got, "reviewed_clause: ") {
		t.Errorf("the linked file was not stamped:\n%s", got)
	}
	// --by "- 山田" is a name, not a YAML list.
	fm, _, _ := strings.Cut(strings.TrimPrefix(got, "---\n"), "\n---\n")
	var m map[string]any
	if err := yaml.Unmarshal([]byte(fm), &m); err != nil || m["reviewed_by"] != "- 山田" {
		t.Errorf("reviewed_by reads back as %#v (%v)", m["reviewed_by"], err)
	}
	if entries, _ := os.ReadDir(filepath.Join(src, "checklist")); len(entries) != 2 {
		t.Errorf("checklist/ holds %v", entries)
	}
}

// export and tailor lint first: a handbook with an error gives exit 1, the
// findings, and no file.
func TestWritersRefuseLintErrors(t *testing.T) {
	src := writeTree(t, with(clean, "checklist/k09-2.md", "---\nid: K-09-2\nclause: C-99\ntitle: 実績\naspect: 運用\ntiming: [定期]\nrationale: 理由。\n---\n"))
	out := t.TempDir()
	answers := filepath.Join(t.TempDir(), "task.yaml")
	os.WriteFile(answers, []byte("task: 窓口業務\nstart: 2026-04-01\nend: 2026-06-30\n"), 0o644)
	for _, args := range [][]string{
		{"export", "checklist", "--format", "csv", "-o", filepath.Join(out, "c.csv")},
		{"export", "checklist", "--format", "xlsx", "-o", "-"},
		{"export", "clauses", "--format", "txt"},
		{"tailor", "--answers", answers, "-o", filepath.Join(out, "t.md"), "--ics", filepath.Join(out, "t.ics")},
	} {
		code, stdout, errs := runBinary(t, out, nil, append(args, "--source", src)...)
		if code != 1 || len(stdout) > 0 || !strings.Contains(errs, "checklist/k09-2.md:3:9: error:") || !strings.Contains(errs, "the handbook has 2 errors") {
			t.Errorf("%v: exit %d, stdout %q\nstderr %s", args, code, stdout, errs)
		}
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("written despite the errors: %v", entries)
	}
}

// Cells that Excel would run get a leading ', in tokki export's CSV and
// in the site's downloads/checklist.csv alike.
func TestWritersCSVInjection(t *testing.T) {
	hostile := map[string]string{
		"=HYPERLINK(\"http://example.com\",\"押す\")": "'=HYPERLINK(\"http://example.com\",\"押す\")",
		"@SUM(1+1)*cmd|' /C calc'!A0":               "'@SUM(1+1)*cmd|' /C calc'!A0",
		"+81 3 1234 5678":                           "'+81 3 1234 5678",
		"-2+3":                                      "'-2+3",
		"-5":                                        "-5",
	}
	files := clean
	n := 3
	for cell := range hostile {
		quoted, _ := yaml.Marshal(cell)
		files = with(files, "checklist/k09-"+string(rune('0'+n))+".md",
			"---\nid: K-09-"+string(rune('0'+n))+"\nclause: C-09\ntitle: "+strings.TrimSpace(string(quoted))+"\naspect: 対策\ntiming: [随時]\nevidence: "+strings.TrimSpace(string(quoted))+"\nrationale: 理由。\nquestion: "+strings.TrimSpace(string(quoted))+"\ngood: よい。\n---\n")
		n++
	}
	src := writeTree(t, files)
	check := func(where string, b []byte) {
		t.Helper()
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\uFEFF")))).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", where, err)
		}
		seen := 0
		title, question, evidence := slices.Index(rows[0], "確認項目"), slices.Index(rows[0], "確認内容"), slices.Index(rows[0], "確認資料")
		for _, r := range rows[1:] {
			for _, cell := range []string{r[title], r[question], r[evidence]} {
				for in, want := range hostile {
					if cell == want || cell == in {
						seen++
						if cell != want {
							t.Errorf("%s: %q written as %q, want %q", where, in, cell, want)
						}
					}
				}
			}
		}
		if seen != 3*len(hostile) {
			t.Errorf("%s: found %d of %d hostile cells:\n%s", where, seen, 3*len(hostile), b)
		}
	}
	code, out, errs := runBinary(t, src, nil, "export", "checklist", "--format", "csv", "--source", src)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	check("tokki export", out)
	dest := filepath.Join(t.TempDir(), "site")
	if code, _, errs := runBinary(t, src, nil, "build", "--source", src, "--dest", dest); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	check("downloads/checklist.csv", []byte(writersRead(t, filepath.Join(dest, "downloads", "checklist.csv"))))
}

// A revision that starts with - is refused before git runs: git log would
// read --output=FILE as an option and write the file.
func TestWritersGitRevisionOption(t *testing.T) {
	dir, git := gitRepo(t)
	for name, src := range v1 {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644)
	}
	git("add", "-A")
	git("commit", "-q", "-m", "第1版")
	victim := t.TempDir()
	target := filepath.Join(victim, "x")
	for _, args := range [][]string{
		{"diff", "--source", dir, "--", "--output=" + target},
		{"diff", "--source", dir, "HEAD", "--", "--output=" + target},
		{"diff", "--source", dir, "--", "-p"},
	} {
		code, out, errs := runBinary(t, dir, nil, args...)
		if code != 2 || len(out) > 0 || !strings.Contains(errs, "starts with -, which git would read as an option") {
			t.Errorf("%v: exit %d, stdout %q, stderr %s", args, code, out, errs)
		}
	}
	if entries, _ := os.ReadDir(victim); len(entries) != 0 {
		t.Errorf("git wrote %v", entries)
	}
	// An unknown revision: the message says what failed and what to do.
	if code, _, errs := runBinary(t, dir, nil, "diff", "v9", "--source", dir); code != 2 || !strings.Contains(errs, `revision "v9" is not a commit in this repository; check its name with git log or git tag`) {
		t.Errorf("unknown revision: exit %d, %s", code, errs)
	}
}

// A handbook in a folder with spaces and Japanese in its name, with such
// file names, works with diff and with the 改訂履歴 page.
func TestWritersGitJapanesePath(t *testing.T) {
	dir, git := gitRepo(t)
	root := filepath.Join(dir, "手引き 第2版 [案]")
	rename := map[string]string{"clauses/c09.md": "clauses/第9条 再委託.md"}
	for name, src := range v1 {
		if to, ok := rename[name]; ok {
			name = to
		}
		os.MkdirAll(filepath.Join(root, filepath.Dir(name)), 0o755)
		os.WriteFile(filepath.Join(root, name), []byte(src), 0o644)
	}
	git("add", "-A")
	git("commit", "-q", "-m", "第1版")
	c09 := filepath.Join(root, "clauses", "第9条 再委託.md")
	os.WriteFile(c09, []byte(strings.Replace(v1["clauses/c09.md"], "第三者に", "他の者に", 1)), 0o644)
	git("commit", "-q", "-am", "第2版")

	code, out, errs := runBinary(t, root, nil, "diff", "HEAD~1", "HEAD", "--source", root)
	if code != 0 || !strings.Contains(string(out), "<ins>他の</ins>者に") {
		t.Errorf("diff: exit %d: %s\n%s", code, errs, out)
	}
	dest := filepath.Join(t.TempDir(), "site")
	if code, _, errs := runBinary(t, root, nil, "build", "--source", root, "--dest", dest); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	hist := writersRead(t, filepath.Join(dest, "history.html"))
	if strings.Count(hist, `href="clauses/C-09.html"`) != 2 || !strings.Contains(hist, "第2版") || strings.Contains(hist, `\3`) {
		t.Errorf("history.html does not list both revisions of the clause:\n%s", hist)
	}
}

// A site built from a shallow clone says its 改訂履歴 is incomplete and
// how to fetch the rest; it never shows the oldest fetched commit as the
// one that changed every file.
func TestWritersShallowHistory(t *testing.T) {
	dir, git := gitRepo(t)
	for name, src := range v1 {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644)
	}
	git("add", "-A")
	git("commit", "-q", "-m", "第1版")
	os.WriteFile(filepath.Join(dir, "clauses", "c10.md"), []byte(strings.Replace(v1["clauses/c10.md"], "漏らして", "漏えいさせて", 1)), 0o644)
	git("commit", "-q", "-am", "第2版")
	os.WriteFile(filepath.Join(dir, "clauses", "c09.md"), []byte(strings.Replace(v1["clauses/c09.md"], "第三者に", "他の者に", 1)), 0o644)
	git("commit", "-q", "-am", "第3版")

	clone := filepath.Join(t.TempDir(), "clone")
	git("clone", "-q", "--depth", "2", "file://"+dir, clone)
	dest := filepath.Join(t.TempDir(), "site")
	if code, _, errs := runBinary(t, clone, nil, "build", "--source", clone, "--dest", dest); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	hist := writersRead(t, filepath.Join(dest, "history.html"))
	for _, want := range []string{"この改訂履歴は途中までです", "git fetch --unshallow", "fetch-depth: 0", "第3版", "第2版", "不明"} {
		if !strings.Contains(hist, want) {
			t.Errorf("history.html lacks %q", want)
		}
	}
	// 第3版 changed C-09 only; 第2版 is cut, so it names no clause, and
	// 第1版 is not there at all.
	if strings.Count(hist, `href="clauses/C-09.html"`) != 1 || strings.Contains(hist, `href="clauses/C-10.html"`) || strings.Contains(hist, "第1版") || strings.Contains(hist, "確認項目 2件") {
		t.Errorf("history.html claims changes it cannot know:\n%s", hist)
	}
	// A revision the clone lacks: diff says how to fetch it.
	if code, _, errs := runBinary(t, clone, nil, "diff", "HEAD~2", "--source", clone); code != 2 || !strings.Contains(errs, "git fetch --unshallow") {
		t.Errorf("diff HEAD~2 in a shallow clone: exit %d, %s", code, errs)
	}
}

// tailor refuses contract dates outside 1900–2999, naming the field, and
// says so when the answers file is empty.
func TestWritersTailorInput(t *testing.T) {
	src := writeTree(t, clean)
	answers := filepath.Join(t.TempDir(), "task.yaml")
	for _, tc := range []struct {
		file  string
		flags []string
		want  string
	}{
		{"start: 0001-01-01\nend: 2026-06-30\n", nil, answers + ": start 0001-01-01 is outside the years 1900–2999"},
		{"start: 2026-04-01\nend: 9999-12-31\n", nil, answers + ": end 9999-12-31 is outside the years 1900–2999"},
		{"start: 2026-04-01\nend: 2026-06-30\n", []string{"--start", "1899-12-31"}, "--start 1899-12-31 is outside the years 1900–2999"},
		{"start: 2026-04-01\n", []string{"--end", "3000-01-01"}, "--end 3000-01-01 is outside the years 1900–2999"},
		{"", nil, "the answers file " + answers + " is empty"},
		{"# 後で書く\n\n", nil, "the answers file " + answers + " is empty"},
		{"---\n", nil, "the answers file " + answers + " is empty"},
	} {
		os.WriteFile(answers, []byte(tc.file), 0o644)
		code, out, errs := tokki(t, append([]string{"tailor", "--answers", answers, "--source", src}, tc.flags...)...)
		if code != 2 || out != "" || !strings.Contains(errs, tc.want) || strings.Contains(errs, "EOF") {
			t.Errorf("%q %v: exit %d, stderr %q, want %q", tc.file, tc.flags, code, errs, tc.want)
		}
	}
	// A flag over a bad date in the file wins.
	os.WriteFile(answers, []byte("start: 0001-01-01\nend: 2026-06-30\n"), 0o644)
	if code, _, errs := tokki(t, "tailor", "--answers", answers, "--start", "2026-04-01", "--source", src); code != 0 {
		t.Errorf("--start over the file's date: exit %d: %s", code, errs)
	}
}

// tokki new page --id writes valid YAML for any id.
func TestWritersNewID(t *testing.T) {
	src := writeTree(t, clean)
	for i, id := range []string{"a: b", "#x", "'", "- y", "事故 第1号", "true"} {
		rel := "incidents/i" + string(rune('0'+i)) + ".md"
		code, out, errs := tokki(t, "new", "page", rel, "--id", id, "--source", src)
		if code != 0 {
			t.Fatalf("--id %q: exit %d: %s", id, code, errs)
		}
		b := writersRead(t, filepath.Join(src, filepath.FromSlash(strings.TrimSpace(out))))
		fm, _, _ := strings.Cut(strings.TrimPrefix(b, "---\n"), "\n---\n")
		var m map[string]any
		if err := yaml.Unmarshal([]byte(fm), &m); err != nil || m["id"] != id {
			t.Errorf("--id %q: reads back as %#v (%v):\n%s", id, m["id"], err, b)
		}
	}
}
