package site

import (
	"embed"
	"encoding/base64"
	"strings"
	"sync"

	"github.com/tokki-handbook/tokki/cmd/internal/siteurl"
)

// The builder page (tailor.html) downloads the task's 特記仕様書 as Word
// and its 遵守確認表 as Excel with the writers tokki export uses
// (export.DOCX, export.XLSX), compiled to WebAssembly (cmd/officewasm), so
// that the files are the CLI's bytes by construction rather than by a
// second writer in JavaScript. A page opened from file:// cannot fetch a
// .wasm file, but it can run a script: assets/office.js holds Go's
// wasm_exec.js and the program, gzip-compressed and in base64, and
// assets/tailor.js loads it only when a download is asked for.
//
// The program is built by go generate and committed (tokki itself is
// built with a plain go build); TestOfficeWasmFresh fails when it is stale.
//
//go:generate go run ../../genoffice -o office
//go:embed office/office.wasm.gz office/wasm_exec.js office/LICENSE-go office/go-version
var office embed.FS

// officeJS is assets/office.js, made once: the same bytes for every build.
var officeJS = sync.OnceValue(func() []byte {
	read := func(name string) string {
		b, err := office.ReadFile("office/" + name)
		if err != nil {
			panic(err) // embedded: present in every binary
		}
		return string(b)
	}
	var b strings.Builder
	b.WriteString("/* tokki: the Word (.docx) and Excel (.xlsx) writers of tokki export, compiled\n" +
		"   to WebAssembly with " + strings.TrimSpace(read("go-version")) + " (cmd/officewasm in tokki's source), for the\n" +
		"   業務に合わせる page; assets/tailor.js loads this file when a download is asked\n" +
		"   for. Below: Go's wasm_exec.js, then the program, gzip-compressed, in base64.\n\n" +
		"   The program and wasm_exec.js are covered by Go's licence:\n\n")
	for _, l := range strings.Split(strings.TrimRight(read("LICENSE-go"), "\n"), "\n") {
		b.WriteString(strings.TrimRight("   "+l, " ") + "\n")
	}
	b.WriteString("*/\n")
	b.WriteString(read("wasm_exec.js"))
	b.WriteString("\nwindow.tokkiOfficeWasm = \"")
	b.WriteString(base64.StdEncoding.EncodeToString([]byte(read("office.wasm.gz"))))
	b.WriteString("\";\n")
	return []byte(b.String())
})

// officeWriter writes assets/office.js.
func (b *renderer) officeWriter() {
	b.put(siteurl.OfficeWriter, "Word and Excel writer of the 業務に合わせる page", officeJS())
}
