package markdown

import (
	"fmt"
	"strings"
	"testing"
)

// TextRuns gives every run of plain text the offset it has in the source,
// so that lint can point at a character: across emphasis, links (their
// text, not their target), escapes and code spans.
func TestTextRuns(t *testing.T) {
	src := []byte("受注者は、**必ず**[報告](a.md)する\\*注。`x,y`\n次の行。")
	doc := Parse(src)
	var got []string
	var text strings.Builder
	TextRuns(doc.FirstChild(), src, "", "", func(r TextRun) {
		text.Write(r.Text)
		if r.Offset >= 0 && string(src[r.Offset:r.Offset+len(r.Text)]) != string(r.Text) {
			t.Errorf("run %q at %d, but the source there is %q", r.Text, r.Offset, src[r.Offset:r.Offset+len(r.Text)])
		}
		got = append(got, fmt.Sprintf("%s@%d%s", r.Text, r.Offset, map[bool]string{true: " code"}[r.Code]))
	})
	want := []string{"受注者は、@0", "必ず@17", "報告@26", "する@39", "*注。@46", "x,y@54 code", "次の行。@59"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("runs:\n got %s\nwant %s", strings.Join(got, " | "), strings.Join(want, " | "))
	}
	if text.String() != BrokenText(doc.FirstChild(), src, "", "") {
		t.Errorf("runs read %q, BrokenText %q", text.String(), BrokenText(doc.FirstChild(), src, "", ""))
	}
}
