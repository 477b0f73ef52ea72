package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/synth"
)

// unreviewed is a handbook of n clauses whose 2n check items were never
// reviewed: one suspect warning each, and no other finding.
func unreviewed(t *testing.T, clauses int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "hb")
	if _, err := synth.Generate(dir, synth.Options{Clauses: clauses, Seed: 1, Today: time.Now(),
		Shape: synth.Shape{NoStamps: true}}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// A build lists a few warnings, counts many by rule, and lists every error.
func TestBuildSummarisesWarnings(t *testing.T) {
	few := unreviewed(t, 5)
	code, _, stderr := runTokki(t, t.TempDir(), "build", "--source", few, "--dest", filepath.Join(t.TempDir(), "out"))
	if code != 0 || strings.Count(stderr, "[suspect]") != 10 || strings.Contains(stderr, "tokki lint") {
		t.Errorf("10 warnings: exit %d, stderr:\n%s\nwant each warning listed", code, stderr)
	}

	many := unreviewed(t, 40)
	code, _, stderr = runTokki(t, t.TempDir(), "build", "--source", many, "--dest", filepath.Join(t.TempDir(), "out"))
	want := "tokki: 80 warnings (suspect 80); run tokki lint --source " + many + " to see them\n"
	if code != 0 || stderr != want {
		t.Errorf("80 warnings: exit %d, stderr:\n%s\nwant only:\n%s", code, stderr, want)
	}

	// An error stops the build and is printed in full beside the count.
	clause := filepath.Join(many, "clauses", "c00003.md")
	text, err := os.ReadFile(clause)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(clause, []byte(strings.Replace(string(text), "\ntitle: ", "\ntitle_: ", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runTokki(t, many, "build", "--dest", filepath.Join(t.TempDir(), "out"))
	if code != 1 || !strings.Contains(stderr, "clauses/c00003.md:") || !strings.Contains(stderr, "error:") ||
		!strings.Contains(stderr, "warnings (") || !strings.Contains(stderr, "run tokki lint to see them") ||
		strings.Contains(stderr, "[suspect]") {
		t.Errorf("an error and many warnings: exit %d, stderr:\n%s\nwant the error listed, the warnings counted, the build stopped", code, stderr)
	}
}

// serve, too, counts many new warnings rather than listing them.
func TestServeSummarisesWarnings(t *testing.T) {
	hb := unreviewed(t, 40)
	s := startServe(t, hb)
	out := s.output()
	if strings.Contains(out, "[suspect]") ||
		!strings.Contains(out, "lint: not listed: 80 warnings (suspect 80); run tokki lint --source "+hb+" to see them\n") {
		t.Errorf("serve said:\n%s\nwant the 80 warnings counted, not listed", out)
	}
}
