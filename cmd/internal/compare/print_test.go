package compare

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The printed 新旧対照表 (Chromium's print to PDF, read back with
// pdftotext) starts on its first page, not after an empty one when the
// first article is long, and no page ends with a section's heading row.
// The section rows land at different heights as the first section grows.
func TestPrintLayout(t *testing.T) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	if testing.Short() {
		t.Skip("prints with Chromium")
	}
	para := strings.Repeat("受注者は、この契約による業務の実施に当たり、個人情報を適正に取り扱わなければならない。", 3)
	for _, v := range printVariants {
		items, paras := v[0], v[1]
		before, after := map[string]string{"content/_index.md": "---\ntitle: 手引き\n---\n"}, map[string]string{}
		// A first article of 30 or more paragraphs, all amended: taller than a page.
		var b, a strings.Builder
		for i := range paras {
			fmt.Fprintf(&b, "%d. %s\n", i+1, para)
			fmt.Fprintf(&a, "%d. %s第%d項を改める。\n", i+1, para, i+1)
		}
		clause := "---\nid: C-01\ntitle: 基本的事項\norder: 1\nrationale: 理由。\nwaiver: 試験\n---\n\n"
		before["clauses/c01.md"], after["clauses/c01.md"] = clause+b.String(), clause+a.String()
		for i := range items {
			body := para
			if i == 0 {
				// A first row of half a page: it goes to the next page
				// whole when it does not fit, and the heading with it.
				body = strings.Repeat(para, 5)
			}
			k := fmt.Sprintf("---\nid: K-01-%d\nclause: C-01\ntitle: 確認%d\naspect: 対策\ntiming: [定期]\nrationale: 理由。\n---\n\n%s\n", i+1, i+1, body)
			name := fmt.Sprintf("checklist/k%02d.md", i)
			before[name], after[name] = k, strings.Replace(k, "理由。", "改めた理由。", 1)
		}
		for i := range 8 {
			p := fmt.Sprintf("---\ntitle: 案内%d\n---\n\n%s\n\n%s\n", i, para, para)
			name := fmt.Sprintf("content/guide/p%d.md", i)
			before[name], after[name] = p, strings.Replace(p, "適正に", "安全かつ適正に", 1)
		}
		for k, v := range before {
			if _, ok := after[k]; !ok {
				after[k] = v
			}
		}
		var html bytes.Buffer
		if err := WriteHTML(&html, Compare(loadMap(t, before), loadMap(t, after), Options{}), "v1", "v2"); err != nil {
			t.Fatal(err)
		}
		pages := printPDF(t, chromium, html.Bytes())
		if len(pages) < 3 {
			t.Fatalf("%d items: %d pages", items, len(pages))
		}
		if !strings.Contains(pages[0], "基本的事項") || !strings.Contains(pages[0], "第1条") {
			t.Errorf("%d items: the first article does not start on page 1:\n%s", items, pages[0])
		}
		for i, p := range pages {
			lines := strings.Fields(p)
			if len(lines) == 0 {
				t.Errorf("%d items: page %d is empty", items, i+1)
				continue
			}
			switch last := lines[len(lines)-1]; last {
			case "特記仕様書", "遵守確認表", "利用説明書等":
				t.Errorf("%d items: page %d ends with the heading row %s", items, i+1, last)
			}
		}
	}
}

// printVariants are the sizes of the first two sections printed: check
// items, and paragraphs of the first article. Some of them put a section's
// heading row at the foot of a page unless the page keeps it with the row
// after it.
var printVariants = [][2]int{{4, 34}, {4, 40}, {6, 30}, {12, 30}}

// printPDF prints a page with Chromium and returns each page's text.
func printPDF(t *testing.T, chromium string, html []byte) []string {
	t.Helper()
	dir := t.TempDir()
	in, out := filepath.Join(dir, "t.html"), filepath.Join(dir, "t.pdf")
	if err := os.WriteFile(in, html, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--print-to-pdf="+out, "file://"+in)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, msg)
	}
	text, err := exec.Command("pdftotext", "-layout", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(string(text), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	t.Logf("%d pages", len(pages))
	return pages
}
