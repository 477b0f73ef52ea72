// Checks a built tokki site as a reader's browser sees it, opened straight
// from disk (file://), in headless Chromium:
//   1. search: type in the box, see highlighted results, follow one by
//      keyboard; tokkiSearch() answers exact Japanese queries and never
//      throws on odd ones;
//   2. no console error and no request outside file:// on any page visited;
//   3. axe-core finds no serious or critical WCAG 2.x A/AA violation on the
//      main kinds of page;
//   4. the printed 遵守確認表 starts with the inspection form's header block.
// Usage: node check.mjs SITE_DIR   (exits 1 on any failure)
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import path from "node:path";
import fs from "node:fs";

const require = createRequire(import.meta.url);
const site = path.resolve(process.argv[2] || "public");
const url = (p) => "file://" + path.join(site, p);
const failures = [];
const fail = (msg) => { failures.push(msg); console.log("FAIL " + msg); };
const ok = (msg) => console.log("ok   " + msg);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext({ locale: "ja-JP" });
const page = await context.newPage();
page.on("console", (m) => { if (m.type() === "error") fail(`console error on ${page.url()}: ${m.text()}`); });
page.on("pageerror", (e) => fail(`script error on ${page.url()}: ${e.message}`));
page.on("request", (r) => { if (!r.url().startsWith("file://")) fail(`request outside file://: ${r.url()}`); });

// 1. Search, as a reader does it.
await page.goto(url("index.html"));
await page.fill("#search-input", "再委託");
await page.waitForSelector("#search-results:not([hidden]) a", { timeout: 10000 });
const first = await page.$eval("#search-results a", (a) => ({ href: a.getAttribute("href"), text: a.textContent }));
const marks = await page.$$eval("#search-results mark", (ms) => ms.map((m) => m.textContent));
if (!marks.some((m) => m.includes("再委託"))) fail(`search snippets do not highlight 再委託: ${JSON.stringify(marks.slice(0, 3))}`);
else ok(`search as you type: first result "${first.text.slice(0, 30)}", highlights ${marks.length}`);
await page.press("#search-input", "ArrowDown");
const focused = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute("href"));
if (focused !== first.href) fail(`ArrowDown does not move to the first result (focus on ${focused})`);
await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
if (!page.url().startsWith("file://") || !(await page.$("h1"))) fail(`following a result did not open a page: ${page.url()}`);
else ok(`followed a result by keyboard to ${page.url().slice(("file://" + site).length)}`);

// tokkiSearch, exactly as the content model specifies it.
const api = await page.evaluate(async () => {
  const q = async (s) => (await window.tokkiSearch(s)).map((r) => ({ url: r.url, title: r.title }));
  const odd = [];
  for (const s of ["", "   ", "<script>alert(1)</script>", ".*[(?", "\\", "個人情報".repeat(2000), null, undefined, 42]) {
    try { const r = await window.tokkiSearch(s); if (!Array.isArray(r)) odd.push(String(s).slice(0, 20) + ": not an array"); }
    catch (e) { odd.push(String(s).slice(0, 20) + ": " + e.message); }
  }
  return { compound: await q("取扱責任者"), wide: await q("ＵＳＢ"), halfKana: await q("ﾌｧｲﾙ"), two: await q("委託"), odd };
});
if (!api.compound.some((r) => /個人情報取扱責任者/.test(r.title) || r.url.includes("clauses/"))) fail("取扱責任者 does not find the clause on 個人情報取扱責任者");
if (!api.wide.length) fail("ＵＳＢ (full width) finds nothing");
if (!api.halfKana.length) fail("ﾌｧｲﾙ (half-width kana) finds nothing");
if (!api.two.length) fail("a two-character query finds nothing");
if (api.odd.length) fail("odd queries: " + api.odd.join("; "));
for (const r of [...api.compound, ...api.two]) {
  if (!r.url || !r.title || r.url.startsWith("/") || r.url.includes("://")) fail(`result without a relative url and a title: ${JSON.stringify(r)}`);
}
ok(`tokkiSearch: 取扱責任者 ${api.compound.length}, ＵＳＢ ${api.wide.length}, ﾌｧｲﾙ ${api.halfKana.length}, 委託 ${api.two.length} results; odd queries fine`);

// The builder page: answer, see the tailored document change, from file://.
await page.goto(url("tailor.html"));
await page.waitForSelector("#tailor-clauses");
const before = await page.textContent("#tailor-clauses");
await page.check('input[name="q-takeout"][value="はい"]');
await page.waitForFunction((b) => document.querySelector("#tailor-clauses").textContent !== b, before);
const variant = await page.textContent("#tailor-clauses");
if (!variant.includes("前項の規定にかかわらず")) fail("answering takeout: はい did not bring the conditional take-out text");
else ok("builder: answering a question swaps in the variant");
await page.fill("#tailor-start", "2026-04-01");
await page.fill("#tailor-end", "2027-03-31");
await page.waitForFunction(() => document.querySelector("#tailor-result").textContent.includes("2026-07-01　実地"));
const icsHref = await page.getAttribute("#tailor-ics", "href");
if (!icsHref || !icsHref.startsWith("blob:")) fail(`the .ics link is ${icsHref}`);
else ok("builder: schedule shown (2026-07-01 実地) with an .ics download");
const param = await page.$("input[data-param]");
if (param) {
  await param.fill("<b>テスト</b>");
  await page.waitForFunction(() => document.querySelector("#tailor-clauses").textContent.includes("<b>テスト</b>"));
  if (await page.$("#tailor-clauses b")) fail("a parameter value became markup");
  else ok("builder: a parameter value such as <b> appears as text");
}
const tailored = await page.evaluate(async () => {
  const r = await window.tokkiTailor({ answers: { mynumber: "はい" }, start: "2026-04-01", end: "2026-04-15" });
  return { n: r.clauses.length, first: r.clauses[0].number, my: r.clauses.some((c) => c.id === "C-22"), schedule: r.schedule };
});
if (!tailored.my || tailored.first !== 1 || JSON.stringify(tailored.schedule) !== JSON.stringify([{ date: "2026-04-08", kind: "実地" }, { date: "2026-04-15", kind: "終了時" }]))
  fail("tokkiTailor: " + JSON.stringify(tailored));
else ok(`tokkiTailor: ${tailored.n} clauses with My Number data, schedule ${JSON.stringify(tailored.schedule)}`);

// The printed 遵守確認表 is an inspection form: on paper only, a header
// block to fill in (業務名, 受注者, 点検日, 点検者) that names the timings
// shown; the tailored one names the task.
await page.goto(url("checklist/index.html"));
const onScreen = await page.isVisible("table.inspection-head");
await page.uncheck('form.filter input[value="契約前"]');
await page.uncheck('form.filter input[value="随時"]');
await page.emulateMedia({ media: "print" });
const printed = await page.evaluate(() => ({
  fields: Array.from(document.querySelectorAll("table.inspection-head th")).map((th) => th.textContent),
  timing: document.querySelector("[data-timing-all]").textContent,
  h1: getComputedStyle(document.querySelector("main h1")).display,
}));
const headPrinted = await page.isVisible("table.inspection-head");
if (onScreen || !headPrinted || printed.fields.join(" ") !== "業務名 受注者 点検日 点検者 時期" || printed.timing !== "定期、終了時" || printed.h1 !== "none")
  fail(`printed checklist: header block on screen ${onScreen}, on paper ${headPrinted}, ${JSON.stringify(printed)}`);
else ok(`printed checklist starts with the form's header block (${printed.fields.join("、")}; 時期 ${printed.timing})`);
await page.emulateMedia({ media: "screen" });
await page.goto(url("tailor.html"));
await page.fill("#tailor-task", "窓口業務");
await page.waitForFunction(() => { const t = document.querySelector("#tailor-result table.inspection-head"); return t && t.textContent.includes("窓口業務"); });
await page.emulateMedia({ media: "print" });
if (!(await page.isVisible("#tailor-result table.inspection-head"))) fail("the tailored checklist prints without its header block");
else ok("printed tailored checklist has the header block with the task's name");
await page.emulateMedia({ media: "screen" });

// 2 and 3. Every main kind of page: no outside request, no console error,
// no serious or critical accessibility violation.
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const pages = ["index.html", "guide/index.html", "clauses/index.html", "checklist/index.html", "trace.html",
  "incidents/index.html", "tailor.html", "history.html", "reviews.html", "404.html"];
const firstOf = (dir, skip) => {
  const f = fs.readdirSync(path.join(site, dir)).filter((n) => n.endsWith(".html") && n !== skip).sort()[0];
  return f ? dir + "/" + f : null;
};
for (const p of [firstOf("clauses", "index.html"), firstOf("checklist", "index.html"), firstOf("guide", "index.html"),
  firstOf("incidents", "index.html"), fs.existsSync(path.join(site, "forms")) ? firstOf("forms", "index.html") : null]) if (p) pages.push(p);
for (const p of pages) {
  if (!fs.existsSync(path.join(site, p))) { fail(`${p} is missing`); continue; }
  await page.goto(url(p));
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"], preload: false }));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of bad) fail(`${p}: ${v.impact} ${v.id}: ${v.help} (${v.nodes.length} elements, e.g. ${v.nodes[0].target})`);
  if (!bad.length) ok(`${p}: axe found no serious or critical violation (${result.violations.length} minor, ${result.passes.length} rules passed)`);
}

// Keyboard: the skip link is the first stop and takes focus to the content.
await page.goto(url("index.html"));
await page.keyboard.press("Tab");
const skip = await page.evaluate(() => document.activeElement && document.activeElement.className);
if (skip !== "skip-link") fail(`the first Tab stop is "${skip}", not the skip link`);
else ok("the first Tab stop is the skip link");

await browser.close();
console.log(failures.length ? `${failures.length} failed` : "all browser checks passed");
process.exit(failures.length ? 1 : 0);
