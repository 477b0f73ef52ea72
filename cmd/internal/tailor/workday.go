package tailor

import (
	"fmt"
	"sort"
	"time"
)

//go:generate go run ../../genholidays -o holidays.go

// Closed reports whether an office is closed on t, so that no inspection
// is planned for it: a Saturday or a Sunday, a national holiday (from the
// table in holidays.go, years HolidaysFrom to HolidaysTo), or a day of the
// year-end holidays, 29 December to 3 January, that local governments
// close for by their ordinances (地方自治法第4条の2).
func Closed(t time.Time) bool {
	switch t.Weekday() {
	case time.Saturday, time.Sunday:
		return true
	}
	if m, d := t.Month(), t.Day(); m == time.December && d >= 29 || m == time.January && d <= 3 {
		return true
	}
	date := t.Format(time.DateOnly)
	i := sort.SearchStrings(holidayDates, date)
	return i < len(holidayDates) && holidayDates[i] == date
}

// NextOpen is t, or the first day after it that Closed does not report.
func NextOpen(t time.Time) time.Time {
	for Closed(t) {
		t = t.AddDate(0, 0, 1)
	}
	return t
}

// HolidaysKnown reports whether the table of national holidays covers the
// year of t; after HolidaysTo only weekends and the year-end days count.
func HolidaysKnown(t time.Time) bool {
	return t.Year() >= HolidaysFrom && t.Year() <= HolidaysTo
}

// Holidays is the table of national holidays for the builder page, which
// plans the same dates in the browser and shows the same notes.
type Holidays struct {
	From  int      `json:"from"`
	To    int      `json:"to"`
	Dates []string `json:"dates"` // YYYY-MM-DD, in order
	Note  string   `json:"note"`  // ClosedNote
	After string   `json:"after"` // HolidaysNote for a schedule past To
}

// HolidayTable is the table as Holidays.
func HolidayTable() Holidays {
	return Holidays{HolidaysFrom, HolidaysTo, holidayDates, ClosedNote, holidaysAfterNote()}
}

// ClosedNote states the rule of Closed where a schedule is shown.
const ClosedNote = "点検の日が土曜日、日曜日、国民の祝日又は12月29日から1月3日までの日に当たるときは、その後の最初の開庁日にしています。"

// HolidaysNote warns, when a schedule runs past the table of national
// holidays, that its later dates avoid only weekends and the year-end
// days; "" when the table covers it.
func HolidaysNote(schedule []Inspection) string {
	if len(schedule) == 0 || HolidaysKnown(schedule[len(schedule)-1].Date) {
		return ""
	}
	return holidaysAfterNote()
}

func holidaysAfterNote() string {
	return fmt.Sprintf("このtokkiの祝日の表は%d年までです。%d年以降の点検の日は、土曜日、日曜日と年末年始だけを避けています。祝日に当たっていないか確かめるか、tokkiを新しくしてください。", HolidaysTo, HolidaysTo+1)
}
