package markdown

import (
	"bytes"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/parser"
)

// Each of our extensions works on its own in a plain goldmark, as
// goldmark's own do: nothing else of New's set-up is needed.
func TestExtensionsStandAlone(t *testing.T) {
	for _, tc := range []struct {
		name string
		ext  goldmark.Extender
		ctx  func(parser.Context)
		src  string
		want string
	}{
		{
			name: "HeadingAnchors",
			ext:  HeadingAnchors,
			src:  "## 点検の時期\n\n## 点検の時期 {#点検の時期-1}\n\n## 点検の時期\n",
			want: "<h2 id=\"点検の時期\">点検の時期</h2>\n<h2 id=\"点検の時期-1\">点検の時期</h2>\n<h2 id=\"点検の時期-2\">点検の時期</h2>\n",
		},
		{
			name: "LinkRewriting",
			ext:  LinkRewriting,
			ctx:  func(pc parser.Context) { pc.Set(rewriterKey, Rewriter(func(d string) string { return d + ".html" })) },
			src:  "[a](a) ![b](b)\n",
			want: "<p><a href=\"a.html\">a</a> <img src=\"b.html\" alt=\"b\"></p>\n",
		},
		{
			name: "LinkRewriting without a Rewriter",
			ext:  LinkRewriting,
			src:  "[a](a)\n",
			want: "<p><a href=\"a\">a</a></p>\n",
		},
	} {
		pc := parser.NewContext()
		if tc.ctx != nil {
			tc.ctx(pc)
		}
		var out bytes.Buffer
		if err := goldmark.New(goldmark.WithExtensions(tc.ext)).Convert([]byte(tc.src), &out, parser.WithContext(pc)); err != nil {
			t.Fatal(err)
		}
		if out.String() != tc.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, out.String(), tc.want)
		}
	}
}
