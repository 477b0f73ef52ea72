package compare

import (
	"fmt"
	"html/template"
	"io"
	"regexp"
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
			newSide = newSide.add(op.Text, false)
			oldSide = oldSide.add(op.Text, false)
		case '+':
			newSide = newSide.add(op.Text, true)
		case '-':
			oldSide = oldSide.add(op.Text, true)
		}
	}
	return newSide, oldSide
}

// add appends text to the cell, in its last run when marked the same.
func (c cell) add(text string, changed bool) cell {
	if n := len(c); n > 0 && c[n-1].Changed == changed {
		c[n-1].Text += text
		return c
	}
	return append(c, run{text, changed})
}

// WriteMarkdown writes the table as Markdown for a pull-request comment:
// <ins> marks the changed parts (GitHub underlines it), <br> breaks lines.
// oldLabel and newLabel name the two versions compared (see
// revision.Revision.Label).
func WriteMarkdown(w io.Writer, changes []Change, oldLabel, newLabel string) error {
	fmt.Fprintf(w, "## 新旧対照表\n\n改正前：%s  \n改正後：%s\n\n", mdEscape(oldLabel), mdEscape(newLabel))
	if len(changes) == 0 {
		_, err := fmt.Fprint(w, noChange+"\n")
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

// noChange says that two versions read the same.
const noChange = "特記仕様書、遵守確認表及び利用説明書等に変更はありません。"

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
// repeated on every page, the changed parts underlined. Each change is cut
// into rows at the line breaks both versions share (a paragraph, 項 or
// item each), drawn as one box (no rule between its rows), so that a long
// article breaks between its paragraphs, never inside one (a row that
// does not fit is not pushed whole to the next page, leaving the first
// page empty), and a section's heading row never ends a page.
func WriteHTML(w io.Writer, changes []Change, oldLabel, newLabel string) error {
	type row struct {
		Note        string
		Left, Right cell
		First, Last bool // of its change
		Added       bool // the right side says （新設）
		Removed     bool // the left side says （削除）
	}
	type section struct {
		Name string
		Rows []row
	}
	var sections []section
	for _, ch := range changes {
		if len(sections) == 0 || sections[len(sections)-1].Name != ch.Section {
			sections = append(sections, section{Name: ch.Section})
		}
		s := &sections[len(sections)-1]
		pairs := paragraphs(ch.Ops)
		for i, p := range pairs {
			r := row{Left: p[0], Right: p[1], First: i == 0, Last: i == len(pairs)-1}
			if i == 0 {
				r.Note = ch.Note
				r.Added, r.Removed = ch.Kind == "新設", ch.Kind == "削除"
			}
			if ch.Kind == "新設" {
				r.Right = nil
			}
			if ch.Kind == "削除" {
				r.Left = nil
			}
			s.Rows = append(s.Rows, r)
		}
	}
	return htmlTable.Execute(w, struct {
		Old, New, NoChange string
		Sections           []section
	}{oldLabel, newLabel, noChange, sections})
}

// paragraphs cuts a comparison into pairs of cells (new, old) at the line
// breaks both texts share, or, for an added or removed text, at its own.
// A heading line (the first line of a change, （見出し）, 第N条, 【解説】)
// stays with the line after it.
func paragraphs(ops []Op) [][2]cell {
	oneSided := len(ops) > 0
	for _, op := range ops {
		oneSided = oneSided && op.Kind == ops[0].Kind && op.Kind != '='
	}
	var out [][2]cell
	var cur []Op
	var line strings.Builder // the new text's line being cut, to spot a heading
	first := true
	for _, op := range ops {
		if op.Kind != '=' && !oneSided {
			cur = append(cur, op)
			if op.Kind == '+' {
				line.WriteString(op.Text)
			}
			continue
		}
		parts := strings.Split(op.Text, "\n")
		for i, p := range parts {
			if p != "" {
				cur = append(cur, Op{op.Kind, p})
				line.WriteString(p)
			}
			if i == len(parts)-1 {
				continue
			}
			if first || heading.MatchString(lastLine(line.String())) {
				cur = append(cur, Op{op.Kind, "\n"})
				line.WriteString("\n")
				first = false
				continue
			}
			n, o := sides(cur)
			out = append(out, [2]cell{n, o})
			cur = nil
			line.Reset()
		}
	}
	if len(cur) > 0 || len(out) == 0 {
		n, o := sides(cur)
		out = append(out, [2]cell{n, o})
	}
	return out
}

// heading is a line that heads what follows: a clause's caption, its
// article number, the 解説 label.
var heading = regexp.MustCompile(`^(（[^）]*）|第[0-9０-９]+条|【[^】]*】)$`)

func lastLine(s string) string {
	return s[strings.LastIndexByte(s, '\n')+1:]
}

var htmlTable = template.Must(template.New("table").Parse(`<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>新旧対照表</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "BIZ UDPMincho", "Yu Mincho", "Hiragino Mincho ProN", serif; font-size: 10.5pt; line-height: 1.7; color: #000; margin: 1.5rem; }
@media print { body { margin: 0; } }
h1 { font-size: 14pt; text-align: center; margin-top: 0; }
p.meta { font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
thead { display: table-header-group; }
th, td { border: 1px solid #000; padding: 0.2em 0.6em; vertical-align: top; white-space: pre-wrap; overflow-wrap: anywhere; }
th { background: #f2f2f2; }
tr.first td { padding-top: 0.4em; }
tr.last td { padding-bottom: 0.4em; }
tr.cont td { border-top-style: hidden; }
tr { break-inside: avoid; }
tr.section { break-after: avoid; }
tr.section td { background: #f2f2f2; font-weight: bold; white-space: normal; padding: 0.4em 0.6em; }
u { text-decoration: underline; text-underline-offset: 0.2em; }
.note { display: block; font-size: 9pt; }
</style>
</head>
<body>
<h1>新旧対照表</h1>
<p class="meta">改正前：{{.Old}}<br>改正後：{{.New}}</p>
{{if .Sections}}<p class="meta">（傍線部分は改正部分）</p>
<table>
<thead><tr><th scope="col">改正後</th><th scope="col">改正前</th></tr></thead>
{{range .Sections}}<tbody>
<tr class="section"><td colspan="2">{{.Name}}</td></tr>
{{range .Rows}}<tr class="{{if .First}}first{{else}}cont{{end}}{{if .Last}} last{{end}}"><td>{{with .Note}}<span class="note">〔{{.}}〕</span>{{end}}{{if .Removed}}（削除）{{else}}{{range .Left}}{{if .Changed}}<u>{{.Text}}</u>{{else}}{{.Text}}{{end}}{{end}}{{end}}</td><td>{{if .Added}}（新設）{{else}}{{range .Right}}{{if .Changed}}<u>{{.Text}}</u>{{else}}{{.Text}}{{end}}{{end}}{{end}}</td></tr>
{{end}}</tbody>
{{end}}</table>
{{else}}<p>{{.NoChange}}</p>
{{end}}</body>
</html>
`))
