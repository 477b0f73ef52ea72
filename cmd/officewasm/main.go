//go:build js && wasm

// Command officewasm is tokki export's Word and Excel writers
// (export.DOCX, export.XLSX) compiled to WebAssembly for the 業務に合わせる
// page, so that the page's downloads are the bytes tokki export writes for
// the same answers: the same code makes them. cmd/genoffice builds it into
// the site package (go generate ./cmd/internal/site), which writes it into
// every site as assets/office.js.
//
// It sets one global function, tokkiOffice(format, document): format is
// "docx" (the 特記仕様書) or "xlsx" (the 遵守確認表), document an
// export.Document as JSON (its field names, in any case: task, clauses
// [{number, title, lines}], checks [{id, clause, title, aspect, method,
// evidence, question, good, timing}], forms [{number, title, articles}],
// era). A check whose question or good answer links to a clause also
// carries md: {question, good, path, links}, its Markdown (links labelled
// as the whole handbook numbers them), its file, and the label of each
// linked clause as the task names it (by file); its texts are then made as
// tokki export makes them (export.CheckText). It returns the file as a
// Uint8Array, or an Error.
package main

import (
	"encoding/json"
	"syscall/js"

	"github.com/tokki-handbook/tokki/cmd/internal/export"
	"github.com/tokki-handbook/tokki/cmd/internal/markdown"
)

// document is export.Document with the Markdown of the checks that link
// to clauses.
type document struct {
	export.Document
	Checks []struct {
		export.Check
		MD *struct {
			Question, Good, Path string
			Links                map[string]string // clause file → its label in the task's text
		}
	}
}

// read decodes a document as the page sends it.
func read(src string) (*export.Document, error) {
	var d document
	if err := json.Unmarshal([]byte(src), &d); err != nil {
		return nil, err
	}
	out := d.Document
	out.Checks = make([]export.Check, len(d.Checks))
	for i, k := range d.Checks {
		out.Checks[i] = k.Check
		if k.MD != nil {
			n := markdown.Numbering(k.MD.Links)
			out.Checks[i].Question = export.CheckText(k.MD.Question, k.MD.Path, n)
			out.Checks[i].Good = export.CheckText(k.MD.Good, k.MD.Path, n)
		}
	}
	return &out, nil
}

func main() {
	js.Global().Set("tokkiOffice", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) != 2 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeString {
			return fail("tokkiOffice(format, document): give the format and the document as JSON")
		}
		d, err := read(args[1].String())
		if err != nil {
			return fail("the document is not an export.Document as JSON: " + err.Error())
		}
		var data []byte
		switch f := args[0].String(); f {
		case "docx":
			data, err = export.DOCX(d)
		case "xlsx":
			data, err = export.XLSX(d)
		default:
			return fail("the format is docx or xlsx, not " + f)
		}
		if err != nil {
			return fail(err.Error())
		}
		out := js.Global().Get("Uint8Array").New(len(data))
		js.CopyBytesToJS(out, data)
		return out
	}))
	select {} // the page calls tokkiOffice for as long as it is open
}

func fail(msg string) js.Value {
	return js.Global().Get("Error").New(msg)
}
