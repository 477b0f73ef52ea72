package site

import (
	"regexp"
	"strconv"
	"strings"
)

// The builder page's data holds each clause text once: as HTML, which the
// page shows, without the plain text (the tokkiTailor API's text and the
// text download) where assets/tailor.js can read that back from the HTML.
// htmlText is that reading, line for line the same as htmlText in
// tailor.js; the build compares what it gives with the plain text and
// writes the plain text too wherever they differ, so an HTML it does not
// know (a table, a block quote, a footnote) costs bytes, never a wrong text.
// At 10,000 pages of issue 19's shape the plain texts were 45% of
// tailor/data.js.
//
// It knows what goldmark writes for paragraphs, headings and lists, with
// inline links, emphasis and code, and the parameter and reference spans
// of tailorTextOf; any other tag, a comment or text outside a block makes
// it give up (ok false). It lays the text out as markdown.ArticleText does:
// a block per line, a line break inside one as a space, paragraphs of a
// list item numbered 1, (1), ア by depth (・ for a bulleted item), each
// depth indented by a full-width space.

var (
	htmlToken  = regexp.MustCompile(`<(/?)([a-z][a-z0-9]*)([^>]*)>|<|[^<]+`)
	htmlAttr   = regexp.MustCompile(`([a-z-]+)="([^"]*)"`)
	htmlEntity = regexp.MustCompile(`&(amp|lt|gt|quot|#[0-9]+|#x[0-9a-fA-F]+);`)
)

// textSpace is what htmlText trims from a line: JavaScript's white space
// (String.prototype.trim), which tailor.js uses.
const textSpace = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"

const iroha = "アイウエオカキクケコサシスセソタチツテトナニヌネノ"

type htmlList struct {
	ordered bool
	next    int  // the number of the next item
	num     int  // the number of the item open
	first   bool // the open item has had no line yet
	inItem  bool
}

func htmlText(h string) (text string, ok bool) {
	var lines []string
	var lists []*htmlList
	var buf strings.Builder
	open := false // a block's text is being read into buf
	flush := func() bool {
		if !open {
			return true
		}
		open = false
		raw := buf.String()
		buf.Reset()
		if strings.ReplaceAll(raw, "\n", "") == "" {
			return true
		}
		prefix := ""
		if d := len(lists) - 1; d >= 0 {
			l := lists[d]
			if !l.inItem {
				return false
			}
			prefix = strings.Repeat("　", d+1)
			if l.first {
				prefix = strings.Repeat("　", d) + listMarker(l.ordered, d, l.num) + "　"
				l.first = false
			}
		}
		lines = append(lines, prefix+strings.Trim(strings.ReplaceAll(raw, "\n", " "), textSpace))
		return true
	}
	for _, m := range htmlToken.FindAllStringSubmatch(h, -1) {
		tok, closing, tag, attrs := m[0], m[1] == "/", m[2], m[3]
		if tag == "" { // text
			if tok == "<" {
				return "", false
			}
			if !open {
				if strings.Trim(tok, "\n") != "" {
					return "", false
				}
				continue
			}
			buf.WriteString(htmlEntity.ReplaceAllStringFunc(tok, unentity))
			continue
		}
		switch tag {
		case "p", "h1", "h2", "h3", "h4", "h5", "h6":
			if !flush() {
				return "", false
			}
			open = !closing
		case "ol", "ul":
			if !flush() {
				return "", false
			}
			if closing {
				if len(lists) == 0 {
					return "", false
				}
				lists = lists[:len(lists)-1]
				continue
			}
			l := &htmlList{ordered: tag == "ol", next: 1}
			for _, a := range htmlAttr.FindAllStringSubmatch(attrs, -1) {
				if a[1] == "start" {
					n, err := strconv.Atoi(a[2])
					if err != nil || strings.Trim(a[2], "0123456789") != "" {
						return "", false
					}
					l.next = max(n, 1)
				}
			}
			lists = append(lists, l)
		case "li":
			if len(lists) == 0 || !flush() {
				return "", false
			}
			l := lists[len(lists)-1]
			l.inItem = !closing
			if !closing {
				l.num, l.first = l.next, true
				l.next++
				open = true // a tight list's item holds its text without a <p>
			}
		case "a", "strong", "em", "code", "del":
			// their text is the text
		case "span":
			if closing {
				continue
			}
			at := map[string]string{}
			for _, a := range htmlAttr.FindAllStringSubmatch(attrs, -1) {
				at[a[1]] = htmlEntity.ReplaceAllStringFunc(a[2], unentity)
			}
			switch {
			case !open:
				return "", false
			case at["class"] == "param":
				buf.WriteString("{{" + at["data-param"] + "}}")
			case at["class"] == "ref":
				buf.WriteString(refOpen + at["data-ref"] + refClose)
			default:
				return "", false
			}
		default:
			return "", false
		}
	}
	if !flush() || len(lists) > 0 {
		return "", false
	}
	return strings.Join(lines, "\n"), true
}

// listMarker mirrors markdown.ArticleText's numbering.
func listMarker(ordered bool, depth, n int) string {
	switch {
	case !ordered:
		return "・"
	case depth == 0:
		return strconv.Itoa(n)
	case depth == 1:
		return "(" + strconv.Itoa(n) + ")"
	}
	if r := []rune(iroha); n >= 1 && n <= len(r) {
		return string(r[n-1])
	}
	return strconv.Itoa(n)
}

// unentity reads one of the entities htmlEntity matches.
func unentity(e string) string {
	switch name := e[1 : len(e)-1]; {
	case name == "amp":
		return "&"
	case name == "lt":
		return "<"
	case name == "gt":
		return ">"
	case name == "quot":
		return `"`
	case strings.HasPrefix(name, "#x"):
		return codePoint(e, name[2:], 16)
	case strings.HasPrefix(name, "#"):
		return codePoint(e, name[1:], 10)
	}
	return e
}

// codePoint reads a numeric entity; one that is no character (0, a
// surrogate, past U+10FFFF) stays as written, in tailor.js too.
func codePoint(e, digits string, base int) string {
	n, err := strconv.ParseUint(digits, base, 32)
	if err != nil || n == 0 || n >= 0xd800 && n <= 0xdfff || n > 0x10ffff {
		return e
	}
	return string(rune(n))
}
