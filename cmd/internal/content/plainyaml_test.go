package content

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// checkPlainYAML reads the front matter of a file's text with parsePlain
// and, where parsePlain takes it, compares the tree with the YAML
// library's. diff says where they part.
func checkPlainYAML(file []byte) (fast bool, diff string) {
	text, _, ok := normalize(file)
	if !ok || hasControl(text) {
		return false, ""
	}
	src, _, _, p := split(text)
	if p != nil {
		return false, ""
	}
	got, ok := parsePlain(src)
	if !ok {
		return false, ""
	}
	var want yaml.Node
	if err := yaml.Unmarshal(src, &want); err != nil {
		return true, fmt.Sprintf("parsePlain read it, the YAML library refuses it: %v", err)
	}
	return true, nodeDiff("", got, &want)
}

// nodeDiff describes the first difference between two node trees, or is
// empty when they are the same in all that the loader reads.
func nodeDiff(at string, got, want *yaml.Node) string {
	g := fmt.Sprintf("kind %v style %v tag %q value %q anchor %q at %d:%d comments %q %q %q alias %v, %d children",
		got.Kind, got.Style, got.Tag, got.Value, got.Anchor, got.Line, got.Column, got.HeadComment, got.LineComment, got.FootComment, got.Alias != nil, len(got.Content))
	w := fmt.Sprintf("kind %v style %v tag %q value %q anchor %q at %d:%d comments %q %q %q alias %v, %d children",
		want.Kind, want.Style, want.Tag, want.Value, want.Anchor, want.Line, want.Column, want.HeadComment, want.LineComment, want.FootComment, want.Alias != nil, len(want.Content))
	if g != w {
		return fmt.Sprintf("node %s:\n got %s\nwant %s", at, g, w)
	}
	for i := range got.Content {
		if d := nodeDiff(fmt.Sprintf("%s/%d", at, i), got.Content[i], want.Content[i]); d != "" {
			return d
		}
	}
	return ""
}

// TestPlainYAMLIsYAML holds parsePlain to the YAML library: what it reads
// it reads as the library does, and what it leaves it leaves whole.
func TestPlainYAMLIsYAML(t *testing.T) {
	for _, c := range []struct {
		fm   string
		fast bool
	}{
		{"id: C-01\ntitle: 秘密の保持\norder: 1\n", true},
		{"\n\nid: C-01\n\ntitle: x\n", true},
		{"title:   多めの空白\n", true},
		{"title: 末尾の空白  \n", true},
		{"title: a[1]{2},3 'q' \"r\" a#b\n", true},
		{"stages: [委託事業者の選定, 契約の締結]\n", true},
		{"stages: [ a ,b,  \"c, d\" , 'e' ]\n", true},
		{"stages: []\nx: [ ]\n", true},
		{"sources: [\"個人情報の保護に関する法律 第66条\"]\n", true},
		{"x: \"\"\ny: ''\n", true},
		{"rationale: |\n  一行目\n\n    字下げした行\n  三行目\n\n\ntitle: x\n", true},
		{"rationale: |\n   三つの空白\n   次の行\n", true},
		{"reviewed: 2026-11-28\nr2: 2026-1-2\nr3: 2026-02-30\nr4: 2026-13-01\n", true},
		{"reviewed_clause: 8a3f-1234-5678\nf: 0b12-0000-1111\ng: 0x1F\nh: 1_000\ni: 007\nj: 089\nk: 1.5\nl: -1\nm: +1\nn: .5\no: 1e3\n", true},
		{"n: 12345678901234567890\nm: 123456789012345678\n", true},
		{"a: no\nb: yes\nc: on\nd: off\ne: Null2\nf: trueish\n", true},
		{"order: １\ntitle: ＡＢＣ\n", true},
		{"list: [1, 2026-11-28, x, 0x10]\n", true},
		{"a: 0b-101\nb: 0o-17\nc: -0b-1\nd: 1e-5\ne: 1E-5\nf: 6112-8a3f-0000\ng: 2026-11-28x\nh: 2026-11-28T10:00:00Z\ni: 2026-11-28 10:00\nj: 0_b-1\nk: +1-2\nl: 1-e5\n", true},
		{"a-b_c: x\nA1: y\n", true},
		{"a: true\n", false},
		{"a: null\n", false},
		{"true: x\n", false},
		{"a: ~\n", false},
		{"a:\n", false},
		{"a:\n  - x\n", false},
		{"a: x # comment\n", false},
		{"# comment\na: x\n", false},
		{"a: x\n  continued\n", false},
		{"a: >\n  folded\n", false},
		{"a: |-\n  x\n", false},
		{"a: |\n\n  x\n", false},
		{"a: |\n  x\n   \n  y\n", false},
		{"a: |\nb: x\n", false},
		{"a: \"esc\\n\"\n", false},
		{"a: 'it''s'\n", false},
		{"a: &x v\nb: *x\n", false},
		{"a: !!str 1\n", false},
		{"a: {b: c}\n", false},
		{"a: [b, [c]]\n", false},
		{"a: [b, c\n", false},
		{"a: [b, ]\n", false},
		{"a: [b: c]\n", false},
		{"a: x: y\n", false},
		{"a: x:\n", false},
		{"a:x\n", false},
		{"a : x\n", false},
		{"　a: x\n", false},
		{"a: -x\nb: -\n", false},
		{"a: -x\n", true},
		{"a: @x\n", false},
		{"a: \tx\n", false},
		{"a: x\u2028y\n", false},
		{"a: x\uFEFF\n", false},
		{"- a\n", false},
		{"", false},
		{"\n", false},
	} {
		file := "---\n" + c.fm + "---\n本文\n"
		fast, diff := checkPlainYAML([]byte(file))
		if diff != "" {
			t.Errorf("%q: %s", c.fm, diff)
		}
		if fast != c.fast {
			t.Errorf("%q: read by parsePlain %v, want %v", c.fm, fast, c.fast)
		}
	}
}

// TestPlainYAMLOnHandbook reads this repository's handbook: nearly every
// file takes the plain path, and each reads as YAML reads it.
func TestPlainYAMLOnHandbook(t *testing.T) {
	var files, fast int
	for _, dir := range []string{"clauses", "checklist", "content"} {
		err := filepath.WalkDir(filepath.Join("..", "..", "..", dir), func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() || !strings.HasSuffix(p, ".md") {
				return err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			files++
			ok, diff := checkPlainYAML(b)
			if diff != "" {
				t.Errorf("%s: %s", p, diff)
			}
			if ok {
				fast++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if files < 100 || fast*10 < files*8 {
		t.Errorf("parsePlain read %d of %d files; want at least 8 in 10", fast, files)
	}
	t.Logf("parsePlain read %d of %d files", fast, files)
}

// FuzzPlainYAML: whatever parsePlain reads, the YAML library reads alike.
func FuzzPlainYAML(f *testing.F) {
	for _, s := range []string{
		"id: C-01\ntitle: 秘密の保持\norder: 1\nstages: [a, \"b, c\"]\nrationale: |\n  x\n\n  y\nreviewed: 2026-11-28\n",
		"a: [ a ,b,  \"c, d\" , 'e' ]\nb: 0x1F\nc: 2026-02-30\n",
		"a: |\n   x\n    y\n\n\nb: 'q'\n",
		"a: 0b-101\nb: 8a3f-1234\nc: 1e-5\nd: [2026-1-2, 2026-11-28T10:00:00Z]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, fm string) {
		if strings.Contains(fm, "---") {
			return
		}
		if _, diff := checkPlainYAML([]byte("---\n" + fm + "\n---\n")); diff != "" {
			t.Errorf("%q: %s", fm, diff)
		}
	})
}

// TestPlainTag holds plainTag to the YAML library on every short value
// over the letters that numbers and dates are made of, and on longer
// random ones.
func TestPlainTag(t *testing.T) {
	const letters = "0123456789-+._eEbox:T "
	check := func(v string) {
		if v == "" || strings.TrimSpace(v) != v || strings.Contains(v, ": ") || strings.HasSuffix(v, ":") || strings.Contains(v, " #") {
			return // not a plain value parsePlain hands to plainTag
		}
		got, ok := plainTag(v)
		if !ok {
			return // left to the library
		}
		var n yaml.Node
		if err := yaml.Unmarshal([]byte("a: "+v), &n); err != nil {
			return
		}
		if want := n.Content[0].Content[1].Tag; got != want {
			t.Errorf("plainTag(%q) = %s, YAML says %s", v, got, want)
		}
	}
	var walk func(prefix string, depth int)
	walk = func(prefix string, depth int) {
		check(prefix)
		if depth == 0 {
			return
		}
		for _, c := range letters {
			walk(prefix+string(c), depth-1)
		}
	}
	walk("", 3)
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, 4+r.IntN(12))
		for i := range b {
			b[i] = "0123456789-abcdef"[r.IntN(17)]
		}
		check(string(b))
		check("20" + string(b))
	}
}
