package lint

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// lintRule lints fsys and keeps the findings of one rule.
func lintRule(t *testing.T, fsys fstest.MapFS, rule string) []Finding {
	t.Helper()
	h, err := content.LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var out []Finding
	for _, f := range Run(h, Options{Now: today}) {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

const inspected = "---\nid: K-09-1\nclause: C-09\ntitle: 承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\nquestion: 承認書を見せてください。\ngood: 承認書があり、日付が着手の前である。\n---\n"

func TestInspectionForm(t *testing.T) {
	for _, tc := range []struct {
		name string
		k1   string
		want []want
	}{
		{"both given", inspected, nil},
		{"question missing", strings.Replace(inspected, "question: 承認書を見せてください。\n", "", 1),
			[]want{{"checklist/k1.md:1:0", "inspection-form", "has no question; add 'question:'"}}},
		{"good missing", strings.Replace(inspected, "good: 承認書があり、日付が着手の前である。\n", "", 1),
			[]want{{"checklist/k1.md:1:0", "inspection-form", "has no good; add 'good:'"}}},
		{"good blank", strings.Replace(inspected, "good: 承認書があり、日付が着手の前である。", "good: |\n   ", 1),
			[]want{{"checklist/k1.md:9:1", "inspection-form", "good is empty"}}},
		{"question null", strings.Replace(inspected, "question: 承認書を見せてください。", "question:", 1),
			[]want{{"checklist/k1.md:8:1", "inspection-form", "question is empty"}}},
		{"question of the wrong type is invalid-value's", strings.Replace(inspected, "question: 承認書を見せてください。", "question: [a, b]", 1), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := base()
			fsys["checklist/k1.md"] = &fstest.MapFile{Data: []byte(tc.k1)}
			fsys["checklist/k2.md"] = &fstest.MapFile{Data: []byte(strings.NewReplacer("K-09-1", "K-09-2", "対策", "運用").Replace(inspected))}
			checkFindings(t, lintRule(t, fsys, "inspection-form"), tc.want)
		})
	}
}

func formPage(id string, n int, title string) string {
	return fmt.Sprintf("---\ntitle: %s\nid: %s\nform: %d\n---\n\n| 項目 | 記入欄 |\n| --- | --- |\n| 氏名 | |\n", title, id, n)
}

func TestForm(t *testing.T) {
	clause := strings.Replace(string(base()["clauses/c09.md"].Data), "incidents: [I-2022-06]\n", "incidents: [I-2022-06]\nforms: [F-03, F-9]\n", 1)
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"clean", map[string]string{"content/forms/f3.md": formPage("F-03", 3, "様式第3号　再委託承認申請書"),
			"content/forms/f9.md": formPage("F-9", 9, "様式第9号 点検記録"), "content/forms/_index.md": "---\ntitle: 様式\n---\n"}, nil},
		{"unknown form id", map[string]string{"content/forms/f3.md": formPage("F-03", 3, "様式第3号　再委託承認申請書")},
			[]want{{"clauses/c09.md:8:15", "form", `form "F-9" is not the id of any page under content/forms/`}}},
		{"a page outside forms is no form", map[string]string{"content/forms/f3.md": formPage("F-03", 3, "様式第3号　再委託承認申請書"),
			"content/guide/f9.md": "---\ntitle: 様式第9号 点検記録\nid: F-9\n---\n"},
			[]want{{"clauses/c09.md:8:15", "form", `form "F-9" is not the id`}}},
		{"number used twice", map[string]string{"content/forms/f3.md": formPage("F-03", 3, "様式第3号　再委託承認申請書"),
			"content/forms/f9.md": formPage("F-9", 3, "様式第3号 点検記録")},
			[]want{{"content/forms/f9.md:4:7", "form", "form number 3 is also used by content/forms/f3.md"}}},
		{"title without its number", map[string]string{"content/forms/f3.md": formPage("F-03", 3, "様式第2号　再委託承認申請書"),
			"content/forms/f9.md": formPage("F-9", 9, "点検記録")},
			[]want{{"content/forms/f3.md:2:8", "form", "write it as 「様式第3号　再委託承認申請書」"},
				{"content/forms/f9.md:2:8", "form", "write it as 「様式第9号　点検記録」"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := base()
			fsys["clauses/c09.md"] = &fstest.MapFile{Data: []byte(clause)}
			for name, src := range tc.files {
				fsys[name] = &fstest.MapFile{Data: []byte(src)}
			}
			checkFindings(t, lintRule(t, fsys, "form"), tc.want)
		})
	}
}

// A form page must say its number and id: required reports them, and form
// stays quiet about a form it cannot number.
func TestFormRequired(t *testing.T) {
	fsys := base()
	fsys["content/forms/f.md"] = &fstest.MapFile{Data: []byte("---\ntitle: 様式第1号 計画書\n---\n")}
	got := run(t, fsys)
	checkFindings(t, got, []want{{"content/forms/f.md:1:0", "required", "this form page has no form"}, {"content/forms/f.md:1:0", "required", "this form page has no id"}})
}
