package compare

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

func loadMap(t *testing.T, files map[string]string) *content.Handbook {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, src := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(src)}
	}
	h, err := content.LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func texts(ch Change) (newText, oldText string) {
	n, o := sides(ch.Ops)
	join := func(c cell) string {
		var b strings.Builder
		for _, r := range c {
			b.WriteString(r.Text)
		}
		return b.String()
	}
	return join(n), join(o)
}

var before = map[string]string{
	"content/_index.md":     "---\ntitle: 手引き\n---\n",
	"content/guide/a.md":    "---\ntitle: 使い方\n---\n\n点検は[第9条](../../clauses/c09.md)に従います。\n",
	"content/guide/gone.md": "---\ntitle: 古い案内\n---\n\n古い。\n",
	"clauses/c09.md":        "---\nid: C-09\ntitle: 再委託の禁止\norder: 9\nrationale: |\n  [宇治市の事例](../content/guide/a.md)のように、再委託先で事故が起きる。\nwaiver: 試験\n---\n\n受注者は、再委託してはならない。\n",
	"checklist/k09-1.md":    "---\nid: K-09-1\nclause: C-09\ntitle: 承認\naspect: 対策\ntiming: [契約前]\nrationale: 理由。\nquestion: 承認書を見せてください。\n---\n",
}

// Guide pages are compared too, by path; 解説 and pages read as text
// (links as their text); the 遵守確認表's question is compared.
func TestComparePagesAndLinks(t *testing.T) {
	after := map[string]string{}
	for k, v := range before {
		after[k] = v
	}
	delete(after, "content/guide/gone.md")
	after["content/guide/a.md"] = strings.Replace(before["content/guide/a.md"], "従います。", "従って行います。", 1)
	after["content/guide/new.md"] = "---\ntitle: 新しい案内\n---\n\n[様式](https://example.jp/form)を使います。\n"
	after["clauses/c09.md"] = strings.Replace(before["clauses/c09.md"], "再委託してはならない。", "第三者に再委託してはならない。", 1)
	after["checklist/k09-1.md"] = strings.Replace(before["checklist/k09-1.md"], "承認書を", "承認書の写しを", 1)

	got := map[string]Change{}
	var order []string
	for _, ch := range Compare(loadMap(t, before), loadMap(t, after), Options{}) {
		got[ch.ID] = ch
		order = append(order, ch.Section+" "+ch.ID+" "+ch.Kind)
	}
	want := []string{"特記仕様書 C-09 改正", "遵守確認表 K-09-1 改正", "利用説明書等 content/guide/a.md 改正",
		"利用説明書等 content/guide/gone.md 削除", "利用説明書等 content/guide/new.md 新設"}
	if strings.Join(order, "|") != strings.Join(want, "|") {
		t.Fatalf("changes %q, want %q", order, want)
	}
	n, _ := texts(got["C-09"])
	if !strings.Contains(n, "【解説】\n宇治市の事例のように") || strings.Contains(n, "](") {
		t.Errorf("C-09's 解説 does not read as text:\n%s", n)
	}
	if n, o := texts(got["content/guide/a.md"]); n != "（使い方）\n点検は第9条に従って行います。" || o != "（使い方）\n点検は第9条に従います。" {
		t.Errorf("a page reads:\n%s\n%s", n, o)
	}
	if n, _ := texts(got["content/guide/new.md"]); n != "（新しい案内）\n様式を使います。" || got["content/guide/new.md"].Note != "content/guide/new.md" {
		t.Errorf("a new page reads %q, note %q", n, got["content/guide/new.md"].Note)
	}
	if n, o := texts(got["K-09-1"]); !strings.Contains(n, "確認内容：承認書の写しを見せてください。") || !strings.Contains(o, "確認内容：承認書を見せてください。") {
		t.Errorf("K-09-1's question:\n%s\n%s", n, o)
	}

	// Nothing changed: the message names the pages too.
	var b bytes.Buffer
	WriteMarkdown(&b, Compare(loadMap(t, before), loadMap(t, before), Options{}), "a", "b")
	if !strings.Contains(b.String(), "特記仕様書、遵守確認表及び利用説明書等に変更はありません。") {
		t.Errorf("no change:\n%s", b.String())
	}
}

// --omit-unchanged shows a 解説 that did not change as （略） on both sides,
// and a changed one in full.
func TestCompareOmitUnchanged(t *testing.T) {
	after := map[string]string{}
	for k, v := range before {
		after[k] = v
	}
	after["clauses/c09.md"] = strings.Replace(before["clauses/c09.md"], "再委託してはならない。", "第三者に再委託してはならない。", 1)
	after["checklist/k09-1.md"] = strings.Replace(strings.Replace(before["checklist/k09-1.md"], "承認書を", "承認書の写しを", 1), "理由。", "別の理由。", 1)
	for _, ch := range Compare(loadMap(t, before), loadMap(t, after), Options{OmitUnchanged: true}) {
		n, o := texts(ch)
		switch ch.ID {
		case "C-09":
			if !strings.HasSuffix(n, "【解説】\n（略）") || !strings.HasSuffix(o, "【解説】\n（略）") || strings.Contains(n, "宇治市") {
				t.Errorf("C-09:\n%s\n%s", n, o)
			}
		case "K-09-1":
			if !strings.HasSuffix(n, "【解説】\n別の理由。") || !strings.HasSuffix(o, "【解説】\n理由。") {
				t.Errorf("K-09-1, whose 解説 changed:\n%s\n%s", n, o)
			}
		}
	}
	// Without the option the 解説 is shown.
	for _, ch := range Compare(loadMap(t, before), loadMap(t, after), Options{}) {
		if n, _ := texts(ch); ch.ID == "C-09" && !strings.Contains(n, "宇治市") {
			t.Errorf("C-09 without the option:\n%s", n)
		}
	}
}

// The printed table has a row per paragraph both versions share, a
// heading line kept with the line after it, and an added text cut at its
// own line breaks.
func TestParagraphRows(t *testing.T) {
	rows := func(ops []Op) string {
		var out []string
		for _, p := range paragraphs(ops) {
			var s []string
			for _, c := range p {
				var b strings.Builder
				for _, r := range c {
					if r.Changed {
						b.WriteString("_" + r.Text + "_")
					} else {
						b.WriteString(r.Text)
					}
				}
				s = append(s, b.String())
			}
			out = append(out, strings.Join(s, " / "))
		}
		return strings.Join(out, " | ")
	}
	for _, tc := range []struct {
		old, new, want string
	}{
		{"（見出し）\n第9条\n1　甲。\n2　乙。\n【解説】\n理由。", "（見出し）\n第9条\n1　甲だ。\n2　乙。\n【解説】\n理由。",
			"（見出し）\n第9条\n1　甲_だ_。 / （見出し）\n第9条\n1　甲。 | 2　乙。 / 2　乙。 | 【解説】\n理由。 / 【解説】\n理由。"},
		{"", "（新）\n第1条\n甲。\n乙。", "_（新）\n第1条\n甲。_ /  | _乙。_ / "},
		{"一。\n二。\n三。", "一。\n二。\n三。\n四。", "一。\n二。 / 一。\n二。 | 三。_\n四。_ / 三。"},
	} {
		if got := rows(Diff(tc.old, tc.new)); got != tc.want {
			t.Errorf("%q → %q:\n got %q\nwant %q", tc.old, tc.new, got, tc.want)
		}
	}
}
