package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/site"
)

// pageAnswers are answers files as a department keeps them: the defaults,
// each question's other answer, contract dates over the years, the
// holidays and the end of the holiday table, values with markup, task
// names with what XML, YAML and spreadsheets treat specially, and files
// tokki refuses.
var pageAnswers = []string{
	"answers: {}\n",
	"task: 住民税通知書の印刷と封入\nstart: 2026-04-01\nend: 2027-03-31\nanswers: {takeout: いいえ, subcontract: はい}\nparams: {事故報告期限: 直ちに}\n",
	"answers: {takeout: はい, mynumber: はい, length: 3か月未満}\n",
	"answers: {mynumber: はい, takeout: はい, subcontract: はい, cloud: はい, telework: はい, place: 発注者の庁舎, electronic: いいえ, paper: いいえ, length: 3か月未満}\n",
	"answers: {electronic: いいえ, paper: はい, cloud: はい}\nparams: {事故報告期限: \"<b>*1時間以内*</b>に\", 記録の保存期間: \"\", 実施状況の報告の時期: \"毎月 & 随時\"}\n",
	"task: \"住民税の通知書の印刷, 封入; 発送（長い業務名が一行に収まらず折り返される場合も）\"\nstart: 2026-01-31\nend: 2028-02-29\n",
	"task: 短い業務\nstart: 2026-04-01\nend: 2026-04-15\n",
	"task: 年末年始と連休をまたぐ業務\nstart: 2026-12-24\nend: 2027-05-06\nanswers: {subcontract: はい}\n",
	"task: 祝日の表の後\nstart: 2035-10-01\nend: 2037-12-31\n",
	"start: 2026-04-01\nend: 2026-06-30\nanswers: {length: 3か月未満, telework: はい}\n",
	"task: \"=HYPERLINK(\\\"x\\\") <w:t> & ]]> \\\"引用\\\" 'single' \\t タブ 😀 \\u0001制御\"\nanswers: {cloud: はい}\n",
	"# 業務に合わせるページで保存した回答です。\ntask: \"CON\"\nanswers:\n  \"mynumber\": \"はい\"\n  \"place\": \"発注者の庁舎\"\nparams:\n  \"事故報告期限\": \"1時間以内\"\n",
	// tokki refuses these; so must the page.
	"answers: {nosuch: はい}\n",
	"answers: {takeout: 時々}\n",
	"start: 2026-04-01\nend: 2026-05-31\nanswers: {length: 3か月以上}\n",
}

// TestPageOfficeFilesAreTheCLIs runs the 業務に合わせる page's path to its
// Word and Excel downloads under Node (tailor.js reads the answers file,
// tailors, and hands the document to assets/office.js, tokki export
// compiled to WebAssembly) and checks that for every answers file they are
// byte for byte the files tokki export writes from the same file, with the
// handbook's calendar in 西暦 and in 和暦.
func TestPageOfficeFilesAreTheCLIs(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed")
	}
	dir := t.TempDir()
	repo := filepath.Join("..", "..")
	for _, hb := range []struct{ name, calendar string }{{"seireki", ""}, {"wareki", "calendar: 和暦\n"}} {
		t.Run(hb.name, func(t *testing.T) {
			root := filepath.Join(dir, hb.name)
			for _, d := range []string{"content", "clauses", "checklist"} {
				if err := os.CopyFS(filepath.Join(root, d), os.DirFS(filepath.Join(repo, d))); err != nil {
					t.Fatal(err)
				}
			}
			if hb.calendar != "" {
				index := filepath.Join(root, "content", "_index.md")
				src, _ := os.ReadFile(index)
				os.WriteFile(index, []byte(strings.Replace(string(src), "---\n", "---\n"+hb.calendar, 1)), 0o644)
			}
			comparePageAndCLI(t, root, pageAnswers)
		})
	}
}

// A check item's question and good answer may link to clauses with the
// article's label typed by hand ([第2条](b.md), [第2条（記録）](b.md),
// [第2条 記録](b.md), an empty text) or link to a clause the task leaves
// out: the workbook shows each as tokki export relabels it for the task.
func TestPageOfficeFilesRelabelLinks(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed")
	}
	clause := func(id, title string, order int, when string) string {
		return "---\nid: " + id + "\ntitle: " + title + "\norder: " + fmt.Sprint(order) + "\nrationale: 理由。\n" + when + "---\n\n受注者は、" + title + "を守らなければならない。\n"
	}
	check := func(id, clause, aspect, question string) string {
		return "---\nid: " + id + "\nclause: " + clause + "\ntitle: 確認\naspect: " + aspect + "\ntiming: [定期]\nrationale: 理由。\nquestion: \"" + question + "\"\ngood: \"" + question + "があること。\"\n---\n"
	}
	files := map[string]string{
		"content/_index.md": "---\ntitle: 手引き\nquestions:\n  - id: takeout\n    text: 持ち出しますか。\n    answers: [はい, いいえ]\n    default: いいえ\n---\n",
		"clauses/a.md":      clause("C-01", "持出し", 1, "when: {takeout: はい}\n"),
		"clauses/b.md":      clause("C-02", "記録", 2, ""),
		"clauses/c.md":      clause("C-03", "報告", 3, ""),
		"checklist/a1.md":   check("K-01-1", "C-01", "対策", "持出しの記録"),
		"checklist/a2.md":   check("K-01-2", "C-01", "運用", "持出しの実績"),
		"checklist/b1.md":   check("K-02-1", "C-02", "対策", "[第2条](../clauses/b.md)と[第2条（記録）](../clauses/b.md)と[第2条 記録](../clauses/b.md)と[](../clauses/b.md)と[第2条第1項](../clauses/b.md)の記録"),
		"checklist/b2.md":   check("K-02-2", "C-02", "運用", "[第1条](../clauses/a.md)と[持出しの条](../clauses/a.md)と[](../clauses/a.md)の実績"),
		"checklist/c1.md":   check("K-03-1", "C-03", "対策", "[第3条](../clauses/c.md)の報告"),
		"checklist/c2.md":   check("K-03-2", "C-03", "運用", "報告の実績"),
	}
	comparePageAndCLI(t, writeRaw(t, files), []string{"answers: {}\n", "answers: {takeout: はい}\n"})
}

// comparePageAndCLI builds the handbook at root, runs the page's path to
// the Word and Excel files under Node for each answers file, and compares
// them with what tokki export writes from the same file.
func comparePageAndCLI(t *testing.T, root string, pageAnswers []string) {
	t.Helper()
	node, _ := exec.LookPath("node")
	dir := t.TempDir()
	h, err := content.Load(root)
	if err != nil {
		t.Fatal(err)
	}
	s, err := site.Build(h)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, f := range []string{"assets/tailor.js", "tailor/data.js", "assets/office.js"} {
		p := filepath.Join(dir, strings.ReplaceAll(f, "/", "-"))
		os.WriteFile(p, s.Files[f], 0o644)
		files = append(files, p)
	}
	var answers []string
	for i, a := range pageAnswers {
		p := filepath.Join(dir, fmt.Sprintf("%02d.yaml", i))
		os.WriteFile(p, []byte(a), 0o644)
		answers = append(answers, p)
	}
	list, _ := json.Marshal(answers)
	listFile := filepath.Join(dir, "answers.json")
	os.WriteFile(listFile, list, 0o644)
	outFile := filepath.Join(dir, "page.json")
	cmd := exec.Command(node, append([]string{filepath.Join("testdata", "pageoffice.js")}, append(files, listFile, outFile)...)...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node: %v\n%s", err, msg)
	}
	out, _ := os.ReadFile(outFile)
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != len(answers) {
		t.Fatalf("%d results for %d answers files", len(lines), len(answers))
	}
	for i, file := range answers {
		var page map[string]string
		if err := json.Unmarshal([]byte(lines[i]), &page); err != nil {
			t.Fatalf("%s: %v: %s", file, err, lines[i])
		}
		for _, f := range []struct{ what, format string }{{"clauses", "docx"}, {"checklist", "xlsx"}} {
			cli := filepath.Join(dir, fmt.Sprintf("%02d.%s", i, f.format))
			code, _, errs := tokki(t, "export", f.what, "--format", f.format, "--answers", file, "-o", cli, "--source", root)
			if code != 0 {
				if page["error"] == "" {
					t.Errorf("%q: tokki export refuses it (%s), the page does not", pageAnswers[i], strings.TrimSpace(errs))
				}
				continue
			}
			if page["error"] != "" {
				t.Errorf("%q: the page refuses it (%s), tokki export does not", pageAnswers[i], page["error"])
				continue
			}
			want, _ := os.ReadFile(cli)
			got, _ := base64.StdEncoding.DecodeString(page[f.format])
			if !bytes.Equal(got, want) {
				t.Errorf("%q: the page's %s (%d bytes) differs from tokki export's (%d bytes)", pageAnswers[i], f.format, len(got), len(want))
			}
		}
	}
}
