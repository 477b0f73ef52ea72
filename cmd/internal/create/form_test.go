package create

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// A new page under content/forms/ is a form numbered after the last one,
// which loads with its number, id and a title that starts 様式第N号.
func TestNewForm(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "content", "forms"), 0o755)
	os.WriteFile(filepath.Join(root, "content", "_index.md"), []byte("---\ntitle: 手引き\n---\n"), 0o644)
	os.WriteFile(filepath.Join(root, "content", "forms", "f3.md"), []byte("---\ntitle: 様式第3号　申請書\nid: F-03\nform: 3\n---\n"), 0o644)
	h, err := content.Load(root)
	if err != nil {
		t.Fatal(err)
	}
	rel, err := New(root, h, "page", Options{Title: "点検記録", Path: "forms/record.md", Now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil || rel != "content/forms/record.md" {
		t.Fatalf("New = %q, %v", rel, err)
	}
	h, err = content.Load(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range h.Pages {
		if p.Path != rel {
			continue
		}
		if !p.IsForm() || p.Form != 4 || p.ID != "F-04" || p.Title != "様式第4号　点検記録" || len(p.Problems) != 0 || len(p.Unknown) != 0 {
			t.Errorf("new form: form %d id %q title %q problems %v unknown %d", p.Form, p.ID, p.Title, p.Problems, len(p.Unknown))
		}
		if !strings.Contains(string(p.Body), "| 事項 | 記入欄 |") {
			t.Errorf("no table to start from:\n%s", p.Body)
		}
		return
	}
	t.Fatal("the new form did not load")
}
