package site

import (
	"bytes"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/export"
	"github.com/tokki-handbook/tokki/cmd/internal/siteurl"
)

// Downloads are the whole handbook in office formats, linked from the
// 特記仕様書 and 遵守確認表 pages: the checklist as an Excel workbook (its
// 点検日 in 和暦 with the setting calendar: 和暦) and as CSV, the clauses
// as a Word document and as plain text; and each form
// (様式) as a Word document, linked from its page and from the clauses
// that cite it. tokki serve makes them after the pages, with the search
// index.
func Downloads(h *content.Handbook) (map[string][]byte, error) {
	d := export.FromHandbook(h)
	d.Era = h.Settings.Era
	xlsx, err := export.XLSX(d)
	if err != nil {
		return nil, err
	}
	docx, err := export.DOCX(d)
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{
		DownloadChecklistXLSX: xlsx,
		DownloadChecklistCSV:  export.CSV(d),
		DownloadClausesDOCX:   docx,
		DownloadClausesTXT:    export.Text(d),
	}
	for _, p := range h.Pages {
		if !p.IsForm() || p.Form <= 0 {
			continue
		}
		f := FormDownload(p.Form)
		if _, twice := files[f]; twice {
			continue // lint's form rule reports the number used twice; the first page keeps it
		}
		label := content.FormLabel(p.Form)
		name := strings.TrimLeft(strings.TrimPrefix(p.Title, label), " 　")
		if name == p.Title {
			label = "" // lint's form rule asks for the label; the title stays as written
		}
		b, err := export.FormDOCX(label, name, bytes.Trim(p.Body, "\n"))
		if err != nil {
			return nil, err
		}
		files[f] = b
	}
	return files, nil
}

// FormDownload is where the Word version of form n (様式第n号) goes.
func FormDownload(n int) string { return siteurl.FormDownload(n) }

// formFileName is the name a reader's browser saves form p under: its
// title, which starts 様式第N号, as a Word file.
func formFileName(p *content.Page) string {
	return strings.NewReplacer("/", "・", "\\", "・", " ", "_", "　", "_").Replace(p.Title) + ".docx"
}
