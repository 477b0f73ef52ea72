package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// libraryWords are the words of cobra, pflag, strconv, time, the system and
// git that a user must never have to read: each says what went wrong inside
// a library, not what to type.
var libraryWords = []string{
	"accepts", "arg(s)", "strconv.", "parsing time", "invalid syntax", "exit status", "fatal:",
	"no such file or directory", "unknown shorthand flag", "Did you mean this?", "flag needs an argument",
	" yaml: ", "unmarshal", "tailor.answersFile", "listen tcp", "Run '",
}

// The common slips, run through the real binary: each ends with exit
// code 2 and one line that says what to type instead, in tokki's words.
func TestSlipsSayWhatToType(t *testing.T) {
	dir, git := gitRepo(t)
	for name, src := range clean {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git("add", "-A")
	git("commit", "-q", "-m", "第1版")
	answers := filepath.Join(dir, "task.yaml")
	os.WriteFile(answers, []byte("task: 窓口業務\nstart: 2026-04-01\nend: 2026-06-30\nanswers: {}\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "extra.yaml"), []byte("task: 窓口業務\nstrat: 2026-04-01\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "quote.yaml"), []byte("task: \"窓口業務\nstart: 2026-04-01\nend: \"2026-06-30\"\n"), 0o644)
	outside := t.TempDir()

	for _, tc := range []struct {
		dir  string // "" for the repository
		args []string
		want string
	}{
		// The number of arguments.
		{"", []string{"diff"}, "tokki diff takes one or two arguments, but was given none; write it as tokki diff REV1 [REV2], e.g. tokki diff main"},
		{"", []string{"diff", "a", "b", "c"}, "tokki diff takes one or two arguments, but was given 3 (a b c)"},
		{"", []string{"export"}, "tokki export takes one argument, but was given none; write it as tokki export checklist|clauses"},
		{"", []string{"tailor", "task.yaml"}, "tokki tailor takes no arguments, but was given 1 (task.yaml); give the answers file with --answers task.yaml"},
		{"", []string{"version", "x"}, "tokki version takes no arguments"},
		// Dates, files, revisions.
		{"", []string{"tailor", "--answers", "task.yaml", "--start", "2026-13-01"}, `--start: "2026-13-01" is not a date; write it as YYYY-MM-DD`},
		{"", []string{"tailor", "--answers", "nosuch.yaml"}, "cannot read the answers file nosuch.yaml: it does not exist"},
		{"", []string{"tailor", "--answers", "extra.yaml"}, "extra.yaml: line 2: strat is not a key of an answers file; the keys are task, start, end, answers and params"},
		{"", []string{"tailor", "--answers", "quote.yaml"}, `quote.yaml: line 1: the quote " that opens the value of task is never closed`},
		{"", []string{"tailor", "--answers", "task.yaml", "-o", "nosuch/out.md"}, "cannot write nosuch/out.md: the folder it goes in does not exist"},
		{"", []string{"diff", "nosuch"}, `revision "nosuch" is not a commit in this repository`},
		{outside, []string{"diff", "main"}, "is not in a Git checkout; run tokki diff in a clone"},
		{"", []string{"lint", "--source", "nosuch"}, "nosuch does not exist"},
		// Flags and their values.
		{"", []string{"serve", "--port", "abc"}, `--port takes a whole number written in digits, not "abc"`},
		{"", []string{"serve", "--port", "99999"}, "--port takes a number from 0 to 65535"},
		{"", []string{"lint", "--strict=maybe"}, `--strict takes no value (or true or false, as --strict=false), not "maybe"`},
		{"", []string{"lint", "--fromat", "json"}, "tokki lint has no flag --fromat; did you mean --format?"},
		{"", []string{"export", "checklist", "--tiiming", "定期"}, "tokki export has no flag --tiiming; did you mean --timing?"},
		{"", []string{"lint", "-format", "json"}, "write --format with two dashes"},
		{"", []string{"diff", "-x", "main"}, "tokki diff has no flag -x; run 'tokki diff --help' for its flags"},
		{"", []string{"lint", "--format"}, "--format needs a value: one of text, json, github, sarif, e.g. --format text"},
		{"", []string{"lint", "--format", "txt"}, `--format "txt" is not one of text, json, github, sarif; did you mean text?`},
		{"", []string{"export", "checklist", "--format", "xslx"}, `checklist can be exported as xlsx or csv, not "xslx"; did you mean xlsx?`},
		{"", []string{"export", "checklist", "--timing", "定時", "-o", "x.xlsx"}, `--timing "定時" is not one of 契約前, 定期, 終了時, 随時; did you mean 定期?`},
		{"", []string{"export", "checklst"}, `export checklist or clauses, not "checklst"; did you mean checklist?`},
		// Commands.
		{"", []string{"lnt"}, `tokki has no command "lnt"; did you mean tokki lint?`},
		{"", []string{"xyzzy"}, `tokki has no command "xyzzy"; the commands are build,`},
		{"", []string{"completion", "fish", "x"}, `tokki completion fish takes no arguments, but was given 1 (x); write it as tokki completion fish`},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			at := tc.dir
			if at == "" {
				at = dir
			}
			code, _, stderr := runTokki(t, at, tc.args...)
			if code != exitUsage {
				t.Errorf("exit code %d, want %d", code, exitUsage)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr:\n%s\nwant it to say:\n%s", stderr, tc.want)
			}
			if n := strings.Count(strings.TrimSpace(stderr), "\n"); n > 0 {
				t.Errorf("the message takes %d lines, not one:\n%s", n+1, stderr)
			}
			for _, w := range libraryWords {
				if strings.Contains(stderr, w) {
					t.Errorf("stderr has a library's words %q:\n%s", w, stderr)
				}
			}
		})
	}
}

// The case, end to end: a check item whose title opens a quote on
// line 4 and never closes it, and whose good on line 9 quotes a word and
// goes on after it. tokki lint names line 4, where the quote is left open,
// and line 9, not only line 9 where the YAML reader gave up; and it says
// nothing of the clause the item belongs to.
func TestLintNamesTheLineOfTheOpenQuote(t *testing.T) {
	dir := writeRaw(t, with(clean, "checklist/k09-1.md",
		"---\nid: K-09-1\nclause: C-09\ntitle: \"承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\nquestion: 承認書を見せてください。\ngood: \"着手の前\"の承認書があること。\n---\n"))
	code, stdout, stderr := runTokki(t, dir, "lint", "--format", "text")
	if code != exitFindings {
		t.Errorf("exit code %d, want %d\n%s", code, exitFindings, stderr)
	}
	want := []string{
		`checklist/k09-1.md:4:8: error: the quote " that opens the value of title is never closed; end the value with " on this line, or remove the quote [frontmatter]`,
		`checklist/k09-1.md:9:7: error: text follows the closing quote of the value of good; put the whole value inside the quotes, or write it without quotes [frontmatter]`,
	}
	var errs []string
	for _, l := range strings.Split(stdout, "\n") {
		if strings.Contains(l, ": error: ") {
			errs = append(errs, l)
		}
	}
	if strings.Join(errs, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant only:\n%s", strings.Join(errs, "\n"), strings.Join(want, "\n"))
	}
}
