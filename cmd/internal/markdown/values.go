package markdown

import (
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// A parameter, {{事故報告期限}}, is a value each contract fills in. The
// whole handbook shows its default marked as a value to fill: 【直ちに】 in
// plain text, underlined in HTML and Word. MarkValues puts the value
// between ValueOpen and ValueClose, which pass through Markdown as
// letters; each output then shows the mark its own way.
const ValueOpen, ValueClose = "\uE002", "\uE003"

// MarkValues puts each parameter's value, marked, in place of {{name}} in
// a Markdown text. A name value does not know shows as itself, marked
// (lint reports it): a reader never sees {{.
func MarkValues(src string, value func(name string) (string, bool)) string {
	if !strings.Contains(src, "{{") {
		return src
	}
	return content.ParamRE.ReplaceAllStringFunc(src, func(m string) string {
		name := content.ParamRE.FindStringSubmatch(m)[1]
		v, ok := value(name)
		if !ok {
			v = name
		}
		return ValueOpen + Escape(v) + ValueClose
	})
}

// Defaults is the value function of the whole handbook: every parameter's
// default.
func Defaults(params []content.Param) func(string) (string, bool) {
	m := map[string]string{}
	for _, p := range params {
		m[p.Name] = p.Default
	}
	return func(name string) (string, bool) {
		v, ok := m[name]
		return v, ok
	}
}

var showValues = strings.NewReplacer(ValueOpen, "【", ValueClose, "】")

// ShowValues shows the marked values of a plain text as 【value】.
func ShowValues(s string) string {
	if !strings.Contains(s, ValueOpen) {
		return s
	}
	return showValues.Replace(s)
}

// ValuesHTML shows the marked values of rendered HTML as <span
// class="param">【value】</span>; in a tag (an image's alt text) as
// 【value】, which cannot end the attribute.
func ValuesHTML(html []byte) []byte {
	if !strings.Contains(string(html), ValueOpen) {
		return html
	}
	return []byte(OutsideTags(string(html), valueSpans.Replace, ShowValues))
}

var valueSpans = strings.NewReplacer(ValueOpen, `<span class="param">【`, ValueClose, "】</span>")

// OutsideTags applies text to the parts of rendered HTML between tags
// and inTag to the parts inside them. goldmark escapes '<' and '>' in text
// and attribute values, so every '<' starts a tag and every '>' ends one.
func OutsideTags(html string, text, inTag func(string) string) string {
	var b strings.Builder
	for html != "" {
		i := strings.IndexByte(html, '<')
		if i < 0 {
			b.WriteString(text(html))
			break
		}
		b.WriteString(text(html[:i]))
		html = html[i:]
		j := strings.IndexByte(html, '>')
		if j < 0 {
			b.WriteString(inTag(html))
			break
		}
		b.WriteString(inTag(html[:j+1]))
		html = html[j+1:]
	}
	return b.String()
}

// Runs splits a line of plain text at its marked values, for a format
// that marks them with a style (Word underlines them).
func Runs(line string) []Run {
	var out []Run
	for line != "" {
		i := strings.Index(line, ValueOpen)
		if i < 0 {
			out = append(out, Run{Text: line})
			break
		}
		if i > 0 {
			out = append(out, Run{Text: line[:i]})
		}
		line = line[i+len(ValueOpen):]
		j := strings.Index(line, ValueClose)
		if j < 0 {
			j = len(line)
		}
		out = append(out, Run{Text: "【" + line[:j] + "】", Value: true})
		line = strings.TrimPrefix(line[j:], ValueClose)
	}
	return out
}

// Run is a part of a line: a value to fill, or other text.
type Run struct {
	Text  string
	Value bool
}
