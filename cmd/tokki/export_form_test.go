package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The workbook of one task is an inspection form: the task's name in its
// header block, a sheet for each timing named, and with --era the 点検日
// in 和暦.
func TestExportInspectionForm(t *testing.T) {
	dir := writeTree(t, clean)
	out := t.TempDir()
	answers := filepath.Join(out, "a.yaml")
	os.WriteFile(answers, []byte("task: 窓口業務\nanswers: {}\n"), 0o644)
	p := filepath.Join(out, "点検記録.xlsx")
	if code, _, errs := tokki(t, "export", "checklist", "-o", p, "--answers", answers, "--timing", "定期,契約前", "--era", "--source", dir); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if sheets := strings.Join(f.GetSheetList(), " "); sheets != "定期 契約前" {
		t.Errorf("sheets %s, want 定期 契約前", sheets)
	}
	for sheet, id := range map[string]string{"定期": "K-01-2（ハンドブックのK-09-2）", "契約前": "K-01-1（ハンドブックのK-09-1）"} { // numbered with the task's 第1条
		for cell, want := range map[string]string{"A1": "遵守確認表（点検記録）", "B2": "窓口業務", "B3": "令和　　年　　月　　日", "B4": sheet, "D6": "確認内容", "A7": id, "A8": ""} {
			if got, _ := f.GetCellValue(sheet, cell); got != want {
				t.Errorf("%s!%s = %q, want %q", sheet, cell, got, want)
			}
		}
	}
	// The handbook's calendar setting is the default; --era=false wins.
	wareki := writeTree(t, with(clean, "content/_index.md", strings.Replace(clean["content/_index.md"], "review_days: 365\n", "review_days: 365\ncalendar: 和暦\n", 1)))
	for _, tc := range []struct {
		flags []string
		want  string
	}{{nil, "令和　　年　　月　　日"}, {[]string{"--era=false"}, "　　　　年　　月　　日"}} {
		p := filepath.Join(out, "wareki.xlsx")
		if code, _, errs := tokki(t, append([]string{"export", "checklist", "-o", p, "--source", wareki}, tc.flags...)...); code != 0 {
			t.Fatalf("export %v: exit %d: %s", tc.flags, code, errs)
		}
		f, err := excelize.OpenFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := f.GetCellValue("遵守確認表", "B3"); got != tc.want {
			t.Errorf("calendar: 和暦 %v: 点検日 %q, want %q", tc.flags, got, tc.want)
		}
		f.Close()
	}
	bad := writeTree(t, with(clean, "content/_index.md", strings.Replace(clean["content/_index.md"], "review_days: 365\n", "review_days: 365\ncalendar: 令和\n", 1)))
	if code, stdout, _ := tokki(t, "lint", "--source", bad); code != 1 || !strings.Contains(stdout, "calendar") || !strings.Contains(stdout, "[invalid-value]") {
		t.Errorf("calendar: 令和: lint exit %d:\n%s", code, stdout)
	}
	// --era is about the workbook; elsewhere it is a mistake to say so.
	if code, _, errs := tokki(t, "export", "checklist", "--format", "csv", "--era", "--source", dir); code != 2 || !strings.Contains(errs, "--era") {
		t.Errorf("csv --era: exit %d, %s", code, errs)
	}
}
