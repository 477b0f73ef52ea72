// Package tailor fits the handbook to one task. A task's answers file
// (ReadInput) gives its answers to the handbook's questions, the values of
// its parameters and its contract dates; Tailor picks the clauses and check
// items whose when holds, renumbers the clauses, chooses their variants and
// fills in the parameters ({{name}}, Fill); Schedule lists the inspections
// the contract period calls for. WriteMarkdown writes the result with its
// 判断記録 (what was left out or replaced, and why), ICS the schedule as a
// calendar file. The builder page's tailor.js does the same in the browser
// and is tested against this package.
package tailor

import (
	"fmt"
	"hash/fnv"
	"strings"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// The kinds of inspection.
const (
	Periodic = "定期"
	OnSite   = "実地"
	Final    = "終了時"
)

// Inspection is one date of the inspection schedule.
type Inspection struct {
	Date time.Time
	Kind string // 定期, 実地 or 終了時
}

// Schedule plans the inspections of a contract from its start to its end
// date, after municipality A's practice and the Personal Information
// Protection Commission's once-a-year rule:
//
//   - a contract of three months or more (its end on or after the start plus
//     three months) is inspected every three months, the k-th on the start
//     plus 3k months, on dates before the end;
//   - one of two weeks (14 days) up to three months is inspected once, a week
//     (7 days) after the start;
//   - one shorter than two weeks has no periodic inspection;
//   - in every 12-month period from the start (the k-th begins at the start
//     plus 12k months), the first periodic inspection is on site (実地), the
//     others 定期;
//   - every contract has a final inspection on its end date (終了時);
//   - a date on which offices are closed (a weekend, a national holiday,
//     29 December to 3 January: see Closed) moves to the next day they are
//     open; a periodic inspection that would then fall on or after the
//     final one is left out, the final one covering it.
//
// Months are added on the same day of the month, clamped to the month's
// last day (31 January plus one month is 28 or 29 February). The dates
// are planned from the calendar, then moved, so a move does not shift the
// dates after it.
//
// Dates outside the years FirstYear to LastYear are refused (see CheckDate).
func Schedule(start, end time.Time) ([]Inspection, error) {
	start, end = day(start), day(end)
	if err := CheckDate("start", start); err != nil {
		return nil, err
	}
	if err := CheckDate("end", end); err != nil {
		return nil, err
	}
	if end.Before(start) {
		return nil, msg.Errorf("the contract ends before it starts")
	}
	return moveOffClosed(planned(start, end)), nil
}

// planned is the schedule by the calendar alone, before moveOffClosed.
func planned(start, end time.Time) []Inspection {
	var periodic []time.Time
	switch {
	case LongContract(start, end):
		for k := 1; ; k++ {
			d := AddMonths(start, 3*k)
			if !d.Before(end) {
				break
			}
			periodic = append(periodic, d)
		}
	case !end.Before(start.AddDate(0, 0, 14)):
		periodic = append(periodic, start.AddDate(0, 0, 7))
	}
	var out []Inspection
	lastPeriod := -1
	for _, d := range periodic {
		p := 0
		for !d.Before(AddMonths(start, 12*(p+1))) {
			p++
		}
		kind := Periodic
		if p != lastPeriod {
			kind = OnSite
			lastPeriod = p
		}
		out = append(out, Inspection{d, kind})
	}
	return append(out, Inspection{end, Final})
}

// moveOffClosed moves each date of a planned schedule (ending with its
// final inspection) to the next day offices are open, and leaves out a
// periodic inspection that would fall on or after the final one.
func moveOffClosed(planned []Inspection) []Inspection {
	final := NextOpen(planned[len(planned)-1].Date)
	var moved []Inspection
	for _, in := range planned[:len(planned)-1] {
		if in.Date = NextOpen(in.Date); in.Date.Before(final) {
			moved = append(moved, in)
		}
	}
	return append(moved, Inspection{final, Final})
}

// The years a contract's dates may fall in. A date outside them is a slip
// of the keyboard (0206-04-01 for 2026-04-01), and a contract from the year
// 1 to 9999 would be planned as 40,000 inspections.
const (
	FirstYear = 1900
	LastYear  = 2999
)

// CheckDate refuses a contract date outside FirstYear to LastYear, naming
// the field it came from (start or end, or a flag such as --start).
func CheckDate(field string, t time.Time) error {
	if y := t.Year(); y < FirstYear || y > LastYear {
		return msg.Errorf("%s %s is outside the years %d–%d; give the contract's date as YYYY-MM-DD", field, t.Format(time.DateOnly), FirstYear, LastYear)
	}
	return nil
}

// LongContract tells whether a contract runs three months or more: its
// end on or after its start plus three months. The schedule inspects such
// a contract every three months, and a question with from_dates takes its
// first answer for it (Tailor).
func LongContract(start, end time.Time) bool {
	return !day(end).Before(AddMonths(day(start), 3))
}

// AddMonths adds n months to t on the same day of the month, or on the
// month's last day when it is shorter.
func AddMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(d, last), 0, 0, 0, 0, time.UTC)
}

func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ICS writes the schedule as an iCalendar file (RFC 5545) of all-day
// events, for a calendar: the same schedule gives the same bytes, and the
// builder page's tailor.js writes the same bytes too. Each event's UID
// carries a hash of the task's name and dates, so that importing the
// schedules of two tasks keeps both, while importing one task's again
// updates its events instead of doubling them.
func ICS(schedule []Inspection, task string) string {
	h := fnv.New32a()
	h.Write([]byte(task))
	for _, in := range schedule {
		h.Write([]byte("\n" + in.Date.Format(time.DateOnly)))
	}
	id := fmt.Sprintf("%08x", h.Sum32())
	var b strings.Builder
	line := func(s string) { b.WriteString(fold(s) + "\r\n") }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//tokki//inspection schedule//JA")
	line("CALSCALE:GREGORIAN")
	for i, in := range schedule {
		date := in.Date.Format("20060102")
		line("BEGIN:VEVENT")
		line(fmt.Sprintf("UID:%s-%d-%s-%s@tokki", date, i+1, kindCode(in.Kind), id))
		line("DTSTAMP:" + schedule[0].Date.Format("20060102") + "T000000Z")
		line("DTSTART;VALUE=DATE:" + date)
		line("DTEND;VALUE=DATE:" + in.Date.AddDate(0, 0, 1).Format("20060102"))
		summary := "個人情報の取扱いの点検（" + in.Kind + "）"
		if task != "" {
			summary += " " + task
		}
		line("SUMMARY:" + escapeText(summary))
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return b.String()
}

func kindCode(k string) string {
	switch k {
	case OnSite:
		return "onsite"
	case Final:
		return "final"
	}
	return "periodic"
}

var icsEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`)

func escapeText(s string) string { return icsEscaper.Replace(s) }

// fold breaks a content line into lines of at most 75 octets, not inside a
// character, as RFC 5545 requires.
func fold(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		size := len(string(r))
		if n+size > 75 {
			b.WriteString("\r\n ")
			n = 1
		}
		b.WriteRune(r)
		n += size
	}
	return b.String()
}
