package content

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// quickParse reads front matter written in the plain part of YAML that
// handbook files use — one `key: value` per line, where a value is a plain,
// a quoted or a literal (|, |-) text, a one-line [a, b] list, or a list of
// `- item` lines — into the node tree yaml.v3 would build for it, with the
// same kinds, styles, tags, values, lines and columns. For anything else
// (nested keys, comments, anchors, folded or multi-line plain text, escapes,
// tabs…) ok is false and the caller asks yaml.v3, which also gives the
// error messages. Handbooks have thousands of these files, and yaml.v3
// spends most of its time on machinery they do not use; FuzzQuickParse
// holds the two to the same answer.
func quickParse(src []byte) (root yaml.Node, ok bool) {
	if !plainText(src) {
		return root, false
	}
	lines := strings.Split(string(src), "\n")
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	for i := 0; i < len(lines); {
		l := lines[i]
		if isBlank(l) {
			i++
			continue
		}
		key, rest, found := strings.Cut(l, ":")
		if !found || !plainKey(key) || (rest != "" && rest[0] != ' ') {
			return root, false
		}
		if len(m.Content) == 0 {
			m.Line, m.Column = i+1, 1
		}
		k := &yaml.Node{Kind: yaml.ScalarNode, Tag: scalarTag(key), Value: key, Line: i + 1, Column: 1}
		pad := len(rest) - len(strings.TrimLeft(rest, " "))
		col := utf8.RuneCountInString(key) + 2 + pad // 1-based column of the value
		v, next, ok := quickValue(lines, i, strings.TrimRight(rest[pad:], " "), col)
		if !ok {
			return root, false
		}
		m.Content = append(m.Content, k, v)
		i = next
	}
	if len(m.Content) == 0 {
		return root, false
	}
	return yaml.Node{Kind: yaml.DocumentNode, Line: m.Line, Column: 1, Content: []*yaml.Node{m}}, true
}

// quickValue reads the value that starts at column col of line i (s, with
// trailing spaces cut), and returns the index of the line after it.
func quickValue(lines []string, i int, s string, col int) (n *yaml.Node, next int, ok bool) {
	switch {
	case s == "":
		return quickList(lines, i+1)
	case s == "|" || s == "|-":
		return quickLiteral(lines, i, s == "|-", col)
	case s[0] == '[':
		n, ok = flowList(s, i+1, col)
	default:
		n, ok = quickScalar(s, i+1, col, false)
	}
	if !ok || (i+1 < len(lines) && strings.HasPrefix(lines[i+1], " ") && !isBlank(lines[i+1])) {
		return nil, 0, false // an indented line after a one-line value continues it
	}
	return n, i + 1, true
}

// quickList reads the `- item` lines that start at line i.
func quickList(lines []string, i int) (*yaml.Node, int, bool) {
	if i >= len(lines) {
		return nil, 0, false
	}
	indent := len(lines[i]) - len(strings.TrimLeft(lines[i], " "))
	if !strings.HasPrefix(lines[i][indent:], "- ") {
		return nil, 0, false // a null, a nested mapping or an empty item: left to yaml.v3
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: i + 1, Column: indent + 1}
	marker := strings.Repeat(" ", indent) + "- "
	for ; i < len(lines); i++ {
		l := lines[i]
		if isBlank(l) {
			continue
		}
		if !strings.HasPrefix(l, marker) {
			if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "-") {
				return nil, 0, false
			}
			break
		}
		rest := l[indent+2:]
		pad := len(rest) - len(strings.TrimLeft(rest, " "))
		item, ok := quickScalar(strings.TrimRight(rest[pad:], " "), i+1, indent+3+pad, false)
		if !ok {
			return nil, 0, false
		}
		seq.Content = append(seq.Content, item)
	}
	return seq, i, true
}

// quickLiteral reads a literal block (| or |-) whose header is on line i
// at column col.
func quickLiteral(lines []string, i int, strip bool, col int) (*yaml.Node, int, bool) {
	n := &yaml.Node{Kind: yaml.ScalarNode, Style: yaml.LiteralStyle, Tag: "!!str", Line: i + 1, Column: col}
	j := i + 1
	if j >= len(lines) || isBlank(lines[j]) {
		return nil, 0, false // leading blank lines set the indentation in ways left to yaml.v3
	}
	indent := len(lines[j]) - len(strings.TrimLeft(lines[j], " "))
	if indent == 0 {
		return nil, 0, false
	}
	prefix := strings.Repeat(" ", indent)
	var text []string
	last := j // the last line with text
	// The block runs on while lines are indented as its first line is, or
	// empty; a line at the left edge (the next key) ends it.
	for ; j < len(lines); j++ {
		l := lines[j]
		if strings.HasPrefix(l, prefix) {
			text = append(text, l[indent:])
			if l[indent:] != "" {
				last = j
			}
		} else if l == "" || isBlank(l) && len(l) < indent {
			text = append(text, "")
		} else if strings.HasPrefix(l, " ") {
			return nil, 0, false // less indented but not a key: not ours
		} else {
			break
		}
	}
	for len(text) > 0 && text[len(text)-1] == "" {
		text = text[:len(text)-1]
	}
	if len(text) > 0 && isBlank(text[len(text)-1]) {
		return nil, 0, false // trailing lines of spaces are kept or dropped by rules left to yaml.v3
	}
	n.Value = strings.Join(text, "\n")
	if !strip && n.Value != "" && last+1 < len(lines) { // clip: keep the last line's break, if it has one
		n.Value += "\n"
	}
	return n, j, true
}

// flowList reads a one-line [a, b] list at column col of line.
func flowList(s string, line, col int) (*yaml.Node, bool) {
	if !strings.HasSuffix(s, "]") {
		return nil, false
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle, Tag: "!!seq", Line: line, Column: col}
	inner := s[1 : len(s)-1]
	if isBlank(inner) {
		return seq, true
	}
	c := col + 1
	for _, part := range strings.Split(inner, ",") {
		pad := len(part) - len(strings.TrimLeft(part, " "))
		item, ok := quickScalar(strings.TrimRight(part[pad:], " "), line, c+pad, true)
		if !ok {
			return nil, false
		}
		seq.Content = append(seq.Content, item)
		c += utf8.RuneCountInString(part) + 1
	}
	return seq, true
}

// quickScalar reads a one-line plain or quoted scalar s at column col; in
// a flow list (flow) the characters ,[]{}? are not allowed in it.
func quickScalar(s string, line, col int, flow bool) (*yaml.Node, bool) {
	if s == "" {
		return nil, false
	}
	n := &yaml.Node{Kind: yaml.ScalarNode, Line: line, Column: col}
	switch s[0] {
	case '"', '\'':
		q, body := s[:1], s[1:]
		if body == "" || !strings.HasSuffix(body, q) {
			return nil, false
		}
		body = body[:len(body)-1]
		if strings.Contains(body, q) || strings.Contains(body, "\\") {
			return nil, false // escapes and quotes within: left to yaml.v3
		}
		n.Style, n.Tag, n.Value = yaml.DoubleQuotedStyle, "!!str", body
		if q == "'" {
			n.Style = yaml.SingleQuotedStyle
		}
		return n, true
	case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`':
		return nil, false
	}
	if strings.Contains(s, ": ") || strings.HasSuffix(s, ":") || strings.Contains(s, " #") ||
		(flow && strings.ContainsAny(s, ",[]{}?")) {
		return nil, false
	}
	n.Tag, n.Value = scalarTag(s), s
	return n, true
}

// plainText reports whether src is UTF-8 made of line feeds and characters
// YAML prints as they are: no tabs, no control characters, no byte-order
// mark, and none of the characters YAML 1.1 reads as line breaks.
func plainText(src []byte) bool {
	if !utf8.Valid(src) {
		return false
	}
	// Byte by byte: the lead bytes below start the only multi-byte
	// characters to refuse, and continuation bytes never equal them. As
	// src is valid UTF-8, a lead byte has its continuation bytes after it.
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\n', c >= 0x20 && c < 0x7F:
		case c < 0x80:
			return false // tab, control characters, DEL
		case c == 0xC2 && src[i+1] < 0xA0:
			return false // U+0080–U+009F
		case c == 0xE2 && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9):
			return false // U+2028, U+2029
		case c == 0xEF && (src[i+1] == 0xBB && src[i+2] == 0xBF || src[i+1] == 0xBF && src[i+2] >= 0xBE):
			return false // U+FEFF, U+FFFE, U+FFFF
		}
	}
	return true
}

// plainKey reports whether s is a key made of ASCII letters, digits, _ and
// -, short enough for YAML's limit on a key's length.
func plainKey(s string) bool {
	if s == "" || len(s) > 200 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || i > 0 && (c >= '0' && c <= '9' || c == '-')) {
			return false
		}
	}
	return true
}

func isBlank(s string) bool {
	return strings.Trim(s, " ") == ""
}

// scalarTag is the tag yaml.v3 resolves a plain scalar to (its resolve
// function, for untagged plain text). quickScalar never passes text that
// starts with '-', but scalarTag answers for it too, as TestScalarTag checks.
func scalarTag(s string) string {
	switch s {
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return "!!bool"
	case "", "~", "null", "Null", "NULL":
		return "!!null"
	case ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF":
		return "!!float"
	case "<<":
		return "!!merge"
	}
	switch c := s[0]; {
	case c == '.':
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return "!!float"
		}
	case c == '+' || c == '-' || c >= '0' && c <= '9':
		return numberTag(s)
	}
	return "!!str"
}

var yamlFloat = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)

func numberTag(s string) string {
	if timestamp(s) {
		return "!!timestamp"
	}
	plain := strings.ReplaceAll(s, "_", "")
	if _, err := strconv.ParseInt(plain, 0, 64); err == nil {
		return "!!int"
	}
	if _, err := strconv.ParseUint(plain, 0, 64); err == nil {
		return "!!int"
	}
	if yamlFloat.MatchString(plain) {
		if _, err := strconv.ParseFloat(plain, 64); err == nil {
			return "!!float"
		}
	}
	for _, p := range []struct {
		prefix string
		base   int
	}{{"0b", 2}, {"0o", 8}} {
		if digits, ok := strings.CutPrefix(plain, p.prefix); ok {
			_, err := strconv.ParseInt(digits, p.base, 64)
			_, uerr := strconv.ParseUint(digits, p.base, 64)
			if err == nil || uerr == nil {
				return "!!int"
			}
		}
		if digits, ok := strings.CutPrefix(plain, "-"+p.prefix); ok {
			if _, err := strconv.ParseInt("-"+digits, p.base, 64); err == nil {
				return "!!int"
			}
		}
	}
	return "!!str"
}

func timestamp(s string) bool {
	// All of yaml.v3's formats start with YYYY-M-D (one or two digits each).
	date, rest := s, ""
	if i := strings.IndexAny(s, "Tt "); i >= 0 {
		date, rest = s[:i], s[i:]
	}
	y, md, _ := strings.Cut(date, "-")
	m, d, _ := strings.Cut(md, "-")
	if len(y) != 4 || !digits(y) || len(m) < 1 || len(m) > 2 || !digits(m) || len(d) < 1 || len(d) > 2 || !digits(d) {
		return false
	}
	formats := []string{"2006-1-2"}
	if rest != "" {
		formats = []string{"2006-1-2T15:4:5.999999999Z07:00", "2006-1-2t15:4:5.999999999Z07:00", "2006-1-2 15:4:5.999999999"}
	}
	for _, f := range formats {
		if _, err := time.Parse(f, s); err == nil {
			return true
		}
	}
	return false
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
