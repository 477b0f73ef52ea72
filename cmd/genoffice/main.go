// Command genoffice builds cmd/officewasm, tokki export's Word and Excel
// writers, for WebAssembly and writes it where the site package embeds it
// (cmd/internal/site/office), with the Go files the page needs to run it:
//
//	office.wasm.gz  the program, gzip-compressed (the page inflates it)
//	wasm_exec.js    Go's loader for it, from $(go env GOROOT)/lib/wasm
//	LICENSE-go      Go's licence, which covers both
//	go-version      the Go that built them
//
// tokki is built with a plain go build, which cannot build WebAssembly as
// a step, so the program is built here and committed. Run it whenever
// export or its dependencies change (a test in the site package fails
// while the committed program is stale):
//
//	go generate ./cmd/internal/site
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Package is the program built.
const Package = "github.com/tokki-handbook/tokki/cmd/officewasm"

func main() {
	out := flag.String("o", "cmd/internal/site/office", "folder to write into")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("genoffice: ")
	tmp, err := os.MkdirTemp("", "genoffice")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	wasm := filepath.Join(tmp, "office.wasm")
	// -trimpath and no symbols (-s -w): the same bytes wherever it is
	// built with the same Go, and a smaller file.
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, Package)
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOWASM=", "CGO_ENABLED=0", "GOFLAGS=")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		log.Fatalf("go build: %v", err)
	}
	raw, err := os.ReadFile(wasm)
	if err != nil {
		log.Fatal(err)
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression) // no name, no time: the same bytes each run
	zw.Write(raw)
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	env := func(name string) string {
		b, err := exec.Command("go", "env", name).Output()
		if err != nil {
			log.Fatalf("go env %s: %v", name, err)
		}
		return strings.TrimSpace(string(b))
	}
	root := env("GOROOT")
	loader, err := os.ReadFile(filepath.Join(root, "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		log.Fatal(err)
	}
	license, err := os.ReadFile(filepath.Join(root, "LICENSE"))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"office.wasm.gz": gz.Bytes(),
		"wasm_exec.js":   loader,
		"LICENSE-go":     license,
		"go-version":     []byte(env("GOVERSION") + "\n"),
	} {
		if err := os.WriteFile(filepath.Join(*out, name), data, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	fmt.Fprintf(os.Stderr, "genoffice: %s: %d bytes, %d gzip-compressed, %d in base64\n",
		filepath.Join(*out, "office.wasm.gz"), len(raw), gz.Len(), (gz.Len()+2)/3*4)
}
