package content

import (
	"bytes"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// parsePlain reads front matter written in the plain part of YAML that
// handbook files use, one key per line at the left margin, each with
//
//	a plain value          title: 秘密の保持
//	a quoted one           title: "…" or '…' (with no escapes)
//	a flow list            stages: [委託事業者の選定, "…"]
//	a literal block        rationale: |   (then lines indented alike)
//
// into the very node tree yaml.Unmarshal makes of it. Anything else
// (comments, block lists, nested keys, anchors, tags, escapes, folded or
// chomped blocks, a value on the next line, tabs, odd characters) gives
// ok == false, and the caller hands the text to the YAML library, which
// also reports what is wrong with it.
//
// It duplicates part of a library for speed, so it is held to a target
// that fails without it: linting 10,000 files in under a second
// (cmd/benchlint). yaml.Unmarshal took a quarter of that run's CPU time
// (0.9 of 3.7 s), more than the target leaves for it;
// BenchmarkFrontMatter compares the two. TestPlainYAMLIsYAML and
// FuzzPlainYAML hold the trees equal, position for position.
func parsePlain(src []byte) (root *yaml.Node, ok bool) {
	if !plainText(src) {
		return nil, false
	}
	// The nodes come in blocks: a handbook has ten thousand files of a
	// dozen keys each. Each key and value is a string of its own, so that
	// what a file keeps holds no more than its values (not the lines of a
	// block value as written, with their indent).
	lines := bytes.Split(src, []byte{'\n'})
	keys := 0
	for _, l := range lines {
		if len(l) > 0 && l[0] != ' ' {
			keys++
		}
	}
	// The document, the mapping, each key and its value, and a flow
	// list's items: one for its [ and one for each comma.
	a := make(arena, 0, 2+2*keys+bytes.Count(src, []byte("["))+bytes.Count(src, []byte(",")))
	m := a.node(yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"})
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if len(line) == 0 {
			continue
		}
		colon := bytes.IndexByte(line, ':')
		if colon < 1 || !plainKey(line[:colon]) {
			return nil, false
		}
		key := a.node(yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: string(line[:colon]), Line: i + 1, Column: 1})
		rest := line[colon+1:]
		spaces := len(rest) - len(bytes.TrimLeft(rest, " "))
		if spaces == 0 || spaces == len(rest) {
			return nil, false // key:value, or a value on the next lines
		}
		value := string(bytes.TrimRight(rest[spaces:], " "))
		col := colon + 1 + spaces + 1 // the key is ASCII: bytes are characters
		var v *yaml.Node
		switch value[0] {
		case '|':
			if value != "|" {
				return nil, false
			}
			var block string
			var n int
			block, n, ok = literal(lines[i+1:])
			if !ok {
				return nil, false
			}
			v = a.node(yaml.Node{Kind: yaml.ScalarNode, Style: yaml.LiteralStyle, Tag: "!!str", Value: block, Line: i + 1, Column: col})
			i += n
		case '[':
			v, ok = flowList(&a, value, i+1, col)
		default:
			v, ok = plainScalar(&a, value, i+1, col, false)
		}
		if !ok {
			return nil, false
		}
		m.Content = append(m.Content, key, v)
	}
	if len(m.Content) == 0 {
		return nil, false
	}
	m.Line, m.Column = m.Content[0].Line, m.Content[0].Column
	return a.node(yaml.Node{Kind: yaml.DocumentNode, Line: m.Line, Column: m.Column, Content: []*yaml.Node{m}}), true
}

// arena hands out nodes from a block made for them, and from blocks of
// 32 if they run out.
type arena []yaml.Node

func (a *arena) node(n yaml.Node) *yaml.Node {
	if len(*a) == cap(*a) {
		*a = make([]yaml.Node, 0, 32) // the nodes handed out stay in the old block
	}
	*a = append(*a, n)
	return &(*a)[len(*a)-1]
}

// plainText reports whether src holds none of the characters that YAML
// reads otherwise than as text: tabs, the line separators U+2028 and
// U+2029 (YAML's line breaks), and the byte order mark and non-characters
// U+FEFF, U+FFFE and U+FFFF (which it refuses). The loader has already
// made the text valid UTF-8 with \n line ends and no control characters.
func plainText(src []byte) bool {
	if bytes.IndexByte(src, '\t') >= 0 {
		return false
	}
	for _, odd := range []string{"\u2028", "\u2029", "\uFEFF", "\uFFFE", "\uFFFF"} {
		if bytes.Contains(src, []byte(odd)) {
			return false
		}
	}
	return true
}

// plainKey reports whether k is a key of letters, digits, _ and -,
// starting with a letter, that YAML reads as the same text.
func plainKey(k []byte) bool {
	if len(k) > 1000 {
		return false // YAML allows a key of 1,024 characters at most
	}
	for i, c := range k {
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if !letter && (i == 0 || !('0' <= c && c <= '9' || c == '_' || c == '-')) {
			return false
		}
	}
	_, special := specialWords[string(k)]
	return !special
}

// specialWords are the plain words YAML reads as something other than
// text (true, null, …): they start with a letter that YAML looks up.
var specialWords = map[string]struct{}{
	"true": {}, "True": {}, "TRUE": {}, "false": {}, "False": {}, "FALSE": {},
	"null": {}, "Null": {}, "NULL": {}, "~": {}, "<<": {},
}

// literal reads the lines of a literal block (after "key: |"): the lines
// indented at least as far as the first, which sets the indent. It
// returns the block's text (each line less the indent, and one final
// line feed, as YAML's default "clip" has it) and how many lines it took,
// including the empty lines between its lines.
func literal(lines [][]byte) (value string, n int, ok bool) {
	if len(lines) == 0 {
		return "", 0, false
	}
	indent := len(lines[0]) - len(bytes.TrimLeft(lines[0], " "))
	if indent == 0 || indent == len(lines[0]) {
		return "", 0, false // empty, or a first line of spaces only
	}
	var b strings.Builder
	empty := 0 // empty lines not yet known to be inside the block
	for n < len(lines) {
		l := lines[n]
		if len(l) == 0 {
			empty++
			n++
			continue
		}
		lead := len(l) - len(bytes.TrimLeft(l, " "))
		if lead == len(l) {
			return "", 0, false // a line of spaces only
		}
		if lead < indent {
			break
		}
		if b.Len() == 0 {
			b.Grow(blockSize(lines[n:]))
		}
		for ; empty > 0; empty-- {
			b.WriteByte('\n')
		}
		b.Write(l[indent:])
		b.WriteByte('\n')
		n++
	}
	// Trailing empty lines are not the block's: step back over them.
	return b.String(), n - empty, true
}

// blockSize is at most the size of the block that starts with lines[0]:
// the lines up to the next that starts at the margin.
func blockSize(lines [][]byte) int {
	size := 0
	for _, l := range lines {
		if len(l) > 0 && l[0] != ' ' {
			break
		}
		size += len(l) + 1
	}
	return size
}

// flowList reads a list in brackets on one line, [a, "b", 'c'], at line
// and col (the bracket's column).
func flowList(a *arena, text string, line, col int) (*yaml.Node, bool) {
	if !strings.HasSuffix(text, "]") {
		return nil, false
	}
	seq := a.node(yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle, Tag: "!!seq", Line: line, Column: col})
	inner := text[1 : len(text)-1]
	col++
	if strings.Trim(inner, " ") == "" {
		return seq, true
	}
	for {
		lead := len(inner) - len(strings.TrimLeft(inner, " "))
		inner, col = inner[lead:], col+lead
		if inner == "" {
			return nil, false // [a, ] or [a,]
		}
		end := strings.IndexByte(inner, ',')
		if inner[0] == '"' || inner[0] == '\'' {
			// A quoted item ends at its closing quote; a comma inside is text.
			q := strings.IndexByte(inner[1:], inner[0])
			if q < 0 {
				return nil, false
			}
			end = strings.IndexByte(inner[q+2:], ',')
			if end >= 0 {
				end += q + 2
			}
		}
		if end < 0 {
			end = len(inner)
		}
		item := strings.TrimRight(inner[:end], " ")
		v, ok := plainScalar(a, item, line, col, true)
		if !ok {
			return nil, false
		}
		seq.Content = append(seq.Content, v)
		if end == len(inner) {
			return seq, true
		}
		col += utf8.RuneCountInString(inner[:end+1])
		inner = inner[end+1:]
	}
}

// plainScalar reads a one-line value, plain or quoted, at line and col. In a
// flow list (inFlow), brackets, braces and commas are YAML's, not text.
func plainScalar(a *arena, text string, line, col int, inFlow bool) (*yaml.Node, bool) {
	if text == "" {
		return nil, false
	}
	n := a.node(yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Line: line, Column: col})
	if q := text[0]; q == '"' || q == '\'' {
		if len(text) < 2 || text[len(text)-1] != q {
			return nil, false
		}
		inner := text[1 : len(text)-1]
		if strings.IndexByte(inner, q) >= 0 || strings.IndexByte(inner, '\\') >= 0 {
			return nil, false
		}
		n.Value, n.Style = inner, yaml.DoubleQuotedStyle
		if q == '\'' {
			n.Style = yaml.SingleQuotedStyle
		}
		return n, true
	}
	if strings.IndexByte("?:,[]{}#&*!|>%@`\"'", text[0]) >= 0 || text[0] == '-' && (len(text) == 1 || text[1] == ' ') || text[len(text)-1] == ':' ||
		strings.Contains(text, ": ") || strings.Contains(text, " #") || inFlow && strings.ContainsAny(text, "[]{},:#?") {
		return nil, false
	}
	n.Value = text
	tag, ok := plainTag(text)
	n.Tag = tag
	return n, ok
}

// plainTag is the tag YAML gives a plain value: text, unless it starts
// with a character that may begin a number, a date or a special word. Of
// those, whole numbers, dates and what cannot be a number are told here
// (as go.yaml.in/yaml/v3's resolve tells them); the rest go to the
// library.
func plainTag(v string) (string, bool) {
	switch c := v[0]; {
	case c == '+' || c == '-' || c == '.' || '0' <= c && c <= '9':
	case strings.IndexByte("yYnNtTfFoO~<", c) >= 0:
		_, special := specialWords[v]
		return "!!str", !special
	default:
		return "!!str", true
	}
	if v == "0" || v[0] != '0' && len(v) <= 18 && strings.Trim(v, "0123456789") == "" {
		return "!!int", true
	}
	if !strings.ContainsAny(v, "_Tt ") {
		// Without these, a date is 2006-1-2 and nothing else, and a
		// value with a - inside that no number can have is text:
		// review stamps (8a3f-…) are common.
		if len(v) > 4 && v[4] == '-' && strings.Trim(v[:4], "0123456789") == "" {
			if _, err := time.Parse("2006-1-2", v); err == nil {
				return "!!timestamp", true
			}
			return "!!str", true
		}
		for i := 1; i < len(v); i++ {
			if v[i] == '-' && !strings.ContainsRune("eE", rune(v[i-1])) && !(i == 2 && (v[:2] == "0b" || v[:2] == "0o")) {
				return "!!str", true
			}
		}
	}
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(v), &n); err != nil || len(n.Content) != 1 ||
		n.Content[0].Kind != yaml.ScalarNode || n.Content[0].Value != v || n.Content[0].Style != 0 {
		return "", false
	}
	return n.Content[0].Tag, true
}
