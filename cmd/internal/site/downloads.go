package site

import (
	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/export"
)

// Downloads are the whole handbook in office formats, linked from the
// 特記仕様書 and 遵守確認表 pages: the checklist as an Excel workbook and as
// CSV, the clauses as a Word document and as plain text. tokki serve makes
// them after the pages, with the search index.
func Downloads(h *content.Handbook) (map[string][]byte, error) {
	d := export.FromHandbook(h)
	xlsx, err := export.XLSX(d)
	if err != nil {
		return nil, err
	}
	docx, err := export.DOCX(d)
	if err != nil {
		return nil, err
	}
	return map[string][]byte{
		DownloadChecklistXLSX: xlsx,
		DownloadChecklistCSV:  export.CSV(d),
		DownloadClausesDOCX:   docx,
		DownloadClausesTXT:    export.Text(d),
	}, nil
}
