package lint

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// An editor turns rules off for one paragraph (or one list, quote or
// table: the block that follows) with an HTML comment on the line before
// it:
//
//	<!-- tokki-lint-disable sentence-length comma-count -->
//	受注者は、……（a sentence that must stay long）。
//
// With no rule named, every rule that honours the marker is off for that
// block. The prose rules and term honour it; the comment shows in no
// output (raw HTML is not rendered). A rule finds the marker in force at
// a byte offset of a parsed text with disables(doc, src).at(off).has(rule).

const disableMarker = "tokki-lint-disable"

// disabled is the set of rules a marker turns off; the zero value turns
// none off.
type disabled struct {
	all   bool
	rules []string
}

// has reports whether rule is off.
func (d disabled) has(rule string) bool {
	if d.all {
		return true
	}
	for _, r := range d.rules {
		if r == rule {
			return true
		}
	}
	return false
}

// disabledSpan is a byte range of a source that a marker covers.
type disabledSpan struct {
	start, end int
	off        disabled
}

type disabledSpans []disabledSpan

// at is what is turned off at byte offset off.
func (ds disabledSpans) at(off int) disabled {
	for _, s := range ds {
		if off >= s.start && off < s.end {
			return s.off
		}
	}
	return disabled{}
}

// disables finds the tokki-lint-disable markers of a parsed text and the
// block each one covers: from the start of the block after the marker to
// the start of the block after that one.
func disables(doc ast.Node, src []byte) disabledSpans {
	if !bytes.Contains(src, []byte(disableMarker)) {
		return nil
	}
	var out disabledSpans
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.HTMLBlock)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		var text strings.Builder
		for i := 0; i < h.Lines().Len(); i++ {
			seg := h.Lines().At(i)
			text.Write(seg.Value(src))
		}
		if h.HasClosure() {
			text.Write(h.ClosureLine.Value(src))
		}
		off, ok := parseMarker(text.String())
		next := h.NextSibling()
		if !ok || next == nil {
			return ast.WalkSkipChildren, nil
		}
		span := disabledSpan{start: blockStart(next), end: len(src), off: off}
		if after := next.NextSibling(); after != nil && blockStart(after) >= 0 {
			span.end = blockStart(after)
		}
		if span.start >= 0 {
			out = append(out, span)
		}
		return ast.WalkSkipChildren, nil
	})
	return out
}

// parseMarker reads <!-- tokki-lint-disable [rule ...] -->.
func parseMarker(s string) (disabled, bool) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "<!--") || !strings.HasSuffix(s, "-->") {
		return disabled{}, false
	}
	words := strings.Fields(strings.TrimSuffix(strings.TrimPrefix(s, "<!--"), "-->"))
	if len(words) == 0 || words[0] != disableMarker {
		return disabled{}, false
	}
	if len(words) == 1 {
		return disabled{all: true}, true
	}
	return disabled{rules: words[1:]}, true
}
