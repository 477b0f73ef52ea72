//go:build !unix || aix

package main

import "os"

// syncDisks does nothing here (Windows, AIX): there is no one call that
// writes back every disk, so measurements are noisier.
func syncDisks() {}

// peakRSS is not measured here; the report shows 0 MiB.
func peakRSS(*os.ProcessState) int64 { return 0 }
