// Runs the 業務に合わせる page's path to the Word and Excel files under
// Node: assets/tailor.js reads each answers file (tokkiTailor.readAnswers),
// tailors the handbook (tokkiTailor) and hands the result to the writers
// of assets/office.js (tokkiTailor.office), tokki export compiled to
// WebAssembly. Prints one JSON line per answers file: {docx, xlsx} in
// base64, or {error}, into the output file. Used by page_office_test.go.
"use strict";
const fs = require("fs");
const vm = require("vm");
const [tailorJS, dataJS, officeJS, answersList, outFile] = process.argv.slice(2);
// Node has the browser APIs the writers use (WebAssembly, atob, Blob,
// Response, DecompressionStream); the page's own few are stood in for.
globalThis.window = globalThis;
globalThis.document = {
  currentScript: { src: "file:///site/assets/tailor.js" },
  readyState: "complete",
  getElementById() { return null; },
  addEventListener() {},
};
for (const f of [dataJS, officeJS, tailorJS]) vm.runInThisContext(fs.readFileSync(f, "utf8"), { filename: f });
(async () => {
  const lines = [];
  for (const file of JSON.parse(fs.readFileSync(answersList, "utf8"))) {
    try {
      const input = window.tokkiTailor.readAnswers(fs.readFileSync(file, "utf8"));
      const r = await window.tokkiTailor(input);
      const out = {};
      for (const format of ["docx", "xlsx"]) out[format] = Buffer.from(await window.tokkiTailor.office(format, r, input.task)).toString("base64");
      lines.push(JSON.stringify(out));
    } catch (e) {
      lines.push(JSON.stringify({ error: e.message }));
    }
  }
  fs.writeFileSync(outFile, lines.join("\n") + "\n");
  process.exit(0); // the Go program waits for calls for as long as the page is open
})();
