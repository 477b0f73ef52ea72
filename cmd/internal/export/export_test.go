package export

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

var doc = &Document{
	Task: "窓口業務",
	Clauses: []Clause{
		{Number: 1, Title: "基本的事項", Lines: []string{"1　受注者は、法令を守らなければならない。", "2　受注者は、R&D <部門> を含め指示に従う。"}},
		{Number: 2, Title: "再委託の禁止", Lines: []string{"受注者は、再委託してはならない。"}},
	},
	Checks: []Check{
		{ID: "K-01-1", Clause: "第1条 基本的事項", Title: "規程, \"社内\"\nの有無", Aspect: "対策", Timing: []string{"契約前", "定期"}, Method: "書面", Evidence: "規程", Question: "規程を見せてください。", Good: "規程があること。"},
		{ID: "K-02-1", Clause: "第2条 再委託の禁止", Title: "再委託先の一覧", Aspect: "運用", Timing: []string{"終了時"}, Method: "実地", Evidence: "一覧"},
	},
}

func TestCSV(t *testing.T) {
	b := CSV(doc)
	if !bytes.HasPrefix(b, []byte("\uFEFF")) {
		t.Error("no byte-order mark")
	}
	if !bytes.Contains(b, []byte("\r\n")) {
		t.Error("not CRLF")
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || strings.Join(rows[0], ",") != strings.Join(Header, ",") || rows[1][2] != "規程, \"社内\"\nの有無" || rows[1][6] != "契約前、定期" || rows[1][3] != "規程を見せてください。" || rows[1][4] != "規程があること。" {
		t.Errorf("rows: %q", rows)
	}
}

func TestXLSX(t *testing.T) {
	b, err := XLSX(doc)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := XLSX(doc)
	if !bytes.Equal(b, again) {
		t.Error("two workbooks of the same document differ")
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if sheets := f.GetSheetList(); len(sheets) != 1 || sheets[0] != "遵守確認表" {
		t.Errorf("sheets %q, want one, 遵守確認表", sheets)
	}
	rows, _ := f.GetRows("遵守確認表")
	if len(rows) != 8 || rows[5][9] != "結果" || rows[5][3] != "確認内容" || rows[6][4] != "規程があること。" || rows[7][0] != "K-02-1" {
		t.Errorf("rows: %q", rows)
	}
	// The header block: what an inspector fills in before the table.
	for cell, want := range map[string]string{"A1": FormTitle, "A2": "業務名", "B2": "窓口業務", "F2": "受注者", "H2": "",
		"A3": "点検日", "B3": "　　　　年　　月　　日", "F3": "点検者", "H3": "", "A4": "時期", "B4": "全て（契約前、定期、終了時、随時）"} {
		if got, _ := f.GetCellValue("遵守確認表", cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	merged, _ := f.GetMergeCells("遵守確認表")
	var refs []string
	for _, m := range merged {
		refs = append(refs, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	if got := strings.Join(refs, " "); got != "A1:K1 B2:E2 F2:G2 H2:K2 B3:E3 F3:G3 H3:K3 B4:E4" {
		t.Errorf("merged cells %s", got)
	}
	if format := numberFormat(t, f, "遵守確認表", "B3"); format != DateFormat {
		t.Errorf("点検日 formatted %q, want %q", format, DateFormat)
	}
	panes, _ := f.GetPanes("遵守確認表")
	if !panes.Freeze || panes.YSplit != 6 || panes.TopLeftCell != "A7" {
		t.Errorf("table header not frozen: %+v", panes)
	}
	dvs, _ := f.GetDataValidations("遵守確認表")
	if len(dvs) != 1 || dvs[0].Formula1 != `"適,否,該当なし"` || dvs[0].Sqref != "J7:J8" {
		t.Errorf("data validation: %+v", dvs)
	}
	layout, _ := f.GetPageLayout("遵守確認表")
	if *layout.Orientation != "landscape" || *layout.Size != 9 || *layout.FitToWidth != 1 || *layout.FitToHeight != 0 {
		t.Errorf("page layout: %s %d, fit %d×%d", *layout.Orientation, *layout.Size, *layout.FitToWidth, *layout.FitToHeight)
	}
	footer, _ := f.GetHeaderFooter("遵守確認表")
	if footer == nil || footer.OddFooter != "&L&A&C&P / &N" {
		t.Errorf("footer %+v, want the sheet's name and page N / total", footer)
	}
	names := f.GetDefinedName()
	if len(names) != 1 || names[0].Name != "_xlnm.Print_Titles" || names[0].RefersTo != "'遵守確認表'!$6:$6" || names[0].Scope != "遵守確認表" {
		t.Errorf("print titles: %+v", names)
	}
}

// With timings chosen, each has its own sheet, named after it, with the
// items inspected then and the timing in its header block.
func TestXLSXSheetPerTiming(t *testing.T) {
	d := *doc
	if err := d.FilterTiming([]string{"終了時", "契約前", "定期", "終了時"}); err != nil {
		t.Fatal(err)
	}
	b, err := XLSX(&d)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if sheets := strings.Join(f.GetSheetList(), " "); sheets != "終了時 契約前 定期" {
		t.Fatalf("sheets %s, want 終了時 契約前 定期", sheets)
	}
	for sheet, want := range map[string][]string{"終了時": {"K-02-1"}, "契約前": {"K-01-1"}, "定期": {"K-01-1"}} {
		rows, _ := f.GetRows(sheet)
		var ids []string
		for _, r := range rows[headRow:] {
			ids = append(ids, r[0])
		}
		if strings.Join(ids, " ") != strings.Join(want, " ") {
			t.Errorf("sheet %s holds %q, want %q", sheet, ids, want)
		}
		if got, _ := f.GetCellValue(sheet, "B4"); got != sheet {
			t.Errorf("sheet %s says 時期 %q", sheet, got)
		}
		if got, _ := f.GetCellValue(sheet, "B2"); got != "窓口業務" {
			t.Errorf("sheet %s says 業務名 %q", sheet, got)
		}
		dvs, _ := f.GetDataValidations(sheet)
		if len(dvs) != 1 || dvs[0].Sqref != "J7:J7" {
			t.Errorf("sheet %s: data validation %+v", sheet, dvs)
		}
		footer, _ := f.GetHeaderFooter(sheet)
		if footer == nil || !strings.Contains(footer.OddFooter, "&P / &N") {
			t.Errorf("sheet %s: footer %+v", sheet, footer)
		}
	}
	names := f.GetDefinedName()
	if len(names) != 3 {
		t.Errorf("print titles: %+v, want one a sheet", names)
	}
	for _, n := range names {
		if n.RefersTo != "'"+n.Scope+"'!$6:$6" {
			t.Errorf("print titles of %s: %s", n.Scope, n.RefersTo)
		}
	}
}

// With Era the 点検日 reads 令和　年　月　日 on paper, and a date typed
// into it shows in 和暦.
func TestXLSXEra(t *testing.T) {
	d := *doc
	d.Era = true
	b, err := XLSX(&d)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := f.GetCellValue("遵守確認表", "B3"); got != "令和　　年　　月　　日" {
		t.Errorf("点検日 %q", got)
	}
	if format := numberFormat(t, f, "遵守確認表", "B3"); format != `[$-411]ggge"年"m"月"d"日"` {
		t.Errorf("点検日 formatted %q", format)
	}
}

func numberFormat(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	style, err := f.GetStyle(id)
	if err != nil || style.CustomNumFmt == nil {
		t.Fatalf("%s!%s: style %+v, %v", sheet, cell, style, err)
	}
	return *style.CustomNumFmt
}

func TestDOCX(t *testing.T) {
	b, err := DOCX(doc)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := DOCX(doc)
	if !bytes.Equal(b, again) {
		t.Error("two documents of the same input differ")
	}
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range z.File {
		r, _ := f.Open()
		data, _ := io.ReadAll(r)
		parts[f.Name] = string(data)
		if f.Modified.Year() != 2000 {
			t.Errorf("%s carries the time %v", f.Name, f.Modified)
		}
	}
	body := parts["word/document.xml"]
	for _, want := range []string{Title, "（窓口業務）", "第1条", "R&amp;D &lt;部門&gt;", `w:w="11906" w:h="16838"`, `r:id="rId2"`} {
		if !strings.Contains(body, want) {
			t.Errorf("document.xml lacks %q", want)
		}
	}
	if !strings.Contains(parts["word/footer1.xml"], "PAGE") || !strings.Contains(parts["word/styles.xml"], `w:eastAsia="游明朝"`) {
		t.Error("no page number or no Mincho default")
	}
	// Word's navigation pane and table of contents see the title and one
	// heading an article: built-in styles, caption over number.
	for _, want := range []string{`w:styleId="Title"><w:name w:val="Title"/>`, `w:styleId="Heading1"><w:name w:val="heading 1"/>`, `<w:outlineLvl w:val="0"/>`} {
		if !strings.Contains(parts["word/styles.xml"], want) {
			t.Errorf("styles.xml lacks %s", want)
		}
	}
	if n := strings.Count(body, styleHeading1); n != len(doc.Clauses) {
		t.Errorf("%d paragraphs in heading 1, want one an article (%d)", n, len(doc.Clauses))
	}
	for _, want := range []string{
		`<w:pPr>` + styleTitle + `</w:pPr><w:r><w:t xml:space="preserve">` + Title + `</w:t>`,
		`<w:pPr>` + styleHeading1 + `</w:pPr><w:r><w:t xml:space="preserve">（基本的事項）</w:t></w:r>`,
		// 第1条 opens its first paragraph, in bold; the paragraph's 1 is
		// not written, the second paragraph's 2 is.
		`<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">第1条</w:t></w:r><w:r><w:t xml:space="preserve">　受注者は、法令を守らなければならない。</w:t></w:r>`,
		`<w:t xml:space="preserve">2　受注者は、R&amp;D &lt;部門&gt; を含め指示に従う。</w:t>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
}

func TestText(t *testing.T) {
	got := string(Text(doc))
	// As contracts lay articles out: the caption, then 第1条 and the first
	// paragraph without its 1, then 2 ….
	want := "\uFEFF" + Title + "\r\n（窓口業務）\r\n\r\n（基本的事項）\r\n第1条　受注者は、法令を守らなければならない。\r\n2　受注者は、R&D <部門> を含め指示に従う。\r\n\r\n（再委託の禁止）\r\n第2条　受注者は、再委託してはならない。\r\n"
	if !strings.HasPrefix(got, want) {
		t.Errorf("text starts %q", got[:min(len(got), 120)])
	}
}

func TestFilterTiming(t *testing.T) {
	d := *doc
	if err := d.FilterTiming([]string{"終了時"}); err != nil || len(d.Checks) != 1 || d.Checks[0].ID != "K-02-1" || len(d.Timings) != 1 {
		t.Errorf("filtered: %v %+v", err, d.Checks)
	}
	if err := (&Document{}).FilterTiming([]string{"毎月"}); err == nil {
		t.Error("an unknown timing was accepted")
	}
}

// Cells a spreadsheet would run as a formula get a leading ' in the CSV;
// plain numbers and dates are left alone. The workbook stores every cell
// as text, which Excel never runs, so it needs no quote.
func TestFormulaCells(t *testing.T) {
	cells := map[string]string{
		`=HYPERLINK("http://example.com","押す")`: `'=HYPERLINK("http://example.com","押す")`,
		"+81 3 1234 5678":        "'+81 3 1234 5678",
		"-2+3+cmd|' /C calc'!A0": "'-2+3+cmd|' /C calc'!A0",
		"@SUM(1+1)":              "'@SUM(1+1)",
		"\t=1+1":                 "'\t=1+1",
		"\r=1+1":                 "'=1+1", // encoding/csv drops a lone CR when it writes CRLF
		"- 箇条書き":                 "'- 箇条書き",
		"-":                      "'-",
		"-5":                     "-5",
		"+1.5":                   "+1.5",
		"2026-04-01":             "2026-04-01",
		"再委託先の一覧":                "再委託先の一覧",
		"a=b":                    "a=b",
		"":                       "",
	}
	d := &Document{}
	for in := range cells {
		d.Checks = append(d.Checks, Check{ID: "K-01-1", Title: in, Evidence: in})
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(CSV(d), []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, k := range d.Checks {
		want := cells[k.Title]
		if got := rows[i+1][2]; got != want {
			t.Errorf("title %q written as %q, want %q", k.Title, got, want)
		}
		if got := rows[i+1][8]; got != want {
			t.Errorf("evidence %q written as %q, want %q", k.Title, got, want)
		}
	}

	b, err := XLSX(d)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	for i, k := range d.Checks {
		cell := fmt.Sprintf("C%d", i+firstRow)
		formula, _ := f.GetCellFormula("遵守確認表", cell)
		value, _ := f.GetCellValue("遵守確認表", cell)
		if formula != "" || value != k.Title {
			t.Errorf("workbook cell %s: formula %q, value %q, want the text %q", cell, formula, value, k.Title)
		}
	}
}
