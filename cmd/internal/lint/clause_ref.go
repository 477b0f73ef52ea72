package lint

import (
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// A clause names another clause with a link to its file, which every
// output turns into the article's number and caption as it numbers it.
// A number or caption typed by hand is right in one output at best:
// clause-ref finds 第N条 (not a law's article), 前条 and 次条, and
// 「caption」の定め or 「caption」に定める naming another clause, in clause
// texts.

var (
	articleRE = regexp.MustCompile(`第([0-9０-９]+)条`)
	captionRE = regexp.MustCompile(`「([^「」]+)」(?:の定め|に定め)`)
	// 前条 and 次条 name the article next to this one, which a tailored
	// text may leave out.
	relativeRE = regexp.MustCompile(`前条|次条`)
	// lawBefore ends a citation of an act, a regulation or an item
	// number: 法第66条, 番号法第19条, （昭和60年法律第88号）第2条,
	// 法第176条及び第180条, （…以下「番号法」という。）第2条.
	lawBefore = regexp.MustCompile(`(法|令|規則|条例|規程|約款|号）|という。）|条(及び|並びに|又は|若しくは|、)|項(及び|並びに|又は|若しくは|、))$`)
)

func checkClauseRef(c *Context) {
	byOrder := map[int]*content.Clause{}
	byTitle := map[string]*content.Clause{}
	for _, cl := range c.H.Clauses {
		byOrder[cl.Order] = cl
		byTitle[cl.Title] = cl
	}
	for _, cl := range c.H.Clauses {
		for _, t := range textsOf(cl) {
			if !strings.Contains(string(t.src), "条") && !strings.Contains(string(t.src), "「") {
				continue
			}
			src := t.src
			eachProse(markdown.Parse(src), src, func(text string, start int) {
				for _, m := range articleRE.FindAllStringSubmatchIndex(text, -1) {
					if lawBefore.MatchString(text[:m[0]]) {
						continue
					}
					n, _ := strconv.Atoi(halfWidth(text[m[2]:m[3]]))
					fix := "link to the clause's file instead, e.g. [第N条](cNN-name.md)"
					if target := byOrder[n]; target != nil && target != cl {
						fix = fmt.Sprintf("link to it instead: [%s](%s)", text[m[0]:m[1]], relLink(cl.Path, target.Path))
					} else if target == cl {
						continue // the article's own number, as in 第N条第2項: not a reference to another
					}
					c.Report(cl.Doc, t.pos(start+m[0]), "%s is typed by hand, so it is wrong wherever the clauses are numbered otherwise (a tailored text, a later revision); %s", text[m[0]:m[1]], fix)
				}
				for _, m := range relativeRE.FindAllStringIndex(text, -1) {
					c.Report(cl.Doc, t.pos(start+m[0]), "%s names the article next to this one, which a tailored text may leave out or number otherwise; link to that clause's file instead, e.g. [第N条](cNN-name.md)", text[m[0]:m[1]])
				}
				for _, m := range captionRE.FindAllStringSubmatchIndex(text, -1) {
					target := byTitle[text[m[2]:m[3]]]
					if target == nil || target == cl {
						continue
					}
					c.Report(cl.Doc, t.pos(start+m[0]), "「%s」 names clause %s by a caption typed by hand; link to it instead, e.g. [第%d条](%s)%s, so that every output gives its number and caption",
						target.Title, target.ID, target.Order, relLink(cl.Path, target.Path), text[m[3]+len("」"):m[1]])
				}
			})
		}
	}
}

// eachProse calls f with every run of text of a parsed document that a
// reader sees as prose (not a link's text, not code), with its offset.
func eachProse(doc ast.Node, src []byte, f func(text string, start int)) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *ast.Link, *ast.Image, *ast.CodeSpan, *ast.CodeBlock, *ast.FencedCodeBlock:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			f(string(t.Segment.Value(src)), t.Segment.Start)
		}
		return ast.WalkContinue, nil
	})
}

// relLink is the relative link from the file at from to the file at to.
func relLink(from, to string) string {
	if path.Dir(from) == path.Dir(to) {
		return path.Base(to)
	}
	up := strings.Repeat("../", strings.Count(path.Dir(from), "/")+1)
	return up + to
}

// halfWidth turns full-width digits into ASCII ones.
func halfWidth(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if r >= '０' && r <= '９' {
			r = r - '０' + '0'
		}
		b.WriteRune(r)
		s = s[size:]
	}
	return b.String()
}
