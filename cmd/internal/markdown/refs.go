package markdown

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// A clause refers to another clause with a plain link to the other's file,
// [第10条](c10-subcontractor-management.md): the link text an editor types
// is not what the reader sees. Each output names the article as it
// numbers it (the whole handbook by order, a tailored text afresh), so
// ResolveRefs replaces the link's text with the label the output gives.

// Label is how an output names its article n: 第10条（再委託先の管理）.
func Label(n int, title string) string {
	return fmt.Sprintf("第%d条（%s）", n, title)
}

// Ref is a link in a text to a file of the handbook.
type Ref struct {
	Target string // slash path from the handbook root
	Offset int    // of the link's '[' in the text
}

// Refs lists the links of a Markdown text, written in the file at from,
// that point at files of the handbook (the caller knows which are
// clauses), in source order.
func Refs(src []byte, from string) []Ref {
	if LinkFree(src) {
		return nil
	}
	var out []Ref
	for _, l := range Links(Parse(src)) {
		if t, ok := refTarget(from, l.Dest); ok && !l.Image {
			out = append(out, Ref{Target: t, Offset: l.Offset})
		}
	}
	return out
}

func refTarget(from, dest string) (string, bool) {
	t, err := ResolveLink(from, dest)
	if err != nil || t.External || t.Outside || t.Path == "" {
		return "", false
	}
	return t.Path, true
}

// ResolveRefs gives every link of src (a text of the file at from) whose
// target label names a text of label's choosing, in place of the text the
// editor typed; the link itself stays. Other links are left as written.
func ResolveRefs(src []byte, from string, label func(target string) (string, bool)) []byte {
	return relink(src, from, func(target, _ string) (string, bool) { return label(target) })
}

// RelabelRefs is ResolveRefs for a guide page, a check item or any text
// outside a clause, whose links to clauses are often prose
// ([再委託の禁止](c09.md)): only a link whose text is an article's label
// as typed by hand — 第9条, 第9条（再委託の禁止）, 第9条 再委託の禁止,
// 第9条第2項 — or is empty gets the label n gives, in the typed form:
// the number alone where the text had no caption, the 第2項 kept. Other
// texts stay as written.
func RelabelRefs(src []byte, from string, n Numbering) []byte {
	return relink(src, from, n.relabel)
}

// relabel is RelabelRefs' label for the link to target whose text was typed.
func (n Numbering) relabel(target, typed string) (string, bool) {
	label, ok := n[target]
	if !ok {
		return "", false
	}
	if strings.TrimSpace(typed) == "" {
		return label, true
	}
	m := typedLabel.FindStringSubmatch(typed)
	if m == nil {
		return "", false
	}
	l := labelRE.FindStringSubmatch(label)
	switch {
	case l == nil: // not numbered in this output: as the output names it
		return label + m[3], true
	case m[1] != "":
		return label + m[3], true
	case m[2] != "":
		return l[1] + m[2][:len(m[2])-len(strings.TrimLeft(m[2], " 　"))] + l[2], true
	}
	return l[1] + m[3], true
}

var (
	// typedLabel is an article's label as an editor types it: 第9条,
	// with its caption in brackets or after a space, or with a
	// paragraph or an item after it.
	typedLabel = regexp.MustCompile(`^第[0-9０-９]+条(?:(（[^（）]*）)|([ 　]+[^ 　（）]+))?((?:第[0-9０-９]+[項号]|各号|本文|ただし書|前段|後段)*)$`)
	// labelRE is Label's form.
	labelRE = regexp.MustCompile(`^(第[0-9]+条)（(.*)）$`)
)

// relink gives every link of src to a file of the handbook the text that
// label gives for its target and the text as typed, if any.
func relink(src []byte, from string, label func(target, typed string) (string, bool)) []byte {
	if bytes.IndexByte(src, '[') < 0 {
		return src // a link needs a [; headings do not matter here
	}
	edits := linkLabels(Parse(src), src, from, label)
	if len(edits) == 0 {
		return src
	}
	out := slices.Clone(src)
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		out = slices.Concat(out[:e.from], []byte(Escape(e.text)), out[e.to:])
	}
	return out
}

// linkLabel is a link whose text label gives anew: the link, where its
// text stands in the source, and the new text.
type linkLabel struct {
	link     *ast.Link
	from, to int
	text     string
}

// linkLabels finds the links of doc (src parsed) to files of the handbook
// that label gives a text, in the order of the source.
func linkLabels(doc ast.Node, src []byte, from string, label func(target, typed string) (string, bool)) []linkLabel {
	var out []linkLabel
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		l, ok := n.(*ast.Link)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		target, ok := refTarget(from, string(l.Destination))
		if !ok {
			return ast.WalkSkipChildren, nil
		}
		start := l.Pos()
		if start < 0 || start >= len(src) || src[start] != '[' {
			return ast.WalkSkipChildren, nil
		}
		// The text runs from after '[' to the ']' after the last of
		// the text's segments, which the parser gives.
		last := start + 1
		_ = ast.Walk(l, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
			if t, ok := c.(*ast.Text); ok && entering {
				last = max(last, t.Segment.Stop)
			}
			return ast.WalkContinue, nil
		})
		end := bytes.IndexByte(src[last:], ']')
		if end < 0 {
			return ast.WalkSkipChildren, nil
		}
		text, ok := label(target, string(src[start+1:last+end]))
		if !ok {
			return ast.WalkSkipChildren, nil
		}
		out = append(out, linkLabel{l, start + 1, last + end, text})
		return ast.WalkSkipChildren, nil
	})
	return out
}

// Escape puts a backslash before every ASCII punctuation mark of s, which
// Markdown then reads as the mark itself: s shows as written.
func Escape(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		if r < 128 && bytes.ContainsRune([]byte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"), r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Numbering is the labels of one output's articles, by the path of each
// clause's file.
type Numbering map[string]string

// Whole is the whole handbook's numbering: every clause by its order.
func Whole(h *content.Handbook) Numbering {
	n := Numbering{}
	for _, c := range h.Clauses {
		n[c.Path] = Label(c.Order, c.Title)
	}
	return n
}

// Label is the label of the clause whose file is at path, if the
// numbering has it.
func (n Numbering) Label(path string) (string, bool) {
	l, ok := n[path]
	return l, ok
}
