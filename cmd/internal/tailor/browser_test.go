package tailor_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/export"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
	"github.com/tokki-handbook/tokki/cmd/internal/site"
	"github.com/tokki-handbook/tokki/cmd/internal/tailor"
)

type jsInput struct {
	Answers map[string]string `json:"answers,omitempty"`
	Params  map[string]string `json:"params,omitempty"`
	Start   string            `json:"start,omitempty"`
	End     string            `json:"end,omitempty"`
	Task    string            `json:"task,omitempty"` // for the calendar file
}

// TestJavaScriptAgrees builds this repository's handbook, runs the page's
// tailor.js under Node on its tailor/data.js, and checks that tokkiTailor
// gives what tailor.Tailor gives: the same clauses with the same numbers
// and texts, the same check items, the same schedule, the same refusals.
func TestJavaScriptAgrees(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	h, err := content.Load(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	s, err := site.Build(h)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	data := filepath.Join(dir, "data.js")
	os.WriteFile(data, s.Files["tailor/data.js"], 0o644)

	all := map[string]string{}
	for _, q := range h.Settings.Questions {
		all[q.ID] = q.Answers[0]
	}
	inputs := []jsInput{
		{},
		{Answers: map[string]string{"takeout": "はい", "mynumber": "はい", "length": "3か月未満"}},
		{Answers: all, Params: map[string]string{"事故報告期限": "<b>*1時間以内*</b>に"}},
		{Start: "2026-01-31", End: "2028-02-29", Task: "住民税の通知書の印刷, 封入; 発送（長い業務名が一行に収まらず折り返される場合も）"},
		{Start: "2026-04-01", End: "2026-04-15"},
		{Start: "2026-12-24", End: "2027-05-06", Task: "年末年始と連休をまたぐ業務"},
		{Start: "2035-10-01", End: "2037-12-31", Task: "祝日の表の後"},
		{Start: "2026-09-30", End: "2027-01-02"}, // the periodic date moves onto the final one
		{Answers: map[string]string{"nosuch": "はい"}},
		{Answers: map[string]string{"takeout": "時々"}},
		{Params: map[string]string{"nosuch": "x"}},
		// The contract's length comes from the dates (from_dates).
		{Start: "2026-04-01", End: "2026-06-30"},
		{Start: "2026-01-31", End: "2026-04-30"},
		{Answers: map[string]string{"length": "3か月未満"}, Start: "2026-04-01", End: "2026-05-31"},
		{Answers: map[string]string{"length": "3か月以上"}, Start: "2026-04-01", End: "2026-05-31"}, // refused
		{Start: "0050-04-01", End: "2026-05-31"},                                                // refused
	}
	in, _ := json.Marshal(inputs)
	inputsFile := filepath.Join(dir, "inputs.json")
	os.WriteFile(inputsFile, in, 0o644)
	js, _ := filepath.Abs(filepath.Join("..", "..", "..", "themes", "default", "assets", "tailor.js"))
	out, err := exec.Command(node, filepath.Join("testdata", "harness.js"), js, data, inputsFile).Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != len(inputs) {
		t.Fatalf("%d results for %d inputs", len(lines), len(inputs))
	}
	for i, input := range inputs {
		var got struct {
			Error   string
			Clauses []struct {
				ID, Title, Text string
				Number          int
			}
			Checks   []string
			Answers  []string
			Schedule []string
			ICS      string
			Text     string
		}
		json.Unmarshal([]byte(lines[i]), &got)
		goIn := tailor.Input{Answers: input.Answers, Params: input.Params}
		if input.Start != "" {
			goIn.Start, _ = time.Parse(time.DateOnly, input.Start)
			goIn.End, _ = time.Parse(time.DateOnly, input.End)
		}
		want, err := tailor.Tailor(h, goIn)
		if err != nil {
			if got.Error == "" {
				t.Errorf("input %d: Go refuses (%v), JavaScript does not", i, err)
			}
			continue
		}
		if got.Error != "" {
			t.Errorf("input %d: JavaScript refuses (%s), Go does not", i, got.Error)
			continue
		}
		if len(got.Clauses) != len(want.Clauses) {
			t.Errorf("input %d: %d clauses in JavaScript, %d in Go", i, len(got.Clauses), len(want.Clauses))
			continue
		}
		for j, c := range want.Clauses {
			g := got.Clauses[j]
			wantText := strings.TrimRight(markdown.ArticleText([]byte(c.Text)), "\n")
			if g.ID != c.ID || g.Number != c.Number || g.Text != wantText {
				t.Errorf("input %d clause %d: JavaScript %s %d %q, Go %s %d %q", i, j, g.ID, g.Number, g.Text, c.ID, c.Number, wantText)
			}
		}
		var wantChecks, wantSchedule, wantAnswers []string
		for _, a := range want.Answers {
			mark := ""
			switch {
			case a.FromDates:
				mark = " dates"
			case a.Default:
				mark = " default"
			}
			wantAnswers = append(wantAnswers, a.ID+" "+a.Answer+mark)
		}
		if strings.Join(got.Answers, ", ") != strings.Join(wantAnswers, ", ") {
			t.Errorf("input %d: answers differ:\n JS %v\n Go %v", i, got.Answers, wantAnswers)
		}
		for _, k := range want.Checks {
			wantChecks = append(wantChecks, k.ID+" "+k.Label())
		}
		for _, s := range want.Schedule {
			wantSchedule = append(wantSchedule, s.Date.Format(time.DateOnly)+" "+s.Kind)
		}
		if len(want.Schedule) > 0 {
			if wantICS := tailor.ICS(want.Schedule, input.Task); got.ICS != wantICS {
				t.Errorf("input %d: the calendar files differ:\n JS %q\n Go %q", i, got.ICS, wantICS)
			}
		}
		// The page's copy button copies what the text download has.
		wantText := strings.ReplaceAll(strings.TrimPrefix(string(export.Text(export.FromTailored(h, &tailor.Result{Task: input.Task, Clauses: want.Clauses}))), "\uFEFF"), "\r\n", "\n")
		if got.Text != wantText {
			t.Errorf("input %d: the 特記仕様書 as text differs:\n JS %q\n Go %q", i, got.Text, wantText)
		}
		if strings.Join(got.Checks, " ") != strings.Join(wantChecks, " ") {
			t.Errorf("input %d: check items differ:\n JS %v\n Go %v", i, got.Checks, wantChecks)
		}
		if strings.Join(got.Schedule, ", ") != strings.Join(wantSchedule, ", ") {
			t.Errorf("input %d: schedules differ:\n JS %v\n Go %v", i, got.Schedule, wantSchedule)
		}
	}
}
