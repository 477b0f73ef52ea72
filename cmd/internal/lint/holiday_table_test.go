package lint

import (
	"testing"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/tailor"
)

// The holiday table's warning comes when the table no longer covers next
// year, and not before.
func TestHolidayTable(t *testing.T) {
	for year, want := range map[int]int{tailor.HolidaysTo - 1: 0, tailor.HolidaysTo: 1, tailor.HolidaysTo + 5: 1} {
		h, err := content.LoadMap(map[string][]byte{"content/_index.md": []byte("---\ntitle: 手引\n---\n")})
		if err != nil {
			t.Fatal(err)
		}
		got := Run(h, Options{Now: time.Date(year, 6, 1, 0, 0, 0, 0, time.UTC)})
		n := 0
		for _, f := range got {
			if f.Rule == "holiday-table" {
				n++
				if f.File != "content/_index.md" || f.Line != 1 || f.Severity != Warning {
					t.Errorf("%d: %+v", year, f)
				}
			}
		}
		if n != want {
			t.Errorf("in %d: %d holiday-table findings, want %d", year, n, want)
		}
	}
}
