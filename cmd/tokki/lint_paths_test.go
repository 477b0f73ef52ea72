package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A handbook in a subfolder of a repository, linted as a workflow does:
// GitHub annotations and SARIF results must name files from the
// repository root, or they land nowhere; text names them from where
// tokki runs, so that a terminal or an editor opens them.
func TestLintPathsInSubfolder(t *testing.T) {
	files := map[string]string{}
	for name, src := range with(clean, "clauses/c09.md", strings.Replace(clean["clauses/c09.md"], "再委託してはならない。", "再委託してはならない。[第10条](c10.md)", 1)) {
		files["docs/handbook/"+name] = src
	}
	repo := writeRaw(t, files)
	if _, err := exec.LookPath("git"); err == nil {
		if out, err := exec.Command("git", "init", "-q", repo).CombinedOutput(); err != nil {
			t.Fatalf("git init: %v\n%s", err, out)
		}
	} else if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	docs := filepath.Join(repo, "docs")
	const file = "clauses/c09.md"

	for _, tt := range []struct {
		dir, source, format, want string
	}{
		{repo, "docs/handbook", "github", "file=docs/handbook/" + file + ","},
		{docs, "handbook", "github", "file=docs/handbook/" + file + ","},
		{repo, "docs/handbook", "text", "docs/handbook/" + file + ":"},
		{docs, "handbook", "text", "handbook/" + file + ":"},
		{repo, "docs/handbook", "json", `"file": "docs/handbook/` + file + `"`},
		// Run from inside the handbook, text keeps the short paths.
		{filepath.Join(docs, "handbook"), ".", "text", "\n" + file + ":"},
	} {
		code, out, errs := runTokki(t, tt.dir, "lint", "--source", tt.source, "--format", tt.format)
		if code != 1 {
			t.Fatalf("lint --source %s in %s: exit %d, want 1 (a broken link)\n%s%s", tt.source, tt.dir, code, out, errs)
		}
		if !strings.Contains("\n"+out, tt.want) {
			t.Errorf("lint --source %s --format %s in %s: no %q in\n%s", tt.source, tt.format, tt.dir, tt.want, out)
		}
	}

	// A path as text printed it picks the same file as one from the
	// handbook root; a path outside the handbook is refused.
	for _, arg := range []string{"docs/handbook/" + file, file} {
		code, out, _ := runTokki(t, repo, "lint", "--source", "docs/handbook", "--format", "github", arg)
		if code != 1 || !strings.Contains(out, "file=docs/handbook/"+file+",") || strings.Contains(out, "checklist/") {
			t.Errorf("lint --source docs/handbook %s: exit %d, want only %s's findings:\n%s", arg, code, file, out)
		}
	}
	writeFile(t, filepath.Join(docs, "other.md"), "x")
	if code, _, errs := runTokki(t, repo, "lint", "--source", "docs/handbook", "docs/other.md"); code != 2 || !strings.Contains(errs, "no such file or folder in the handbook") {
		t.Errorf("a path outside the handbook: exit %d, %s", code, errs)
	}

	code, out, errs := runTokki(t, docs, "lint", "--source", "handbook", "--format", "sarif")
	if code != 1 {
		t.Fatalf("sarif: exit %d\n%s", code, errs)
	}
	var log struct {
		Runs []struct {
			OriginalURIBaseIDs map[string]struct {
				URI string `json:"uri"`
			} `json:"originalUriBaseIds"`
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	run := log.Runs[0]
	found := false
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation.ArtifactLocation
		if !strings.HasPrefix(loc.URI, "docs/handbook/") || loc.URIBaseID != "%SRCROOT%" {
			t.Errorf("artifactLocation = %+v, want a path under docs/handbook/ from %%SRCROOT%%", loc)
		}
		found = found || loc.URI == "docs/handbook/"+file
	}
	if !found {
		t.Errorf("no result in docs/handbook/%s:\n%s", file, out)
	}
	root := run.OriginalURIBaseIDs["%SRCROOT%"].URI
	real, _ := filepath.EvalSymlinks(repo)
	if !strings.HasPrefix(root, "file:///") || !strings.HasSuffix(root, "/") ||
		(!strings.HasSuffix(root, filepath.ToSlash(repo)+"/") && !strings.HasSuffix(root, filepath.ToSlash(real)+"/")) {
		t.Errorf("%%SRCROOT%% is %q, want the repository %s as a file URI", root, repo)
	}
}
