package content

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// decode reads the front matter of d against schema. yamlLine is the file
// line on which the YAML text starts.
func decode(d *Doc, src []byte, yamlLine int, schema []FieldSpec) {
	d.Fields = map[string]*Field{}
	d.values = map[string]any{}
	at := func(n *yaml.Node) Pos {
		return Pos{Line: n.Line + yamlLine - 1, Column: n.Column}
	}

	// The YAML parser rejects control characters without saying where;
	// find the first one so the editor can see it.
	if line, col, r, ok := controlChar(src); ok {
		d.Problems = append(d.Problems, Problem{Kind: ProblemFrontMatter,
			Pos:     Pos{Line: line + yamlLine - 1, Column: col},
			Message: msg.Sprintf("the front matter has an invisible control character (U+%04X); delete it", r)})
		return
	}
	shift := func(ps []Problem) {
		for _, p := range ps {
			p.Pos.Line += yamlLine - 1
			d.Problems = append(d.Problems, p)
		}
	}
	root, plain := parsePlain(src)
	if !plain {
		root = new(yaml.Node)
		if err := yaml.Unmarshal(src, root); err != nil {
			shift(explainYAML(src, err, schema))
			return
		}
	}
	d.Decoded = true
	if root.Kind == 0 { // empty front matter: every required key is missing
		return
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		d.Decoded = false
		// title：再委託 alone is one word to YAML, not a key and a value.
		if slips := findSlips(strings.Split(string(src), "\n"), schema); len(slips) > 0 {
			for _, s := range slips {
				shift([]Problem{{Kind: ProblemFrontMatter, Pos: Pos{Line: s.line, Column: s.col}, Message: s.msg}})
			}
			return
		}
		d.Problems = append(d.Problems, Problem{Kind: ProblemFrontMatter, Pos: at(m),
			Message: msg.Text("the front matter must be a list of 'key: value' lines")})
		return
	}
	// One allocation for the fields of a file, not one each: a large
	// handbook has a hundred thousand, which the collector would visit.
	fields := make([]Field, len(m.Content)/2)
	d.Fields, d.values = make(map[string]*Field, len(fields)), make(map[string]any, len(fields))
	// The unknown keys by name, to find one given twice without a search
	// through d.Unknown for each (a file may have a hundred thousand).
	var unknown map[string]*Field
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], resolve(m.Content[i+1])
		f := &fields[i/2]
		*f = Field{Name: k.Value, Key: at(k), Value: at(v),
			Block: v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0}
		if name := strings.Trim(k.Value, "　 "); name != k.Value && name != "" {
			// 　timing: YAML reads the full-width space as part of the
			// key; say so once, and read the key as meant.
			d.Problems = append(d.Problems, Problem{Kind: ProblemFrontMatter, Pos: f.Key,
				Message: msg.Sprintf("the key %s is written with a full-width space (　); indent with half-width spaces, or not at all for a top-level key", name)})
			f.Name = name
			k = &yaml.Node{Kind: k.Kind, Value: name}
		}
		prev, dup := d.Fields[k.Value]
		if !dup {
			prev, dup = unknown[k.Value]
		}
		if dup {
			d.Problems = append(d.Problems, Problem{Kind: ProblemFrontMatter, Pos: f.Key,
				Message: msg.Sprintf("key %q is given twice (first on line %d); keep one of them", k.Value, prev.Key.Line)})
			continue
		}
		spec, known := specFor(schema, k.Value)
		if !known {
			if unknown == nil {
				unknown = map[string]*Field{}
			}
			unknown[k.Value] = f
			d.Unknown = append(d.Unknown, f)
			continue
		}
		d.Fields[k.Value] = f
		if v.Kind == yaml.SequenceNode {
			for _, item := range v.Content {
				f.Items = append(f.Items, at(item))
			}
		}
		if spec.Type == TypeTerms {
			// One bad entry does not lose the others: each problem is
			// reported and the entries that read well are kept.
			var problems []Problem
			d.values[spec.Name], problems = decodeTerms(v, at)
			d.Problems = append(d.Problems, problems...)
			continue
		}
		val, why, pos := value(spec, v, at)
		if why != "" {
			f.Invalid = true
			d.Problems = append(d.Problems, Problem{Kind: ProblemType, Pos: pos, Message: why})
			continue
		}
		d.values[spec.Name] = val
	}
}

// controlChar finds the first control character other than tab and line
// feed, with its 1-based line and column.
func controlChar(src []byte) (line, col int, r rune, ok bool) {
	if !hasControl(src) {
		return 0, 0, 0, false
	}
	line, col = 1, 1
	for _, r := range string(src) {
		switch {
		case r == '\n':
			line, col = line+1, 1
			continue
		case r == '\t':
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			return line, col, r, true
		}
		col++
	}
	return 0, 0, 0, false
}

// hasControl is controlChar's quick test, byte by byte: C1 control
// characters (U+0080–U+009F) are the only multi-byte ones, led by 0xC2.
func hasControl(src []byte) bool {
	for i, c := range src {
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7F || c == 0xC2 && i+1 < len(src) && src[i+1] < 0xA0 {
			return true
		}
	}
	return false
}

// resolve follows YAML aliases (*name) to the node they stand for.
func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// value converts a YAML node to the Go value the spec asks for. A non-empty
// why says what is wrong, at pos.
func value(spec FieldSpec, n *yaml.Node, at func(*yaml.Node) Pos) (v any, why string, pos Pos) {
	pos = at(n)
	if isNull(n) {
		return nil, "", pos // treated as absent; "required" reports it
	}
	switch spec.Type {
	case TypeString, TypeText:
		if n.Kind != yaml.ScalarNode {
			return nil, msg.Sprintf("%s must be text, not %s", spec.Name, nodeKind(n)), pos
		}
		return n.Value, "", pos
	case TypeInt:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
			if h := HalfWidth(n.Value); n.Kind == yaml.ScalarNode && h != n.Value && intRE.MatchString(h) {
				return nil, msg.Sprintf("%s is written in full-width digits; write it in half-width: %s", spec.Name, h), pos
			}
			return nil, msg.Sprintf("%s must be a whole number written in digits, not %s", spec.Name, describe(n)), pos
		}
		i, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64)
		if err != nil || i > 1<<31 {
			return nil, msg.Sprintf("%s %s is out of range", spec.Name, n.Value), pos
		}
		return int(i), "", pos
	case TypeList:
		switch n.Kind {
		case yaml.ScalarNode:
			if v := strings.TrimSpace(n.Value); strings.HasPrefix(v, "［") && strings.HasSuffix(v, "］") && n.Style == 0 {
				return nil, msg.Sprintf("%s is written with full-width brackets ［ ］; write the list with half-width ones: %s",
					spec.Name, halfWidthList(v)), pos
			}
			return []string{n.Value}, "", pos
		case yaml.SequenceNode:
			out := make([]string, 0, len(n.Content))
			for _, item := range n.Content {
				item = resolve(item)
				if item.Kind != yaml.ScalarNode || isNull(item) {
					return nil, msg.Sprintf("each item of %s must be text, not %s", spec.Name, describe(item)), at(item)
				}
				out = append(out, item.Value)
			}
			return out, "", pos
		}
		return nil, msg.Sprintf("%s must be a list such as [a, b], not %s", spec.Name, nodeKind(n)), pos
	case TypeWhen:
		return nonNil(decodeWhen(n, at))
	case TypeParams:
		return nonNil(decodeParams(n, at))
	case TypeQuestions:
		return nonNil(decodeQuestions(n, at))
	case TypeVariants:
		return nonNil(decodeVariants(n, at))
	case TypeProse:
		return nonNil(decodeProse(n, at))
	case TypeDate, TypePartialDate:
		if n.Kind != yaml.ScalarNode {
			return nil, msg.Sprintf("%s must be a date, not %s", spec.Name, nodeKind(n)), pos
		}
		if spec.Type == TypeDate {
			t, ok := ParseDate(n.Value)
			if h := HalfWidth(n.Value); !ok && h != n.Value {
				if _, ok := ParseDate(h); ok {
					return nil, msg.Sprintf("%s is written with full-width characters; write it in half-width: %s", spec.Name, h), pos
				}
			}
			if !ok {
				return nil, msg.Sprintf("%s %q is not a date; write it as YYYY-MM-DD, e.g. 2026-04-01", spec.Name, n.Value), pos
			}
			return t, "", pos
		}
		if !validPartialDate(n.Value) {
			return nil, msg.Sprintf("%s %q is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY", spec.Name, n.Value), pos
		}
		return n.Value, "", pos
	}
	return nil, "", pos
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return msg.Text("a set of keys")
	case yaml.SequenceNode:
		return msg.Text("a list")
	}
	return msg.Text("a single value")
}

func describe(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode {
		return strconv.Quote(n.Value)
	}
	return nodeKind(n)
}

// ParseDate reads a YYYY-MM-DD date that exists in the calendar.
func ParseDate(s string) (time.Time, bool) {
	if len(s) != 10 {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}

func validPartialDate(s string) bool {
	switch len(s) {
	case 10:
		_, ok := ParseDate(s)
		return ok
	case 7:
		_, err := time.Parse("2006-01", s)
		return err == nil
	case 4:
		_, err := time.Parse("2006", s)
		return err == nil
	}
	return false
}

var yamlLineRE = regexp.MustCompile(`line (\d+)`)

// yamlParserProblems are the messages of the YAML parser (as opposed to its
// scanner). yaml/v3 prints the 0-based line for these and the 1-based line
// for scanner errors, so these need one added.
var yamlParserProblems = []string{
	"did not find expected ',' or ']'", "did not find expected ',' or '}'",
	"did not find expected '-' indicator", "did not find expected <document start>",
	"did not find expected <stream-start>", "did not find expected key",
	"did not find expected node content", "found duplicate %TAG directive",
	"found duplicate %YAML directive", "found incompatible YAML document", "found undefined tag handle",
}

// yamlErrorLine takes the line the YAML parser names in its error and turns
// it into a file line. An error that names no line was found on the YAML's
// first line.
func yamlErrorLine(err error, yamlLine int) int {
	m := yamlLineRE.FindStringSubmatch(err.Error())
	if m == nil {
		return yamlLine
	}
	n, _ := strconv.Atoi(m[1])
	for _, p := range yamlParserProblems {
		if strings.HasSuffix(err.Error(), p) {
			n++
			break
		}
	}
	return n + yamlLine - 1
}

// yamlErrorText drops the parser's "yaml: line N:" prefix, since the finding
// carries the line itself.
func yamlErrorText(err error) string {
	s := strings.TrimPrefix(err.Error(), "yaml: ")
	if i := strings.Index(s, ": "); i >= 0 && strings.HasPrefix(s, "line ") {
		s = s[i+2:]
	}
	return s
}

// nonNil passes a decoded value on as any, keeping an empty result typed.
func nonNil[T any](v T, why string, pos Pos) (any, string, Pos) {
	if why != "" {
		return nil, why, pos
	}
	return v, "", pos
}
