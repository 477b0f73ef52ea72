package compare

import (
	"fmt"
	"html/template"
	"io"
	"strings"
)

// A 新旧対照表 puts the new text (改正後) on the left and the old text (改正前)
// on the right, and underlines (傍線) the changed parts in both columns, as
// Japanese public bodies lay out every revision of their rules.

// cell is one side of a row: runs of text, marked where they changed.
type cell []run

type run struct {
	Text    string
	Changed bool
}

func sides(ops []Op) (newSide, oldSide cell) {
	for _, op := range ops {
		switch op.Kind {
		case '=':
			newSide = append(newSide, run{op.Text, false})
			oldSide = append(oldSide, run{op.Text, false})
		case '+':
			newSide = append(newSide, run{op.Text, true})
		case '-':
			oldSide = append(oldSide, run{op.Text, true})
		}
	}
	return newSide, oldSide
}

// WriteMarkdown writes the table as Markdown for a pull-request comment:
// <ins> marks the changed parts (GitHub underlines it), <br> breaks lines.
// oldLabel and newLabel name the two versions compared (see
// revision.Revision.Label).
func WriteMarkdown(w io.Writer, changes []Change, oldLabel, newLabel string) error {
	fmt.Fprintf(w, "## 新旧対照表\n\n改正前：%s  \n改正後：%s\n\n", mdEscape(oldLabel), mdEscape(newLabel))
	if len(changes) == 0 {
		_, err := fmt.Fprint(w, "特記仕様書と遵守確認表に変更はありません。\n")
		return err
	}
	fmt.Fprint(w, "（傍線部分は改正部分）\n")
	section := ""
	for _, ch := range changes {
		if ch.Section != section {
			section = ch.Section
			fmt.Fprintf(w, "\n### %s\n\n| 改正後 | 改正前 |\n| --- | --- |\n", section)
		}
		n, o := sides(ch.Ops)
		left, right := mdCell(n), mdCell(o)
		switch ch.Kind {
		case "新設":
			right = "（新設）"
		case "削除":
			left = "（削除）"
		}
		if ch.Note != "" {
			left = "〔" + ch.Note + "〕<br>" + left
		}
		fmt.Fprintf(w, "| %s | %s |\n", left, right)
	}
	return nil
}

func mdCell(c cell) string {
	var b strings.Builder
	for _, r := range c {
		t := mdEscape(r.Text)
		if r.Changed && strings.TrimSpace(r.Text) != "" {
			// Each line of a change is marked on its own: a tag may not
			// span a <br>.
			parts := strings.Split(t, "\n")
			for i, p := range parts {
				if p != "" {
					parts[i] = "<ins>" + p + "</ins>"
				}
			}
			t = strings.Join(parts, "\n")
		}
		b.WriteString(t)
	}
	return strings.ReplaceAll(b.String(), "\n", "<br>")
}

var mdEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "|", "\\|", "\\", "\\\\",
	"*", "\\*", "_", "\\_", "`", "\\`", "[", "\\[", "]", "\\]")

func mdEscape(s string) string { return mdEscaper.Replace(s) }

// WriteHTML writes the table as a page to print: A4 landscape, the header
// repeated on every page, the changed parts underlined.
func WriteHTML(w io.Writer, changes []Change, oldLabel, newLabel string) error {
	type row struct {
		Section     string
		Note        string
		Left, Right cell
		Added       bool
		Removed     bool
	}
	var rows []row
	for _, ch := range changes {
		n, o := sides(ch.Ops)
		rows = append(rows, row{ch.Section, ch.Note, n, o, ch.Kind == "新設", ch.Kind == "削除"})
	}
	return htmlTable.Execute(w, struct {
		Old, New string
		Rows     []row
	}{oldLabel, newLabel, rows})
}

var htmlTable = template.Must(template.New("table").Parse(`<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>新旧対照表</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "BIZ UDPMincho", "Yu Mincho", "Hiragino Mincho ProN", serif; font-size: 10.5pt; line-height: 1.7; color: #000; margin: 1.5rem; }
h1 { font-size: 14pt; text-align: center; }
p.meta { font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
thead { display: table-header-group; }
th, td { border: 1px solid #000; padding: 0.4em 0.6em; vertical-align: top; white-space: pre-wrap; overflow-wrap: anywhere; }
th { background: #f2f2f2; }
tr.section td { background: #f2f2f2; font-weight: bold; white-space: normal; }
tr { break-inside: avoid; }
u { text-decoration: underline; text-underline-offset: 0.2em; }
.note { display: block; font-size: 9pt; }
</style>
</head>
<body>
<h1>新旧対照表</h1>
<p class="meta">改正前：{{.Old}}<br>改正後：{{.New}}</p>
{{if .Rows}}<p class="meta">（傍線部分は改正部分）</p>
<table>
<thead><tr><th scope="col">改正後</th><th scope="col">改正前</th></tr></thead>
<tbody>{{$section := ""}}{{range .Rows}}{{if ne .Section $section}}{{$section = .Section}}
<tr class="section"><td colspan="2">{{.Section}}</td></tr>{{end}}
<tr><td>{{with .Note}}<span class="note">〔{{.}}〕</span>{{end}}{{if .Removed}}（削除）{{else}}{{range .Left}}{{if .Changed}}<u>{{.Text}}</u>{{else}}{{.Text}}{{end}}{{end}}{{end}}</td><td>{{if .Added}}（新設）{{else}}{{range .Right}}{{if .Changed}}<u>{{.Text}}</u>{{else}}{{.Text}}{{end}}{{end}}{{end}}</td></tr>{{end}}
</tbody>
</table>
{{else}}<p>特記仕様書と遵守確認表に変更はありません。</p>
{{end}}</body>
</html>
`))
