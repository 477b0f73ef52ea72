package compare

import (
	"time"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op is one piece of a character-level difference.
type Op struct {
	Kind byte // '=' same, '-' only in the old text, '+' only in the new
	Text string
}

// diffTimeout bounds the work on one pair of texts. A whole article
// rewritten (some 20,000 characters each side) takes milliseconds; past the
// deadline go-diff stops refining and reports the rest as replaced, which
// is still a correct comparison, only a coarser one.
const diffTimeout = time.Second

// Diff compares two texts character by character, as a 新旧対照表 marks
// changes: Japanese has no spaces between words, so a word-level diff
// would mark whole sentences.
func Diff(oldText, newText string) []Op {
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = diffTimeout
	diffs := dmp.DiffMainRunes([]rune(oldText), []rune(newText), false)
	ops := make([]Op, 0, len(diffs))
	for _, d := range diffs {
		if d.Text == "" {
			continue
		}
		kind := byte('=')
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			kind = '-'
		case diffmatchpatch.DiffInsert:
			kind = '+'
		}
		ops = append(ops, Op{kind, d.Text})
	}
	return ops
}
