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
// that cite it. Each file is handed to put as soon as it is made, so that
// they are not all held at once (at 10,000 pages of prose they are 20 MB,
// and making them takes more). tokki build makes them while the search
// index is finished; tokki serve after the pages, with the index.
func Downloads(h *content.Handbook, put func(path string, data []byte) error) error {
	d := export.FromHandbook(h)
	d.Era = h.Settings.Era
	xlsx, err := export.XLSX(d)
	if err != nil {
		return err
	}
	if err := put(DownloadChecklistXLSX, xlsx); err != nil {
		return err
	}
	if err := put(DownloadChecklistCSV, export.CSV(d)); err != nil {
		return err
	}
	docx, err := export.DOCX(d)
	if err != nil {
		return err
	}
	if err := put(DownloadClausesDOCX, docx); err != nil {
		return err
	}
	if err := put(DownloadClausesTXT, export.Text(d)); err != nil {
		return err
	}
	made := map[string]bool{}
	for _, p := range h.Pages {
		if !p.IsForm() || p.Form <= 0 {
			continue
		}
		f := FormDownload(p.Form)
		if made[f] {
			continue // lint's form rule reports the number used twice; the first page keeps it
		}
		made[f] = true
		label := content.FormLabel(p.Form)
		name := strings.TrimLeft(strings.TrimPrefix(p.Title, label), " 　")
		if name == p.Title {
			label = "" // lint's form rule asks for the label; the title stays as written
		}
		b, err := export.FormDOCX(label, name, bytes.Trim(p.Body, "\n"))
		if err != nil {
			return err
		}
		if err := put(f, b); err != nil {
			return err
		}
	}
	return nil
}

// FormDownload is where the Word version of form n (様式第n号) goes.
func FormDownload(n int) string { return siteurl.FormDownload(n) }

// formFileName is the name a reader's browser saves form p under: its
// title, which starts 様式第N号, as a Word file.
func formFileName(p *content.Page) string {
	return strings.NewReplacer("/", "・", "\\", "・", " ", "_", "　", "_").Replace(p.Title) + ".docx"
}
