package create

import (
	"fmt"
	"path"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// field is a front-matter key to fill in and what goes in it.
type field struct{ key, note string }

var (
	clauseFields = []field{
		{"title", "必須。条の見出し（例: 再委託の禁止）"},
		{"rationale", "必須。解説: この条項がないと何が起きるか、どの事故や法令の条文が根拠かを平易に書く"},
		{"stages", strings.Join(content.Stages, ", ") + " から選ぶ"},
		{"incidents", "関係する事故事例のid（例: I-2022-06）"},
		{"sources", "根拠（例: 個人情報の保護に関する法律 第66条第2項）"},
	}
	checkFields = []field{
		{"title", "必須。確認項目の見出し"},
		{"aspect", "対策（対策があること）または 運用（運用されていること）"},
		{"timing", strings.Join(content.Timings, ", ") + " から選ぶ"},
		{"method", strings.Join(content.Methods, ", ") + " から選ぶ"},
		{"evidence", "確認する資料や記録（例: 再委託承認申請書、体制図）"},
		{"rationale", "必須。この確認が必要な理由"},
		{"question", "点検者が尋ねること、又は見るもの（遵守確認表に載る）"},
		{"good", "よい回答の例（遵守確認表に載る）"},
	}
	pageFields     = []field{{"title", "必須。ページの見出し"}}
	incidentFields = []field{
		{"title", "必須。事故事例の見出し"},
		{"id", "必須。条項の incidents から参照するid"},
		{"date", "発生した日（YYYY-MM-DD、YYYY-MM または YYYY）"},
	}
	formFields = []field{
		{"title", "必須。様式第N号で始める"},
		{"id", "必須。条項の forms から参照するid"},
		{"form", "必須。様式の番号（様式第N号）"},
		{"description", "この様式を誰が、いつ出すか（ページにだけ表示し、Word版には入らない）"},
	}
)

// Guide says what to fill in in the file New wrote (rel, of kind), for the
// command to print: the file itself holds no such comments.
func Guide(kind, rel string) string {
	var fields []field
	next := ""
	switch {
	case kind == "clause":
		fields = clauseFields
		next = msg.Text("then write the clause text (受注者は、…) below the front matter, and add its check items with tokki new check --clause ID")
	case kind == "check":
		fields = checkFields
		next = msg.Text("then write below the front matter the question in full, good answers and answers that need a closer look")
	case strings.HasPrefix(rel, content.IncidentsDir+"/"):
		fields = incidentFields
	case strings.HasPrefix(rel, content.FormsDir+"/") && path.Base(rel) != "_index.md":
		fields = formFields
		next = msg.Text("then lay out the form's table below the front matter")
	default:
		fields = pageFields
	}
	var b strings.Builder
	b.WriteString(msg.Sprintf("fill in the front matter of %s:\n", rel))
	for _, f := range fields {
		fmt.Fprintf(&b, "  %-11s %s\n", f.key, f.note)
	}
	if next != "" {
		b.WriteString(next + "\n")
	}
	b.WriteString(msg.Text("tokki lint says what is still missing.\n"))
	return b.String()
}
