package main

import (
	"os"
	"testing"
)

// TestMain runs the tests in English, whatever the locale of the machine
// (the tests of Japanese set LC_ALL themselves); the binaries the tests
// start inherit it.
func TestMain(m *testing.M) {
	os.Setenv("LC_ALL", "C")
	os.Exit(m.Run())
}
