package site

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// Clause texts in the forms editors write, and some htmlText does not know.
var tailorTexts = []struct {
	name, md string
	derived  bool // htmlText reads the plain text back from the HTML
}{
	{"paragraphs", "受注者は、個人情報を適正に管理しなければならない。\n\n前項の規定は、再委託先にも適用する。", true},
	{"numbered", "1. 受注者は、次に掲げる事項を守らなければならない。\n   1. 第一の事項\n   2. 第二の事項\n      1. その細目\n2. 発注者は、検査することができる。", true},
	{"start and bullets", "3. 三番目から\n4. 四番目\n\n- 箇条\n- もう一つ", true},
	{"loose list", "1. 一つ目の段落。\n\n   同じ項の二つ目の段落。\n\n2. 二つ目の項。", true},
	{"headings", "## 趣旨\n\n受注者は、守らなければならない。\n\n## 手続\n\n発注者は、承認する。", true},
	{"inline", "受注者は、**直ちに**、`USB` メモリを[報告書](../content/g.md)に記し、~~廃棄~~しなければならない。", true},
	{"escapes", "A & B < c \"d\" 'e' 5 > 3", true},
	{"entity refs", "&amp; &#x41; &#65;", false}, // ArticleText keeps them as written
	{"soft line break", "受注者は、\n守らなければならない。", false},
	{"hard line break", "受注者は、  \n守らなければならない。", false},
	{"table", "| a | b |\n| --- | --- |\n| 1 | 2 |", false},
	{"block quote", "> 引用した文", false},
	{"code block", "```\ncode\n```", false},
	{"footnote", "本文[^1]。\n\n[^1]: 注。", false},
	{"raw html", "受注者は<b>必ず</b>守る。", false},
	{"entity", "&copy; 発注者", false},
}

// newTailorText keeps the plain text exactly where htmlText would not give
// it; and for the usual forms it does give it, so they are written once.
func TestTailorTextOnce(t *testing.T) {
	for _, tc := range tailorTexts {
		r, err := markdown.Render([]byte(tc.md), nil)
		if err != nil {
			t.Fatal(err)
		}
		plain := strings.TrimRight(markdown.ArticleText([]byte(tc.md)), "\n")
		got := newTailorText(nil, plain, string(r.HTML))
		if got.Text != nil && *got.Text != plain {
			t.Errorf("%s: kept text %q; want %q", tc.name, *got.Text, plain)
		}
		if derived, ok := htmlText(string(r.HTML)); got.Text == nil && (!ok || derived != plain) {
			t.Errorf("%s: text left out, but htmlText gives %q, %v for %q", tc.name, derived, ok, plain)
		}
		if (got.Text == nil) != tc.derived {
			t.Errorf("%s: text left out %v, want %v (HTML %q, plain %q)", tc.name, got.Text == nil, tc.derived, r.HTML, plain)
		}
	}
	// The spans tailorTextOf puts in for parameters and references.
	h := `<ol>` + "\n" + `<li><a href="clauses/C-04.html"><span class="ref" data-ref="C-04"></span></a>は、<span class="param" data-param="事故報告期限"></span>報告する。</li>` + "\n</ol>\n"
	if got, ok := htmlText(h); !ok || got != "1　"+refOpen+"C-04"+refClose+"は、{{事故報告期限}}報告する。" {
		t.Errorf("htmlText(%q) = %q, %v", h, got, ok)
	}
}

// tailor.js's htmlText reads the same text as the Go one. (The harness
// test in cmd/internal/tailor checks this handbook's clauses end to end.)
func TestTailorTextJavaScriptAgrees(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	type clause struct {
		ID      string     `json:"id"`
		Order   int        `json:"order"`
		Title   string     `json:"title"`
		Default tailorText `json:"default"`
	}
	var clauses []clause
	var want []string
	refs := regexp.MustCompile(refOpen + "[^" + refClose + "]*" + refClose)
	for i, tc := range tailorTexts {
		r, _ := markdown.Render([]byte(tc.md), nil)
		text, ok := htmlText(string(r.HTML))
		if !ok {
			continue
		}
		clauses = append(clauses, clause{ID: tc.name, Order: i + 1, Title: tc.name, Default: tailorText{HTML: string(r.HTML)}})
		// tokkiTailor names a reference to a clause it does not have as "".
		want = append(want, refs.ReplaceAllString(text, ""))
	}
	clauses = append(clauses, clause{ID: "spans", Order: 99, Title: "spans", Default: tailorText{
		HTML: `<p><span class="ref" data-ref="paragraphs"></span>は&amp;、<span class="param" data-param="a&amp;b"></span>。</p>`}})
	want = append(want, "第1条（paragraphs）は&、{{a&b}}。")
	if len(want) < 9 {
		t.Fatalf("only %d texts to compare", len(want))
	}
	cj, _ := json.Marshal(clauses)
	dir := t.TempDir()
	data := filepath.Join(dir, "data.js")
	os.WriteFile(data, []byte(`window.tokkiTailorData={"questions":[],"params":[],"clauses":`+string(cj)+`,"checks":[],"forms":{}};`), 0o644)
	inputs := filepath.Join(dir, "inputs.json")
	os.WriteFile(inputs, []byte("[{}]"), 0o644)
	js, _ := filepath.Abs(filepath.Join("..", "..", "..", "themes", "default", "assets", "tailor.js"))
	out, err := exec.Command(node, filepath.Join("..", "tailor", "testdata", "harness.js"), js, data, inputs).Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var got struct {
		Error   string
		Clauses []struct{ ID, Text string }
	}
	if err := json.Unmarshal(out, &got); err != nil || got.Error != "" || len(got.Clauses) != len(want) {
		t.Fatalf("tokkiTailor: %s (%v)", out, err)
	}
	for i, c := range got.Clauses {
		if c.Text != want[i] {
			t.Errorf("%s: JavaScript reads %q, Go %q", c.ID, c.Text, want[i])
		}
	}
}
