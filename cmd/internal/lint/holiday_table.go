package lint

import (
	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/tailor"
)

// checkHolidayTable warns when tokki's table of national holidays (see
// cmd/genholidays) no longer covers next year: inspections planned for a
// contract then avoid only weekends and the year-end days. The finding
// stands on the settings page, as it concerns every task's schedule.
func checkHolidayTable(c *Context) {
	if c.Now.Year()+1 <= tailor.HolidaysTo {
		return
	}
	c.ReportPath(content.HomePath, content.Pos{Line: 1, Column: 1},
		"tokki's table of national holidays ends in %d, so inspection dates after it are moved off weekends and 29 December–3 January only; update tokki (or regenerate the table: go run ./cmd/genholidays)", tailor.HolidaysTo)
}
