package lint

import (
	"bytes"
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
	"github.com/tokki-handbook/tokki/cmd/internal/par"
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
	branchRE   = regexp.MustCompile(`^の[0-9０-９]`)
	// chainRE is what stands between two articles of one citation.
	chainRE = regexp.MustCompile(`^(第[0-9０-９]+[項号])*(及び|並びに|又は|若しくは|、|から|ないし)$`)
	// lawBefore ends a citation of an act, a regulation or an item
	// number: 法第66条, 番号法第19条, （昭和60年法律第88号）第2条,
	// 法第176条及び第180条, （…以下「番号法」という。）第2条,
	// 「個人情報の保護に関する法律」第66条.
	lawBefore = regexp.MustCompile(`(法|法律|法）|法律）|令|規則|条例|規程|約款|要綱|要領|告示|通知|指針|基準|ガイドライン|」|号）|という。）|条(及び|並びに|又は|若しくは|、)|項(及び|並びに|又は|若しくは|、))$`)
)

func checkClauseRef(c *Context) {
	byOrder := map[int]*content.Clause{}
	byTitle := map[string]*content.Clause{}
	for _, cl := range c.H.Clauses {
		byOrder[cl.Order] = cl
		byTitle[cl.Title] = cl
	}
	articles := map[*content.Doc][]proseText{}
	for _, df := range c.allFacts() {
		articles[df.doc] = df.articles
	}
	// runsOf calls f with the prose runs of a text: a body's from its
	// facts, a variant's or a front-matter value's parsed here.
	runsOf := func(d *content.Doc, src []byte, body bool, f func(text string, start int)) {
		if body {
			for _, r := range articles[d] {
				f(r.text, r.start)
			}
			return
		}
		eachProse(markdown.Parse(src), src, f)
	}
	par.Each(len(c.H.Clauses), func(i int) {
		cl := c.H.Clauses[i]
		for _, t := range textsOf(cl) {
			if !bytes.Contains(t.src, []byte("条")) && !bytes.Contains(t.src, []byte("「")) {
				continue
			}
			runsOf(cl.Doc, t.src, t.variant < 0, func(text string, start int) {
				eachArticle(text, func(m []int, n int) {
					fix := c.Lang.Text("link to the clause's file instead, e.g. [第N条](cNN-name.md)")
					if target := byOrder[n]; target != nil && target != cl {
						fix = c.Sprintf("link to it instead: [%s](%s)", text[m[0]:m[1]], relLink(cl.Path, target.Path))
					} else if target == cl {
						return // the article's own number, as in 第N条第2項: not a reference to another
					}
					c.Report(cl.Doc, t.pos(start+m[0]), "%s is typed by hand, so it is wrong wherever the clauses are numbered otherwise (a tailored text, a later revision); %s", text[m[0]:m[1]], fix)
				})
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
	})
	// A guide page, a check item or a clause's 解説 names an article by
	// a link too, whose text every output replaces when it is a label
	// (markdown.RelabelRefs); a 第N条 typed outside a link is one of this
	// handbook's articles only when a clause has that number (a law's
	// article otherwise).
	var docs []*content.Doc
	for _, cl := range c.H.Clauses {
		docs = append(docs, cl.Doc)
	}
	for _, k := range c.H.Checks {
		docs = append(docs, k.Doc)
	}
	for _, p := range c.H.Pages {
		docs = append(docs, p.Doc)
	}
	par.Each(len(docs), func(i int) {
		d := docs[i]
		for _, t := range docTexts(d) {
			if d.Kind == content.KindClause && t.body {
				continue
			}
			if !bytes.Contains(t.src, []byte("条")) {
				continue
			}
			runsOf(d, t.src, t.body, func(text string, start int) {
				eachArticle(text, func(m []int, n int) {
					if target := byOrder[n]; target != nil {
						c.Report(d, t.pos(start+m[0]), "%s is typed by hand, so it goes wrong when the clauses are renumbered; link to the clause instead: [%s](%s), whose text every output replaces with the current number",
							text[m[0]:m[1]], text[m[0]:m[1]], relLink(d.Path, target.Path))
					}
				})
			})
		}
	})
}

// eachArticle calls f with the match of every 第N条 in text that is not a
// law's article, and its number. An article after 及び, 並びに, 又は,
// 若しくは or 、 that follows another (法第66条及び第67条) is of the same
// kind as the first. An article with a branch number (第29条の4) is a
// law's: the handbook's articles have none.
func eachArticle(text string, f func(m []int, n int)) {
	law, end := false, -1
	for _, m := range articleRE.FindAllStringSubmatchIndex(text, -1) {
		before := text[:m[0]]
		if !(end >= 0 && chainRE.MatchString(text[end:m[0]])) {
			law = lawBefore.MatchString(before)
		}
		end = m[1]
		if law || branchRE.MatchString(text[m[1]:]) {
			continue
		}
		n, _ := strconv.Atoi(halfWidth(text[m[2]:m[3]]))
		f(m, n)
	}
}

// docText is a Markdown text of a page or a check item: its body or a
// front-matter value the site renders.
type docText struct {
	src  []byte
	pos  func(off int) content.Pos
	body bool
}

func docTexts(d *content.Doc) []docText {
	out := []docText{{src: d.Body, pos: d.OffsetPos, body: true}}
	for _, name := range textFields {
		s, ok := d.Value(name).(string)
		f := d.Fields[name]
		if !ok || f == nil {
			continue
		}
		src := []byte(s)
		out = append(out, docText{src: src, pos: func(off int) content.Pos {
			if !f.Block {
				return content.Pos{Line: f.Value.Line}
			}
			return content.Pos{Line: f.Value.Line + 1 + bytes.Count(src[:off], []byte{'\n'})}
		}})
	}
	return out
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
