package lint

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestFormatsGolden lints testdata/broken, a handbook with one or more
// findings of most rules, and compares each output format with its golden
// file. Run with -update after an intended change, and read the diff.
func TestFormatsGolden(t *testing.T) {
	h, err := content.Load(filepath.Join("testdata", "broken"))
	if err != nil {
		t.Fatal(err)
	}
	findings := Run(h, Options{Now: today})
	if len(findings) < 10 {
		t.Fatalf("only %d findings; the fixture should break many rules", len(findings))
	}
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, format, findings, "test"); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", "broken."+format)
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s output differs from %s (run go test -update and read the diff):\n%s", format, golden, buf.String())
			}
		})
	}
}

func TestJSONShape(t *testing.T) {
	var buf bytes.Buffer
	fs := []Finding{{Rule: "required", Severity: Error, File: "a.md", Line: 1, Message: "m"}, {Rule: "unknown-field", Severity: Warning, File: "a.md", Line: 2, Column: 3, Message: "w"}}
	if err := Write(&buf, "json", fs, "v"); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Findings []map[string]any `json:"findings"`
		Errors   int              `json:"errors"`
		Warnings int              `json:"warnings"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Errors != 1 || got.Warnings != 1 || len(got.Findings) != 2 {
		t.Fatalf("got %+v", got)
	}
	for _, key := range []string{"rule", "severity", "file", "line", "column", "message"} {
		if _, ok := got.Findings[1][key]; !ok {
			t.Errorf("finding has no %q", key)
		}
	}
	buf.Reset()
	_ = Write(&buf, "json", nil, "v")
	if !strings.Contains(buf.String(), `"findings": []`) {
		t.Errorf("no findings must print an empty list, got %s", buf.String())
	}
}

func TestGitHubEscaping(t *testing.T) {
	var buf bytes.Buffer
	f := Finding{Rule: "broken-link", Severity: Warning, File: "content/a,b:c%.md", Line: 3, Column: 2,
		Message: "100% wrong\nsecond line, with: colon"}
	if err := Write(&buf, "github", []Finding{f}, "v"); err != nil {
		t.Fatal(err)
	}
	want := "::warning file=content/a%2Cb%3Ac%25.md,line=3,col=2,title=tokki broken-link::100%25 wrong%0Asecond line, with: colon [broken-link]\n"
	if buf.String() != want {
		t.Errorf("got  %q\nwant %q", buf.String(), want)
	}
}

func TestSARIFShape(t *testing.T) {
	var buf bytes.Buffer
	fs := []Finding{
		{Rule: "required", Severity: Error, File: "content/_index.md", Line: 0, Message: "no home page"},
		{Rule: "stale-review", Severity: Warning, File: "clauses/c.md", Line: 8, Column: 11, Message: "old"},
	}
	if err := Write(&buf, "sarif", fs, "1.0"); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID                   string `json:"id"`
						DefaultConfiguration struct {
							Level string `json:"level"`
						} `json:"defaultConfiguration"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Level     string `json:"level"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != "tokki" {
		t.Fatalf("bad log header: %s", buf.String())
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != len(Rules) {
		t.Errorf("%d rules described, want %d", len(run.Tool.Driver.Rules), len(Rules))
	}
	for _, r := range run.Results {
		if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %s points at rule %d", r.RuleID, r.RuleIndex)
		}
		if r.Level != "error" && r.Level != "warning" {
			t.Errorf("level %q", r.Level)
		}
		if l := r.Locations[0].PhysicalLocation.Region.StartLine; l < 1 {
			t.Errorf("startLine %d: code scanning needs 1 or more", l)
		}
	}
	if c := run.Results[1].Locations[0].PhysicalLocation.Region.StartColumn; c != 11 {
		t.Errorf("startColumn = %d, want 11", c)
	}
}

// A file name with a line break, an escape sequence or a bidirectional
// override cannot forge a finding, a workflow command or what the
// terminal shows.
func TestFormatsEscapeControls(t *testing.T) {
	evil := "content/a\n::error file=x::forged\x1b[2J\u202e.md"
	f := []Finding{{Rule: "broken-link", Severity: Error, File: evil, Line: 1, Column: 1, Message: "link to " + evil + " is broken"}}
	for _, format := range []string{"text", "github"} {
		var b strings.Builder
		if err := Write(&b, format, f, "test"); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if strings.Count(out, "\n") != 1 || strings.ContainsAny(out, "\x1b\u202e\r") {
			t.Errorf("%s: %q", format, out)
		}
		if !strings.Contains(out, `a\n`) || !strings.Contains(out, `\x1b[2J\u202e.md`) {
			t.Errorf("%s does not show the escapes: %q", format, out)
		}
	}
	if got := printable("第9条.md", ""); got != "第9条.md" {
		t.Errorf("printable changed plain text: %q", got)
	}
}
