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
  // textOf is a clause text as plain text. tailor/data.js holds it only
  // where htmlText cannot read it from the HTML; htmlText mirrors htmlText
  // in cmd/internal/site/tailortext.go (see there), which the build checks.
  function textOf(t) { return t.text !== undefined ? t.text : htmlText(t.html); }
  var iroha = "アイウエオカキクケコサシスセソタチツテトナニヌネノ";
  var space = /^[ \t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+|[ \t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$/g;
  function unentity(s) {
    return s.replace(/&(amp|lt|gt|quot|#[0-9]+|#x[0-9a-fA-F]+);/g, function (e, name) {
      var simple = { amp: "&", lt: "<", gt: ">", quot: '"' }[name];
      if (simple) return simple;
      var n = name.charAt(1) === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return n === 0 || (n >= 0xd800 && n <= 0xdfff) || n > 0x10ffff ? e : String.fromCodePoint(n);
    });
  }
  function htmlText(h) {
    var lines = [], lists = [], buf = "", open = false, m, token = /<(\/?)([a-z][a-z0-9]*)([^>]*)>|<|[^<]+/g;
    function attrs(s) { var a = {}, x, re = /([a-z-]+)="([^"]*)"/g; while ((x = re.exec(s))) a[x[1]] = unentity(x[2]); return a; }
    function marker(ordered, depth, n) {
      if (!ordered) return "・";
      if (depth === 0) return String(n);
      if (depth === 1) return "(" + n + ")";
      return n >= 1 && n <= iroha.length ? iroha.charAt(n - 1) : String(n);
    }
    function flush() {
      if (!open) return true;
      open = false;
      var raw = buf; buf = "";
      if (raw.replace(/\n/g, "") === "") return true;
      var prefix = "", d = lists.length - 1;
      if (d >= 0) {
        var l = lists[d];
        if (!l.inItem) return false;
        prefix = "　".repeat(d + 1);
        if (l.first) { prefix = "　".repeat(d) + marker(l.ordered, d, l.num) + "　"; l.first = false; }
      }
      lines.push(prefix + raw.replace(/\n/g, " ").replace(space, ""));
      return true;
    }
    while ((m = token.exec(h))) {
      var closing = m[1] === "/", tag = m[2];
      if (!tag) {
        if (m[0] === "<") return null;
        if (!open) { if (m[0].replace(/\n/g, "") !== "") return null; continue; }
        buf += unentity(m[0]);
        continue;
      }
      if (/^(p|h[1-6])$/.test(tag)) {
        if (!flush()) return null;
        open = !closing;
      } else if (tag === "ol" || tag === "ul") {
        if (!flush()) return null;
        if (closing) { if (!lists.length) return null; lists.pop(); continue; }
        var start = attrs(m[3]).start, next = 1;
        if (start !== undefined) { if (!/^[0-9]+$/.test(start)) return null; next = Math.max(+start, 1); }
        lists.push({ ordered: tag === "ol", next: next, num: 0, first: false, inItem: false });
      } else if (tag === "li") {
        if (!lists.length || !flush()) return null;
        var l = lists[lists.length - 1];
        l.inItem = !closing;
        if (!closing) { l.num = l.next++; l.first = true; open = true; }
      } else if (tag === "span") {
        if (closing) continue;
        var a = attrs(m[3]);
        if (!open) return null;
        if (a["class"] === "param") buf += "{{" + (a["data-param"] || "") + "}}";
        else if (a["class"] === "ref") buf += "\uE004" + (a["data-ref"] || "") + "\uE005";
        else return null;
      } else if (!/^(a|strong|em|code|del)$/.test(tag)) {
        return null;
      }
    }
    if (!flush() || lists.length) return null;
    return lines.join("\n");
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
      r.clauses.push({ id: c.id, number: number, order: c.order, title: c.title, text: fill(textOf(t), values), html: t.html, variant: variant, because: because });
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
      r.checks.push({ id: k.id, taskId: taskId, label: taskId + "（ハンドブックの" + k.id + "）", clause: k.clause, number: n, title: k.title, aspect: k.aspect, timing: k.timing, question: named(k.question || ""), good: named(k.good || ""), method: k.method || "", evidence: k.evidence || "", md: k.md });
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
    r.era = !!data.era;
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

  /* The answers file: what tokki tailor --answers reads (cmd/internal/tailor
     ReadInput). The page saves one and loads one back. */
  var answerKeys = ["task", "start", "end", "answers", "params"];

  // quote is a YAML double-quoted scalar: JSON's escapes, which YAML shares,
  // and \u escapes for the characters YAML does not take as they are.
  function quote(s) {
    s = String(s).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g, function (all, before) { return (before || "") + "\uFFFD"; });
    return JSON.stringify(s).replace(/[\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g, function (c) {
      return "\\u" + ("000" + c.charCodeAt(0).toString(16)).slice(-4);
    });
  }
  // answersYAML writes an input ({task, start, end, answers, params}) as
  // an answers file, every value double-quoted.
  function answersYAML(input) {
    var out = ["# 業務に合わせるページで保存した回答です。", "# tokki tailor --answers このファイル で、同じ特記仕様書ができます。",
      "task: " + quote(input.task || "")];
    if (input.start) out.push("start: " + quote(input.start));
    if (input.end) out.push("end: " + quote(input.end));
    ["answers", "params"].forEach(function (key) {
      var m = input[key] || {}, names = Object.keys(m);
      if (!names.length) { out.push(key + ": {}"); return; }
      out.push(key + ":");
      names.forEach(function (n) { out.push("  " + quote(n) + ": " + quote(m[n])); });
    });
    return out.join("\n") + "\n";
  }
  // fileName is the saved file's name: the task's, without the characters
  // Windows refuses in a name, or 回答.
  function fileName(task) { return safeName(task) + ".yaml"; }
  function safeName(task) {
    var name = Array.from(String(task || "").replace(/[\\/:*?"<>|\u0000-\u001F\u007F]/g, "_").trim()).slice(0, 60).join("").replace(/[. ]+$/, "");
    if (!name || /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(name)) name = "回答";
    return name;
  }

  // readAnswers reads an answers file as tokki writes it and as a person
  // writes it by hand: the keys task, start, end, answers and params; for
  // answers and params one level of "name: value" pairs, indented under the
  // key or in braces on its line ({takeout: いいえ}); values plain, in '…'
  // or in "…"; comments. Anything else is refused with a message naming the
  // line, rather than read otherwise than tokki would read it.
  function readAnswers(src) {
    var lines = String(src).replace(/^\uFEFF/, "").split(/\r\n|\r|\n/), out = {}, section = null, indent = -1, any = false;
    function fail(n, msg) { throw new Error(n + "行目：" + msg); }
    // scalar reads a value at s[p]; flow: inside {…}. Returns [value, end];
    // value null for an empty or null plain value.
    function scalar(s, p, n, flow) {
      var c = s.charAt(p), v = "";
      if (c === '"') {
        for (p++; ; p++) {
          if (p >= s.length) fail(n, "引用符（\"）が閉じていません。値は1行に書き、\" で閉じてください。");
          c = s.charAt(p);
          if (c === '"') return [v, p + 1];
          if (c !== "\\") { if (/[\u0000-\u0008\u000B-\u001F\u007F]/.test(c)) fail(n, "制御文字は \\u 形式で書いてください。"); v += c; continue; }
          var e = s.charAt(++p), simple = { "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1B", " ": " ", '"': '"', "'": "'", "\\": "\\", N: "\u0085", _: "\u00A0", L: "\u2028", P: "\u2029" };
          if (Object.prototype.hasOwnProperty.call(simple, e)) { v += simple[e]; continue; }
          var len = { x: 2, u: 4, U: 8 }[e], hex = s.substr(p + 1, len || 0);
          if (!len || !new RegExp("^[0-9A-Fa-f]{" + len + "}$").test(hex)) fail(n, "\\" + e + " は使えない書き方です。\\ を書くときは \\\\ と書いてください。");
          var code = parseInt(hex, 16);
          if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) fail(n, "\\" + e + hex + " は文字を表していません。");
          v += String.fromCodePoint(code); p += len;
        }
      }
      if (c === "'") {
        for (p++; ; p++) {
          if (p >= s.length) fail(n, "引用符（'）が閉じていません。値は1行に書き、' で閉じてください。");
          c = s.charAt(p);
          if (c === "'") { if (s.charAt(p + 1) === "'") { v += "'"; p++; continue; } return [v, p + 1]; }
          v += c;
        }
      }
      if (flow && (c === "," || c === "}")) return [null, p];
      if (/[\[\]{}&*!|>%@`]/.test(c) || (!flow && c === ",") || (/[-?:]/.test(c) && /\s/.test(s.charAt(p + 1) || " ")))
        fail(n, "「" + c + "」で始まる値は、引用符で囲んでください（例 \"" + s.slice(p).replace(/\s+#.*$/, "").trim() + "\"）。");
      var start = p;
      for (; p < s.length; p++) {
        c = s.charAt(p);
        if (c === "#" && /\s/.test(s.charAt(p - 1))) break;
        if (c === ":" && (p + 1 >= s.length || /\s/.test(s.charAt(p + 1)) || (flow && /[,}]/.test(s.charAt(p + 1))))) break;
        if (flow && /[,{}\[\]]/.test(c)) break;
      }
      v = s.slice(start, p).replace(/[ \t]+$/, "");
      return [/^(~|null|Null|NULL|)$/.test(v) ? null : v, p];
    }
    function rest(s, p, n) {
      var t = s.slice(p);
      if (/^[ \t]*$/.test(t) || /^[ \t]*#/.test(t)) return;
      fail(n, "値の後ろに余計な文字「" + t.trim() + "」があります。値に含めるときは全体を \" で囲んでください。");
    }
    // pair reads "name: value" at s[p] and returns [name, value, end].
    function pair(s, p, n, flow) {
      var k = scalar(s, p, n, flow);
      if (k[0] === null) fail(n, "「名前: 値」の名前がありません。");
      p = k[1];
      while (s.charAt(p) === " ") p++;
      if (s.charAt(p) !== ":") {
        if (k[0].indexOf("：") >= 0) fail(n, "全角のコロン「：」があります。半角の「:」と空白で区切ってください。");
        fail(n, "「" + k[0] + "」の後に「: 」（半角のコロンと空白）がありません。");
      }
      p++;
      while (/[ \t]/.test(s.charAt(p))) p++;
      var c = s.charAt(p);
      if (c === "{" || c === "[" || (c === "-" && /\s|^$/.test(s.charAt(p + 1)))) return [k[0], c, p];
      if (c === "|" || c === ">") fail(n, "複数行の値（| や >）は読めません。1行に書き、改行は \"…\\n…\" と書いてください。");
      var v = scalar(s, p, n, flow);
      return [k[0], v[0], v[1]];
    }
    function put(m, key, value, n, where) {
      if (Object.prototype.hasOwnProperty.call(m, key)) fail(n, where + "「" + key + "」が2回書かれています。1回にしてください。");
      m[key] = value;
    }
    for (var i = 0; i < lines.length; i++) {
      var s = lines[i], n = i + 1;
      if (/^[ \t]*(#.*)?$/.test(s)) continue;
      if (/^---([ \t].*)?$/.test(s)) { if (any) break; continue; }
      if (/^\.\.\.([ \t].*)?$/.test(s)) break;
      if (/^%/.test(s)) fail(n, "「%」で始まる行は読めません。");
      var lead = /^[ \t\u3000]*/.exec(s)[0];
      if (/[\t]/.test(lead)) fail(n, "字下げにタブ文字があります。半角の空白で字下げしてください。");
      if (/\u3000/.test(lead)) fail(n, "字下げに全角の空白があります。半角の空白で字下げしてください。");
      any = true;
      if (lead.length === 0) {
        section = null;
        var kv = pair(s, 0, n, false), key = kv[0];
        if (answerKeys.indexOf(key) < 0) fail(n, "「" + key + "」は回答ファイルのキーではありません。使えるキーは task、start、end、answers、params です。");
        if (Object.prototype.hasOwnProperty.call(out, key)) fail(n, "「" + key + "」が2回書かれています。1回にしてください。");
        var isMap = key === "answers" || key === "params";
        if (kv[1] === "[" || kv[1] === "-" || (kv[1] === "{" && !isMap)) fail(n, isMap ? key + " には「名前: 値」の組を書きます（例 answers: {takeout: いいえ}）。" : key + " には値を一つだけ書きます。");
        if (!isMap) { rest(s, kv[2], n); out[key] = kv[1] === null ? "" : kv[1]; continue; }
        if (kv[1] === "{") {
          var m = {}, p = kv[2] + 1;
          for (;;) {
            while (/[ \t]/.test(s.charAt(p))) p++;
            if (s.charAt(p) === "}") { p++; break; }
            if (p >= s.length) fail(n, "「{」が閉じていません。「}」までを1行に書いてください。");
            var f = pair(s, p, n, true);
            if (f[1] === "{" || f[1] === "[") fail(n, key + " の値は一つずつ書きます。");
            put(m, f[0], f[1] === null ? "" : f[1], n, key + " に");
            p = f[2];
            while (/[ \t]/.test(s.charAt(p))) p++;
            if (s.charAt(p) === ",") { p++; continue; }
            if (s.charAt(p) === "}") { p++; break; }
            fail(n, "「{」の中の組は「,」で区切り、「}」で閉じてください。");
          }
          rest(s, p, n);
          out[key] = m;
          continue;
        }
        if (kv[1] !== null) fail(n, key + " には「名前: 値」の組を書きます（例 answers: {takeout: いいえ}）。");
        rest(s, kv[2], n);
        out[key] = null; section = key; indent = -1;
        continue;
      }
      if (!section) fail(n, "字下げした行は answers: か params: の下にだけ書けます。値を続けて書くときは、1行にまとめてください。");
      if (indent < 0) indent = lead.length;
      else if (lead.length !== indent) fail(n, section + " の下の行は、同じ数の空白で字下げしてください。");
      var e2 = pair(s, lead.length, n, false);
      if (e2[1] === "{" || e2[1] === "[" || e2[1] === "-") fail(n, section + " の値は一つずつ書きます。");
      rest(s, e2[2], n);
      if (!out[section]) out[section] = {};
      put(out[section], e2[0], e2[1] === null ? "" : e2[1], n, section + " に");
    }
    if (!out.task && !out.start && !out.end && !out.answers && !out.params) throw new Error("回答が書かれていません。tokki tailor --help の例のように書いてください。");
    ["start", "end"].forEach(function (key) {
      var v = out[key];
      if (!v) return;
      if (!parse(v)) throw new Error(key + "：「" + v + "」は日付として読めません。YYYY-MM-DD の形（例 2026-04-01）で書いてください。");
      if (+v.slice(0, 4) < 1900 || +v.slice(0, 4) > 2999) throw new Error(key + "：" + v + " は1900年から2999年の外です。契約の日付を確かめてください。");
    });
    return { task: out.task || "", start: out.start || "", end: out.end || "", answers: out.answers || null, params: out.params || null };
  }
  // tokkiTailor.yaml(input) is an input as an answers file;
  // tokkiTailor.readAnswers(text) reads one back (or throws, naming the
  // line); tokkiTailor.fileName(task) names the saved file.
  window.tokkiTailor.yaml = answersYAML;
  window.tokkiTailor.readAnswers = readAnswers;
  window.tokkiTailor.fileName = fileName;

  /* The Word and Excel files: tokki export's own writers (export.DOCX,
     export.XLSX), compiled to WebAssembly, in assets/office.js (see
     cmd/internal/site/office.go). The page hands them the document the CLI
     makes for the same answers, so the files are the CLI's bytes. */

  // officeDocument mirrors export.FromTailored: the export.Document of a
  // result, as the writers read it from JSON.
  function officeDocument(r, task) {
    var titles = {};
    r.clauses.forEach(function (c) { titles[c.id] = c.title; });
    // A check's texts that link to clauses go as Markdown, with the label
    // of each linked clause as the task's text names it (r.refs), for the
    // writer to label as tokki export does.
    function md(m) {
      if (!m) return undefined;
      var links = {};
      Object.keys(m.links).forEach(function (path) { links[path] = r.refs[m.links[path]]; });
      return { question: m.question || "", good: m.good || "", path: m.path, links: links };
    }
    return {
      task: task || "",
      clauses: r.clauses.map(function (c) { return { number: c.number, title: c.title, lines: c.text.split("\n") }; }),
      checks: r.checks.map(function (k) {
        return { id: k.label, clause: "第" + k.number + "条 " + titles[k.clause], title: k.title, aspect: k.aspect, method: k.method,
          evidence: k.evidence, question: k.question, good: k.good, timing: k.timing, md: md(k.md) };
      }),
      forms: r.forms.map(function (f) { return { number: f.number, title: f.title, articles: f.articles.slice().sort(function (a, b) { return a - b; }) }; })
        .sort(function (a, b) { return (a.number - b.number) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0); }),
      era: !!r.era,
    };
  }
  // officeReady says whether this browser can run the writers.
  function officeReady() { return typeof WebAssembly === "object" && typeof DecompressionStream === "function" && typeof Response === "function"; }
  var writer = null;
  // officeWriter loads assets/office.js once, inflates the program and
  // starts it; it resolves to its tokkiOffice(format, json).
  function officeWriter() {
    if (writer) return writer;
    writer = (window.tokkiOfficeWasm ? Promise.resolve() : window.tokki.load("assets/office.js")).then(function () {
      var bin = atob(window.tokkiOfficeWasm), gz = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) gz[i] = bin.charCodeAt(i);
      return new Response(new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
    }).then(function (wasm) {
      var go = new window.Go();
      return WebAssembly.instantiate(wasm, go.importObject).then(function (m) {
        go.run(m.instance); // runs until the program waits for calls: tokkiOffice is set
        window.tokkiOfficeWasm = null; // no longer needed: free its memory
        return window.tokkiOffice;
      });
    });
    writer.catch(function () { writer = null; });
    return writer;
  }
  // tokkiTailor.office(format, result, task) resolves to the 特記仕様書
  // (format "docx") or the 遵守確認表 ("xlsx") of a result as a Uint8Array:
  // the bytes tokki export writes for the same answers file.
  window.tokkiTailor.office = function (format, r, task) {
    if (!officeReady()) return Promise.reject(new Error("このブラウザーでは Word と Excel のファイルを作れません（WebAssembly と DecompressionStream が要ります）。新しい Edge、Chrome、Firefox、Safari で開くか、tokki export で作ってください。"));
    return officeWriter().then(function (write) {
      var out = write(format, JSON.stringify(officeDocument(r, task)));
      if (out instanceof Error) throw out;
      return out;
    });
  };
  // tokkiTailor.document(result, task) is the export.Document the files are
  // written from.
  window.tokkiTailor.document = officeDocument;

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
    // current is the form's answers as tokkiTailor and the answers file
    // take them. With both dates, a question with from_dates is answered
    // from them: its choices show the answer and cannot be changed.
    function current() {
      var input = { task: form.task.value, answers: {}, params: {}, start: form.start.value, end: form.end.value };
      var dated = !!(parse(input.start) && parse(input.end));
      form.querySelectorAll("fieldset[data-from-dates]").forEach(function (fs) {
        fs.querySelectorAll("input[type=radio]").forEach(function (i) { i.disabled = dated; });
        fs.querySelector(".from-dates").hidden = !dated;
      });
      form.querySelectorAll("input[type=radio]:checked:not(:disabled)").forEach(function (i) { input.answers[i.name.slice(2)] = i.value; });
      form.querySelectorAll("input[data-param]").forEach(function (i) { input.params[i.getAttribute("data-param")] = i.value; });
      if (!input.start || !input.end) { delete input.start; delete input.end; }
      return input;
    }
    function update() {
      window.tokkiTailor(current()).then(function (r) {
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

    // Saving the answers: every answer and value as the form has them, so
    // that a later change of the handbook's defaults does not change the
    // task's text unnoticed. A Blob and <a download> work from file://.
    var status = document.getElementById("tailor-file-status"), file = document.getElementById("tailor-load");
    function save(data, type, name) {
      var a = el("a"), href = URL.createObjectURL(new Blob([data], { type: type }));
      a.href = href; a.download = name;
      document.body.appendChild(a); a.click(); a.remove();
      setTimeout(function () { URL.revokeObjectURL(href); }, 1000);
    }
    document.getElementById("tailor-save").addEventListener("click", function () {
      var name = fileName(form.task.value);
      save(answersYAML(current()), "application/yaml", name);
      status.textContent = name + " を保存しました。tokki tailor --answers で同じ特記仕様書ができます。";
    });
    // The Word and Excel files, made in the page (tokkiTailor.office).
    var kinds = {
      docx: { what: "特記仕様書", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", cli: "clauses --format docx" },
      xlsx: { what: "遵守確認表", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", cli: "checklist --format xlsx" },
    };
    form.ownerDocument.querySelectorAll("button[data-office]").forEach(function (b) {
      b.addEventListener("click", function () {
        var format = b.getAttribute("data-office"), k = kinds[format], task = form.task.value;
        var name = (task ? safeName(task) + "_" : "") + k.what + "." + format;
        if (b.getAttribute("aria-busy")) return; // still making the last one
        b.setAttribute("aria-busy", "true"); // not disabled: the button keeps the keyboard's focus
        status.textContent = k.what + "を作っています。初めてのときは数秒かかります。";
        window.tokkiTailor(current()).then(function (r) { return window.tokkiTailor.office(format, r, task); }).then(function (data) {
          save(data, k.type, name);
          status.textContent = name + " を保存しました。回答を保存したファイルで tokki export " + k.cli + " --answers としても同じファイルができます。";
        }).catch(function (e) {
          status.textContent = k.what + "を作れませんでした。" + e.message;
        }).then(function () { b.removeAttribute("aria-busy"); });
      });
    });
    // Loading: the file is read, checked against the handbook's questions
    // and values, and only then put in the form.
    document.getElementById("tailor-open").addEventListener("click", function () { file.click(); });
    file.addEventListener("change", function () {
      var f = file.files[0];
      if (!f) return;
      var reader = new FileReader();
      reader.onload = function () {
        loadData().then(function (data) {
          var input = readAnswers(reader.result);
          checkAnswers(data, input);
          tailor(data, input);
          fill(data, input);
          status.textContent = f.name + " を読み込みました。";
        }).catch(function (e) { status.textContent = f.name + " を読み込めません。" + e.message; });
      };
      reader.onerror = function () { status.textContent = f.name + " を読み込めません。ファイルを開けませんでした。"; };
      reader.readAsText(f, "utf-8");
      file.value = "";
    });
    function fill(data, input) {
      form.task.value = input.task;
      form.start.value = input.start;
      form.end.value = input.end;
      data.questions.forEach(function (q) {
        var a = (input.answers || {})[q.id] || q.default;
        form.querySelectorAll("input[type=radio]").forEach(function (i) { if (i.name === "q-" + q.id) i.checked = i.value === a; });
      });
      form.querySelectorAll("input[data-param]").forEach(function (i) {
        var name = i.getAttribute("data-param"), p = data.params.filter(function (x) { return x.name === name; })[0];
        var has = input.params && Object.prototype.hasOwnProperty.call(input.params, name);
        i.value = has ? input.params[name] : p ? p.default : "";
      });
      update();
    }
  }
  // checkAnswers refuses, in words the page's reader knows, an answers file
  // whose answers the form cannot show.
  function checkAnswers(data, input) {
    Object.keys(input.answers || {}).forEach(function (id) {
      var q = data.questions.filter(function (x) { return x.id === id; })[0], a = input.answers[id];
      if (!q) throw new Error("answers の「" + id + "」は、このハンドブックの質問にありません。");
      if (q.answers.indexOf(a) < 0) throw new Error("answers の " + id + " の答え「" + a + "」は選べません。" + q.answers.join("、") + " のどれかを書いてください。");
      if (q.from_dates && input.start && input.end) {
        var d = longContract(parse(input.start), parse(input.end)) ? q.answers[0] : q.answers[1];
        if (a !== d) throw new Error("answers の " + id + " は「" + a + "」ですが、契約期間（" + input.start + "〜" + input.end + "）からは「" + d + "」です。答えを消すか、日付を直してください。");
      }
    });
    Object.keys(input.params || {}).forEach(function (name) {
      if (!data.params.some(function (p) { return p.name === name; })) throw new Error("params の「" + name + "」は、このハンドブックの当てはめる値にありません。");
    });
    if (!input.start !== !input.end) throw new Error("契約の開始日（start）と終了日（end）は、両方とも書くか、両方とも書かないでください。");
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setupBuilder);
  else setupBuilder();
})();
