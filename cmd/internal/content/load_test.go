package content

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

const clauseSrc = `---
id: C-09
title: 再委託の禁止
order: 9
rationale: |
  再委託先で事故が起きやすいため。
stages: [委託事業者との契約, 実施状況の確認]
incidents:
  - I-2022-06
  - I-2007-05
reviewed: 2026-11-01
---

受注者は、再委託してはならない。
`

func loadOne(t *testing.T, path, src string) *Doc {
	t.Helper()
	h, err := LoadFS(fstest.MapFS{path: {Data: []byte(src)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Docs) != 1 {
		t.Fatalf("loaded %d docs, want 1", len(h.Docs))
	}
	return h.Docs[0]
}

func TestLoadClause(t *testing.T) {
	h, err := LoadFS(fstest.MapFS{"clauses/c09.md": {Data: []byte(clauseSrc)}})
	if err != nil {
		t.Fatal(err)
	}
	c := h.Clauses[0]
	if c.ID != "C-09" || c.Title != "再委託の禁止" || c.Order != 9 {
		t.Errorf("got id %q title %q order %d", c.ID, c.Title, c.Order)
	}
	if c.Rationale != "再委託先で事故が起きやすいため。\n" {
		t.Errorf("rationale = %q", c.Rationale)
	}
	if got := strings.Join(c.Incidents, ","); got != "I-2022-06,I-2007-05" {
		t.Errorf("incidents = %q", got)
	}
	if c.Reviewed.Format("2006-01-02") != "2026-11-01" {
		t.Errorf("reviewed = %v", c.Reviewed)
	}
	if len(c.Problems) != 0 {
		t.Errorf("problems: %v", c.Problems)
	}
	// Positions count the opening --- as line 1.
	for _, tc := range []struct {
		key       string
		key_, val Pos
	}{
		{"id", Pos{2, 1}, Pos{2, 5}},
		{"title", Pos{3, 1}, Pos{3, 8}},
		{"rationale", Pos{5, 1}, Pos{5, 12}},
		{"stages", Pos{7, 1}, Pos{7, 9}},
		{"reviewed", Pos{11, 1}, Pos{11, 11}},
	} {
		f := c.Fields[tc.key]
		if f == nil {
			t.Errorf("no field %s", tc.key)
			continue
		}
		if f.Key != tc.key_ || f.Value != tc.val {
			t.Errorf("%s: key at %v value at %v, want %v and %v", tc.key, f.Key, f.Value, tc.key_, tc.val)
		}
	}
	if got := c.Fields["stages"].Items; len(got) != 2 || got[1] != (Pos{7, 21}) {
		t.Errorf("stages items at %v, want second at 7:21", got)
	}
	if got := c.Fields["incidents"].Items; len(got) != 2 || got[0] != (Pos{9, 5}) || got[1] != (Pos{10, 5}) {
		t.Errorf("incidents items at %v", got)
	}
	// The body keeps file line numbers.
	off := bytes.Index(c.Body, []byte("受注者"))
	if p := c.OffsetPos(off); p != (Pos{14, 1}) {
		t.Errorf("body text at %v, want 14:1", p)
	}
}

// Windows editors write a BOM and CRLF; the result must be the same.
func TestLoadEncodingsAgree(t *testing.T) {
	want := loadOne(t, "clauses/a.md", clauseSrc)
	crlf := strings.ReplaceAll(clauseSrc, "\n", "\r\n")
	for name, src := range map[string]string{
		"bom":      "\uFEFF" + clauseSrc,
		"crlf":     crlf,
		"bom+crlf": "\uFEFF" + crlf,
		"cr":       strings.ReplaceAll(clauseSrc, "\n", "\r"),
	} {
		got := loadOne(t, "clauses/a.md", src)
		if len(got.Problems) != 0 {
			t.Errorf("%s: problems %v", name, got.Problems)
		}
		if !bytes.Equal(got.Body, want.Body) {
			t.Errorf("%s: body differs", name)
		}
		for k, f := range want.Fields {
			g := got.Fields[k]
			if g == nil || g.Key != f.Key || g.Value != f.Value {
				t.Errorf("%s: field %s at %+v, want %+v", name, k, g, f)
			}
			if g != nil && !equalValues(got.Value(k), want.Value(k)) {
				t.Errorf("%s: %s = %v, want %v", name, k, got.Value(k), want.Value(k))
			}
		}
	}
}

func equalValues(a, b any) bool {
	if as, ok := a.([]string); ok {
		bs, _ := b.([]string)
		return strings.Join(as, "\x00") == strings.Join(bs, "\x00")
	}
	return a == b
}

func TestLoadProblems(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		kind      ProblemKind
		at        Pos
		message   string
	}{
		{"no front matter", "# 見出し\n本文\n", ProblemFrontMatter, Pos{1, 0}, "no front matter"},
		{"empty file", "", ProblemFrontMatter, Pos{1, 0}, "no front matter"},
		{"unterminated", "---\nid: C-01\ntitle: x\n\n本文\n", ProblemFrontMatter, Pos{1, 0}, "never closed"},
		{"bad yaml", "---\nid: C-01\ntitle: [x\norder: 1\n---\n", ProblemFrontMatter, Pos{}, "not valid YAML"},
		{"tab indent", "---\nid: C-01\n\ttitle: x\n---\n", ProblemFrontMatter, Pos{}, "not valid YAML"},
		{"duplicate key", "---\nid: C-01\ntitle: a\ntitle: b\n---\n", ProblemFrontMatter, Pos{4, 1}, `"title" is given twice (first on line 3)`},
		{"not a mapping", "---\n- a\n- b\n---\n", ProblemFrontMatter, Pos{2, 1}, "key: value"},
		{"order in kanji", "---\nid: C-01\norder: 九\n---\n", ProblemType, Pos{3, 8}, "whole number"},
		{"order quoted", "---\nid: C-01\norder: \"9\"\n---\n", ProblemType, Pos{3, 8}, "whole number"},
		{"title a list", "---\ntitle: [a, b]\n---\n", ProblemType, Pos{2, 8}, "must be text"},
		{"bad date", "---\nreviewed: 2026-13-01\n---\n", ProblemType, Pos{2, 11}, "YYYY-MM-DD"},
		{"slash date", "---\nreviewed: 2026/11/01\n---\n", ProblemType, Pos{2, 11}, "YYYY-MM-DD"},
		{"list item mapping", "---\nstages:\n  - a: b\n---\n", ProblemType, Pos{3, 5}, "each item"},
		{"control character", "---\nid: C-01\ntitle: 再委託\x01の禁止\n---\n", ProblemFrontMatter, Pos{3, 11}, "control character (U+0001)"},
		{"invalid utf-8", "---\nid: C-01\ntitle: \xff\xfe\n---\n", ProblemEncoding, Pos{3, 8}, "not valid UTF-8 (first bad byte on line 3)"},
		{"binary", "---\x00\x01\x02", ProblemEncoding, Pos{1, 0}, "binary"},
		{"utf-16", "\xff\xfe-\x00-\x00", ProblemEncoding, Pos{1, 0}, "UTF-16"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := loadOne(t, "clauses/a.md", tc.src)
			for _, p := range d.Problems {
				if p.Kind == tc.kind && strings.Contains(p.Message, tc.message) {
					if tc.at != (Pos{}) && p.Pos != tc.at {
						t.Errorf("problem at %v, want %v", p.Pos, tc.at)
					}
					return
				}
			}
			t.Errorf("no problem of kind %d containing %q; got %+v", tc.kind, tc.message, d.Problems)
		})
	}
}

// y, on and yes are text here, not true: the schema wants text, and the
// text is what the editor wrote.
func TestLoadKeepsScalarsAsWritten(t *testing.T) {
	d := loadOne(t, "clauses/a.md", "---\nid: on\ntitle: y\nwaiver: yes\norder: 1\n---\n")
	for k, want := range map[string]string{"id": "on", "title": "y", "waiver": "yes"} {
		if got := d.Value(k); got != want {
			t.Errorf("%s = %v, want %q", k, got, want)
		}
	}
}

func TestLoadYAMLErrorLine(t *testing.T) {
	d := loadOne(t, "clauses/a.md", "---\nid: C-01\ntitle: ok\nrationale: \"unclosed\norder: 1\n---\n")
	if len(d.Problems) != 1 || d.Problems[0].Pos.Line < 4 {
		t.Fatalf("problems = %+v, want one at line 4 or later", d.Problems)
	}
}

func TestLoadLargeFile(t *testing.T) {
	big := "---\ntitle: 大きい\n---\n" + strings.Repeat("あ", 4<<20)
	d := loadOne(t, "content/big.md", big)
	if len(d.Problems) != 1 || d.Problems[0].Kind != ProblemSize {
		t.Fatalf("problems = %+v, want one size problem", d.Problems)
	}
}

func TestLoadUnknownAndNull(t *testing.T) {
	d := loadOne(t, "checklist/k.md", "---\nid: K-1\ntitel: x\nmethod:\n---\n")
	if len(d.Unknown) != 1 || d.Unknown[0].Name != "titel" || d.Unknown[0].Key != (Pos{3, 1}) {
		t.Errorf("unknown = %+v", d.Unknown)
	}
	if !d.Has("method") || d.Value("method") != nil {
		t.Errorf("method: has %v value %v, want present and nil", d.Has("method"), d.Value("method"))
	}
}

func TestLoadLayout(t *testing.T) {
	fsys := fstest.MapFS{
		"clauses/b.md":                {Data: []byte("---\nid: C-02\ntitle: b\norder: 2\n---\n")},
		"clauses/a.md":                {Data: []byte("---\nid: C-01\ntitle: a\norder: 10\n---\n")},
		"clauses/README.md":           {Data: []byte("# about this folder\n")},
		"clauses/.#c.md":              {Data: []byte("lock")},
		"clauses/notes.txt":           {Data: []byte("x")},
		"checklist/k.md":              {Data: []byte("---\nid: K-1\nclause: C-01\n---\n")},
		"content/_index.md":           {Data: []byte("---\ntitle: 手引き\nreview_days: 30\n---\n")},
		"content/incidents/x.md":      {Data: []byte("---\ntitle: 事故\nid: I-1\ndate: 2022-06\n---\n")},
		"content/incidents/_index.md": {Data: []byte("---\ntitle: 事故事例\n---\n")},
	}
	h, err := LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Docs) != 6 {
		t.Errorf("loaded %d docs, want 6 (README, dotfiles and non-Markdown skipped)", len(h.Docs))
	}
	if h.Clauses[0].ID != "C-02" {
		t.Errorf("clauses not in order: first is %s", h.Clauses[0].ID)
	}
	if h.Home == nil || h.Settings.Title != "手引き" || h.Settings.ReviewDays != 30 {
		t.Errorf("settings = %+v", h.Settings)
	}
	var incidents int
	for _, p := range h.Pages {
		if p.IsIncident() {
			incidents++
			if p.Date != "2022-06" {
				t.Errorf("date = %q", p.Date)
			}
		}
	}
	if incidents != 1 {
		t.Errorf("%d incident pages, want 1", incidents)
	}
}

func TestLoadNotHandbook(t *testing.T) {
	if _, err := LoadFS(fstest.MapFS{"README.md": {Data: []byte("x")}}); err == nil {
		t.Error("a folder without source folders loaded without error")
	}
}

// yaml/v3 counts lines from 0 for parser errors and from 1 for scanner
// errors; the finding must name the line the editor has to fix either way.
func TestLoadYAMLErrorLines(t *testing.T) {
	for _, tc := range []struct {
		src  string
		line int
	}{
		{"---\nid: C-01\ntitle: x\norder: 1\nrationale: [unclosed\n---\n", 5}, // parser: flow sequence opened here
		{"---\nid: C-02\n\ttitle: x\n---\n", 3},                               // scanner: tab
		{"---\na: 1\n  b: 2\n---\n", 3},                                       // scanner: mapping value
		{"---\n[a\n---\n", 3},                                                 // parser: noticed at the closing fence
		{"---\nid: C-01\n- x\n---\n", 3},                                      // parser: expected key
	} {
		d := loadOne(t, "clauses/a.md", tc.src)
		if len(d.Problems) != 1 || d.Problems[0].Pos.Line != tc.line {
			t.Errorf("%q: problems %+v, want one on line %d", tc.src, d.Problems, tc.line)
		}
	}
}

func TestLoaderReusesUnchanged(t *testing.T) {
	fsys := fstest.MapFS{
		"clauses/a.md": {Data: []byte(clauseSrc), ModTime: time.Unix(1, 0)},
		"clauses/b.md": {Data: []byte(strings.Replace(clauseSrc, "C-09", "C-10", 1)), ModTime: time.Unix(1, 0)},
	}
	var l Loader
	h1, err := l.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	fsys["clauses/b.md"] = &fstest.MapFile{Data: []byte(strings.Replace(clauseSrc, "C-09", "C-11", 1)), ModTime: time.Unix(2, 0)}
	h2, err := l.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if h1.Docs[0] != h2.Docs[0] {
		t.Error("an unchanged file was decoded again")
	}
	if h2.Docs[1] == h1.Docs[1] || h2.ClauseByID("C-11") == nil {
		t.Error("a changed file was not read again")
	}
	delete(fsys, "clauses/a.md")
	h3, _ := l.Load(fsys)
	if len(h3.Docs) != 1 {
		t.Errorf("a removed file is still loaded: %d docs", len(h3.Docs))
	}
}

// Update, told which files changed, must give the handbook a full load
// gives: the same files in the same order with the same values.
func TestLoaderUpdateMatchesLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(p, s string) {
		full := filepath.Join(dir, filepath.FromSlash(p))
		os.MkdirAll(filepath.Dir(full), 0o755)
		if s == "" {
			os.Remove(full)
			return
		}
		os.WriteFile(full, []byte(s), 0o644)
	}
	for p, s := range map[string]string{
		"content/_index.md": "---\ntitle: 手引き\n---\n",
		"content/a.md":      "---\ntitle: A\n---\n",
		"content/a/b.md":    "---\ntitle: B\n---\n",
		"clauses/c01.md":    strings.Replace(clauseSrc, "C-09", "C-01", 1),
		"clauses/c02.md":    strings.Replace(strings.Replace(clauseSrc, "C-09", "C-02", 1), "order: 9", "order: 2", 1),
		"checklist/k1.md":   "---\nid: K-1\nclause: C-01\n---\n",
	} {
		write(p, s)
	}
	var l Loader
	h, err := l.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	for _, step := range []struct {
		changes map[string]string
	}{
		{map[string]string{"clauses/c01.md": strings.Replace(clauseSrc, "C-09", "C-01", 1) + "\n追記\n"}},
		{map[string]string{"content/a/c.md": "---\ntitle: C\n---\n", "content/a.md": ""}},
		{map[string]string{"clauses/README.md": "# folder notes\n", "clauses/.#c03.md": "lock", "checklist/k2.md": "---\nid: K-2\nclause: C-02\n---\n"}},
		{map[string]string{"clauses/c02.md": strings.Replace(clauseSrc, "C-09", "C-02", 1)}}, // order 9: sorts after
	} {
		var changed []string
		for p, s := range step.changes {
			write(p, s)
			changed = append(changed, p)
		}
		got, err := l.Update(os.DirFS(dir), h, changed)
		if err != nil {
			t.Fatal(err)
		}
		want, err := (&Loader{}).Load(os.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Docs) != len(want.Docs) {
			t.Fatalf("%v: %d docs, want %d", changed, len(got.Docs), len(want.Docs))
		}
		for i := range want.Docs {
			if got.Docs[i].Path != want.Docs[i].Path || string(got.Docs[i].Body) != string(want.Docs[i].Body) {
				t.Errorf("%v: doc %d is %s, want %s", changed, i, got.Docs[i].Path, want.Docs[i].Path)
			}
		}
		for i := range want.Clauses {
			if got.Clauses[i].ID != want.Clauses[i].ID {
				t.Errorf("%v: clause order differs at %d", changed, i)
			}
		}
		h = got
	}
	// A change it cannot place falls back to a full load.
	write("content/img.png", "png")
	got, _ := l.Update(os.DirFS(dir), h, []string{"content/img.png"})
	if len(got.Assets) != 1 {
		t.Errorf("assets after an image was added: %v", got.Assets)
	}
}
