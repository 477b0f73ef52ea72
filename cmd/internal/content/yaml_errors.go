package content

import (
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// Why front matter does not parse, said on the line where the editor made
// the mistake.
//
// The YAML reader names the line where it gave up, which is not always the
// line to fix: a quote left open on line 4 is closed by the next quote in the
// file, lines later, and the error lands there. A slip of a Japanese keyboard
// (：, a full-width space, ー for -) reaches it as part of a plain word, so
// its message ("could not find expected ':'") names neither the character
// nor the line. The reader gives no better position, so explainYAML looks at
// the lines themselves. A sure slip (a key followed by ：) is reported as
// found; a guess (this quote is never closed) is kept only when the line,
// written as meant, makes the YAML read (or fail further on).

// slip is a mistake found on one line of the YAML text.
type slip struct {
	line, col int    // 1-based, in the YAML text; col counts characters
	msg       string // what is wrong and what to type instead
	fixed     string // the line as it was meant, to read the rest again
}

// explainYAML turns the YAML reader's err about src into problems on the
// lines to fix, with positions in src's lines (1-based).
func explainYAML(src []byte, err error, schema []FieldSpec) []Problem {
	lines := strings.Split(string(src), "\n")
	var out []Problem
	reported := map[int]bool{}
	slips := findSlips(lines, schema)
	for _, s := range slips {
		out = append(out, Problem{Kind: ProblemFrontMatter, Pos: Pos{Line: s.line, Column: s.col}, Message: s.msg})
		reported[s.line] = true
		lines[s.line-1] = s.fixed
	}
	if len(slips) > 0 {
		err = parseLines(lines)
	}
	for tries := 0; err != nil && tries < 4; tries++ {
		at := yamlErrorLine(err, 1)
		if !strings.Contains(err.Error(), "line ") {
			at = lineOfUnlined(lines, err, at)
		}
		found, err2, ok := quoteSlips(lines, at)
		if !ok {
			if !reported[at] {
				out = append(out, Problem{Kind: ProblemFrontMatter, Pos: Pos{Line: at},
					Message: msg.Sprintf("the front matter is not valid YAML: %s", plainYAML(err))})
			}
			break
		}
		for _, s := range found {
			out = append(out, Problem{Kind: ProblemFrontMatter, Pos: Pos{Line: s.line, Column: s.col}, Message: s.msg})
			reported[s.line] = true
			lines[s.line-1] = s.fixed
		}
		err = err2
	}
	return out
}

func parseLines(lines []string) error {
	var n yaml.Node
	return yaml.Unmarshal([]byte(strings.Join(lines, "\n")), &n)
}

// quoteSlips finds the quotes that make the YAML fail at line at: the
// nearest line at or above it whose quoted value is never closed, or has
// text after its closing quote, and that, written as meant, lets the reader
// go past at; or such a line together with line at itself, when both are
// wrong (a quote left open on line 4 pairs with the quote on line 9 that is
// followed by text). It returns the reader's error with those lines fixed.
func quoteSlips(lines []string, at int) ([]slip, error, bool) {
	var cands []slip
	for i := min(at, len(lines)) - 1; i >= 0 && len(cands) < 8; i-- {
		if s, ok := quoteProblem(i+1, lines[i]); ok {
			cands = append(cands, s)
		}
	}
	try := func(fix ...slip) (error, bool) {
		saved := make([]string, len(fix))
		for i, s := range fix {
			saved[i], lines[s.line-1] = lines[s.line-1], s.fixed
		}
		err := parseLines(lines)
		for i, s := range fix {
			lines[s.line-1] = saved[i]
		}
		return err, err == nil || yamlErrorLine(err, 1) > at
	}
	for _, c := range cands {
		if err, ok := try(c); ok {
			return []slip{c}, err, true
		}
	}
	if len(cands) > 1 && cands[0].line == at {
		for _, c := range cands[1:] {
			if err, ok := try(c, cands[0]); ok {
				return []slip{c, cands[0]}, err, true
			}
		}
	}
	return nil, nil, false
}

// quoteProblem reports a line whose quoted value is not closed on the line,
// or has text after its closing quote.
func quoteProblem(n int, l string) (slip, bool) {
	m := quotedRE.FindStringSubmatchIndex(l)
	if m == nil {
		return slip{}, false
	}
	q := l[m[6]:m[7]]
	start := m[6]
	end := closingQuote(l[start+1:], q[0])
	what := msg.Text("the value")
	if m[4] >= 0 {
		what = msg.Sprintf("the value of %s", l[m[4]:m[5]])
	}
	col := utf8.RuneCountInString(l[:start]) + 1
	if end < 0 {
		return slip{n, col,
			msg.Sprintf("the quote %s that opens %s is never closed; end the value with %s on this line, or remove the quote", q, what, q),
			l + q}, true
	}
	after := strings.TrimSpace(l[start+1+end+1:])
	if after == "" || strings.HasPrefix(after, "#") {
		return slip{}, false
	}
	return slip{n, col,
		msg.Sprintf("text follows the closing quote of %s; put the whole value inside the quotes, or write it without quotes", what),
		l[:start] + "x"}, true
}

// closingQuote is the byte offset in s of the quote q that closes a value
// opened with q, or -1. In "…" a backslash escapes; in '…' a doubled ”
// stands for one quote.
func closingQuote(s string, q byte) int {
	for i := 0; i < len(s); i++ {
		switch {
		case q == '"' && s[i] == '\\':
			i++
		case s[i] == q && q == '\'' && i+1 < len(s) && s[i+1] == '\'':
			i++
		case s[i] == q:
			return i
		}
	}
	return -1
}

// lineOfUnlined finds the line of an error that names none: an alias (*x)
// or tag (!x) the reader could not resolve.
func lineOfUnlined(lines []string, err error, def int) int {
	var mark string
	switch {
	case strings.Contains(err.Error(), "unknown anchor"):
		mark = "*"
	case strings.Contains(err.Error(), "tag"):
		mark = "!"
	default:
		return def
	}
	for i, l := range lines {
		t := strings.TrimLeft(l, " -")
		if _, v, ok := strings.Cut(t, ": "); ok {
			t = strings.TrimSpace(v)
		}
		if strings.HasPrefix(t, mark) {
			return i + 1
		}
	}
	return def
}

// plainYAML says in plain words what the YAML reader's message means, and
// what to do.
func plainYAML(err error) string {
	why := yamlErrorText(err)
	for _, p := range yamlPlain {
		if strings.Contains(why, p.says) {
			return msg.Text(p.means)
		}
	}
	return msg.Sprintf("check this line's indentation, quotes and colons (the YAML reader says: %s)", why)
}

var yamlPlain = []struct{ says, means string }{
	{"found unexpected end of stream", msg.Mark("a quoted value is never closed; end it with the quote mark it starts with")},
	{"could not find expected ':'", msg.Mark("this line has no ':' after its key; write 'key: value' with a half-width ':' and a space")},
	{"did not find expected key", msg.Mark("this line does not line up with the keys above it; check its indentation, and that a quoted value has nothing after its closing quote")},
	{"mapping values are not allowed", msg.Mark("this line has a second ': ' or is indented under a value; put a value that holds ': ' in quotes, and check the indentation")},
	{"did not find expected ',' or ']'", msg.Mark("a list opened with '[' is not closed with ']' on its line; close it, and separate the items with ', '")},
	{"did not find expected ',' or '}'", msg.Mark("a '{' is not closed with '}' on its line; close it, and separate the pairs with ', '")},
	{"tab character", msg.Mark("the line is indented with a tab; indent with spaces")},
	{"cannot start any token", msg.Mark("a value starts with a character YAML keeps for itself (` or @); put the value in quotes")},
	{"unknown escape character", msg.Mark(`a backslash in a "…" value starts an escape; write \\ for a backslash, or quote the value with '…'`)},
	{"did not find expected '-' indicator", msg.Mark("a list item does not line up with the items above it; start every item with '- ' at the same indentation")},
	{"did not find expected node content", msg.Mark("a value is missing where one is expected (after '- ' or ','); fill it in or remove the mark")},
	{"block sequence entries are not allowed", msg.Mark("a list item '- ' stands where a value is expected; put the items on the lines below the key, or write them as [a, b]")},
	{"did not find expected comment or line break", msg.Mark("text follows a value where none may (after a closing quote, ] or |); move it into the value")},
	{"unknown anchor", msg.Mark("a value starts with '*', which YAML reads as a reference; put the value in quotes")},
	{"did not find expected alphabetic or numeric character", msg.Mark("a value starts with '*' or '&', which YAML keeps for itself; put the value in quotes")},
	{"tag", msg.Mark("a value starts with '!', which YAML reads as a type; put the value in quotes")},
}

// ExplainYAML says in plain words why the YAML text src does not read, for
// YAML files other than front matter (a task's answers file): the line to
// fix (1-based, 0 when unknown) and what is wrong there.
func ExplainYAML(src []byte, err error) (line int, why string) {
	ps := explainYAML(src, err, nil)
	if len(ps) == 0 {
		return 0, plainYAML(err)
	}
	if plain := plainYAML(err); ps[0].Message == msg.Sprintf("the front matter is not valid YAML: %s", plain) {
		return ps[0].Pos.Line, plain
	}
	return ps[0].Pos.Line, ps[0].Message
}
