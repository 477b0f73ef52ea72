package server

import (
	"os"
	"testing"
)

// TestMain runs the tests in English, whatever the locale of the machine:
// they check English messages.
func TestMain(m *testing.M) {
	os.Setenv("LC_ALL", "C")
	os.Exit(m.Run())
}
