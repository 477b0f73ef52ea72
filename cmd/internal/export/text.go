package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"regexp"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// Text writes the 特記仕様書 as plain text to paste into a contract: UTF-8
// with a byte-order mark and CRLF line endings, which Notepad and Word on
// Japanese Windows open as they are; each article as contracts lay them
// out (Clause.Article): （見出し）, then 第N条　and the first paragraph.
func Text(d *Document) []byte {
	var w strings.Builder
	w.WriteString("\uFEFF" + Title + "\r\n")
	if d.Task != "" {
		w.WriteString("（" + d.Task + "）\r\n")
	}
	w.WriteString("\r\n")
	for _, c := range d.Clauses {
		for _, l := range c.Article() {
			w.WriteString(markdown.ShowValues(l) + "\r\n")
		}
		w.WriteString("\r\n")
	}
	if len(d.Forms) > 0 {
		w.WriteString(FormsHeading + "\r\n")
		for _, f := range d.Forms {
			w.WriteString(f.Line() + "\r\n")
		}
	}
	return []byte(w.String())
}

// FormsHeading heads the list of forms after the articles.
const FormsHeading = "別添　様式の一覧"

// Line is a form as the list after the articles names it, with the
// articles that ask for it: 様式第3号　再委託承認申請書（第11条、第12条）.
func (f Form) Line() string {
	a := make([]string, len(f.Articles))
	for i, n := range f.Articles {
		a[i] = fmt.Sprintf("第%d条", n)
	}
	return f.Title + "（" + strings.Join(a, "、") + "）"
}

// Header is the 遵守確認表's header row, in every format. 確認内容 is the
// item's question: what to ask or look at.
var Header = []string{"番号", "条項", "確認項目", "確認内容", "よい状態", "観点", "時期", "方法", "確認資料", "結果", "備考"}

// Results are the answers the 結果 column offers.
var Results = []string{"適", "否", "該当なし"}

// resultColumn is the 結果 column's letter in the workbook.
const resultColumn = "J"

func row(k Check) []string {
	return []string{k.ID, k.Clause, k.Title, k.Question, k.Good, k.Aspect, strings.Join(k.Timing, "、"), k.Method, k.Evidence, "", ""}
}

// CSV writes the 遵守確認表 as RFC 4180 CSV (CRLF, quoted where needed),
// UTF-8 with a byte-order mark so that Excel on Japanese Windows reads it.
// Every cell goes through safeCell.
func CSV(d *Document) []byte {
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	write := func(cells []string) {
		safe := make([]string, len(cells))
		for i, c := range cells {
			safe[i] = safeCell(c)
		}
		w.Write(safe)
	}
	write(Header)
	for _, k := range d.Checks {
		write(row(k))
	}
	w.Flush()
	return b.Bytes()
}

// safeCell keeps a spreadsheet from running a CSV cell as a formula. A
// cell that starts with =, +, -, @, a tab or a carriage return, which
// Excel and LibreOffice read as the start of a formula (=HYPERLINK(…),
// @SUM(…)|cmd…), gets a leading ' as OWASP's CSV injection advice says;
// the spreadsheet then shows it as text, quote included. A plain number
// such as -5 or +1.5 is left as it is: it is read as a number, never run,
// and a quote would only be noise. Dates (2026-04-01) start with a digit
// and need nothing.
func safeCell(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) || plainNumber.MatchString(s) {
		return s
	}
	return "'" + s
}

// plainNumber is a signed decimal number, which no spreadsheet runs.
var plainNumber = regexp.MustCompile(`^[+-]?[0-9]+(\.[0-9]+)?$`)
