package main

import (
	"os/exec"
	"strings"
	"testing"
)

// The tokki binary links no test helpers (testing/fstest once loaded Git
// revisions): production code has its own entry points.
func TestBinaryLinksNoTestingPackages(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if pkg == "testing" || strings.HasPrefix(pkg, "testing/") {
			t.Errorf("tokki depends on %s; load from content.LoadMap or an fs.FS of your own instead", pkg)
		}
	}
}
