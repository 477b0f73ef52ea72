package site

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestOfficeWasmFresh rebuilds the page's Word and Excel writer
// (cmd/officewasm) as go generate does and fails when the committed one in
// office/ differs: export, or a library it uses, changed without go
// generate ./cmd/internal/site, and the page would write other bytes than
// tokki export. Another Go builds other bytes, so the test runs only with
// the Go that built the committed files.
func TestOfficeWasmFresh(t *testing.T) {
	gocmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not installed")
	}
	recorded, err := os.ReadFile(filepath.Join("office", "go-version"))
	if err != nil {
		t.Fatal(err)
	}
	have, err := exec.Command(gocmd, "env", "GOVERSION").Output()
	if err != nil {
		t.Fatal(err)
	}
	if want, got := strings.TrimSpace(string(recorded)), strings.TrimSpace(string(have)); got != want {
		t.Skipf("office/ was built with %s, this is %s: another Go builds other bytes, so it is not compared", want, got)
	}
	dir := t.TempDir()
	if out, err := exec.Command(gocmd, "run", "../../genoffice", "-o", dir).CombinedOutput(); err != nil {
		t.Fatalf("genoffice: %v\n%s", err, out)
	}
	for _, name := range []string{"office.wasm.gz", "wasm_exec.js", "LICENSE-go", "go-version"} {
		fresh, _ := os.ReadFile(filepath.Join(dir, name))
		committed, _ := os.ReadFile(filepath.Join("office", name))
		if !bytes.Equal(fresh, committed) {
			t.Errorf("office/%s is stale (%d bytes; a fresh build has %d): run go generate ./cmd/internal/site and commit office/", name, len(committed), len(fresh))
		}
	}
}

// The site carries the writer, and the loader's licence, in one script
// the builder page loads from file://.
func TestOfficeWriterInSite(t *testing.T) {
	js := string(officeJS())
	for _, want := range []string{"Copyright 2009 The Go Authors", "globalThis.Go = class", "window.tokkiOfficeWasm = \"H4sI"} {
		if !strings.Contains(js, want) {
			t.Errorf("assets/office.js has no %q", want)
		}
	}
}
