package tailor_test

import (
	"encoding/json"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/tailor"
)

// TestAnswersFileAgrees runs the builder page's answers-file code
// (tokkiTailor.yaml, .readAnswers, .fileName in tailor.js) under Node and
// checks it against ReadInput, which tokki tailor --answers uses: a file
// the page saves reads back in Go as the answers it saved, whatever the
// values hold; a file written by hand reads in the page as in Go, and a
// file Go refuses the page refuses too.
func TestAnswersFileAgrees(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	dir := t.TempDir()
	data := filepath.Join(dir, "data.js")
	os.WriteFile(data, []byte("window.tokkiTailorData = {};\n"), 0o644)

	nasty := "  前に空白、: コロン # 井桁 \"二重\" '一重' \\ 後ろに空白  \n次の行\tタブ\r復帰"
	write := []jsInput{
		{Task: "住民税の通知書の印刷と封入", Start: "2026-04-01", End: "2027-03-31",
			Answers: map[string]string{"takeout": "いいえ", "subcontract": "はい"}, Params: map[string]string{"事故報告期限": "直ちに"}},
		{},
		{Task: nasty, Answers: map[string]string{"a": nasty}, Params: map[string]string{nasty: nasty}},
		{Task: "- [x] {y} & *z !t | > % @ `", Answers: map[string]string{"a": "yes", "b": "null", "c": "~", "d": "", "e": "2026-04-01", "f": "012"}},
		{Task: "制御\x01\x7f\u0085\u2028\u2029\ufeff文字と😀"},
		{Task: "CON"},
		{Task: "予算/2026: 第1期.. "},
	}
	type read struct {
		src     string
		jsMay   bool   // the page may refuse what Go reads (a form outside its subset)
		comment string // why the case is here
	}
	reads := []read{
		{src: "task: 住民税通知書の印刷と封入\nstart: 2026-04-01\nend: 2027-03-31\nanswers: {takeout: いいえ, subcontract: はい}\nparams: {事故報告期限: 直ちに}\n", comment: "tokki tailor --help's example"},
		{src: "# 回答\ntask: 印刷 # 業務名\nanswers:\n  takeout: はい  # 持出し\n  mynumber: 'いいえ'\nparams:\n    \"事故報告期限\": \"1時間以内\"\n"},
		{src: "\ufefftask: x\r\nanswers:\r\n  takeout: はい\r\n", comment: "BOM and CRLF"},
		{src: "---\ntask: x\n"},
		{src: "task: a#b\n"},
		{src: "task: 'it''s # not a comment'\n"},
		{src: "task: \"x\\ty\\u00e9\\x41\\U0001F600\\N\\_\\\\\"\n"},
		{src: "task: ~\nanswers: {a: true, b: 012, c: 2026-04-01}\n", comment: "values are text as written"},
		{src: "answers:\n  takeout:\n"},
		{src: "answers: {}\n"},
		{src: "answers: {a: 'x', b: \"y\" } # c\n"},
		{src: "task:    spaced   \n"},
		{src: "answers: {a: , b}\n", jsMay: true},
		{src: "task: x\n  y\n", jsMay: true, comment: "a plain value over two lines"},
		{src: "task: |\n  x\n", jsMay: true},
		{src: "task: &a x\n", jsMay: true},
		// Go refuses these; so must the page.
		{src: ""},
		{src: "task:\n"},
		{src: "answers:\n"},
		{src: "answer: {takeout: はい}\n"},
		{src: "task: a: b\n"},
		{src: "task: x:\n"},
		{src: "task: [x]\n"},
		{src: "task: {a: b}\n"},
		{src: "answers: [takeout]\n"},
		{src: "answers:\n  - takeout\n"},
		{src: "answers:\n  takeout: [はい]\n"},
		{src: "answers: {takeout: はい, takeout: いいえ}\n"},
		{src: "answers:\n  takeout: はい\n  takeout: いいえ\n"},
		{src: "task: x\ntask: y\n"},
		{src: "answers:\n\ttakeout: はい\n"},
		{src: "task: \"x\n"},
		{src: "task: 'x\n"},
		{src: "start: 2026/04/01\n"},
		{src: "start: 2026-02-30\n"},
		{src: "start: 0050-04-01\n"},
		{src: "end: 3026-04-01\n"},
		{src: "answers:\n  takeout: はい\n   mynumber: いいえ\n"},
		{src: "answers:\n  takeout: はい\n mynumber: いいえ\n"},
		{src: "task：住民税\n", comment: "a full-width colon"},
		{src: "\u3000task: x\n", comment: "a full-width space"},
		{src: "task: \"a\\/b\"\n"},
		{src: "task: \"x\" y\n"},
		{src: "answers: {a: b}}\n"},
		{src: "answers: {a: x #y}\n"},
		{src: "task: - x\n"},
		{src: "task: @x\n"},
	}
	var texts []string
	for _, r := range reads {
		texts = append(texts, r.src)
	}
	j, _ := json.Marshal(map[string]any{"write": write, "read": texts})
	answersFile := filepath.Join(dir, "answers.json")
	os.WriteFile(answersFile, j, 0o644)
	js, _ := filepath.Abs(filepath.Join("..", "..", "..", "themes", "default", "assets", "tailor.js"))
	out, err := exec.Command(node, filepath.Join("testdata", "harness.js"), js, data, filepath.Join(dir, "none.json"), answersFile).Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var got struct {
		Written []struct{ YAML, Name string }
		Read    []struct {
			Error, Task, Start, End string
			Answers, Params         map[string]string
		}
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}

	goRead := func(src string) (tailor.Input, error) {
		f := filepath.Join(dir, "task.yaml")
		os.WriteFile(f, []byte(src), 0o644)
		return tailor.ReadInput(f, "", "")
	}
	date := func(d time.Time) string {
		if d.IsZero() {
			return ""
		}
		return d.Format(time.DateOnly)
	}
	same := func(a, b map[string]string) bool { return len(a) == len(b) && (len(a) == 0 || maps.Equal(a, b)) }

	for i, in := range write {
		w := got.Written[i]
		back, err := goRead(w.YAML)
		if err != nil {
			t.Errorf("saved file %d does not read in Go: %v\n%s", i, err, w.YAML)
			continue
		}
		if back.Task != in.Task || date(back.Start) != in.Start || date(back.End) != in.End || !same(back.Answers, in.Answers) || !same(back.Params, in.Params) {
			t.Errorf("saved file %d reads back in Go as %+v; saved %+v\n%s", i, back, in, w.YAML)
		}
	}
	// The task names the file, without what Windows refuses in a name.
	names := map[int]string{0: "住民税の通知書の印刷と封入.yaml", 1: "回答.yaml", 3: "- [x] {y} & _z !t _ _ % @ `.yaml", 5: "回答.yaml", 6: "予算_2026_ 第1期.yaml"}
	for i, want := range names {
		if got.Written[i].Name != want {
			t.Errorf("saved file %d is named %q, want %q", i, got.Written[i].Name, want)
		}
	}
	for i, r := range reads {
		g := got.Read[i]
		want, err := goRead(r.src)
		switch {
		case err != nil && g.Error == "":
			t.Errorf("%q: Go refuses (%v), the page reads %+v", r.src, err, g)
		case err != nil:
			if !strings.Contains(g.Error, "行目") && !strings.Contains(g.Error, "start") && !strings.Contains(g.Error, "end") && !strings.Contains(g.Error, "書かれていません") {
				t.Errorf("%q: the page's message %q names no line", r.src, g.Error)
			}
		case g.Error != "":
			if !r.jsMay {
				t.Errorf("%q: the page refuses (%s), Go reads it", r.src, g.Error)
			}
		case g.Task != want.Task || g.Start != date(want.Start) || g.End != date(want.End) || !same(g.Answers, want.Answers) || !same(g.Params, want.Params):
			t.Errorf("%q: the page reads %+v, Go %+v", r.src, g, want)
		}
	}
	// What the page saves, the page reads back as it was.
	for i, w := range got.Written {
		j, _ := json.Marshal(map[string]any{"write": []jsInput{}, "read": []string{w.YAML}})
		os.WriteFile(answersFile, j, 0o644)
		out, err := exec.Command(node, filepath.Join("testdata", "harness.js"), js, data, filepath.Join(dir, "none.json"), answersFile).Output()
		if err != nil {
			t.Fatal(err)
		}
		var back struct {
			Read []struct {
				Error, Task, Start, End string
				Answers, Params         map[string]string
			}
		}
		json.Unmarshal(out, &back)
		b, in := back.Read[0], write[i]
		if b.Error != "" || b.Task != in.Task || b.Start != in.Start || b.End != in.End || !same(b.Answers, in.Answers) || !same(b.Params, in.Params) {
			t.Errorf("saved file %d reads back in the page as %+v; saved %+v", i, b, in)
		}
	}
}
