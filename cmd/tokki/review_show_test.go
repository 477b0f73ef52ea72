package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tokki review --show finds in Git the version of the clause an item was
// reviewed against and marks what changed since, part by part; without
// that version it says why and shows the clause as it is.
func TestReviewShow(t *testing.T) {
	dir, git := gitRepo(t)
	v1 := map[string]string{
		"content/_index.md":  "---\ntitle: 手引き\n---\n",
		"clauses/c09.md":     "---\nid: C-09\ntitle: 再委託の禁止\norder: 9\nrationale: |\n  再委託先での事故を防ぐため。\n  承認の記録を残す。\nwaiver: 試験用\n---\n\n1. 受注者は、業務を再委託してはならない。\n2. 受注者は、再委託先の名称を報告しなければならない。\n3. 受注者は、再委託先を監督しなければならない。\n4. 受注者は、再委託先に秘密を守らせなければならない。\n",
		"checklist/k09-1.md": "---\nid: K-09-1\nclause: C-09\ntitle: 再委託の承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\n---\n\n再委託先の一覧を見せてください。\n",
		"checklist/k09-2.md": "---\nid: K-09-2\nclause: C-09\ntitle: 再委託の実績\naspect: 運用\ntiming: [定期]\nrationale: 理由。\n---\n\n実績を聞く。\n",
	}
	for name, src := range v1 {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(src), 0o644)
	}
	if code, _, errs := tokki(t, "review", "--all", "--source", dir); code != 0 {
		t.Fatal(errs)
	}
	git("add", "-A")
	git("commit", "-q", "-m", "第1版")
	// The clause is amended in two commits; only the first is reviewed again
	// by K-09-2, and then the file is renamed.
	c09 := filepath.Join(dir, "clauses", "c09.md")
	edit := func(old, new string) {
		b, _ := os.ReadFile(c09)
		os.WriteFile(c09, []byte(strings.Replace(string(b), old, new, 1)), 0o644)
	}
	edit("業務を再委託", "業務を第三者に再委託")
	git("commit", "-q", "-am", "第2版")
	if code, _, errs := tokki(t, "review", "K-09-2", "--source", dir); code != 0 {
		t.Fatal(errs)
	}
	edit("承認の記録を残す。", "承認の記録を書面で残す。")
	git("add", "-A")
	git("commit", "-q", "-m", "第3版")
	git("mv", "clauses/c09.md", "clauses/c09-subcontracting.md")
	git("commit", "-q", "-m", "名前を変える")

	code, out, errs := tokki(t, "review", "--show", "K-09-1", "--source", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"K-09-1 was reviewed against C-09 as in commit ", "(2026-04-01 第1版); since then its 本文、解説 changed",
		"== 本文 (text) ==\n~ 1. 受注者は、業務を{+第三者に+}再委託してはならない。\n  2. 受注者は、再委託先の名称を報告しなければならない。\n  …\n",
		"== 解説 (rationale) ==\n  再委託先での事故を防ぐため。\n~ 承認の記録を{+書面で+}残す。\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("--show K-09-1 lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "見出し") || strings.Contains(out, "監督") {
		t.Errorf("unchanged parts or lines shown:\n%s", out)
	}
	// K-09-2 was reviewed after 第2版: only the rationale changed since.
	_, out, _ = tokki(t, "review", "--show", "K-09-2", "--source", dir)
	if !strings.Contains(out, "(2026-04-01 第2版); since then its 解説 changed") || strings.Contains(out, "本文") {
		t.Errorf("--show K-09-2:\n%s", out)
	}
	// A clause id shows each of its items; a reviewed item says so.
	tokki(t, "review", "K-09-2", "--source", dir)
	_, out, _ = tokki(t, "review", "--show", "C-09", "--source", dir)
	if !strings.Contains(out, "K-09-1 was reviewed against C-09") || !strings.Contains(out, "K-09-2: C-09 has not changed since the item was reviewed") {
		t.Errorf("--show C-09:\n%s", out)
	}

	// A shallow clone without the reviewed version says how to fetch it,
	// and shows the changed parts as they are now.
	clone := filepath.Join(t.TempDir(), "clone")
	git("clone", "-q", "--depth", "1", "file://"+dir, clone)
	_, out, _ = tokki(t, "review", "--show", "K-09-1", "--source", clone)
	for _, want := range []string{"K-09-1: C-09's 本文、解説 changed since the item was reviewed", "git fetch --unshallow", "== 本文 (text) ==\n  1. 受注者は、業務を第三者に再委託してはならない。\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("shallow clone lacks %q:\n%s", want, out)
		}
	}
	// Outside Git.
	plain := writeRaw(t, v1)
	os.WriteFile(filepath.Join(plain, "clauses", "c09.md"), []byte(strings.Replace(v1["clauses/c09.md"], "再委託先を監督", "再委託先を厳しく監督", 1)), 0o644)
	_, out, _ = tokki(t, "review", "--show", "K-09-1", "--source", plain)
	if !strings.Contains(out, "K-09-1 has not been reviewed against C-09 yet") {
		t.Errorf("never reviewed:\n%s", out)
	}
	tokki(t, "review", "K-09-1", "--source", plain)
	os.WriteFile(filepath.Join(plain, "clauses", "c09.md"), []byte(v1["clauses/c09.md"]), 0o644)
	_, out, _ = tokki(t, "review", "--show", "K-09-1", "--source", plain)
	if !strings.Contains(out, "not in a Git checkout") || !strings.Contains(out, "== 本文 (text) ==") {
		t.Errorf("outside Git:\n%s", out)
	}
	if code, _, errs := tokki(t, "review", "--show", "--all", "--source", plain); code != 2 || !strings.Contains(errs, "--show needs") {
		t.Errorf("--show --all: %d %s", code, errs)
	}
}

// A clause id or a page's path records the review of the clause or page
// itself: reviewed (and reviewed_by) change, nothing else.
func TestReviewClauseAndPage(t *testing.T) {
	page := "---\ntitle: 予算の考え方 # 見出し\norder: 3\n---\n\n本文。\n"
	dir := writeTree(t, with(with(clean, "content/guide/budget.md", page), "clauses/c09.md",
		strings.Replace(clean["clauses/c09.md"], "reviewed: "+time.Now().Format(time.DateOnly), "reviewed: 2020-01-01 # 前回", 1)))
	code, out, errs := tokki(t, "review", "C-09", "content/guide/budget.md", "--by", "情報政策課", "--source", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	today := time.Now().Format(time.DateOnly)
	if !strings.Contains(out, "reviewed clauses/c09.md (reviewed: "+today+")") || !strings.Contains(out, "reviewed content/guide/budget.md") {
		t.Errorf("stdout: %s", out)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "clauses", "c09.md"))
	want := strings.Replace(clean["clauses/c09.md"], "reviewed: "+today+"\n", "reviewed: "+today+" # 前回\nreviewed_by: 情報政策課\n", 1)
	if string(b) != want {
		t.Errorf("clause:\n%s\nwant:\n%s", b, want)
	}
	b, _ = os.ReadFile(filepath.Join(dir, "content", "guide", "budget.md"))
	if want := strings.Replace(page, "---\n\n", "reviewed: "+today+"\nreviewed_by: 情報政策課\n---\n\n", 1); string(b) != want {
		t.Errorf("page:\n%s\nwant:\n%s", b, want)
	}
	// lint knows the keys it wrote.
	if code, out, errs := tokki(t, "lint", "--strict", "--source", dir); code != 0 {
		t.Errorf("lint after review: %s%s", out, errs)
	}
	if code, _, errs := tokki(t, "review", "content/guide/nope.md", "--source", dir); code != 2 || !strings.Contains(errs, "is not a file of the handbook") {
		t.Errorf("a missing page: %d %s", code, errs)
	}
}
