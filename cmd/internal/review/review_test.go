package review

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/stamp")

const clause = "---\nid: C-01\ntitle: 基本的事項\norder: 1\nrationale: |\n  理由の一行目。\n  二行目。\n---\n\n1. 受注者は、法令を守らなければならない。\n2. 受注者は、指示に従わなければならない。\n"

func clauseOf(t *testing.T, src string) *content.Clause {
	t.Helper()
	h, err := content.LoadFS(fstest.MapFS{"clauses/c.md": {Data: []byte(src)}})
	if err != nil {
		t.Fatal(err)
	}
	return h.Clauses[0]
}

func TestFingerprintIgnoresFormatting(t *testing.T) {
	want := Of(clauseOf(t, clause))
	for name, src := range map[string]string{
		"crlf":                strings.ReplaceAll(clause, "\n", "\r\n"),
		"bom":                 "\uFEFF" + clause,
		"trailing blanks":     strings.ReplaceAll(clause, "。\n", "。  \t\n"),
		"blank lines":         clause + "\n\n\n",
		"longer front matter": strings.Replace(clause, "order: 1\n", "order: 1\nstages: [委託事業者との契約]\nsources: [\"法第66条\"]\n", 1),
	} {
		if got := Of(clauseOf(t, src)); got != want {
			t.Errorf("%s: %s, want %s", name, got, want)
		}
	}
	for name, c := range map[string]struct {
		src  string
		what string
	}{
		"title":     {strings.Replace(clause, "基本的事項", "基本事項", 1), "title"},
		"id":        {strings.Replace(clause, "C-01", "C-02", 1), "title"},
		"text":      {strings.Replace(clause, "守らなければ", "遵守しなければ", 1), "text"},
		"rationale": {strings.Replace(clause, "二行目", "三行目", 1), "rationale"},
	} {
		got := Of(clauseOf(t, c.src)).Changes(want)
		if len(got) != 1 || got[0] != c.what {
			t.Errorf("%s changed: Changes = %v, want [%s]", name, got, c.what)
		}
	}
	if s := want.String(); len(s) != 14 {
		t.Errorf("stamp %q", s)
	}
	if p, ok := Parse(want.String()); !ok || p.String() != want.String() || len(want.Changes(p)) > 0 {
		t.Error("Parse does not read String back")
	}
	for _, bad := range []string{"", "abc", "1234-5678", "123g-0000-0000", "12345-000-0000"} {
		if _, ok := Parse(bad); ok {
			t.Errorf("Parse(%q) accepted", bad)
		}
	}
}

// TestFingerprintIgnoresLinkText: every output numbers a link to another
// clause afresh, so the text an editor typed for it (第10条 before the
// handbook was renumbered, 第12条 after) is not part of the clause's
// meaning, while where the link points is. Stamps written when the typed
// text still counted stay current until the clause changes.
func TestFingerprintIgnoresLinkText(t *testing.T) {
	withLink := func(text, dest string) string {
		s := strings.Replace(clause, "指示に従わなければ", "["+text+"]("+dest+")の指示に従わなければ", 1)
		return strings.Replace(s, "二行目。", "二行目は["+text+"]("+dest+")による。", 1)
	}
	old := Of(clauseOf(t, withLink("第10条", "c10-sub.md")))
	for name, src := range map[string]string{
		"renumbered": withLink("第12条", "c10-sub.md"),
		"captioned":  withLink("第12条（再委託先の管理）", "c10-sub.md"),
		"empty":      withLink("", "c10-sub.md"),
	} {
		if got := Of(clauseOf(t, src)); got.String() != old.String() {
			t.Errorf("%s: %s, want %s", name, got, old)
		}
	}
	if got := Of(clauseOf(t, withLink("第10条", "c11-other.md"))).Changes(old); len(got) != 2 {
		t.Errorf("link to another clause: Changes = %v, want [text rationale]", got)
	}
	// A link to a guide page keeps its text: readers see it as typed.
	guide := Of(clauseOf(t, withLink("手引き", "../content/guide/a.md")))
	if got := Of(clauseOf(t, withLink("使い方", "../content/guide/a.md"))).Changes(guide); len(got) != 2 {
		t.Errorf("guide link text changed: Changes = %v, want [text rationale]", got)
	}

	// A stamp of the typed text, as tokki wrote before it left links'
	// text out, is current while the text is as stamped.
	src := withLink("第10条", "c10-sub.md")
	legacy := Fingerprint{Title: old.Title, Text: part(string(clauseOf(t, src).Body)), Rationale: part(clauseOf(t, src).Rationale)}
	if legacy.Text == old.Text {
		t.Fatal("test clause: typed and untyped text give the same part")
	}
	if got := old.Changes(legacy); len(got) > 0 {
		t.Errorf("stamp of the typed text: Changes = %v, want none", got)
	}
	renumbered := Of(clauseOf(t, withLink("第12条", "c10-sub.md")))
	if got := renumbered.Changes(legacy); len(got) != 2 {
		t.Errorf("typed stamp after the typed text changed: Changes = %v, want [text rationale] (a typed stamp only holds for the text it was made of)", got)
	}
}

// TestStamp stamps each file in testdata/stamp and compares the result with
// its .golden file: only reviewed, reviewed_clause (and reviewed_by) may
// change, and the rest of the file stays byte for byte.
func TestStamp(t *testing.T) {
	fp := Fingerprint{Title: "aaaa", Text: "bbbb", Rationale: "cccc"}
	day := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	inputs, _ := filepath.Glob(filepath.Join("testdata", "stamp", "*.md"))
	if len(inputs) < 5 {
		t.Fatalf("only %d inputs", len(inputs))
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			src, _ := os.ReadFile(in)
			dir := t.TempDir()
			os.MkdirAll(filepath.Join(dir, "checklist"), 0o755)
			file := filepath.Join(dir, "checklist", "k.md")
			os.WriteFile(file, src, 0o644)
			h, err := content.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			by := ""
			if strings.Contains(in, "by") {
				by = "情報政策課: 山田"
			}
			if err := Stamp(file, h.Checks[0], fp, day, by); err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(file)
			golden := strings.TrimSuffix(in, ".md") + ".golden"
			if *update {
				os.WriteFile(golden, got, 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("stamped file differs from %s:\n%s", golden, got)
			}
			// And it reads back with the new values.
			h2, _ := content.Load(dir)
			k := h2.Checks[0]
			if k.Value("reviewed_clause") != fp.String() || k.Reviewed != day || len(k.Problems) > 0 || len(k.Unknown) > 0 {
				t.Errorf("reads back as %v %v, problems %v", k.Value("reviewed_clause"), k.Reviewed, k.Problems)
			}
			if by != "" && k.Value("reviewed_by") != by {
				t.Errorf("reviewed_by reads back as %q", k.Value("reviewed_by"))
			}
		})
	}
}
