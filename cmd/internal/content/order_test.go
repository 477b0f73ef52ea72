package content

import (
	"slices"
	"testing"
)

// Within a clause the 遵守確認表 lists 対策 (does the measure exist)
// before 運用 (is it operated), then by id as people read ids: every
// output (the site, a tailored text, the exports) uses CompareChecks.
func TestCompareChecks(t *testing.T) {
	checks := []*Check{
		{ID: "K-09-10", Aspect: "対策"},
		{ID: "K-09-1", Aspect: "運用"},
		{ID: "K-09-3", Aspect: "対策"},
		{ID: "K-09-2", Aspect: "運用"},
	}
	slices.SortStableFunc(checks, CompareChecks)
	var got []string
	for _, k := range checks {
		got = append(got, k.ID)
	}
	if want := []string{"K-09-3", "K-09-10", "K-09-1", "K-09-2"}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}
