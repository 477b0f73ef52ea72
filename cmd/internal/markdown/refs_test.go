package markdown

import (
	"strings"
	"testing"
)

func TestResolveRefs(t *testing.T) {
	n := Numbering{"clauses/c10.md": "第3条（再委託先の管理）", "clauses/c_1.md": "第1条（a*b）"}
	for _, tc := range []struct{ src, want string }{
		{"「再委託先の管理」に定める", "「再委託先の管理」に定める"},
		{"[第10条](c10.md)の定め", "[第3条（再委託先の管理）](c10.md)の定め"},
		{"[](c10.md#条文)", "[第3条（再委託先の管理）](c10.md#条文)"},
		{"[**古い**名前](./c10.md)", "[第3条（再委託先の管理）](./c10.md)"},
		{"[x](c_1.md) と [y](other.md) と [z](https://e.jp/c10.md)", "[第1条（a\\*b）](c_1.md) と [y](other.md) と [z](https://e.jp/c10.md)"},
		{"1. 前段\n   2. [第十条](c10.md)と[同](/clauses/c10.md)\n", "1. 前段\n   2. [第3条（再委託先の管理）](c10.md)と[第3条（再委託先の管理）](/clauses/c10.md)\n"},
		{"`[x](c10.md)`", "`[x](c10.md)`"},
	} {
		if got := string(ResolveRefs([]byte(tc.src), "clauses/c09.md", n.Label)); got != tc.want {
			t.Errorf("ResolveRefs(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
	// The label shows as written, whatever Markdown would make of it.
	got := ArticleText(ResolveRefs([]byte("[x](c_1.md)に従う。"), "clauses/c09.md", n.Label))
	if got != "第1条（a*b）に従う。\n" {
		t.Errorf("article text %q", got)
	}
}

func TestValues(t *testing.T) {
	value := Defaults(nil)
	src := MarkValues("{{期限}}までに{{ 未知 }}を\\<b>。", func(name string) (string, bool) {
		if name == "期限" {
			return "*直ちに*", true
		}
		return value(name)
	})
	r, err := Render([]byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	html := string(ValuesHTML(r.HTML))
	if want := `<p><span class="param">【*直ちに*】</span>までに<span class="param">【未知】</span>を&lt;b&gt;。</p>` + "\n"; html != want {
		t.Errorf("HTML %q, want %q", html, want)
	}
	if got := ShowValues(r.Text); got != "【*直ちに*】までに【未知】を<b>。\n" {
		t.Errorf("text %q", got)
	}
	// In an attribute the mark is text: it cannot end the attribute.
	img, _ := Render([]byte(MarkValues(`![{{x}}](a.png)`, value)), nil)
	if got := string(ValuesHTML(img.HTML)); !strings.Contains(got, `alt="【x】"`) {
		t.Errorf("image %q", got)
	}
	runs := Runs(ShowValues("a") + ValueOpen + "1年間" + ValueClose + "b")
	if len(runs) != 3 || runs[1] != (Run{"【1年間】", true}) || runs[2].Text != "b" {
		t.Errorf("runs %+v", runs)
	}
}
