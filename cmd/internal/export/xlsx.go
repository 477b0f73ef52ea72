package export

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// XLSX writes the 遵守確認表 as the inspection form an inspector fills in,
// laid out as municipal forms are: on each sheet a header block (the
// title, 業務名 from the task, 受注者, 点検日, 点検者 and the timing the
// sheet is for) above the table, whose header row is frozen and printed on
// every page; a drop-down on 結果 (適 / 否 / 該当なし); A4 landscape, fit
// to the page's width, with the sheet's name and page numbers in the
// footer. Each row says what to ask or look at (確認内容) and what a good
// answer looks like (よい状態). With timings chosen (FilterTiming) each
// timing gets its own sheet, named after it, holding the items inspected
// then; otherwise one sheet, 遵守確認表, holds every item.
func XLSX(d *Document) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	s, err := newSheetStyles(f, d.Era)
	if err != nil {
		return nil, err
	}
	sheets := []string{SheetName}
	if len(d.Timings) > 0 {
		sheets = d.Timings
	}
	for i, name := range sheets {
		if i == 0 {
			err = f.SetSheetName("Sheet1", name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err != nil {
			return nil, err
		}
		checks, shown := d.Checks, "全て（"+strings.Join(Timings, "、")+"）"
		if len(d.Timings) > 0 {
			checks = slices.DeleteFunc(slices.Clone(d.Checks), func(k Check) bool { return !slices.Contains(k.Timing, name) })
			shown = name
		}
		if err := writeSheet(f, s, name, d.Task, shown, checks); err != nil {
			return nil, err
		}
	}
	f.SetDocProps(&excelize.DocProperties{Title: "遵守確認表", Creator: "tokki", Created: "2000-01-01T00:00:00Z", Modified: "2000-01-01T00:00:00Z"})
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// SheetName is the sheet of the whole 遵守確認表, when no timing is chosen.
const SheetName = "遵守確認表"

// FormTitle heads the inspection form, on every sheet and on the printed
// checklist of the site.
const FormTitle = "遵守確認表（点検記録）"

// The header block: the form's title, three rows of fields to fill in, a
// gap, then the table's header row.
const (
	headRow  = 6 // the table's header row
	firstRow = headRow + 1
)

// The number formats of the 点検日 cell: the Western calendar, and 和暦
// (令和8年4月1日) in the form both Excel and LibreOffice read (LibreOffice
// 7.4 shows a [$-ja-JP-x-gannen] format as a bare number).
const (
	DateFormat = `yyyy"年"m"月"d"日"`
	EraFormat  = `[$-411]ggge"年"m"月"d"日"`
)

// DateBlank is the 点検日 as printed before anyone fills it in: room for
// the year, month and day, written by hand.
func DateBlank(era bool) string {
	if era {
		return "令和　　年　　月　　日"
	}
	return "　　　　年　　月　　日"
}

type sheetStyles struct {
	title, label, value, date, head, body int
	era                                   bool
}

func newSheetStyles(f *excelize.File, era bool) (sheetStyles, error) {
	s := sheetStyles{era: era}
	font := func(size float64, bold bool) *excelize.Font {
		return &excelize.Font{Family: "BIZ UDPGothic", Size: size, Bold: bold}
	}
	shade := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E6E6E6"}}
	format := DateFormat
	if era {
		format = EraFormat
	}
	for _, st := range []struct {
		id    *int
		style *excelize.Style
	}{
		{&s.title, &excelize.Style{Font: font(14, true), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
		{&s.label, &excelize.Style{Font: font(10, true), Fill: shade, Border: borders(), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
		{&s.value, &excelize.Style{Font: font(11, false), Border: borders(), Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&s.date, &excelize.Style{Font: font(11, false), Border: borders(), Alignment: &excelize.Alignment{Vertical: "center"}, CustomNumFmt: &format}},
		{&s.head, &excelize.Style{Font: font(10, true), Fill: shade, Border: borders(), Alignment: &excelize.Alignment{Vertical: "center", Horizontal: "center", WrapText: true}}},
		{&s.body, &excelize.Style{Font: font(10, false), Border: borders(), Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
	} {
		id, err := f.NewStyle(st.style)
		if err != nil {
			return s, err
		}
		*st.id = id
	}
	return s, nil
}

// columnWidths are the table's columns' widths, in characters.
var columnWidths = []float64{10, 22, 24, 44, 40, 7, 14, 14, 34, 10, 24}

func writeSheet(f *excelize.File, s sheetStyles, sheet, task, timing string, checks []Check) error {
	// Settings of the sheet come first: the stream writer keeps them.
	last := firstRow + len(checks) - 1
	if len(checks) > 0 {
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(fmt.Sprintf("%s%d:%s%d", resultColumn, firstRow, resultColumn, last))
		if err := dv.SetDropList(Results); err != nil {
			return err
		}
		if err := f.AddDataValidation(sheet, dv); err != nil {
			return err
		}
	}
	fitToPage := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fitToPage}); err != nil {
		return err
	}
	a4, landscape, fit, zero := 9, "landscape", 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &fit, FitToHeight: &zero}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: "&L&A&C&P / &N"}); err != nil {
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$%d:$%d", sheet, headRow, headRow), Scope: sheet}); err != nil {
		return err
	}
	// Rows are streamed, so that a workbook of thousands of items does not
	// hold every cell as an object.
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for i, w := range columnWidths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	top := fmt.Sprintf("A%d", firstRow)
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headRow, TopLeftCell: top, ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	cells := func(values []string, style int) []interface{} {
		out := make([]interface{}, len(values))
		for i, v := range values {
			out[i] = excelize.Cell{StyleID: style, Value: v}
		}
		return out
	}
	// The header block: a label in A and in F:G, the field to fill in
	// B:E and H:K, merged, every cell of a merge bordered so that the
	// field prints as one box.
	field := func(row int, label, value string, style int, label2, value2 string) error {
		r := []interface{}{excelize.Cell{StyleID: s.label, Value: label}, excelize.Cell{StyleID: style, Value: value}}
		for range 3 {
			r = append(r, excelize.Cell{StyleID: style})
		}
		if label2 != "" {
			r = append(r, excelize.Cell{StyleID: s.label, Value: label2}, excelize.Cell{StyleID: s.label}, excelize.Cell{StyleID: s.value, Value: value2})
			for range 3 {
				r = append(r, excelize.Cell{StyleID: s.value})
			}
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", row), r, excelize.RowOpts{Height: 26}); err != nil {
			return err
		}
		if err := sw.MergeCell(fmt.Sprintf("B%d", row), fmt.Sprintf("E%d", row)); err != nil {
			return err
		}
		if label2 == "" {
			return nil
		}
		if err := sw.MergeCell(fmt.Sprintf("F%d", row), fmt.Sprintf("G%d", row)); err != nil {
			return err
		}
		return sw.MergeCell(fmt.Sprintf("H%d", row), fmt.Sprintf("K%d", row))
	}
	if err := sw.SetRow("A1", []interface{}{excelize.Cell{StyleID: s.title, Value: FormTitle}}, excelize.RowOpts{Height: 30}); err != nil {
		return err
	}
	if err := sw.MergeCell("A1", "K1"); err != nil {
		return err
	}
	if err := field(2, "業務名", task, s.value, "受注者", ""); err != nil {
		return err
	}
	if err := field(3, "点検日", DateBlank(s.era), s.date, "点検者", ""); err != nil {
		return err
	}
	if err := field(4, "時期", timing, s.value, "", ""); err != nil {
		return err
	}
	if err := sw.SetRow(fmt.Sprintf("A%d", headRow), cells(Header, s.head)); err != nil {
		return err
	}
	for i, k := range checks {
		r := row(k)
		// Spreadsheets do not all fit a wrapped row's height when they open
		// a file, so each row gets the height its longest cell needs.
		lines := 1
		for j, cell := range r {
			lines = max(lines, (displayWidth(cell)+int(columnWidths[j])-1)/int(columnWidths[j]))
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", firstRow+i), cells(r, s.body), excelize.RowOpts{Height: float64(lines)*14 + 4}); err != nil {
			return err
		}
	}
	return sw.Flush()
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
