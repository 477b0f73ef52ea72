package revision

import (
	"strings"
	"testing"
)

// A file's versions come newest first, across a rename, with the text
// each commit recorded; a file Git does not know has none.
func TestFileVersions(t *testing.T) {
	_, root, git := repo(t, "手引き")
	write(t, root, map[string]string{"clauses/c09.md": clause9})
	git("add", "-A")
	git("commit", "-q", "-m", "第1版")
	git("mv", "手引き/clauses/c09.md", "手引き/clauses/c09-再委託.md")
	git("commit", "-q", "-m", "名前を変える")
	second := strings.Replace(clause9, "再委託して", "第三者に再委託して", 1)
	write(t, root, map[string]string{"clauses/c09-再委託.md": second, "clauses/c10.md": clause10})
	git("add", "-A")
	git("commit", "-q", "-m", "第2版")

	vs, err := FileVersions(root, "clauses/c09-再委託.md", 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, v := range vs {
		got = append(got, v.Subject+" "+v.Path)
	}
	want := []string{"第2版 clauses/c09-再委託.md", "名前を変える clauses/c09-再委託.md", "第1版 clauses/c09.md"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("versions %q, want %q", got, want)
	}
	if string(vs[0].Data) != second || string(vs[2].Data) != clause9 || len(vs[0].Hash) < 7 || vs[0].Date != "2026-04-01" {
		t.Errorf("texts: %+v", vs)
	}
	if vs, err := FileVersions(root, "clauses/c11.md", 10); err != nil || len(vs) != 0 {
		t.Errorf("an unknown file: %v, %v", vs, err)
	}
}

// The names a user may type for a revision: branches, tags, then recent
// commits, each with what it is.
func TestNames(t *testing.T) {
	_, root, git := repo(t, "")
	write(t, root, map[string]string{"clauses/c09.md": clause9})
	git("add", "-A")
	git("commit", "-q", "-m", "第1版")
	git("tag", "v1")
	git("branch", "改訂案")
	names, err := Names(root, 5)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range names {
		got = append(got, n.Name+" "+n.About)
	}
	s := strings.Join(got, "|")
	for _, want := range []string{"main branch: 第1版", "改訂案 branch: 第1版", "v1 tag: 第1版", " 2026-04-01 第1版"} {
		if !strings.Contains(s, want) {
			t.Errorf("names %q lack %q", got, want)
		}
	}
	if _, err := Names(t.TempDir(), 5); err == nil {
		t.Error("outside Git: no error")
	}
}
