// Runs assets/search.js in Node with a stand-in for the few browser APIs it
// uses (a <script> element that loads a file), and prints the results of
// each query as JSON lines. Used by browser_test.go.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [searchJS, siteDir, queriesFile] = process.argv.slice(2);
const tokkiJS = path.join(path.dirname(searchJS), "tokki.js");
const context = { console, TextEncoder, TextDecoder, atob, Map, Set, Promise, Blob, Response, DecompressionStream };
context.window = context;
context.document = {
  readyState: "complete",
  documentElement: { getAttribute: (name) => (name === "data-root" ? "file://" + siteDir + "/" : null) },
  getElementById() { return null; },
  querySelector() { return null; },
  querySelectorAll() { return []; },
  addEventListener() {},
  head: {
    appendChild(el) {
      const file = el.src.replace(/^file:\/\//, "");
      setImmediate(() => {
        try {
          vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file });
          el.onload();
        } catch (e) {
          el.onerror(e);
        }
      });
    },
  },
  createElement() { return {}; },
};
context.location = { search: "" };
vm.createContext(context);
// tokki.js first, as the pages load it: it gives search.js its loader.
vm.runInContext(fs.readFileSync(tokkiJS, "utf8"), context, { filename: tokkiJS });
vm.runInContext(fs.readFileSync(searchJS, "utf8"), context, { filename: searchJS });

(async () => {
  const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8"));
  for (const q of queries) {
    const rs = await context.tokkiSearch(q, { limit: 0, snippets: 1e9 });
    process.stdout.write(JSON.stringify({
      results: rs.map((r) => ({ url: r.url, score: Math.round(r.score * 1000) / 1000, snippet: r.snippet })),
      words: rs.words, fallback: rs.fallback, suggest: rs.suggest,
    }) + "\n");
  }
})();
