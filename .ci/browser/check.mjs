// Checks a built tokki site as a reader's browser sees it, opened straight
// from disk (file://), in headless Chromium:
//   1. search: type in the box, see highlighted results, follow one by
//      keyboard; tokkiSearch() answers exact Japanese queries and never
//      throws on odd ones; spellings meet, ids find their page, a phrase
//      falls back to its words, a miss suggests words; Enter opens the
//      results page (search.html?q=…), whose filter by kind works;
//   2. no console error and no request outside file:// on any page visited;
//   3. axe-core finds no serious or critical WCAG 2.x A/AA violation on the
//      main kinds of page;
//   4. the printed 遵守確認表 starts with the inspection form's header block;
//   5. phones and narrow windows: no sideways scrolling, tables as cards or
//      in their own scroll box, dates that never break.
//   6. the builder page's Word and Excel downloads are tokki export's bytes.
// Usage: node check.mjs SITE_DIR [EXPECTED_DIR]   (exits 1 on any failure)
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import path from "node:path";
import fs from "node:fs";

const require = createRequire(import.meta.url);
const site = path.resolve(process.argv[2] || "public");
const expected = process.argv[3] ? path.resolve(process.argv[3]) : ""; // tokki export's files for one answers file
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

// What staff type (issue 18): spelling variants meet, an id finds its
// clause first, a phrase falls back to its content words, a word found
// nowhere gets near words instead.
const typed = await page.evaluate(async () => {
  const n = async (s) => (await window.tokkiSearch(s, { limit: 0 })).length;
  const c09 = await window.tokkiSearch("Ｃ－０９");
  const phrase = await window.tokkiSearch("USBメモリを紛失した");
  const none = await window.tokkiSearch("ぬばたまの");
  return { okuri: await n("取り扱い"), plain: await n("取扱い"), hira: await n("まいなんばー"), c09: c09.length ? c09[0].url : "",
    words: phrase.words, fallback: phrase.fallback, phraseN: phrase.length, none: none.length, suggest: Array.isArray(none.suggest) };
});
if (!typed.okuri || typed.okuri < typed.plain * 0.9) fail(`取り扱い finds ${typed.okuri} pages, 取扱い ${typed.plain}`);
if (!typed.hira) fail("まいなんばー finds nothing");
if (typed.c09 !== "clauses/C-09.html") fail(`Ｃ－０９ finds ${typed.c09 || "nothing"} first, not clauses/C-09.html`);
if (!typed.fallback || JSON.stringify(typed.words) !== JSON.stringify(["usbメモリ", "紛失"]) || !typed.phraseN) fail(`USBメモリを紛失した: ${JSON.stringify(typed)}`);
if (typed.none || !typed.suggest) fail(`an unrelated phrase finds ${typed.none} pages`);
if (!failures.length) ok(`spellings meet (取り扱い ${typed.okuri}, 取扱い ${typed.plain}), Ｃ－０９ finds C-09 first, a phrase falls back to its words`);

// Enter in the search box opens the results page, from file://.
await page.goto(url("index.html"));
await page.fill("#search-input", "再委託");
await page.waitForSelector("#search-results:not([hidden]) a", { timeout: 10000 });
await Promise.all([page.waitForNavigation(), page.press("#search-input", "Enter")]);
if (!/\/search\.html\?q=%E5%86%8D%E5%A7%94%E8%A8%97$/.test(page.url())) fail(`Enter opened ${page.url()}, not search.html?q=再委託`);
await page.waitForSelector("#search-page-results li", { timeout: 10000 });
const listed = await page.$$eval("#search-page-results li", (lis) => lis.length);
const kinds = await page.$$eval("#search-page-results li", (lis) => [...new Set(lis.map((li) => li.getAttribute("data-kind")))]);
await page.uncheck('.search-kinds input[value="check"]');
const afterFilter = await page.$$eval("#search-page-results li:not([hidden])", (lis) => lis.map((li) => li.getAttribute("data-kind")));
if (listed <= 20) fail(`the results page lists ${listed} results for 再委託, not all of them`);
else if (!kinds.includes("check") || afterFilter.includes("check") || afterFilter.length >= listed) fail(`the kind filter did not hide the check items (${kinds.join(",")})`);
else ok(`results page: ${listed} results for 再委託 (${kinds.join(", ")}); unticking 確認項目 leaves ${afterFilter.length}`);
await page.goto(url("search.html") + "?q=" + encodeURIComponent("ぬばたまの"));
await page.waitForSelector("#search-page-more:not([hidden])", { timeout: 10000 });
const dead = await page.$$eval("#search-page-more a", (as) => as.map((a) => a.getAttribute("href")));
const said = await page.textContent("#search-page-status");
if (!dead.includes("clauses/index.html") || !dead.includes("checklist/index.html") || !said.includes("一致するページはありません")) fail(`a query with no result: ${said} ${JSON.stringify(dead)}`);
else ok("a query with no result links the 特記仕様書 and the 遵守確認表");
await page.goto(url("search.html") + "?q=" + encodeURIComponent("USBメモリを紛失した"));
await page.waitForSelector("#search-page-results li", { timeout: 10000 });
const note = await page.textContent("#search-page-status");
if (!note.includes("「USBメモリ」「紛失」で探した結果")) fail(`the results page does not say it searched the words: ${note}`);
else ok("results page: a phrase says which words it was searched by");

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

// The builder page keeps its work: the contract's length follows the
// dates, check items are numbered with the task's articles, the answers
// are saved as the YAML file tokki tailor --answers reads and loaded back.
await page.goto(url("tailor.html"));
await page.waitForSelector("#tailor-clauses");
await page.fill("#tailor-task", "窓口: \"受付\" #1");
await page.fill("#tailor-start", "2026-04-01");
await page.fill("#tailor-end", "2026-05-31");
await page.waitForFunction(() => document.querySelector("#tailor-result").textContent.includes("（契約期間から）"));
const length = await page.evaluate(() => ({
  disabled: Array.from(document.querySelectorAll('input[name="q-length"]')).every((i) => i.disabled),
  checked: (document.querySelector('input[name="q-length"]:checked') || {}).value,
  firstID: document.querySelector("#tailor-result table.checklist tbody td").textContent,
}));
if (!length.disabled || length.checked !== "3か月未満") fail("the length question does not follow the dates: " + JSON.stringify(length));
else ok("builder: two months of dates answer the length question (3か月未満, fixed while the dates are given)");
if (!/^K-01-1（ハンドブックのK-\d+-\d+）$/.test(length.firstID)) fail("the tailored checklist's first item is " + length.firstID);
else ok(`builder: check items numbered with the task's articles (${length.firstID})`);
const [download] = await Promise.all([page.waitForEvent("download"), page.click("#tailor-save")]);
const saved = fs.readFileSync(await download.path(), "utf8");
if (download.suggestedFilename() !== "窓口_ _受付_ #1.yaml" || !saved.includes('task: "窓口: \\"受付\\" #1"') || !saved.includes('start: "2026-04-01"') || saved.includes('"length"'))
  fail(`saved answers ${download.suggestedFilename()}:\n${saved}`);
else ok(`builder: answers saved as ${download.suggestedFilename()} (${saved.split("\n").length - 1} lines, length left to the dates)`);
await page.goto(url("tailor.html"));
await page.waitForSelector("#tailor-clauses");
await page.setInputFiles("#tailor-load", { name: "saved.yaml", mimeType: "application/yaml", buffer: Buffer.from(saved) });
await page.waitForFunction(() => document.querySelector("#tailor-file-status").textContent.includes("読み込みました"));
const loaded = await page.evaluate(() => ({ task: document.querySelector("#tailor-task").value, start: document.querySelector("#tailor-start").value, end: document.querySelector("#tailor-end").value }));
if (loaded.task !== '窓口: "受付" #1' || loaded.start !== "2026-04-01" || loaded.end !== "2026-05-31") fail("loading the saved answers gave " + JSON.stringify(loaded));
else ok("builder: the saved answers load back into the form");
await page.setInputFiles("#tailor-load", { name: "bad.yaml", mimeType: "application/yaml", buffer: Buffer.from("task: 印刷\nanswers:\n  takeout：はい\n") });
await page.waitForFunction(() => document.querySelector("#tailor-file-status").textContent.includes("読み込めません"));
const refused = await page.textContent("#tailor-file-status");
if (!refused.includes("3行目") || (await page.inputValue("#tailor-task")) !== '窓口: "受付" #1') fail("a broken answers file: " + refused);
else ok("builder: a broken answers file is refused, naming its line: " + refused);

// The builder page writes the task's 特記仕様書 as Word and its 遵守確認表
// as Excel, from file://, byte for byte what tokki export writes from the
// same answers file (EXPECTED_DIR: answers.yaml, clauses.docx and
// checklist.xlsx, made by .ci/run); the buttons work from the keyboard.
await page.goto(url("tailor.html"));
await page.waitForSelector("#tailor-clauses");
const answersYAML = expected ? fs.readFileSync(path.join(expected, "answers.yaml")) : Buffer.from("task: 窓口業務\nanswers: {takeout: はい}\n");
await page.setInputFiles("#tailor-load", { name: "answers.yaml", mimeType: "application/yaml", buffer: answersYAML });
await page.waitForFunction(() => document.querySelector("#tailor-file-status").textContent.includes("読み込みました"));
for (const [button, file] of [["#tailor-docx", "clauses.docx"], ["#tailor-xlsx", "checklist.xlsx"]]) {
  await page.focus(button);
  const [office] = await Promise.all([page.waitForEvent("download", { timeout: 60000 }), page.keyboard.press("Enter")]);
  const got = fs.readFileSync(await office.path());
  const status = await page.textContent("#tailor-file-status");
  if (expected) {
    const want = fs.readFileSync(path.join(expected, file));
    if (!got.equals(want)) fail(`builder: ${office.suggestedFilename()} (${got.length} bytes) is not tokki export's ${file} (${want.length} bytes)`);
    else ok(`builder: ${office.suggestedFilename()} is byte for byte tokki export's ${file} (${got.length} bytes)`);
  } else if (got.subarray(0, 2).toString() !== "PK") fail(`builder: ${office.suggestedFilename()} is not an Office file`);
  else ok(`builder: ${office.suggestedFilename()} written (${got.length} bytes; no EXPECTED_DIR to compare with)`);
  if (!status.includes("保存しました")) fail("builder: after the download the page says " + status);
}
{
  // A browser without DecompressionStream (or WebAssembly) is told so.
  const old = await context.newPage();
  await old.addInitScript(() => { delete window.DecompressionStream; });
  await old.goto(url("tailor.html"));
  await old.waitForSelector("#tailor-clauses");
  await old.click("#tailor-docx");
  await old.waitForFunction(() => document.querySelector("#tailor-file-status").textContent.includes("作れませんでした"));
  const said = await old.textContent("#tailor-file-status");
  if (!said.includes("このブラウザーでは")) fail("builder without DecompressionStream says " + said);
  else ok("builder: a browser that cannot make the files is told so: " + said);
  await old.close();
}

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
await page.waitForFunction(() => { const t = document.querySelector("#tailor-result table.inspection-head"); return t && t.textContent.includes("窓口業務") && t.textContent.includes("年　　月　　日"); });
await page.emulateMedia({ media: "print" });
if (!(await page.isVisible("#tailor-result table.inspection-head"))) fail("the tailored checklist prints without its header block");
else ok("printed tailored checklist has the header block with the task's name");
await page.emulateMedia({ media: "screen" });

// 2 and 3. Every main kind of page: no outside request, no console error,
// no serious or critical accessibility violation.
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
// The builder page's copy button copies the tailored text as the text
// download lays it out.
await page.goto(url("tailor.html"));
await page.waitForSelector("#tailor-clauses[data-text]");
const tailoredText = await page.getAttribute("#tailor-clauses", "data-text");
if (!tailoredText.startsWith("個人情報の取扱いに関する特記仕様書\n") || !tailoredText.includes("\n第1条　")) fail(`the builder page copies ${JSON.stringify(tailoredText.slice(0, 120))}`);

// The 特記仕様書's copy button copies the text download's words, paragraph
// numbers included (第1条　…, 2　…), as a contract needs them.
await page.goto(url("clauses/index.html"));
await page.evaluate(() => {
  window.__copied = null;
  if (navigator.clipboard) navigator.clipboard.writeText = (t) => { window.__copied = t; return Promise.resolve(); };
  document.execCommand = () => { window.__copied = document.activeElement && document.activeElement.value; return true; };
});
await page.click('[data-copy="#clauses-plain"]');
await page.waitForFunction(() => window.__copied !== null);
const copied = await page.evaluate(() => window.__copied);
if (!copied.startsWith("個人情報の取扱いに関する特記仕様書\n") || !copied.includes("\n第1条　") || !/\n2　/.test(copied) || !/\n　\(1\)　/.test(copied))
  fail(`the copy button copies ${JSON.stringify(copied.slice(0, 200))}`);
if (!(await page.textContent(".copy-status")).includes("コピーしました")) fail("the copy button does not say it copied");

const pages = ["index.html", "guide/index.html", "clauses/index.html", "checklist/index.html", "trace.html",
  "incidents/index.html", "tailor.html", "history.html", "reviews.html", "404.html", "search.html?q=" + encodeURIComponent("個人情報 持ち出し")];
const firstOf = (dir, skip) => {
  const f = fs.readdirSync(path.join(site, dir)).filter((n) => n.endsWith(".html") && n !== skip).sort()[0];
  return f ? dir + "/" + f : null;
};
for (const p of [firstOf("clauses", "index.html"), firstOf("checklist", "index.html"), firstOf("guide", "index.html"),
  firstOf("incidents", "index.html"), fs.existsSync(path.join(site, "forms")) ? firstOf("forms", "index.html") : null]) if (p) pages.push(p);
for (const p of pages) {
  if (!fs.existsSync(path.join(site, p.split("?")[0]))) { fail(`${p} is missing`); continue; }
  await page.goto(url(p));
  if (p.startsWith("search.html")) await page.waitForSelector("#search-page-results li", { timeout: 10000 });
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"], preload: false }));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of bad) fail(`${p}: ${v.impact} ${v.id}: ${v.help} (${v.nodes.length} elements, e.g. ${v.nodes[0].target})`);
  if (!bad.length) ok(`${p}: axe found no serious or critical violation (${result.violations.length} minor, ${result.passes.length} rules passed)`);
}

// 5. Phones and narrow windows (issue 20, item 6). At 390×844 no page
// scrolls sideways, the 遵守確認表's rows are cards (not one-character
// columns) and the page stays a sane length, the header is compact, a guide
// page's list of pages comes after the article; no date, id or commit hash
// wraps, at 390 px nor on the editors' pages at 1280 px; at a tablet's width
// the 遵守確認表 scrolls inside its own focusable box; paper keeps the table.
const unbroken = () => [...document.querySelectorAll(".date, time, .id, .hash")].filter((e) => {
  if (!e.getClientRects().length) return false; // not shown (a hidden row)
  const r = document.createRange(); r.selectNodeContents(e);
  return r.getBoundingClientRect().height > 1.6 * parseFloat(getComputedStyle(e).lineHeight);
}).map((e) => e.textContent.trim());
const formPage = fs.existsSync(path.join(site, "forms")) ? firstOf("forms", "index.html") : null;
const guidePage = fs.readdirSync(path.join(site, "guide")).filter((n) => n.endsWith(".html") && n !== "index.html")
  .sort().map((n) => "guide/" + n).find((p) => fs.readFileSync(path.join(site, p), "utf8").includes("<table")) || firstOf("guide", "index.html");
await page.setViewportSize({ width: 390, height: 844 });
for (const p of ["checklist/index.html", "history.html", "reviews.html", "trace.html", "tailor.html", guidePage, formPage, "index.html", "clauses/index.html"]) {
  if (!p) continue;
  await page.goto(url(p));
  if (p === "tailor.html") await page.waitForSelector("#tailor-result table.checklist");
  const m = await page.evaluate((unbrokenSrc) => ({
    scroll: document.documentElement.scrollWidth, width: window.innerWidth, height: document.documentElement.scrollHeight,
    wrapped: eval(unbrokenSrc)(), dates: document.querySelectorAll(".date, time, .id, .hash").length,
  }), "(" + unbroken.toString() + ")");
  if (m.scroll > m.width) fail(`${p} at 390 px scrolls sideways: ${m.scroll} px wide`);
  else if (m.wrapped.length) fail(`${p} at 390 px breaks ${m.wrapped.length} dates or ids, e.g. ${m.wrapped.slice(0, 3).join(", ")}`);
  else ok(`${p} at 390 px: ${m.scroll} px wide, ${m.height} px tall, ${m.dates} dates, ids and hashes unbroken`);
}
await page.goto(url("checklist/index.html"));
const cards = await page.evaluate(() => {
  const rows = [...document.querySelectorAll("table.checklist tr[data-timing]")];
  const narrowest = Math.min(...rows.slice(0, 20).map((tr) => tr.cells[1].getBoundingClientRect().width));
  return { rows: rows.length, display: getComputedStyle(rows[0]).display, narrowest, height: document.documentElement.scrollHeight,
    header: document.querySelector(".site-header").getBoundingClientRect().height,
    search: document.querySelector(".search-input").getBoundingClientRect().width };
});
// 195,000 px (1,900 px an item) before the cards; about 490 px an item with them.
if (cards.display !== "block" || cards.narrowest < 300 || cards.height > cards.rows * 800)
  fail(`遵守確認表 at 390 px: rows shown as ${cards.display}, narrowest title ${cards.narrowest} px, ${cards.height} px tall for ${cards.rows} items`);
else ok(`遵守確認表 at 390 px: ${cards.rows} items as cards, ${cards.height} px tall (${Math.round(cards.height / cards.rows)} px an item)`);
if (cards.header > 200 || cards.search < 340) fail(`the header at 390 px is ${cards.header} px tall, its search box ${cards.search} px wide`);
else ok(`the header at 390 px is ${Math.round(cards.header)} px tall, the search box ${Math.round(cards.search)} px wide`);
for (const p of ["checklist/index.html", "history.html", "reviews.html", "trace.html", guidePage, formPage]) {
  if (!p) continue;
  await page.goto(url(p));
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"], preload: false }));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of bad) fail(`${p} at 390 px: ${v.impact} ${v.id}: ${v.help} (${v.nodes.length} elements, e.g. ${v.nodes[0].target})`);
  if (!bad.length) ok(`${p} at 390 px: axe found no serious or critical violation`);
}
if (guidePage) {
  await page.goto(url(guidePage));
  const order = await page.evaluate(() => {
    const side = document.querySelector(".sidebar"), main = document.querySelector("main");
    return side ? { side: side.getBoundingClientRect().top, main: main.getBoundingClientRect().bottom } : null;
  });
  if (!order || order.side < order.main) fail(`${guidePage} at 390 px: the page list is not after the article ${JSON.stringify(order)}`);
  else ok(`${guidePage} at 390 px: the page list comes after the article`);
}
await page.goto(url("checklist/index.html"));
await page.emulateMedia({ media: "print" });
const paper = await page.evaluate(() => getComputedStyle(document.querySelector("table.checklist")).display);
await page.emulateMedia({ media: "screen" });
if (paper !== "table") fail(`the 遵守確認表 printed from a phone is not a table (${paper})`);
await page.setViewportSize({ width: 768, height: 1024 });
await page.goto(url("checklist/index.html"));
const tablet = await page.evaluate(() => {
  const box = document.querySelector(".table-scroll");
  if (!box) return { missing: "no .table-scroll box" };
  return { page: document.documentElement.scrollWidth, width: window.innerWidth, box: box.scrollWidth, client: box.clientWidth,
    tab: box.tabIndex, role: box.getAttribute("role"), label: box.getAttribute("aria-label") };
});
if (tablet.missing || tablet.page > tablet.width || tablet.box <= tablet.client || tablet.tab !== 0 || tablet.role !== "region" || !tablet.label)
  fail(`遵守確認表 at 768 px: ${JSON.stringify(tablet)}`);
else ok(`遵守確認表 at 768 px scrolls inside its own box (${tablet.box} px in ${tablet.client} px), the page does not`);
await page.setViewportSize({ width: 1280, height: 800 });
for (const p of ["history.html", "reviews.html"]) {
  await page.goto(url(p));
  const m = await page.evaluate((src) => ({ wrapped: eval(src)(), dates: document.querySelectorAll(".date").length }), "(" + unbroken.toString() + ")");
  if (!m.dates || m.wrapped.length) fail(`${p} at 1280 px: ${m.dates} dates, broken: ${m.wrapped.slice(0, 3).join(", ")}`);
  else ok(`${p} at 1280 px: ${m.dates} dates, each on one line`);
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
