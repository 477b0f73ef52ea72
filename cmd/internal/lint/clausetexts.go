package lint

import (
	"bytes"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// clauseText is one text of a clause that a contract may carry: its body,
// or one of its variants.
type clauseText struct {
	src     []byte
	variant int // index into Variants; -1 for the body
	pos     func(off int) content.Pos
}

// textsOf lists a clause's body and variants, each with the file position
// of a byte offset in it (a variant's by line only: YAML strips its
// indentation).
func textsOf(cl *content.Clause) []clauseText {
	out := []clauseText{{src: cl.Body, variant: -1, pos: cl.OffsetPos}}
	for i, v := range cl.Variants {
		text, line, block := []byte(v.Text), v.TextLine, v.TextBlock
		out = append(out, clauseText{src: text, variant: i, pos: func(off int) content.Pos {
			if !block {
				return content.Pos{Line: line}
			}
			return content.Pos{Line: line + bytes.Count(text[:off], []byte{'\n'})}
		}})
	}
	return out
}
