//go:build unix && !aix

package main

import (
	"os"
	"runtime"
	"syscall"
)

// syncDisks writes back everything the system holds for the disks, so
// that the next tool timed does not pay for the last one's writes.
func syncDisks() { syscall.Sync() }

// peakRSS is the largest resident set of a finished process in bytes.
// getrusage gives kilobytes, except on macOS, where it gives bytes.
func peakRSS(ps *os.ProcessState) int64 {
	u, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return int64(u.Maxrss)
	}
	return int64(u.Maxrss) * 1024
}
