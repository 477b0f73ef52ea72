package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
)

// Text writes the 特記仕様書 as plain text to paste into a contract: UTF-8
// with a byte-order mark and CRLF line endings, which Notepad and Word on
// Japanese Windows open as they are; each article headed by its caption
// and number, （見出し） then 第N条, as contracts lay them out.
func Text(d *Document) []byte {
	var w strings.Builder
	w.WriteString("\uFEFF" + Title + "\r\n")
	if d.Task != "" {
		w.WriteString("（" + d.Task + "）\r\n")
	}
	w.WriteString("\r\n")
	for _, c := range d.Clauses {
		fmt.Fprintf(&w, "（%s）\r\n第%d条\r\n", c.Title, c.Number)
		for _, l := range c.Lines {
			w.WriteString(l + "\r\n")
		}
		w.WriteString("\r\n")
	}
	return []byte(w.String())
}

// Header is the 遵守確認表's header row, in every format.
var Header = []string{"番号", "条項", "確認項目", "観点", "時期", "方法", "確認資料", "結果", "備考"}

func row(k Check) []string {
	return []string{k.ID, k.Clause, k.Title, k.Aspect, strings.Join(k.Timing, "、"), k.Method, k.Evidence, "", ""}
}

// CSV writes the 遵守確認表 as RFC 4180 CSV (CRLF, quoted where needed),
// UTF-8 with a byte-order mark so that Excel on Japanese Windows reads it.
func CSV(d *Document) []byte {
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	w.Write(Header)
	for _, k := range d.Checks {
		w.Write(row(k))
	}
	w.Flush()
	return b.Bytes()
}
