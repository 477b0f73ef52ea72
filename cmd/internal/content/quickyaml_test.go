package content

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// quickCases are front matters quickParse must read itself (want true) or
// leave to yaml.v3 (false); either way its tree must be yaml.v3's.
var quickCases = []struct {
	src  string
	want bool
}{
	{"id: C-01\ntitle: 秘密の保持\norder: 2\n", true},
	{"id: K-01-1\nclause: C-01\ntiming: [契約前, 定期]\nmethod: []\nreviewed: 2026-11-25\nreviewed_clause: 5615-9acf-8b64\n", true},
	{"\n\nid: C-01\n\n", true},
	{"title:   間の空白  \nsources: [\"個人情報の保護に関する法律 第66条\", '番号法']\n", true},
	{"rationale: |\n  一行目\n\n  三行目\n    字下げ\n\nreviewed: 2026-01-01\n", true},
	{"rationale: |-\n    深い字下げ\n    二行目\n", true},
	{"rationale: |\n  末尾\n\n\n", true},
	{"rationale: |\n  a\n \n  b\n", true},
	{"stages:\n  - 委託事業者の選定\n  - 契約の締結\nid: C-01\n", true},
	{"stages:\n- 契約の締結\n-   終了時\n", true},
	{"a: yes\nb: NULL\nc: ~\nd: 0x1F\ne: 1_000\nf: .5\ng: -3\nh: 2026-02-30\ni: 0b101\nj: 0o17\nk: 1e3\nl: +.inf\nm: 2026-1-2\n", false}, // "-3" starts with an indicator
	{"a: yes\nb: NULL\nc: ~\nd: 0x1F\ne: 1_000\nf: .5\nh: 2026-02-30\ni: 0b101\nj: 0o17\nk: 1e3\nm: 2026-1-2\nn: 09\no: 2026-01-01 10:00:00\n", true},
	{"a: C#\nb: x:y\nc: [a:b]\n", true},
	{"# comment\nid: C-01\n", false},
	{"id: C-01 # comment\n", false},
	{"id:\n", false},
	{"title: 一行目\n  続き\n", false},
	{"when: {takeout: はい}\n", false},
	{"params:\n  - name: x\n", false},
	{"rationale: >\n  折り返し\n", false},
	{"rationale: |+\n  a\n", false},
	{"rationale: |\n\n  a\n", false},
	{"rationale: |\n  a\n   \n", false},
	{"title: \"a\\nb\"\n", false},
	{"title: 'it''s'\n", false},
	{"a: &x 1\nb: *x\n", false},
	{"incidents: [a, [b]]\n", false},
	{"incidents: [a, ]\n", false},
	{"title: a: b\n", false},
	{"id:C-01\n", false},
	{"名前: 値\n", false},
	{"", false},
	{"id: a\tb\n", false},
	{"[第?]\n", false},
	{"id: [第?]\n", false},
	{strings.Repeat("W", 1100) + ": x\n", false}, // longer than YAML allows a key
}

// oddCases are inputs near the edges of what quickParse reads; it may
// read them or not, but what it reads must be what yaml.v3 reads.
var oddCases = []string{
	"a: <<\n", "a: [<<, x]\n", "a: b[c]{d},e\n", "a: x :y\n", "a: [x :y]\n", "a: [http://x, y]\n",
	"a: \u00a0b\n", "a: b\u00a0#c\n", "a: |\n  # not a comment\n", "a: |-\n  x\n\n\nb: 1\n",
	"a: |\n  x\n  \n\n", "a: \"\"\nb: ''\n", "a: +.5\nb: +0b101\nc: +0o17\nd: +1_0\n",
	"y: 1\nn: 2\nNull: 3\ntrue: 4\n", "a: 2026-01-01   10:00:00\nb: 2026-1-1t1:2:3Z\nc: 2026-01-01T\n",
	"a: ...\nb: x---\n", "a: 'x\"y'\nb: \"x'y\"\n",
}

func TestQuickParseAgreesWithYAML(t *testing.T) {
	for _, c := range quickCases {
		got := agree(t, []byte(c.src))
		if got != c.want {
			t.Errorf("quickParse(%q) ok = %v, want %v", c.src, got, c.want)
		}
	}
	for _, src := range oddCases {
		agree(t, []byte(src))
	}
}

// TestQuickParseReadsTheHandbook checks that the repository's own front
// matter takes the quick path (else the speed-up is silently lost) and
// reads as yaml.v3 reads it.
func TestQuickParseReadsTheHandbook(t *testing.T) {
	quick, all := 0, 0
	for _, dir := range []string{"clauses", "checklist", "content"} {
		root := filepath.Join("..", "..", "..", dir)
		err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() || !strings.HasSuffix(p, ".md") {
				return err
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			text, _, _ := normalize(src)
			fm, _, _, problem := split(text)
			if problem != nil {
				return nil
			}
			all++
			if agree(t, fm) {
				quick++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if all < 100 || quick < all*9/10 {
		t.Errorf("quickParse read %d of %d front matters; want nearly all", quick, all)
	}
}

// FuzzQuickParse: whatever quickParse accepts, yaml.v3 reads the same.
func FuzzQuickParse(f *testing.F) {
	for _, c := range quickCases {
		f.Add([]byte(c.src))
	}
	for _, src := range oddCases {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		agree(t, src)
	})
}

func TestScalarTag(t *testing.T) {
	for _, s := range []string{"a", "y", "yes", "on", "True", "null", "~", "<<", ".5", ".x", ".inf", "+.INF",
		"-.nan", "1", "007", "08", "0x1F", "0X1f", "1_000", "-1", "+1", "1.", "1e3", "1e", "0b101", "-0b11",
		"0b2", "0o17", "-0o7", "0o8", "0b-1", "9223372036854775808", "18446744073709551616", "2026-01-01",
		"2026-13-01", "2026-1-2", "2026-01-01T10:00:00Z", "2026-01-01 10:00:00", "5615-9acf-8b64", "12345-6",
		"+", "-", "1_", "_1", "0x_1F", "1__0"} {
		var n yaml.Node
		if err := yaml.Unmarshal([]byte("k: "+s), &n); err != nil {
			continue
		}
		if want := n.Content[0].Content[1].Tag; scalarTag(s) != want {
			t.Errorf("scalarTag(%q) = %s, yaml.v3 says %s", s, scalarTag(s), want)
		}
	}
}

// agree reports whether quickParse read src, failing t if its tree is not
// the one yaml.v3 builds.
func agree(t *testing.T, src []byte) bool {
	t.Helper()
	got, ok := quickParse(src)
	if !ok {
		return false
	}
	var want yaml.Node
	if err := yaml.Unmarshal(src, &want); err != nil {
		t.Errorf("quickParse read %q, which yaml.v3 refuses: %v", src, err)
		return true
	}
	if g, w := dump(&got), dump(&want); g != w {
		t.Errorf("quickParse(%q):\n%s\nyaml.v3:\n%s", src, g, w)
	}
	return true
}

// dump prints what decode uses of a node tree.
func dump(n *yaml.Node) string {
	var b strings.Builder
	var walk func(n *yaml.Node, depth int)
	walk = func(n *yaml.Node, depth int) {
		fmt.Fprintf(&b, "%s%d %d %s %q @%d:%d\n", strings.Repeat("  ", depth), n.Kind, n.Style, n.Tag, n.Value, n.Line, n.Column)
		for _, c := range n.Content {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}
