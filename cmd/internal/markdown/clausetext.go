package markdown

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// ClauseText is how one output shows clause texts: its numbering for
// references, and the values its parameters show.
type ClauseText struct {
	Numbering Numbering
	Value     func(name string) (string, bool)
	params    []content.Param // for Key
}

// WholeText is how the whole handbook shows its clauses: references
// numbered by order, parameters as their defaults, marked as values to
// fill.
func WholeText(h *content.Handbook) *ClauseText {
	return &ClauseText{Numbering: Whole(h), Value: Defaults(h.Settings.Params), params: h.Settings.Params}
}

// Of is a clause text (a body or a variant) of the file at from as the
// output shows it, still Markdown: references labelled, parameters
// marked (see MarkValues).
func (ct *ClauseText) Of(from string, src []byte) []byte {
	src = ResolveRefs(src, from, ct.Numbering.Label)
	if ct.Value != nil && bytes.Contains(src, []byte("{{")) { // a clause without parameters is not copied twice
		src = []byte(MarkValues(string(src), ct.Value))
	}
	return src
}

// Key changes whenever Of may give another text for the same source: a
// build that keeps rendered texts between runs starts afresh when it does.
func (ct *ClauseText) Key() string {
	var b strings.Builder
	paths := make([]string, 0, len(ct.Numbering))
	for p := range ct.Numbering {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Fprintf(&b, "%s\x00%s\n", p, ct.Numbering[p])
	}
	for _, p := range ct.params {
		fmt.Fprintf(&b, "%q %q\n", p.Name, p.Default)
	}
	return b.String()
}
