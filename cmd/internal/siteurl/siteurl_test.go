package siteurl

import (
	"net/url"
	"strings"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

func TestRel(t *testing.T) {
	for _, tc := range []struct{ from, to, want string }{
		{"index.html", "clauses/C-09.html", "clauses/C-09.html"},
		{"clauses/C-09.html", "clauses/C-10.html", "C-10.html"},
		{"clauses/C-09.html", "guide/a.html", "../guide/a.html"},
		{"guide/sub/a.html", "index.html", "../../index.html"},
		{"guide/sub/a.html", "guide/b.html", "../b.html"},
		{"guide/a.html", "guide/a.html", "a.html"},
		{"guide/a.html", "guide/javascript%3Ax.html", "javascript%3Ax.html"},
	} {
		if got := Rel(tc.from, tc.to); got != tc.want {
			t.Errorf("Rel(%q, %q) = %q, want %q", tc.from, tc.to, got, tc.want)
		}
	}
}

func TestEscape(t *testing.T) {
	for _, tc := range []struct{ path, want string }{
		{"guide/a.html", "guide/a.html"},
		{"guide/使い方.html", "guide/使い方.html"}, // letters stay readable
		{"javascript:alert(1).html", "javascript%3Aalert(1).html"},
		{"data:text/html,x.html", "data%3Atext/html,x.html"},
		{"VBScript:x.html", "VBScript%3Ax.html"},
		{"a#b.html", "a%23b.html"},
		{"a?b=1.html", "a%3Fb=1.html"},
		{"100%.html", "100%25.html"},
		{"a b.html", "a%20b.html"},
		{"a\tb\nc\x00.html", "a%09b%0Ac%00.html"},
		{`"><img src=x onerror=alert(1)>.html`, "%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E.html"},
		{"it's.html", "it%27s.html"},
		{"a&amp;b.html", "a%26amp;b.html"},
		{`a\b.html`, "a%5Cb.html"},
		{"a`b{c}|d^.html", "a%60b%7Bc%7D%7Cd%5E.html"},
		{"全角\u3000空白.html", "全角%E3%80%80空白.html"},
		{"rtl\u202Egnp.html", "rtl%E2%80%AEgnp.html"},
		{"bad\xffutf8.html", "bad%FFutf8.html"},
	} {
		got := Escape(tc.path)
		if got != tc.want {
			t.Errorf("Escape(%q) = %q, want %q", tc.path, got, tc.want)
		}
		if back := File(got); back != tc.path {
			t.Errorf("File(%q) = %q, want %q", got, back, tc.path)
		}
		// A browser reads it as a path, with nothing after it.
		u, err := url.Parse(got)
		if err != nil || u.Scheme != "" || u.Host != "" || u.RawQuery != "" || u.Fragment != "" || u.Path != tc.path {
			t.Errorf("Escape(%q) = %q is not a relative path to it: %+v %v", tc.path, got, u, err)
		}
	}
}

// Whatever a file is called, a link to it is a relative path that no
// browser reads as a scheme, and that cannot leave an attribute.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"javascript:alert(1)", " java\tscript:x", "a#b?c%d", `"'<>&`, "使い方"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		u := Escape(p)
		if File(u) != p {
			t.Fatalf("File(Escape(%q)) = %q", p, File(u))
		}
		if strings.ContainsAny(u, ":#?\"'<>&\\ \t\n\r\x00") {
			t.Fatalf("Escape(%q) = %q keeps a character it must encode", p, u)
		}
		for _, r := range u {
			if r < 0x20 || r == 0x7f {
				t.Fatalf("Escape(%q) = %q keeps a control character", p, u)
			}
		}
	})
}

func TestPageFile(t *testing.T) {
	for _, tc := range []struct {
		path, id, want string
		kind           content.Kind
	}{
		{"clauses/c09.md", "C-09", "clauses/C-09.html", content.KindClause},
		{"clauses/c09.md", "../x", "clauses/c09.html", content.KindClause}, // an unsafe id never becomes a path
		{"checklist/k.md", "K-09-1", "checklist/K-09-1.html", content.KindCheck},
		{"content/_index.md", "", "index.html", content.KindPage},
		{"content/guide/_index.md", "", "guide/index.html", content.KindPage},
		{"content/guide/a.md", "", "guide/a.html", content.KindPage},
		{"content/javascript:alert(1).md", "", "javascript:alert(1).html", content.KindPage},
	} {
		d := &content.Doc{Path: tc.path, Kind: tc.kind}
		if got := PageFile(d, tc.id); got != tc.want {
			t.Errorf("PageFile(%s, %q) = %q, want %q", tc.path, tc.id, got, tc.want)
		}
		if got := Page(d, tc.id); got != Escape(tc.want) {
			t.Errorf("Page(%s, %q) = %q, want %q", tc.path, tc.id, got, Escape(tc.want))
		}
	}
}
