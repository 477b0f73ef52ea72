package create

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// frontMatter reads the YAML between the fences of a written file.
func frontMatter(t *testing.T, file string) map[string]any {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	rest, ok := strings.CutPrefix(string(b), "---\n")
	fm, _, ok2 := strings.Cut(rest, "\n---\n")
	if !ok || !ok2 {
		t.Fatalf("no front matter in:\n%s", b)
	}
	var m map[string]any
	if err := yaml.Unmarshal([]byte(fm), &m); err != nil {
		t.Fatalf("the front matter is not YAML: %v\n%s", err, fm)
	}
	return m
}

// Whatever the id, the file is valid YAML and reads back with that id, and
// the comments after it stay comments.
func TestAnyID(t *testing.T) {
	ids := []string{
		"a: b", "#x", "'", `"`, "- y", "? q", "日本語 の id", "I-2025-01", "true", "123", "0x1F", "null", "~",
		"[x]", "{x: y}", "*x", "&x", "!x", "%x", "@x", "`x", "x #y", " x", "x ", "|", ">", "a\nb", "a\tb", "\\", "x\u2028y",
	}
	now := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	for i, id := range ids {
		for _, kind := range []struct{ kind, path string }{
			{"page", "incidents/i.md"},
			{"page", "guide/g.md"},
			{"clause", "c.md"},
		} {
			root := t.TempDir()
			rel, err := New(root, &content.Handbook{}, kind.kind, Options{ID: id, Path: kind.path, Title: "題", Now: now})
			if err != nil {
				t.Fatalf("%q (%d) as a %s: %v", id, i, kind.kind, err)
			}
			m := frontMatter(t, filepath.Join(root, filepath.FromSlash(rel)))
			if got, ok := m["id"].(string); !ok || got != id {
				t.Errorf("%s with id %q: id reads back as %#v", rel, id, m["id"])
			}
			if m["title"] != "題" {
				t.Errorf("%s with id %q: title reads back as %#v", rel, id, m["title"])
			}
			if kind.path == "incidents/i.md" && m["date"] == nil {
				t.Errorf("%s with id %q: the date after the id was lost", rel, id)
			}
		}
	}
}

// A check item of a clause whose id needs quoting names it as written.
func TestCheckOfQuotedClause(t *testing.T) {
	root := t.TempDir()
	h := &content.Handbook{Clauses: []*content.Clause{{Doc: &content.Doc{Path: "clauses/x.md"}, ID: "第9条: 再委託"}}}
	rel, err := New(root, h, "check", Options{Clause: "第9条: 再委託", ID: "K-1"})
	if err != nil {
		t.Fatal(err)
	}
	m := frontMatter(t, filepath.Join(root, filepath.FromSlash(rel)))
	if m["clause"] != "第9条: 再委託" || m["id"] != "K-1" {
		t.Errorf("reads back as clause %#v, id %#v", m["clause"], m["id"])
	}
}

// Ids that need no quotes are written as editors write them.
func TestPlainIDs(t *testing.T) {
	for _, id := range []string{"I-2025-01", "C-10", "再委託"} {
		if got := yamlScalar(id); got != id {
			t.Errorf("yamlScalar(%q) = %s", id, got)
		}
	}
}

// A slug keeps the ASCII words of a title, half-width and lower case.
func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"生成AIの利用", "ai"},
		{"ＵＳＢメモリとSNSの利用", "usb-sns"},
		{"再委託の禁止", ""},
		{"generative-ai", "generative-ai"},
		{"Cloud Services (SaaS) 2026", "cloud-services-saas-2026"},
		{"秘密 の 保持", ""},
		{strings.Repeat("word ", 20), "word-word-word-word-word-word-word-word"},
	} {
		if got := slug(tc.in); got != tc.want {
			t.Errorf("slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
