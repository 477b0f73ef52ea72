// Measures search in headless Chromium on a built site opened from file://:
// for each query, the bytes of index files it loads (on a fresh page, so
// nothing is cached) and the time tokkiSearch takes once its files are
// loaded. Prints one JSON object. Usage: node querybench.mjs SITE_DIR QUERY...
import { chromium } from "playwright-core";
import path from "node:path";
import fs from "node:fs";

const [siteArg, ...queries] = process.argv.slice(2);
const site = path.resolve(siteArg);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const results = [];
for (const q of queries) {
  const page = await browser.newPage();
  const loaded = [];
  page.on("request", (r) => { if (r.url().includes("/search/")) loaded.push(decodeURIComponent(r.url().replace("file://", ""))); });
  await page.goto("file://" + path.join(site, "index.html"));
  const first = await page.evaluate(async (q) => {
    const t = performance.now();
    const r = await window.tokkiSearch(q);
    return { ms: performance.now() - t, n: r.length };
  }, q);
  const warm = await page.evaluate(async (q) => {
    const runs = [];
    for (let i = 0; i < 5; i++) { const t = performance.now(); await window.tokkiSearch(q); runs.push(performance.now() - t); }
    runs.sort((a, b) => a - b);
    return runs[2];
  }, q);
  const bytes = [...new Set(loaded)].reduce((s, f) => s + fs.statSync(f).size, 0);
  results.push({ query: q, results: first.n, files: new Set(loaded).size, bytes, coldMs: first.ms, warmMs: warm });
  await page.close();
}
await browser.close();
console.log(JSON.stringify(results));
