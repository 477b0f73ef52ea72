package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestMain runs the tests in English, whatever the locale of the machine
// (the tests of Japanese set LC_ALL themselves); the binaries the tests
// start inherit it. The binary the serve tests build is removed after.
func TestMain(m *testing.M) {
	os.Setenv("LC_ALL", "C")
	code := m.Run()
	if binPath != "" && binErr == nil {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}
