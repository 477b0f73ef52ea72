package tailor

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

func d(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// plan is the schedule by the calendar, before dates move off the days
// offices are closed.
func plan(t *testing.T, start, end string) string {
	t.Helper()
	if _, err := Schedule(d(start), d(end)); err != nil {
		t.Fatal(err)
	}
	return dates(planned(d(start), d(end)))
}

func dates(s []Inspection) string {
	var parts []string
	for _, in := range s {
		parts = append(parts, in.Date.Format(time.DateOnly)+" "+in.Kind)
	}
	return strings.Join(parts, ", ")
}

func TestSchedule(t *testing.T) {
	for _, tc := range []struct{ start, end, want string }{
		{"2026-04-01", "2026-04-01", "2026-04-01 終了時"},
		{"2026-04-01", "2026-04-14", "2026-04-14 終了時"},                // 13 days: no periodic inspection
		{"2026-04-01", "2026-04-15", "2026-04-08 実地, 2026-04-15 終了時"}, // 14 days: a week after the start
		{"2026-04-01", "2026-06-30", "2026-04-08 実地, 2026-06-30 終了時"}, // just under 3 months
		{"2026-04-01", "2026-07-01", "2026-07-01 終了時"},                // exactly 3 months: 1 July is not before the end
		{"2026-04-01", "2026-07-02", "2026-07-01 実地, 2026-07-02 終了時"}, // just over 3 months
		{"2026-04-01", "2027-03-31", "2026-07-01 実地, 2026-10-01 定期, 2027-01-01 定期, 2027-03-31 終了時"},
		// Two years: the first inspection of each 12-month period is on site.
		{"2026-04-01", "2028-04-01", "2026-07-01 実地, 2026-10-01 定期, 2027-01-01 定期, 2027-04-01 実地, 2027-07-01 定期, 2027-10-01 定期, 2028-01-01 定期, 2028-04-01 終了時"},
		// Month ends clamp, from the start each time (not from the previous date).
		{"2026-01-31", "2027-01-31", "2026-04-30 実地, 2026-07-31 定期, 2026-10-31 定期, 2027-01-31 終了時"},
		{"2027-11-30", "2028-06-01", "2028-02-29 実地, 2028-05-30 定期, 2028-06-01 終了時"}, // leap year
		{"2026-11-30", "2027-06-01", "2027-02-28 実地, 2027-05-30 定期, 2027-06-01 終了時"}, // not a leap year
		// The 12-month period begins on the start plus 12 months, clamped too.
		{"2028-02-29", "2029-06-01", "2028-05-29 実地, 2028-08-29 定期, 2028-11-29 定期, 2029-02-28 実地, 2029-05-29 定期, 2029-06-01 終了時"},
	} {
		if got := plan(t, tc.start, tc.end); got != tc.want {
			t.Errorf("%s – %s:\n got  %s\n want %s", tc.start, tc.end, got, tc.want)
		}
	}
	if _, err := Schedule(d("2026-04-02"), d("2026-04-01")); err == nil {
		t.Error("an end before the start was accepted")
	}
	// The years 1900 to 2999 only, and the message names the field.
	for _, tc := range []struct{ start, end, field string }{
		{"0001-01-01", "2026-04-01", "start 0001-01-01"},
		{"1899-12-31", "2026-04-01", "start 1899-12-31"},
		{"2026-04-01", "9999-12-31", "end 9999-12-31"},
		{"2026-04-01", "3000-01-01", "end 3000-01-01"},
	} {
		_, err := Schedule(d(tc.start), d(tc.end))
		if err == nil || !strings.Contains(err.Error(), tc.field+" is outside the years 1900–2999") {
			t.Errorf("%s – %s: %v", tc.start, tc.end, err)
		}
	}
	if got := plan(t, "1900-01-01", "1900-01-01"); got != "1900-01-01 終了時" {
		t.Errorf("1900 is refused: %s", got)
	}
	if got := plan(t, "2999-12-31", "2999-12-31"); got != "2999-12-31 終了時" {
		t.Errorf("2999 is refused: %s", got)
	}
}

// A date on which offices are closed moves to the next open day: weekends,
// national holidays (振替休日 and 国民の休日 too) and 29 December to 3
// January. A move does not shift the dates after it.
func TestScheduleMovesOffClosedDays(t *testing.T) {
	for _, tc := range []struct{ start, end, want string }{
		// 2027-01-01 is a holiday and in the year-end days: to Monday the 4th.
		{"2026-04-01", "2027-03-31", "2026-07-01 実地, 2026-10-01 定期, 2027-01-04 定期, 2027-03-31 終了時"},
		// 2026-10-31 is a Saturday, 2027-01-31 a Sunday.
		{"2026-01-31", "2027-01-31", "2026-04-30 実地, 2026-07-31 定期, 2026-11-02 定期, 2027-02-01 終了時"},
		// 2026-05-06 is the 振替休日 for 3 May, a Sunday; 9/22 a 国民の休日.
		{"2026-02-06", "2026-09-22", "2026-05-07 実地, 2026-08-06 定期, 2026-09-24 終了時"},
		// A week after 24 December is the 31st: closed until 4 January.
		{"2026-12-24", "2027-02-01", "2027-01-04 実地, 2027-02-01 終了時"},
		// A periodic date that would move onto the final one is left out.
		{"2026-09-30", "2027-01-02", "2027-01-04 終了時"},
	} {
		s, err := Schedule(d(tc.start), d(tc.end))
		if err != nil {
			t.Fatal(err)
		}
		if got := dates(s); got != tc.want {
			t.Errorf("%s – %s:\n got  %s\n want %s", tc.start, tc.end, got, tc.want)
		}
		for _, in := range s {
			if Closed(in.Date) {
				t.Errorf("%s – %s: %s is a closed day", tc.start, tc.end, in.Date.Format(time.DateOnly))
			}
		}
	}
	for date, closed := range map[string]bool{
		"2026-01-02": true, "2026-01-05": false, "2026-12-28": false, "2026-12-29": true, "2027-01-03": true,
		"2026-05-06": true, "2026-09-22": true, "2026-09-24": false, "2026-11-23": true, "2026-11-21": true,
		"2019-05-01": true, "2020-07-24": true, // the enthronement and the Olympic year's moved days
	} {
		if Closed(d(date)) != closed {
			t.Errorf("Closed(%s) = %v", date, !closed)
		}
	}
	if !HolidaysKnown(d("2026-01-01")) || HolidaysKnown(d(strconv.Itoa(HolidaysTo+1)+"-01-01")) {
		t.Error("HolidaysKnown does not follow the table's years")
	}
	if !sort.StringsAreSorted(holidayDates) {
		t.Error("the holiday table is not in order")
	}
}

func TestAddMonths(t *testing.T) {
	for _, tc := range []struct {
		from string
		n    int
		want string
	}{
		{"2026-01-31", 1, "2026-02-28"}, {"2028-01-31", 1, "2028-02-29"}, {"2026-03-31", -1, "2026-02-28"},
		{"2026-08-31", 3, "2026-11-30"}, {"2026-12-15", 1, "2027-01-15"}, {"2026-01-01", 24, "2028-01-01"},
	} {
		if got := AddMonths(d(tc.from), tc.n).Format(time.DateOnly); got != tc.want {
			t.Errorf("AddMonths(%s, %d) = %s, want %s", tc.from, tc.n, got, tc.want)
		}
	}
}

func TestICS(t *testing.T) {
	s, _ := Schedule(d("2026-04-01"), d("2026-04-15"))
	got := ICS(s, "住民税の通知書の印刷, 封入")
	for _, want := range []string{"BEGIN:VCALENDAR\r\n", "DTSTART;VALUE=DATE:20260408\r\n", "DTEND;VALUE=DATE:20260409\r\n",
		"SUMMARY:個人情報の取扱いの点検（実地） 住民税の通知書の印刷\\, 封入", "END:VCALENDAR\r\n"} {
		if !strings.Contains(strings.ReplaceAll(got, "\r\n ", ""), want) {
			t.Errorf("the calendar lacks %q:\n%s", want, got)
		}
	}
	for _, l := range strings.Split(got, "\r\n") {
		if len(l) > 75 {
			t.Errorf("line of %d octets: %q", len(l), l)
		}
	}
	if ICS(s, "x") != ICS(s, "x") {
		t.Error("the calendar is not the same twice")
	}
	// Two tasks with the same dates keep their events apart on import;
	// one task's calendar imported again replaces its own events.
	uids := func(ics string) []string {
		var out []string
		for _, l := range strings.Split(ics, "\r\n") {
			if strings.HasPrefix(l, "UID:") {
				out = append(out, l)
			}
		}
		return out
	}
	a, b := uids(ICS(s, "窓口業務")), uids(ICS(s, "検針業務"))
	if len(a) != len(s) || len(b) != len(s) {
		t.Fatalf("UIDs %v, %v for %d inspections", a, b, len(s))
	}
	for i := range a {
		if a[i] == b[i] {
			t.Errorf("two tasks share the UID %s", a[i])
		}
	}
	later, _ := Schedule(d("2026-05-01"), d("2026-05-15"))
	if c := uids(ICS(later, "窓口業務")); c[0] == a[0] {
		t.Errorf("another period of the same task shares the UID %s", c[0])
	}
	if len(slices.Compact(slices.Clone(a))) != len(a) {
		t.Errorf("one calendar repeats a UID: %v", a)
	}
}

// A schedule says how its dates were moved, and warns when it runs past
// the table of national holidays.
func TestHolidaysNote(t *testing.T) {
	in, _ := Schedule(d("2026-04-01"), d("2027-03-31"))
	if HolidaysNote(in) != "" {
		t.Error("a schedule inside the table is warned about")
	}
	past, _ := Schedule(d(strconv.Itoa(HolidaysTo)+"-10-01"), d(strconv.Itoa(HolidaysTo+1)+"-03-31"))
	if note := HolidaysNote(past); !strings.Contains(note, strconv.Itoa(HolidaysTo)+"年まで") {
		t.Errorf("a schedule past the table: %q", note)
	}
	table := HolidayTable()
	if table.Note != ClosedNote || table.After != HolidaysNote(past) || len(table.Dates) < 15*(HolidaysTo-HolidaysFrom+1) {
		t.Errorf("the builder page's table: %d dates, notes %q, %q", len(table.Dates), table.Note, table.After)
	}
}
