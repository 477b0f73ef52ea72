package content

import (
	"bytes"
	"unicode/utf8"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// MaxFileSize is the largest file the loader reads. A handbook page is a few
// kilobytes; anything near this size is a mistake (a pasted dump, a binary
// renamed to .md), and reading it would only slow every lint down.
const MaxFileSize = 2 << 20

// normalize returns src as UTF-8 text with LF line endings and no byte-order
// mark, and the problems found doing so. ok is false when the file is not
// text at all and must not be decoded.
func normalize(src []byte) (text []byte, problems []Problem, ok bool) {
	switch {
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}), bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		return nil, []Problem{{Kind: ProblemEncoding, Pos: Pos{Line: 1},
			Message: msg.Text("the file is UTF-16; save it as UTF-8")}}, false
	}
	src = bytes.TrimPrefix(src, []byte{0xEF, 0xBB, 0xBF})
	if i := bytes.IndexByte(src, 0); i >= 0 {
		line := bytes.Count(src[:i], []byte{'\n'}) + 1
		return nil, []Problem{{Kind: ProblemEncoding, Pos: Pos{Line: line},
			Message: msg.Text("the file is binary (it has a NUL byte), not Markdown text; remove it or move it out of the source folders")}}, false
	}
	if bytes.IndexByte(src, '\r') >= 0 {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
		src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	}
	if !utf8.Valid(src) {
		line, col := firstInvalid(src)
		problems = append(problems, Problem{Kind: ProblemEncoding, Pos: Pos{Line: line, Column: col},
			Message: msg.Sprintf("the file is not valid UTF-8 (first bad byte on line %d); save it as UTF-8", line)})
		src = bytes.ToValidUTF8(src, []byte("\uFFFD"))
	}
	return src, problems, true
}

func firstInvalid(src []byte) (line, col int) {
	line, col = 1, 1
	for len(src) > 0 {
		r, n := utf8.DecodeRune(src)
		if r == utf8.RuneError && n <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		src = src[n:]
	}
	return line, col
}

// split finds the front matter at the top of text. It returns the YAML
// between the two --- lines, the file line on which that YAML starts, and
// the body with the front matter replaced by newlines (so offsets in it keep
// the file's line numbers). A file that does not start with a --- line, or
// whose front matter is never closed, gives a Problem; the body is then the
// whole text. The body is a copy: text is the buffer the file was read into
// (see readBuffers), and the YAML a part of it.
func split(text []byte) (yaml []byte, yamlLine int, body []byte, p *Problem) {
	first, rest, found := bytes.Cut(text, []byte{'\n'})
	if !isFence(first, "---") {
		return nil, 0, bytes.Clone(text), &Problem{Kind: ProblemFrontMatter, Pos: Pos{Line: 1},
			Message: msg.Text("the file has no front matter; start it with a line '---', the keys, and another '---'")}
	}
	if !found {
		rest = nil
	}
	off := len(first) + 1
	for line := 2; len(rest) > 0; line++ {
		l, after, _ := bytes.Cut(rest, []byte{'\n'})
		if isFence(l, "---") || isFence(l, "...") {
			yaml = text[len(first)+1 : off]
			end := off + len(l)
			body = make([]byte, 0, line+max(0, len(text)-end-1))
			body = append(body, bytes.Repeat([]byte{'\n'}, line)...)
			if end < len(text) {
				body = append(body, text[end+1:]...)
			}
			return yaml, 2, body, nil
		}
		off += len(l) + 1
		rest = after
	}
	return nil, 0, bytes.Clone(text), &Problem{Kind: ProblemFrontMatter, Pos: Pos{Line: 1},
		Message: msg.Text("the front matter opened on line 1 is never closed; add a line '---' after its last key")}
}

// isFence reports whether line is the fence, allowing trailing blanks.
func isFence(line []byte, fence string) bool {
	return string(bytes.TrimRight(line, " \t")) == fence
}
