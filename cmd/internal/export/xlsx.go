package export

import (
	"bytes"
	"fmt"

	"github.com/xuri/excelize/v2"
)

// XLSX writes the 遵守確認表 as an Excel workbook an inspector fills in: one
// header row, frozen; widths that fit Japanese text, wrapped; A4 landscape
// with the header repeated on every printed page; a drop-down on 結果
// (適 / 否 / 該当なし). Each row says what to ask or look at (確認すること)
// and what a good answer looks like (よい状態), so the sheet is the form
// the inspector takes along.
func XLSX(d *Document) ([]byte, error) {
	const sheet = "遵守確認表"
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, err
	}
	font := &excelize.Font{Family: "BIZ UDPGothic", Size: 10}
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: "BIZ UDPGothic", Size: 10, Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E6E6E6"}},
		Alignment: &excelize.Alignment{Vertical: "center", Horizontal: "center", WrapText: true},
		Border:    borders()})
	if err != nil {
		return nil, err
	}
	body, err := f.NewStyle(&excelize.Style{Font: font, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, Border: borders()})
	if err != nil {
		return nil, err
	}
	// Settings of the sheet come first: the stream writer keeps them.
	last := len(d.Checks) + 1
	if last > 1 {
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(fmt.Sprintf("%s2:%s%d", resultColumn, resultColumn, last))
		if err := dv.SetDropList([]string{"適", "否", "該当なし"}); err != nil {
			return nil, err
		}
		if err := f.AddDataValidation(sheet, dv); err != nil {
			return nil, err
		}
	}
	fitToPage := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fitToPage}); err != nil {
		return nil, err
	}
	a4, landscape, fit := 9, "landscape", 1
	zero := 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &fit, FitToHeight: &zero}); err != nil {
		return nil, err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + sheet + "'!$1:$1", Scope: sheet}); err != nil {
		return nil, err
	}
	widths := []float64{10, 22, 24, 44, 40, 7, 14, 14, 34, 10, 24}
	// Rows are streamed, so that a workbook of thousands of items does not
	// hold every cell as an object.
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	cells := func(values []string, style int) []interface{} {
		out := make([]interface{}, len(values))
		for i, v := range values {
			out[i] = excelize.Cell{StyleID: style, Value: v}
		}
		return out
	}
	if err := sw.SetRow("A1", cells(Header, head)); err != nil {
		return nil, err
	}
	for i, k := range d.Checks {
		r := row(k)
		// Spreadsheets do not all fit a wrapped row's height when they open
		// a file, so each row gets the height its longest cell needs.
		lines := 1
		for j, cell := range r {
			lines = max(lines, (displayWidth(cell)+int(widths[j])-1)/int(widths[j]))
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", i+2), cells(r, body), excelize.RowOpts{Height: float64(lines)*14 + 4}); err != nil {
			return nil, err
		}
	}
	if err := sw.Flush(); err != nil {
		return nil, err
	}
	f.SetDocProps(&excelize.DocProperties{Title: "遵守確認表", Creator: "tokki", Created: "2000-01-01T00:00:00Z", Modified: "2000-01-01T00:00:00Z"})
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func borders() []excelize.Border {
	var b []excelize.Border
	for _, side := range []string{"left", "right", "top", "bottom"} {
		b = append(b, excelize.Border{Type: side, Color: "808080", Style: 1})
	}
	return b
}

// displayWidth counts a wide (Japanese) character as two columns.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if r < 0x1100 {
			n++
		} else {
			n += 2
		}
	}
	return n
}
