package lint

import (
	"fmt"
	"testing"
)

// A suggester answers a repeated name from memory and stops searching once
// its budget is spent, so that a file of many wrong names costs a bounded
// number of comparisons.
func TestSuggesterBudget(t *testing.T) {
	var names []string
	for i := range 1000 {
		names = append(names, fmt.Sprintf("p%04d.md", i))
	}
	s := newSuggester(names)
	if got := s.nearest("p0007.mdx"); got != "p0007.md" {
		t.Fatalf("nearest = %q, want p0007.md", got)
	}
	spent := suggestBudget - s.budget
	if s.nearest("p0007.mdx"); suggestBudget-s.budget != spent {
		t.Errorf("a repeated name was searched again")
	}
	for i := 0; s.budget >= len(names); i++ {
		s.nearest(fmt.Sprintf("q%d.md", i))
	}
	if got := s.nearest("p0008.mdx"); got != "" {
		t.Errorf("nearest = %q after the budget was spent, want none", got)
	}
	if got := s.nearest("p0007.mdx"); got != "p0007.md" {
		t.Errorf("a remembered answer was lost: %q", got)
	}
}
