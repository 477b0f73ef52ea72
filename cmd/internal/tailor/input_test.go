package tailor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestReadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(src string) string {
		f := filepath.Join(dir, "task.yaml")
		if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return f
	}
	f := write("task: 印刷\nstart: 2026-04-01\nend: 2027-03-31\nanswers: {takeout: はい}\nparams: {事故報告期限: 1時間以内}\n")
	in, err := ReadInput(f, "", "2026-09-30")
	if err != nil {
		t.Fatal(err)
	}
	if in.Task != "印刷" || in.Answers["takeout"] != "はい" || in.Params["事故報告期限"] != "1時間以内" ||
		!in.Start.Equal(time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)) || !in.End.Equal(time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("ReadInput = %+v; want the file's answers and start, and the end given over it", in)
	}

	for _, tc := range []struct{ src, start, want string }{
		{"", "", "the answers file " + f + " is empty; write the task's answers in it"},
		{"# nothing yet\n", "", "is empty"},
		{"answer: {takeout: はい}\n", "", f + ": line 1: answer is not a key of an answers file; the keys are task, start, end, answers and params"},
		{"start: 2026/04/01\n", "", f + `: start: "2026/04/01" is not a date; write it as YYYY-MM-DD`},
		{"start: 2026/04/01\n", "2026-04-01", ""}, // the flag replaces the file's date before it is read
		{"task: x\n", "1066-10-14", "--start 1066-10-14 is outside the years"},
	} {
		f := write(tc.src)
		_, err := ReadInput(f, tc.start, "")
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%q with --start %q: %v", tc.src, tc.start, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%q with --start %q: got %v, want %q", tc.src, tc.start, err, tc.want)
		}
	}
	if _, err := ReadInput(filepath.Join(dir, "missing.yaml"), "", ""); err == nil || err.Error() != "cannot read the answers file "+filepath.Join(dir, "missing.yaml")+": it does not exist; check its name and folder (a relative path starts from the folder tokki runs in)" {
		t.Errorf("a missing file: %v", err)
	}
}
