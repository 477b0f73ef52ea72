/* tokki tailoring: the browser half of cmd/internal/tailor (tailor.go and
   schedule.go mirror this file; a test keeps them in step). Exposes
   window.tokkiTailor(input) on every page; runs the builder page. */
(function () {
  "use strict";
  function loadData() {
    if (window.tokkiTailorData) return Promise.resolve(window.tokkiTailorData);
    return window.tokki.load("tailor/data.js").then(function () { return window.tokkiTailorData; });
  }

  // Dates are "YYYY-MM-DD" strings; arithmetic in UTC.
  function parse(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || "");
    if (!m) return null;
    var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCMonth() === +m[2] - 1 ? d : null;
  }
  function fmt(d) { return d.toISOString().slice(0, 10); }
  function addMonths(d, n) {
    var first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
    var last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d.getUTCDate(), last)));
  }
  function addDays(d, n) { return new Date(d.getTime() + n * 86400000); }

  // closed mirrors tailor.Closed: a weekend, a national holiday of
  // data.holidays, or 29 December to 3 January.
  function closed(d, holidays) {
    var w = d.getUTCDay(), m = d.getUTCMonth() + 1, day = d.getUTCDate();
    if (w === 0 || w === 6 || (m === 12 && day >= 29) || (m === 1 && day <= 3)) return true;
    return holidays.indexOf(fmt(d)) >= 0;
  }
  function nextOpen(d, holidays) {
    while (closed(d, holidays)) d = addDays(d, 1);
    return d;
  }

  // longContract mirrors tailor.LongContract: three months or more.
  function longContract(start, end) { return end >= addMonths(start, 3); }

  // schedule mirrors tailor.Schedule.
  function schedule(start, end, holidays) {
    var periodic = [];
    if (longContract(start, end)) {
      for (var k = 1; ; k++) { var p = addMonths(start, 3 * k); if (p >= end) break; periodic.push(p); }
    } else if (end >= addDays(start, 14)) {
      periodic.push(addDays(start, 7));
    }
    var out = [], last = -1, final = nextOpen(end, holidays);
    periodic.forEach(function (d) {
      var period = 0;
      while (d >= addMonths(start, 12 * (period + 1))) period++;
      var moved = nextOpen(d, holidays);
      if (moved < final) out.push({ date: fmt(moved), kind: period !== last ? "実地" : "定期" });
      last = period;
    });
    out.push({ date: fmt(final), kind: "終了時" });
    return out;
  }

  function holds(when, answers) {
    for (var q in when || {}) if (answers[q] !== when[q]) return false;
    return true;
  }
  function fill(text, values) {
    return text.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : all;
    });
  }
  function describe(data, when) {
    return Object.keys(when || {}).map(function (id) {
      var q = data.questions.filter(function (x) { return x.id === id; })[0];
      return "「" + (q ? q.text : id) + "」が「" + when[id] + "」";
    }).join("、かつ");
  }

  // tailor mirrors tailor.Tailor.
  function tailor(data, input) {
    input = input || {};
    var given = input.answers || {}, answers = {}, values = {}, r = { answers: [], params: [], clauses: [], checks: [], forms: [], left: [], schedule: [] };
    var s = null, e = null;
    if (input.start || input.end) {
      s = parse(input.start); e = parse(input.end);
      if (!s || !e) throw new Error("give both the contract's start and end dates as YYYY-MM-DD");
      // tailor.CheckDate's years (and Date.UTC reads 0050 as 1950).
      [input.start, input.end].forEach(function (x) { var y = +x.slice(0, 4); if (y < 1900 || y > 2999) throw new Error(x + " is outside the years 1900–2999"); });
      if (e < s) throw new Error("the contract ends before it starts");
      r.schedule = schedule(s, e, (data.holidays || {}).dates || []);
      r.holidays = data.holidays;
    }
    Object.keys(given).forEach(function (id) {
      if (!data.questions.some(function (q) { return q.id === id; })) throw new Error("answers: " + JSON.stringify(id) + " is not a question of this handbook");
    });
    data.questions.forEach(function (q) {
      var has = Object.prototype.hasOwnProperty.call(given, q.id), a = has ? String(given[q.id]) : q.default;
      if (q.answers.indexOf(a) < 0) throw new Error("answers: " + q.id + " has no answer " + JSON.stringify(a));
      // The contract's length comes from its dates (mirrors tailor.Tailor).
      var fromDates = !!(q.from_dates && s);
      if (fromDates) {
        var d = longContract(s, e) ? q.answers[0] : q.answers[1];
        if (has && a !== d) throw new Error("answers: " + q.id + " is " + JSON.stringify(a) + ", but the contract's dates give " + JSON.stringify(d));
        a = d;
      }
      answers[q.id] = a;
      r.answers.push({ id: q.id, text: q.text, answer: a, default: !has && !fromDates, fromDates: fromDates });
    });
    var gp = input.params || {};
    Object.keys(gp).forEach(function (name) {
      if (!data.params.some(function (p) { return p.name === name; })) throw new Error("params: " + JSON.stringify(name) + " is not a parameter of this handbook");
    });
    data.params.forEach(function (p) {
      var has = Object.prototype.hasOwnProperty.call(gp, p.name), v = has ? String(gp[p.name]) : p.default;
      values[p.name] = v;
      r.params.push({ name: p.name, label: p.label || p.name, value: v, default: !has });
    });
    var included = {};
    data.clauses.forEach(function (c) {
      if (!holds(c.when, answers)) { r.left.push({ id: c.id, title: c.title, order: c.order, because: describe(data, c.when), reason: c.reason }); return; }
      var t = c.default, variant = false, because = "";
      for (var i = 0; i < (c.variants || []).length; i++) {
        if (holds(c.variants[i].when, answers)) { t = c.variants[i]; variant = true; because = describe(data, t.when); break; }
      }
      var number = r.clauses.length + 1;
      included[c.id] = number;
      r.clauses.push({ id: c.id, number: number, order: c.order, title: c.title, text: fill(t.text, values), html: t.html, variant: variant, because: because });
    });
    // A reference to a clause names the article as this text numbers it
    // (mirrors tailor.Tailor); one the task leaves out, by its caption.
    r.refs = {};
    data.clauses.forEach(function (c) {
      r.refs[c.id] = included[c.id] ? "第" + included[c.id] + "条（" + c.title + "）" : "「" + c.title + "」";
    });
    var named = function (t) { return t.replace(/\uE004([^\uE005]*)\uE005/g, function (all, id) { return r.refs[id] || ""; }); };
    r.clauses.forEach(function (c) { c.text = named(c.text); });
    // Check items in article order, within one article as the data lists
    // them (content.CompareChecks); each numbered K-N-i after the task's
    // 第N条 (mirrors tailor.Check.TaskID), the handbook's id kept in label.
    var kept = [], seq = {};
    data.checks.forEach(function (k, i) { if (included[k.clause] && holds(k.when, answers)) kept.push({ k: k, i: i }); });
    kept.sort(function (a, b) { return (included[a.k.clause] - included[b.k.clause]) || (a.i - b.i); });
    kept.forEach(function (x) {
      var k = x.k;
      var n = included[k.clause]; seq[k.clause] = (seq[k.clause] || 0) + 1;
      var taskId = "K-" + (n < 10 ? "0" : "") + n + "-" + seq[k.clause];
      r.checks.push({ id: k.id, taskId: taskId, label: taskId + "（ハンドブックの" + k.id + "）", clause: k.clause, number: n, title: k.title, aspect: k.aspect, timing: k.timing, question: named(k.question || ""), good: named(k.good || "") });
    });
    // The forms (様式) the kept clauses ask for, each once, in article order;
    // each with the numbers of the articles that ask for it.
    var seen = {};
    r.clauses.forEach(function (c) {
      ((data.forms || {})[c.id] || []).forEach(function (f) {
        if (!seen[f.url]) { seen[f.url] = { title: f.title, url: f.url, download: f.download, name: f.name, number: f.number, articles: [] }; r.forms.push(seen[f.url]); }
        if (seen[f.url].articles.indexOf(c.number) < 0) seen[f.url].articles.push(c.number);
      });
    });
    r.values = values;
    return r;
  }

  // tokkiTailor(input) resolves to {clauses: [{id, number, title, text}],
  // checks: [{id, clause, title, aspect, timing, question, good}], schedule: [{date, kind}],
  // forms: [{title, url, download, name}]}
  // and more (left, answers, params); it rejects on an unknown question,
  // answer or parameter.
  window.tokkiTailor = function (input) {
    return loadData().then(function (data) { return tailor(data, input); });
  };
  // tokkiTailor.ics(result, task) is the schedule of a result as the
  // calendar file the page offers (the same bytes as tokki tailor --ics).
  window.tokkiTailor.ics = function (r, task) { return ics(r, task); };
  // tokkiTailor.text(result, task) is the 特記仕様書 of a result as text.
  window.tokkiTailor.text = function (r, task) { return plainText(r, task); };

  /* The builder page. */
  function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
  // articleLines mirrors markdown.ArticleLines: the caption, then 第N条 and
  // the first paragraph without its 1, then the other paragraphs.
  function articleLines(n, title, text) {
    var body = text.replace(/\n+$/, "").split("\n"), head = "第" + n + "条";
    if (body[0] === "") return ["（" + title + "）", head];
    body[0] = head + "　" + body[0].replace(/^1　/, "");
    return ["（" + title + "）"].concat(body);
  }
  // plainText mirrors export.Text for a tailored document, without its
  // byte-order mark and with \n for \r\n: what the page's copy button
  // copies, the words tokki export clauses --format txt writes.
  function plainText(r, task) {
    var lines = ["個人情報の取扱いに関する特記仕様書"];
    if (task) lines.push("（" + task + "）");
    lines.push("");
    r.clauses.forEach(function (c) { lines = lines.concat(articleLines(c.number, c.title, c.text)); lines.push(""); });
    var forms = r.forms.slice().sort(function (a, b) { return (a.number - b.number) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0); });
    if (forms.length) {
      lines.push("別添　様式の一覧");
      forms.forEach(function (f) {
        lines.push(f.title + "（" + f.articles.slice().sort(function (a, b) { return a - b; }).map(function (n) { return "第" + n + "条"; }).join("、") + "）");
      });
    }
    return lines.join("\n") + "\n";
  }

  // ics mirrors tailor.ICS byte for byte (a test compares them): lines
  // folded at 75 octets, text escaped, UIDs that carry an FNV-1a hash of
  // the task's name and dates.
  function utf8(str) {
    var out = [];
    for (var ch of str) {
      var c = ch.codePointAt(0);
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | c >> 6, 0x80 | c & 63);
      else if (c < 0x10000) out.push(0xe0 | c >> 12, 0x80 | c >> 6 & 63, 0x80 | c & 63);
      else out.push(0xf0 | c >> 18, 0x80 | c >> 12 & 63, 0x80 | c >> 6 & 63, 0x80 | c & 63);
    }
    return out;
  }
  function fold(line) {
    var out = "", n = 0;
    for (var ch of line) {
      var size = utf8(ch).length;
      if (n + size > 75) { out += "\r\n "; n = 1; }
      out += ch; n += size;
    }
    return out;
  }
  function ics(r, task) {
    task = task || "";
    var h = 0x811c9dc5;
    utf8(task + r.schedule.map(function (s) { return "\n" + s.date; }).join("")).forEach(function (b) {
      h = Math.imul(h ^ b, 0x01000193) >>> 0;
    });
    var id = ("0000000" + h.toString(16)).slice(-8), kinds = { "実地": "onsite", "終了時": "final" };
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tokki//inspection schedule//JA", "CALSCALE:GREGORIAN"];
    r.schedule.forEach(function (s, i) {
      var d = s.date.replace(/-/g, ""), next = fmt(addDays(parse(s.date), 1)).replace(/-/g, "");
      lines.push("BEGIN:VEVENT", "UID:" + d + "-" + (i + 1) + "-" + (kinds[s.kind] || "periodic") + "-" + id + "@tokki",
        "DTSTAMP:" + r.schedule[0].date.replace(/-/g, "") + "T000000Z",
        "DTSTART;VALUE=DATE:" + d, "DTEND;VALUE=DATE:" + next,
        "SUMMARY:" + ("個人情報の取扱いの点検（" + s.kind + "）" + (task ? " " + task : "")).replace(/[\\;,]/g, "\\$&").replace(/\n/g, "\\n"), "END:VEVENT");
    });
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }
  function render(out, r, task) {
    out.textContent = "";
    var doc = el("section"); doc.id = "tailor-clauses"; doc.className = "contract";
    doc.appendChild(el("h2", "個人情報の取扱いに関する特記仕様書"));
    if (task) doc.appendChild(el("p", "業務：" + task));
    r.clauses.forEach(function (c) {
      var art = el("section", undefined, "article");
      var h = el("h3"); h.appendChild(el("span", "（" + c.title + "）", "caption")); h.appendChild(el("br")); h.appendChild(document.createTextNode("第" + c.number + "条"));
      art.appendChild(h);
      var body = el("div", undefined, "article-text");
      body.innerHTML = c.html; // rendered at build time from the handbook, escaped there
      body.querySelectorAll("[data-param]").forEach(function (s) { s.textContent = r.values[s.getAttribute("data-param")]; });
      body.querySelectorAll("[data-ref]").forEach(function (s) {
        s.textContent = r.refs[s.getAttribute("data-ref")] || "";
        // The link led to the whole handbook's article, numbered otherwise.
        var a = s.parentNode;
        if (a && a.tagName === "A") a.parentNode.replaceChild(s, a);
      });
      art.appendChild(body);
      doc.appendChild(art);
    });
    doc.setAttribute("data-text", plainText(r, task));
    out.appendChild(doc);

    var cl = el("section"); cl.appendChild(el("h2", "遵守確認表"));
    // The inspection form's header block, printed only (style.css).
    var ih = el("table", undefined, "inspection-head");
    ih.appendChild(el("caption", "遵守確認表（点検記録）"));
    [["業務名", task || "", "受注者", ""], ["点検日", out.getAttribute("data-date-blank") || "", "点検者", ""], ["時期", "全て（契約前、定期、終了時、随時）"]].forEach(function (cells) {
      var tr = el("tr");
      cells.forEach(function (x, i) {
        var c = el(i % 2 ? "td" : "th", x);
        if (i % 2 === 0) c.scope = "row"; else if (cells.length === 2) c.colSpan = 3;
        tr.appendChild(c);
      });
      ih.appendChild(tr);
    });
    cl.appendChild(ih);
    // On a phone each row is a card (style.css, table.stack): the cells
    // after the title carry their column's name.
    var t = el("table", undefined, "data checklist stack"), head = el("tr");
    var cols = ["番号", "条", "確認項目", "確認内容", "よい状態", "観点", "時期", "結果", "備考"];
    var kinds = ["id", "id", "title", "", "", "short", "short", "", ""];
    cols.forEach(function (x) { var th = el("th", x); th.scope = "col"; head.appendChild(th); });
    var thead = el("thead"); thead.appendChild(head); t.appendChild(thead);
    var tb = el("tbody");
    r.checks.forEach(function (k) {
      var tr = el("tr");
      ["", "第" + k.number + "条", k.title, k.question, k.good, k.aspect, k.timing.join("、"), "", ""].forEach(function (x, i) {
        var td = el("td", x, kinds[i]);
        if (i > 2) td.setAttribute("data-label", cols[i]);
        // The task's number, then the handbook's (k.label), each kept on
        // one line; the cell may break between them.
        if (i === 0) { td.className = ""; td.appendChild(el("span", k.taskId, "id")); td.appendChild(el("span", k.label.slice(k.taskId.length), "id")); }
        tr.appendChild(td);
      });
      tb.appendChild(tr);
    });
    t.appendChild(tb);
    var box = el("div", undefined, "table-scroll"); box.setAttribute("role", "region"); box.setAttribute("aria-label", "遵守確認表"); box.tabIndex = 0;
    box.appendChild(t); cl.appendChild(box); out.appendChild(cl);

    if (r.forms.length) {
      var fs = el("section"); fs.appendChild(el("h2", "様式"));
      fs.appendChild(el("p", "この業務の特記仕様書が求める届出、申請、報告の様式です。"));
      var fl = el("ul");
      r.forms.forEach(function (f) {
        var li = el("li"), a = el("a", f.title), w = el("a", "Word");
        a.href = f.url; w.href = f.download; w.setAttribute("download", f.name);
        li.appendChild(a); li.appendChild(document.createTextNode("（")); li.appendChild(w); li.appendChild(document.createTextNode("）"));
        fl.appendChild(li);
      });
      fs.appendChild(fl); out.appendChild(fs);
    }

    if (r.schedule.length) {
      var sc = el("section"); sc.appendChild(el("h2", "点検の予定"));
      var ul = el("ul");
      r.schedule.forEach(function (s) { ul.appendChild(el("li", s.date + "　" + s.kind)); });
      sc.appendChild(ul);
      var hol = r.holidays || {};
      if (hol.note) sc.appendChild(el("p", hol.note, "note"));
      if (hol.after && +r.schedule[r.schedule.length - 1].date.slice(0, 4) > hol.to) sc.appendChild(el("p", hol.after, "note"));
      out.appendChild(sc);
    }

    var rec = el("section"); rec.appendChild(el("h2", "判断記録"));
    rec.appendChild(el("h3", "業務についての回答"));
    var ua = el("ul");
    r.answers.forEach(function (a) { ua.appendChild(el("li", a.text + "　" + a.answer + (a.fromDates ? "（契約期間から）" : a.default ? "（既定）" : ""))); });
    rec.appendChild(ua);
    rec.appendChild(el("h3", "除いた条項"));
    var ul2 = el("ul");
    r.left.forEach(function (l) { ul2.appendChild(el("li", "ハンドブックの第" + l.order + "条（" + l.title + "）：" + l.because + "の業務に限る条項のため。" + (l.reason ? "（解説より：" + l.reason + "）" : ""))); });
    if (!r.left.length) ul2.appendChild(el("li", "ありません。"));
    rec.appendChild(ul2);
    rec.appendChild(el("h3", "差し替えた条項"));
    var ul3 = el("ul"), n = 0;
    r.clauses.forEach(function (c) { if (c.variant) { n++; ul3.appendChild(el("li", "第" + c.number + "条（" + c.title + "、ハンドブックの第" + c.order + "条）：" + c.because + "であるため、別の書き方を選んだ。")); } });
    if (!n) ul3.appendChild(el("li", "ありません。"));
    rec.appendChild(ul3);
    if (r.params.length) {
      rec.appendChild(el("h3", "当てはめた値"));
      var ul4 = el("ul");
      r.params.forEach(function (p) { ul4.appendChild(el("li", p.label + "：" + p.value + (p.default ? "（既定）" : ""))); });
      rec.appendChild(ul4);
    }
    out.appendChild(rec);
  }
  function setupBuilder() {
    var form = document.getElementById("tailor-form"), out = document.getElementById("tailor-result");
    if (!form || !out) return;
    form.hidden = false;
    document.getElementById("tailor-tools").hidden = false;
    var link = document.getElementById("tailor-ics"), url = null;
    function update() {
      var input = { answers: {}, params: {}, start: form.start.value, end: form.end.value };
      var dated = !!(parse(input.start) && parse(input.end));
      // With both dates, a question with from_dates is answered from them:
      // its choices show the answer and cannot be changed.
      form.querySelectorAll("fieldset[data-from-dates]").forEach(function (fs) {
        fs.querySelectorAll("input[type=radio]").forEach(function (i) { i.disabled = dated; });
        fs.querySelector(".from-dates").hidden = !dated;
      });
      form.querySelectorAll("input[type=radio]:checked:not(:disabled)").forEach(function (i) { input.answers[i.name.slice(2)] = i.value; });
      form.querySelectorAll("input[data-param]").forEach(function (i) { input.params[i.getAttribute("data-param")] = i.value; });
      if (!input.start || !input.end) { delete input.start; delete input.end; }
      window.tokkiTailor(input).then(function (r) {
        r.answers.forEach(function (a) {
          if (!a.fromDates) return;
          form.querySelectorAll("input[type=radio]").forEach(function (i) { if (i.name === "q-" + a.id) i.checked = i.value === a.answer; });
        });
        render(out, r, form.task.value);
        if (url) URL.revokeObjectURL(url);
        link.hidden = !r.schedule.length;
        if (r.schedule.length) { url = URL.createObjectURL(new Blob([ics(r, form.task.value)], { type: "text/calendar" })); link.href = url; }
      }, function (e) { out.textContent = e.message; });
    }
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    update();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setupBuilder);
  else setupBuilder();
})();
