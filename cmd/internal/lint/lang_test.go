package lint

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// TestJapaneseFindings lints testdata/broken in both languages: the same
// findings (rule, file, position) come out, every message is said in
// Japanese rather than English (the loader's problems too, which are said
// in the language of the locale), and the text output is kept as a golden
// file (testdata/golden/broken.ja.text) for a reader to judge.
func TestJapaneseFindings(t *testing.T) {
	t.Setenv("LC_ALL", "ja_JP.UTF-8") // the loader's messages: the user's language
	h, err := content.Load(filepath.Join("testdata", "broken"))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("LC_ALL", "C")
	hEn, err := content.Load(filepath.Join("testdata", "broken"))
	if err != nil {
		t.Fatal(err)
	}
	en := Run(hEn, Options{Now: today})
	ja := Run(h, Options{Now: today, Lang: msg.Japanese})
	if len(en) != len(ja) {
		t.Fatalf("%d findings in English, %d in Japanese", len(en), len(ja))
	}
	english := map[string]bool{}
	for _, f := range en {
		english[f.Message] = true
	}
	key := func(f Finding) string { return f.File + ":" + f.Rule }
	count := map[string]int{}
	for i := range en {
		count[key(en[i])]++
		count[key(ja[i])]--
	}
	for k, n := range count {
		if n != 0 {
			t.Errorf("%s: the two languages found different things", k)
		}
	}
	for _, f := range ja {
		if english[f.Message] {
			t.Errorf("%s:%d: [%s] is said in English: %s", f.File, f.Line, f.Rule, f.Message)
		}
		if strings.Contains(f.Message, "%!") {
			t.Errorf("%s:%d: [%s] a verb does not match its argument: %s", f.File, f.Line, f.Rule, f.Message)
		}
	}
	var buf bytes.Buffer
	if err := Write(&buf, "text", ja, "test"); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "golden", "broken.ja.text")
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
		t.Errorf("the Japanese text output differs from %s (run go test -update and read the diff):\n%s", golden, buf.String())
	}
}

// TestSARIFRulesInJapanese: the rule ids stay, their descriptions are
// said in the language asked for.
func TestSARIFRulesInJapanese(t *testing.T) {
	var buf bytes.Buffer
	fs := []Finding{{Rule: "required", Severity: Error, File: "a.md", Line: 1, Message: "m"}}
	if err := WriteFrom(&buf, "sarif", fs, "v", Base{}, msg.Japanese); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	if !strings.Contains(s, `"id": "required"`) || !strings.Contains(s, `"ruleId": "required"`) {
		t.Errorf("the rule id changed:\n%s", s)
	}
	if !strings.Contains(s, "必須の項目がない") {
		t.Errorf("the rule's description is not in Japanese:\n%s", s)
	}
}
