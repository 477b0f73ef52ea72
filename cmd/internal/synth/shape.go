package synth

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// A Shape is the kind of handbook to generate, apart from its size: how the
// files divide between clauses, check items and pages, how long the bodies
// are, how often they have headings, and whether the check items carry
// review stamps. The zero Shape is the compact handbook this package has
// always written (short numbered clause texts, short check items, every
// item stamped); a benchmark that holds on one shape only says little, so
// the named shapes (Shapes) give at least one other.
type Shape struct {
	// ClauseShare is the share of the files that are clauses, between 0
	// and 1; the files left past the check items are guide pages and
	// incident pages (one guide page to two incident pages, at least one
	// of each). Zero keeps the compact layout: a guide page per 20 clauses
	// and an incident page per 10.
	ClauseShare float64
	// ChecksPerClause is the number of check items per clause, at least 2
	// (one 対策 and one 運用 item; more alternate). Zero means 2.
	ChecksPerClause int
	// BodyChars is about how many characters of prose the body of each
	// clause, guide page and incident page has. Zero keeps the compact
	// bodies: two to four numbered paragraphs for a clause, a few short
	// sections for a page.
	BodyChars int
	// CheckChars is about how many characters the body of each check item
	// has. Zero keeps the compact body: a question, a good answer and the
	// link to the clause.
	CheckChars int
	// HeadingEvery puts a ## heading after every so many sentences in the
	// long bodies of clauses and check items (BodyChars, CheckChars). Zero
	// means no headings there; guide and incident pages have their own
	// sections either way.
	HeadingEvery int
	// NoStamps leaves out the review stamps (reviewed_clause) of the check
	// items, so that lint reports every item as suspect, as in a handbook
	// whose items were never reviewed with tokki review.
	NoStamps bool
}

// Shapes are the named shapes gencorpus and benchcompare offer.
//
//   - compact: the zero Shape; about a third of the files are clauses with
//     short bodies, every check item stamped.
//   - prose: the corpus of issue 19, a third of the files clauses with two
//     check items each, every body about 1,500 characters of Japanese prose
//     with a ## heading every seven sentences, no review stamps.
var Shapes = map[string]Shape{
	"compact": {},
	"prose": {ClauseShare: 1.0 / 3, ChecksPerClause: 2, BodyChars: 1500, CheckChars: 1500,
		HeadingEvery: 7, NoStamps: true},
}

// ShapeNames returns the names of Shapes, sorted.
func ShapeNames() []string {
	names := make([]string, 0, len(Shapes))
	for n := range Shapes {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Check says what is wrong with a shape, in words for the person who asked
// for it.
func (s Shape) Check() error {
	switch {
	case s.ClauseShare < 0 || s.ClauseShare > 1:
		return fmt.Errorf("a clause share of %g; give a share between 0 and 1, such as 0.33", s.ClauseShare)
	case s.ChecksPerClause != 0 && s.ChecksPerClause < 2:
		return fmt.Errorf("%d check items per clause; ask for at least 2 (one 対策 and one 運用)", s.ChecksPerClause)
	case s.BodyChars < 0 || s.CheckChars < 0 || s.HeadingEvery < 0:
		return fmt.Errorf("a negative length or heading interval; give 0 for the compact bodies")
	}
	return nil
}

func (s Shape) checks() int {
	if s.ChecksPerClause == 0 {
		return 2
	}
	return s.ChecksPerClause
}

// Options returns the options for a handbook of this shape with about
// files files in total: exactly as many or at most a few more when the
// clauses and their check items leave no room for the pages every handbook
// has (the home page, the two section index pages, one guide page and one
// incident page).
func (s Shape) Options(files int) Options {
	if s.ClauseShare == 0 {
		n := max(1, files/(1+s.checks()))
		for n > 1 && (Options{Clauses: n, Shape: s}).Files() > files {
			n--
		}
		return Options{Clauses: n, Shape: s}
	}
	clauses := max(1, int(math.Round(s.ClauseShare*float64(files))))
	rest := files - clauses*(1+s.checks()) - fixedFiles
	guides := max(1, rest/3)
	return Options{Clauses: clauses, Guides: guides, Incidents: max(1, rest-guides), Shape: s}
}

// sections is about chars characters of prose from the templates of slot,
// in paragraphs of one to three sentences, with a ## heading after every
// `every` sentences (none when every is 0). The headings go through the
// list from a point the generator picks; past its end they are numbered
// (目的（その2）), so that every heading of a body is distinct and so is
// its anchor.
func (r *rng) sections(chars, every int, slot string, headings []string) string {
	var b strings.Builder
	off, heads := r.intn(len(headings)), 0
	inPara := 1 + r.intn(3)
	for n, sentences := 0, 0; n < chars; sentences++ {
		switch {
		case every > 0 && sentences > 0 && sentences%every == 0:
			h := headings[(off+heads)%len(headings)]
			if round := heads/len(headings) + 1; round > 1 {
				h += fmt.Sprintf("（その%d）", round)
			}
			heads++
			fmt.Fprintf(&b, "\n\n## %s\n\n", h)
			inPara = 1 + r.intn(3)
		case sentences > 0 && inPara == 0:
			b.WriteString("\n\n")
			inPara = 1 + r.intn(3)
		}
		s := r.expand(r.pick(vocab[slot]))
		b.WriteString(s)
		n += len([]rune(s))
		inPara--
	}
	return b.String()
}
