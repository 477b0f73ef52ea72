package site

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/export"
)

// With calendar: 和暦 the printed 遵守確認表, the builder page's and the
// downloaded workbook give the 点検日 in 和暦; without it, in 西暦.
func TestInspectionFormCalendar(t *testing.T) {
	for _, era := range []bool{false, true} {
		h, err := content.Load(filepath.Join("testdata", "handbook"))
		if err != nil {
			t.Fatal(err)
		}
		h.Settings.Era = era
		s, err := Build(h)
		if err != nil {
			t.Fatal(err)
		}
		blank, format := "　　　　年　　月　　日", export.DateFormat
		if era {
			blank, format = "令和　　年　　月　　日", export.EraFormat
		}
		if p := page(t, s, "checklist/index.html"); !strings.Contains(p, `<th scope="row">点検日</th><td>`+blank+`</td>`) {
			t.Errorf("era %v: the checklist's header block lacks the 点検日 %s", era, blank)
		}
		if p := page(t, s, "tailor.html"); !strings.Contains(p, `data-date-blank="`+blank+`"`) {
			t.Errorf("era %v: the builder page does not pass the 点検日 %s to tailor.js", era, blank)
		}
		f, err := excelize.OpenReader(bytes.NewReader(s.Files[DownloadChecklistXLSX]))
		if err != nil {
			t.Fatal(err)
		}
		value, _ := f.GetCellValue(export.SheetName, "B3")
		id, _ := f.GetCellStyle(export.SheetName, "B3")
		style, _ := f.GetStyle(id)
		if value != blank || style == nil || style.CustomNumFmt == nil || *style.CustomNumFmt != format {
			t.Errorf("era %v: the workbook's 点検日 is %q formatted %+v, want %q as %s", era, value, style, blank, format)
		}
	}
}
