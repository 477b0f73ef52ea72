package par

import (
	"sync/atomic"
	"testing"
)

// TestEach: every index is handed out once, whatever n.
func TestEach(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 10000} {
		calls := make([]atomic.Int32, n)
		Each(n, func(i int) { calls[i].Add(1) })
		for i := range calls {
			if c := calls[i].Load(); c != 1 {
				t.Fatalf("n=%d: f(%d) called %d times", n, i, c)
			}
		}
	}
}
