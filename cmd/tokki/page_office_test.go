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
	node, err := exec.LookPath("node")
	if err != nil {
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
				p := filepath.Join(dir, hb.name+"-"+strings.ReplaceAll(f, "/", "-"))
				os.WriteFile(p, s.Files[f], 0o644)
				files = append(files, p)
			}
			var answers []string
			for i, a := range pageAnswers {
				p := filepath.Join(dir, fmt.Sprintf("%s-%02d.yaml", hb.name, i))
				os.WriteFile(p, []byte(a), 0o644)
				answers = append(answers, p)
			}
			list, _ := json.Marshal(answers)
			listFile := filepath.Join(dir, hb.name+"-answers.json")
			os.WriteFile(listFile, list, 0o644)
			outFile := filepath.Join(dir, hb.name+"-page.json")
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
					cli := filepath.Join(dir, fmt.Sprintf("%s-%02d.%s", hb.name, i, f.format))
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
						os.WriteFile(cli+".page", got, 0o644)
					}
				}
			}
		})
	}
}
