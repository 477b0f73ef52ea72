package tailor

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// An answers file saved by Notepad or Excel on Windows (a byte-order mark,
// CRLF line endings) reads the same as with LF, with no \r in a value: a
// \r would show in the 特記仕様書 and break the calendar's lines.
func TestReadInputWindowsLineEndings(t *testing.T) {
	const src = "task: |\n  住民税通知書の\n  印刷と封入\nstart: 2026-04-01\nend: 2027-03-31\nanswers:\n  takeout: いいえ\nparams:\n  事故報告期限: 直ちに\n"
	dir := t.TempDir()
	var got [2]Input
	for i, b := range []string{src, "\uFEFF" + strings.ReplaceAll(src, "\n", "\r\n")} {
		f := filepath.Join(dir, "answers.yaml")
		if err := os.WriteFile(f, []byte(b), 0o644); err != nil {
			t.Fatal(err)
		}
		in, err := ReadInput(f, "", "")
		if err != nil {
			t.Fatal(err)
		}
		got[i] = in
	}
	if !reflect.DeepEqual(got[0], got[1]) {
		t.Errorf("LF:   %+v\nCRLF: %+v", got[0], got[1])
	}
	if got[1].Task != "住民税通知書の\n印刷と封入\n" || got[1].Params["事故報告期限"] != "直ちに" || got[1].Answers["takeout"] != "いいえ" {
		t.Errorf("CRLF file read as %+v", got[1])
	}
}
