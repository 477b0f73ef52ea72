package lint

import (
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// guide is a guide page whose body starts on line 4.
func guide(body string) map[string]string {
	return map[string]string{"content/guide/p.md": "---\ntitle: 使い方\n---\n" + body}
}

// clauseWith is the base clause C-09 with its body (which starts on line
// 11) and, when not empty, its rationale replaced.
func clauseWith(body, rationale string) map[string]string {
	src := string(base()["clauses/c09.md"].Data)
	if rationale != "" {
		src = strings.Replace(src, "rationale: 再委託先で事故が起きやすいため。", "rationale: "+rationale, 1)
	}
	return map[string]string{"clauses/c09.md": src[:strings.Index(src, "---\n\n")+5] + body}
}

// withHome adds front matter to the base home page.
func withHome(files map[string]string, frontMatter string) map[string]string {
	files["content/_index.md"] = "---\ntitle: 手引き\nreview_days: 365\n" + frontMatter + "---\n\n[再委託](../clauses/c09.md#解説)\n"
	return files
}

func TestProseSentences(t *testing.T) {
	long := strings.Repeat("あ", 100) + "。" // 101 characters
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"a 。 inside brackets does not end the sentence that holds them", guide("（" + strings.Repeat("あ", 50) + "。" + strings.Repeat("い", 47) + "）。\n"),
			[]want{{"content/guide/p.md:4:1", "sentence-length", "101 characters"}}},
		{"a line break without 。 does not end a sentence", guide(strings.Repeat("あ", 60) + "\n" + strings.Repeat("い", 40) + "。\n"),
			[]want{{"content/guide/p.md:4:1", "sentence-length", "101 characters"}}},
		{"！ and ？ end sentences", guide(strings.Repeat("あ", 60) + "！" + strings.Repeat("い", 60) + "？\n"), nil},
		{"headings, tables and code are not prose", guide("# " + long + "\n\n| " + long + " |\n| --- |\n\n```\n" + long + "\n```\n\n    " + long + "\n"), nil},
		{"list items and quotes are", guide("- " + long + "\n\n> " + long + "\n"),
			[]want{
				{"content/guide/p.md:4:3", "sentence-length", "101"},
				{"content/guide/p.md:6:3", "sentence-length", "101"},
			}},
		{"prose: off turns a rule off for the handbook", withHome(guide(long+"\n"), "prose:\n  off: [sentence-length]\n"), nil},
		{"a marker turns named rules off for the next block only", guide("<!-- tokki-lint-disable sentence-length -->\n" + long + "\n\n" + long + "\n"),
			[]want{{"content/guide/p.md:7:1", "sentence-length", "101"}}},
		{"a marker before a list covers the whole list", guide("<!-- tokki-lint-disable -->\n- " + long + "\n- " + long + "\n\n" + long + "\n"),
			[]want{{"content/guide/p.md:8:1", "sentence-length", "101"}}},
		{"a marker naming other rules leaves this one on", guide("<!-- tokki-lint-disable comma-count -->\n" + long + "\n"),
			[]want{{"content/guide/p.md:5:1", "sentence-length", "101"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { expectProse(t, tc.files, tc.want) })
	}
}

func TestProseSettings(t *testing.T) {
	for _, tc := range []struct {
		name, home string
		want       []want
	}{
		{"all keys", "prose:\n  sentence-length: 80\n  clause-sentence-length: 200\n  comma-count: 3\n  off: [width, doubled-particle]\n", nil},
		{"off as one name", "prose:\n  off: width\n", nil},
		{"not a mapping", "prose: 100\n", []want{{"content/_index.md:4:8", "invalid-value", "prose must be a set of keys"}}},
		{"unknown key", "prose:\n  sentence_length: 80\n", []want{{"content/_index.md:5:3", "invalid-value", `unknown key "sentence_length"; use sentence-length`}}},
		{"limit not a number", "prose:\n  comma-count: 四\n", []want{{"content/_index.md:5:16", "invalid-value", "comma-count must be a whole number of 1 or more"}}},
		{"limit zero", "prose:\n  sentence-length: 0\n", []want{{"content/_index.md:5:20", "invalid-value", "sentence-length must be a whole number"}}},
		{"off names no prose rule", "prose:\n  off: [width, term-x]\n", []want{{"content/_index.md:5:16", "invalid-value", `"term-x" is not a prose rule`}}},
	} {
		t.Run(tc.name, func(t *testing.T) { expectProse(t, withHome(map[string]string{}, tc.home), tc.want) })
	}
}

// expectProse is expectFindings with the prose rules' findings kept.
func expectProse(t *testing.T, files map[string]string, want []want) {
	t.Helper()
	fsys := base()
	for name, src := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(src)}
	}
	h, err := content.LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var got []Finding
	for _, f := range Run(h, Options{Now: today}) {
		if f.Rule != "suspect" && f.Rule != "inspection-form" {
			got = append(got, f)
		}
	}
	checkFindings(t, got, want)
}

// Plain text is split without Markdown's parser; the sentences and their
// places must be those the parser gives.
func TestPlainAsParsed(t *testing.T) {
	for _, src := range []string{
		"一文目。二文目。\n",
		"  字下げした行。\n続く行で、文が\n終わる。\n\n次の段落。 \n最後の行",
		"（括弧の中。）も一文。「引用。」も。\n\n\n",
		"英語 words and 1.5 numbers。",
	} {
		if !plain([]byte(src)) {
			t.Errorf("%q is not plain", src)
			continue
		}
		pos := func(off int) content.Pos { return content.Pos{Line: off} }
		a, b := appendPlain(nil, src, sentence{pos: pos}), appendParsed(nil, markdown.Parse([]byte(src)), []byte(src), pos, explanation)
		if len(a) != len(b) {
			t.Errorf("%q: %d sentences, parsed %d", src, len(a), len(b))
			continue
		}
		for i := range a {
			for _, j := range []int{0, len(a[i].text) - 1} {
				if a[i].text != b[i].text || a[i].posAt(j) != b[i].posAt(j) {
					t.Errorf("%q: sentence %d is %q at %v, parsed %q at %v", src, i, a[i].text, a[i].posAt(j), b[i].text, b[i].posAt(j))
				}
			}
		}
	}
	// Random texts of the pieces that may or may not start Markdown.
	pieces := []string{"文", "a", "2019年", "1", "1. ", "1.", "2) ", "- ", "-", "--", "+ ", "+", "=", "==", " ", "   ", "    ",
		"\n", "\n\n", "  \n", "。", "、", "（", "）", "「", "」", "！", "1.5", "\u3000",
		"\n1. ", "\n2. ", "\n10. ", "\n1234567890. ", "\n 3. ", "\n3.  "}
	r := rand.New(rand.NewPCG(5, 6))
	plainOnes, lists := 0, 0
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		src := b.String()
		pos := func(off int) content.Pos { return content.Pos{Line: off} }
		var a []sentence
		switch {
		case plain([]byte(src)):
			a = appendPlain(nil, src, sentence{pos: pos})
		case plainList([]byte(src)):
			a = appendPlainList(nil, []byte(src), sentence{pos: pos})
			lists++
		default:
			continue
		}
		plainOnes++
		b2 := appendParsed(nil, markdown.Parse([]byte(src)), []byte(src), pos, explanation)
		if len(a) != len(b2) {
			t.Fatalf("%q: %d sentences, parsed %d", src, len(a), len(b2))
		}
		for i := range a {
			for j := range len(a[i].text) {
				if a[i].text != b2[i].text || a[i].posAt(j) != b2[i].posAt(j) || a[i].list != b2[i].list || a[i].quote != b2[i].quote {
					t.Fatalf("%q: sentence %d is %q at %v, parsed %q at %v", src, i, a[i].text, a[i].posAt(j), b2[i].text, b2[i].posAt(j))
				}
			}
		}
	}
	if plainOnes < 1000 || lists < 100 {
		t.Errorf("only %d random texts were plain, %d of them lists", plainOnes, lists)
	}
	for _, src := range []string{"[リンク](a.md)", "- 項目", "1. 項目", "1) 項目", "12.項目", "**強調**", "https://example.jp", "    コード", "# 見出し", "<!-- tokki-lint-disable -->\n文。"} {
		if plain([]byte(src)) {
			t.Errorf("%q counts as plain", src)
		}
	}
}

// tokki serve lints again after each save with a Cache: the sentences of
// unchanged files are kept, those of a changed file read afresh.
func TestProseCache(t *testing.T) {
	fsys := base()
	long := strings.Repeat("あ", 100) + "。"
	fsys["content/guide/p.md"] = &fstest.MapFile{Data: []byte("---\ntitle: 使い方\n---\n" + long + "\n"), ModTime: today}
	var loader content.Loader
	var cache Cache
	lintOnce := func() []Finding {
		h, err := loader.Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		var out []Finding
		for _, f := range Run(h, Options{Now: today, Cache: &cache}) {
			if f.Rule == "sentence-length" || f.Rule == "comma-count" {
				out = append(out, f)
			}
		}
		return out
	}
	checkFindings(t, lintOnce(), []want{{"content/guide/p.md:4:1", "sentence-length", "101"}})
	fsys["content/guide/q.md"] = &fstest.MapFile{Data: []byte("---\ntitle: 点検\n---\nあ、い、う、え、お、か。\n"), ModTime: today}
	checkFindings(t, lintOnce(), []want{
		{"content/guide/p.md:4:1", "sentence-length", "101"},
		{"content/guide/q.md:4:1", "comma-count", "5 読点"},
	})
	fsys["content/guide/p.md"] = &fstest.MapFile{Data: []byte("---\ntitle: 使い方\n---\n\n短い文。\n"), ModTime: today.Add(time.Hour)}
	checkFindings(t, lintOnce(), []want{{"content/guide/q.md:4:1", "comma-count", "5 読点"}})
}
