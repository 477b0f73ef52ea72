package memlimit

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestSet: a run gets the limit and the percent, unless the environment
// sets them, and what it set is what it leaves after stop.
func TestSet(t *testing.T) {
	limit, percent := debug.SetMemoryLimit(-1), debug.SetGCPercent(100)
	t.Cleanup(func() {
		debug.SetMemoryLimit(limit)
		debug.SetGCPercent(percent)
	})
	reset := func() {
		debug.SetMemoryLimit(math.MaxInt64)
		debug.SetGCPercent(100)
	}

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	reset()
	stop := Set(-1)
	if got := debug.SetMemoryLimit(-1); got != Limit {
		t.Errorf("limit %d, want %d", got, Limit)
	}
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("GC percent %d, want -1 (off)", got)
	}
	stop()

	t.Setenv("GOGC", "50")
	t.Setenv("GOMEMLIMIT", "1GiB")
	reset()
	Set(-1)()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT set, the limit became %d", got)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, the GC percent became %d", got)
	}
}
