// Runs assets/tailor.js in Node with a stand-in for the few browser APIs it
// uses, loads tailor/data.js, and prints tokkiTailor's result for each input
// as JSON lines (an error as {"error": message}). Used by browser_test.go.
"use strict";
const fs = require("fs");
const vm = require("vm");
const [tailorJS, dataJS, inputsFile, answersFile] = process.argv.slice(2);
const context = { console, Promise, JSON, Date, Math, Object, String, Error };
context.window = context;
context.document = {
  currentScript: { src: "file:///site/assets/tailor.js" },
  readyState: "complete",
  getElementById() { return null; },
  addEventListener() {},
  head: { appendChild() {} },
  createElement() { return {}; },
};
vm.createContext(context);
vm.runInContext(fs.readFileSync(dataJS, "utf8"), context);
vm.runInContext(fs.readFileSync(tailorJS, "utf8"), context);
// With an answers file ({write: [inputs], read: [texts]}), prints one
// line instead: each input as tokkiTailor.yaml writes it, with the file
// name; each text as tokkiTailor.readAnswers reads it (or its error).
if (answersFile) {
  const { write, read } = JSON.parse(fs.readFileSync(answersFile, "utf8"));
  console.log(JSON.stringify({
    written: write.map((i) => ({ yaml: context.tokkiTailor.yaml(i), name: context.tokkiTailor.fileName(i.task) })),
    read: read.map((t) => { try { return context.tokkiTailor.readAnswers(t); } catch (e) { return { error: e.message }; } }),
  }));
  process.exit(0);
}
(async () => {
  for (const input of JSON.parse(fs.readFileSync(inputsFile, "utf8"))) {
    try {
      const r = await context.tokkiTailor(input);
      console.log(JSON.stringify({
        clauses: r.clauses.map((c) => ({ id: c.id, number: c.number, title: c.title, text: c.text })),
        checks: r.checks.map((k) => k.id + " " + k.label),
        answers: r.answers.map((a) => a.id + " " + a.answer + (a.fromDates ? " dates" : a.default ? " default" : "")),
        schedule: r.schedule.map((s) => s.date + " " + s.kind),
        ics: r.schedule.length ? context.tokkiTailor.ics(r, input.task || "") : "",
        text: context.tokkiTailor.text(r, input.task || ""),
      }));
    } catch (e) {
      console.log(JSON.stringify({ error: e.message }));
    }
  }
})();
