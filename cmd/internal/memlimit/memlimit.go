// Package memlimit sets how a run of tokki that reads a whole handbook and
// ends (lint, build) lets the Go collector use memory. Go's default, a
// collection each time the heap doubles, suits a server that runs for
// days; a command that holds a 10,000-file handbook for two seconds pays
// a collection for every 100 MB it allocates, each marking the whole
// handbook again. Instead a run gets a soft memory limit (see
// runtime/debug.SetMemoryLimit), near which the collector works, and the
// limit grows with what the run holds (KeepHeadroom).
package memlimit

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// Limit is the soft memory limit of a run: over eight paired builds of
// 10,000 pages on two cores, 272 MiB used 7% less CPU than 256 MiB, and the
// process peaks about 11 MiB above the limit (281 MiB at 270, with two to
// eight Ps), under the 300 MiB target of a build.
const Limit = 270 << 20

// Set gives the process the soft limit Limit, unless GOMEMLIMIT sets one,
// and the collector's percent gcPercent (100 is Go's default, -1 leaves
// only the limit), unless GOGC sets it. It raises the limit while the live
// heap nears it (KeepHeadroom). The returned function stops that watch.
func Set(gcPercent int) (stop func()) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	debug.SetMemoryLimit(Limit)
	return KeepHeadroom()
}

// KeepHeadroom raises the soft memory limit whenever the live heap comes
// within a quarter of it, to half as much again as the live heap. Near the
// limit the collector runs without pause and takes up to half of every
// core: at 10,000 pages of prose, whose build holds about 300 MB live, the
// 270 MiB limit doubled the CPU time (45 to 65 s against 25 to 30 s) and
// the peak was 430 to 450 MiB all the same. A run that fits keeps the
// limit as it was. The returned function stops the watch.
func KeepHeadroom() (stop func()) {
	done := make(chan struct{})
	go func() {
		limit := uint64(Limit)
		live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}} // as of the last collection
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(live)
			if live[0].Value.Kind() != metrics.KindUint64 {
				return
			}
			if n := live[0].Value.Uint64(); n > limit/4*3 {
				limit = n / 2 * 3
				debug.SetMemoryLimit(int64(limit))
			}
		}
	}()
	return func() { close(done) }
}
