package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// workflowFile is the GitHub Actions workflow that the README shows users.
// CI also checks it with actionlint (see .ci/run).
var workflowFile = filepath.Join("..", "..", ".github", "workflows", "handbook.yml")

// The README's copy of the workflow is the file, byte for byte: a user who
// copies it gets what the tests run.
func TestWorkflowInREADME(t *testing.T) {
	wf, err := os.ReadFile(workflowFile)
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(string(wf), "\n")
	for _, block := range strings.Split(string(readme), "```yaml\n")[1:] {
		block, _, _ = strings.Cut(block, "```")
		if strings.HasPrefix(block, first+"\n") {
			if block != string(wf) {
				t.Errorf("README.md's copy of the workflow differs from %s; paste the file into it", workflowFile)
			}
			return
		}
	}
	t.Errorf("README.md has no yaml block starting %q (the workflow %s)", first, workflowFile)
}

type workflow struct {
	Permissions map[string]string `yaml:"permissions"`
	Env         map[string]string `yaml:"env"`
	Jobs        map[string]struct {
		Permissions map[string]string `yaml:"permissions"`
		Needs       any               `yaml:"needs"`
		Steps       []struct {
			Name string            `yaml:"name"`
			ID   string            `yaml:"id"`
			Uses string            `yaml:"uses"`
			Run  string            `yaml:"run"`
			With map[string]any    `yaml:"with"`
			Env  map[string]string `yaml:"env"`
		} `yaml:"steps"`
	} `yaml:"jobs"`
}

// The workflow's scripts run as the runner runs them (bash -eo pipefail),
// in a handbook repository with a pull request's change, with tokki on
// PATH and gh replaced by a script that records what it was asked: every
// tokki command in it exists with its flags, and each step leaves what
// the next one uploads.
func TestWorkflowScripts(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is not installed")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	src, err := os.ReadFile(workflowFile)
	if err != nil {
		t.Fatal(err)
	}
	var wf workflow
	if err := yaml.Unmarshal(src, &wf); err != nil {
		t.Fatal(err)
	}
	check := wf.Jobs["check"]
	if p := check.Permissions; p["security-events"] != "write" || p["pull-requests"] != "write" || wf.Permissions["contents"] != "read" {
		t.Errorf("permissions: workflow %v, check job %v; SARIF needs security-events: write, the comment pull-requests: write", wf.Permissions, p)
	}
	if wf.Jobs["deploy"].Needs != "check" {
		t.Errorf("deploy needs %v, want check: a handbook that fails lint must not be published", wf.Jobs["deploy"].Needs)
	}

	// A repository whose main has the clean handbook, and a pull
	// request that changes a clause.
	dir, git := gitRepo(t)
	for name, body := range clean {
		writeFile(t, filepath.Join(dir, filepath.FromSlash(name)), body)
	}
	if code, _, errs := tokki(t, "review", "--all", "--source", dir); code != 0 {
		t.Fatalf("review --all: %s", errs)
	}
	git("add", "-A")
	git("commit", "-q", "-m", "第1版")
	git("update-ref", "refs/remotes/origin/main", "HEAD")
	c09 := filepath.Join(dir, "clauses", "c09.md")
	edit(t, c09, func(s string) string {
		return strings.Replace(s, "再委託してはならない。", "発注者の承認なく再委託してはならない。", 1)
	})
	if code, _, errs := tokki(t, "review", "--all", "--source", dir); code != 0 {
		t.Fatalf("review --all: %s", errs)
	}
	git("commit", "-q", "-am", "再委託に承認を設ける")

	bin := filepath.Dir(tokkiBinary(t))
	temp, ghDir := t.TempDir(), t.TempDir()
	ghLog := filepath.Join(ghDir, "gh.log")
	writeFile(t, filepath.Join(ghDir, "gh"), `#!/bin/sh
# A stand-in for the GitHub CLI: records its arguments and any body file.
echo "gh $*" >> "$GH_LOG"
for a in "$@"; do
  case "$a" in body=@*) cat "${a#body=@}" >> "$GH_LOG" ;; esac
done
prev=
for a in "$@"; do
  [ "$prev" = --body-file ] && cat "$a" >> "$GH_LOG"
  prev=$a
done
if [ "$1 $2" = "api --paginate" ]; then echo "$EARLIER_COMMENT"; fi
`)
	if err := os.Chmod(filepath.Join(ghDir, "gh"), 0o755); err != nil {
		t.Fatal(err)
	}

	expr := regexp.MustCompile(`\$\{\{\s*([^}]*?)\s*\}\}`)
	contexts := map[string]string{
		"github.base_ref":                  "main",
		"github.token":                     "token",
		"github.event.pull_request.number": "7",
		"github.server_url":                "https://github.example",
		"github.repository":                "city/handbook",
		"github.run_id":                    "42",
	}
	runStep := func(name, script string, stepEnv map[string]string, extra ...string) {
		t.Helper()
		if m := expr.FindString(script); m != "" {
			t.Errorf("step %q puts %s into its script; pass it through env, so that a branch name cannot inject commands", name, m)
		}
		env := append(os.Environ(), "PATH="+strings.Join([]string{bin, ghDir, os.Getenv("PATH")}, string(os.PathListSeparator)),
			"RUNNER_TEMP="+temp, "GITHUB_REPOSITORY=city/handbook", "GITHUB_PATH="+filepath.Join(temp, "path"), "GH_LOG="+ghLog)
		for _, vars := range []map[string]string{wf.Env, stepEnv} {
			for k, v := range vars {
				v = expr.ReplaceAllStringFunc(v, func(m string) string {
					c, ok := contexts[expr.FindStringSubmatch(m)[1]]
					if !ok {
						t.Fatalf("step %q: no value for %s in this test", name, m)
					}
					return c
				})
				env = append(env, k+"="+v)
			}
		}
		cmd := exec.Command(bash, "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
		cmd.Dir = dir
		cmd.Env = append(env, extra...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("step %q: %v\n%s\n%s", name, err, script, out)
		}
	}

	var ran []string
	var comment func(extra ...string)
	for _, s := range check.Steps {
		if s.Run == "" || strings.Contains(s.Run, "go build") {
			continue // tokki is on PATH already
		}
		if strings.Contains(s.Run, "gh ") {
			comment = func(extra ...string) { runStep(s.Name, s.Run, s.Env, extra...) }
		}
		runStep(s.Name, s.Run, s.Env)
		ran = append(ran, s.Name)
	}
	if len(ran) < 4 || comment == nil {
		t.Fatalf("ran only %q; the workflow should lint twice, diff, comment and build", ran)
	}

	var log map[string]any
	if sarif, err := os.ReadFile(filepath.Join(temp, "tokki.sarif")); err != nil || json.Unmarshal(sarif, &log) != nil {
		t.Errorf("no SARIF for upload-sarif: %v", err)
	}
	if md, err := os.ReadFile(filepath.Join(temp, "diff.md")); err != nil || !strings.Contains(string(md), "承認なく") {
		t.Errorf("diff.md does not show the change: %v\n%s", err, md)
	}
	for _, f := range []string{"新旧対照表.html", "site/index.html"} {
		if _, err := os.Stat(filepath.Join(temp, filepath.FromSlash(f))); err != nil {
			t.Errorf("nothing to upload: %v", err)
		}
	}
	logged, _ := os.ReadFile(ghLog)
	if !strings.Contains(string(logged), "gh pr comment 7 --repo city/handbook --body-file ") ||
		!strings.Contains(string(logged), "<!-- tokki diff -->\n## 新旧対照表") {
		t.Errorf("the 新旧対照表 was not commented on the pull request:\n%s", logged)
	}

	// An earlier comment is updated, not a second one added.
	os.Remove(ghLog)
	comment("EARLIER_COMMENT=1234")
	logged, _ = os.ReadFile(ghLog)
	if !strings.Contains(string(logged), "gh api --method PATCH repos/city/handbook/issues/comments/1234 ") ||
		strings.Contains(string(logged), "pr comment") || !strings.Contains(string(logged), "承認なく") {
		t.Errorf("the earlier comment was not updated:\n%s", logged)
	}

	// A pull request that changes no clause or check item gets no comment.
	git("update-ref", "refs/remotes/origin/main", "HEAD")
	os.Remove(ghLog)
	for _, s := range check.Steps {
		if s.ID == "diff" {
			runStep(s.Name, s.Run, s.Env)
		}
	}
	comment()
	logged, _ = os.ReadFile(ghLog)
	if strings.Contains(string(logged), "pr comment") || strings.Contains(string(logged), "PATCH") {
		t.Errorf("a pull request without changes to the clauses got a comment:\n%s", logged)
	}
}

func writeFile(t *testing.T, p, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
