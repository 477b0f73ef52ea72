/* tokki: the page's small behaviours. The site works without them; they
   add search as you type, the search results page, copying the 特記仕様書,
   and the 遵守確認表's filter. It also gives the other scripts the site root
   and the one way to load the site's data scripts (window.tokki), so it
   comes first. */
(function () {
  "use strict";
  // The site root, relative to this page, as the page's template wrote it
  // on <html data-root>; search.js and tailor.js use it through tokki.load.
  var root = document.documentElement.getAttribute("data-root") || "";
  var loading = {};
  // load adds a <script> for a file of the site (its search index, the
  // builder page's data): fetch() cannot read files from file://, a script
  // element can. It resolves once the script has run, once per file.
  function load(path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = root + path;
        s.async = true;
        s.onload = function () { resolve(); };
        s.onerror = function () { delete loading[path]; reject(new Error(path + " could not be loaded")); };
        document.head.appendChild(s);
      });
    }
    return loading[path];
  }
  window.tokki = { root: root, load: load };

  // relativeURL says whether a search result's URL may go into an href: a
  // path relative to the site root whose first segment has no ':', so
  // never javascript:, data: or another scheme, nor another host. (search.js
  // already drops any other; this holds for any tokkiSearch.)
  function relativeURL(u) {
    return typeof u === "string" && u !== "" && u.charAt(0) !== "/" &&
      !/[\x00-\x20\x7f\\]/.test(u) && u.split(/[\/?#]/)[0].indexOf(":") < 0;
  }

  // Where the results page lists everything a query finds.
  function resultsURL(q) { return root + "search.html?q=" + encodeURIComponent(q); }

  // snippetNode is a result's snippet, its matches marked.
  function snippetNode(r) {
    var s = document.createElement("span");
    s.className = "r-snippet";
    (r.parts || []).forEach(function (p) {
      if (p.mark) { var m = document.createElement("mark"); m.textContent = p.text; s.appendChild(m); }
      else s.appendChild(document.createTextNode(p.text));
    });
    return s;
  }
  // answerNote says how a query was answered when not as typed: by its
  // content words, or not at all.
  function answerNote(results, q) {
    if (results.fallback && results.words) {
      // The words as the reader typed them (search lower-cases them).
      var typed = q.normalize("NFKC"), lower = typed.toLowerCase();
      var quoted = results.words.map(function (w) {
        var i = lower.length === typed.length ? lower.indexOf(w) : -1;
        return "「" + (i >= 0 ? typed.slice(i, i + w.length) : w) + "」";
      }).join("");
      return results.whole ? "「" + q + "」に一致するページが少ないため、" + quoted + "で探した結果も表示しています。" :
        "「" + q + "」に一致するページはありません。" + quoted + "で探した結果です。";
    }
    return results.length ? "" : "「" + q + "」に一致するページはありません。";
  }

  /* Search as you type, with keyboard navigation; Enter opens the results
     page (the form's action), a result followed by keyboard opens it. */
  function setupSearch() {
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!input || !list || !window.tokkiSearch) return;
    var timer = null, seq = 0;
    function close() { list.hidden = true; list.textContent = ""; }
    function item(href, cls, text) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = href;
      if (cls) a.className = cls;
      a.textContent = text;
      li.appendChild(a);
      list.appendChild(li);
      return a;
    }
    function show(results, q) {
      list.textContent = "";
      if (!q.trim()) { close(); status.textContent = ""; return; }
      var note = answerNote(results, q.trim());
      status.textContent = results.length ? (note ? note + " " : "") + results.length + "件見つかりました。下矢印キーで結果に移動できます。" :
        note + (results.suggest && results.suggest.length ? "近い言葉：" + results.suggest.join("、") : "");
      results.filter(function (r) { return relativeURL(r.url); }).slice(0, 20).forEach(function (r) {
        var a = item(root + r.url, "", "");
        var t = document.createElement("span");
        t.className = "r-title";
        t.textContent = r.title;
        a.appendChild(t);
        if (r.parts && r.parts.length) a.appendChild(snippetNode(r));
      });
      (results.suggest || []).forEach(function (w) { item(resultsURL(w), "", "「" + w + "」で探す"); });
      item(resultsURL(q.trim()), "r-all", results.length ? "すべての結果を見る（Enter）" : "特記仕様書・遵守確認表の全文から探す");
      if (!results.length) list.lastChild.firstChild.href = root + "clauses/index.html";
      list.hidden = false;
    }
    function run() {
      var q = input.value, my = ++seq;
      window.tokkiSearch(q).then(function (rs) { if (my === seq) show(rs, q); });
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 120); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" && !list.hidden) { e.preventDefault(); var f = list.querySelector("a"); if (f) f.focus(); }
      if (e.key === "Escape") { close(); }
      if (e.key === "Enter" && !input.value.trim()) { e.preventDefault(); }
    });
    list.addEventListener("keydown", function (e) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a"));
      var i = links.indexOf(document.activeElement);
      if (e.key === "ArrowDown") { e.preventDefault(); (links[i + 1] || links[i]).focus(); }
      if (e.key === "ArrowUp") { e.preventDefault(); if (i <= 0) input.focus(); else links[i - 1].focus(); }
      if (e.key === "Escape") { e.preventDefault(); close(); input.focus(); }
    });
    document.addEventListener("click", function (e) { if (!e.target.closest || !e.target.closest(".search")) close(); });
  }

  /* The results page (search.html?q=…): every result, with a filter by
     kind; a query that finds nothing gets near words and the whole
     documents. */
  var KINDS = { clause: "clause", clauses: "clause", check: "check", checklist: "check", incident: "incident" };
  var KIND_NAMES = { clause: "条項", check: "確認項目", guide: "手引き", incident: "事故事例" };
  function setupResultsPage() {
    var form = document.getElementById("search-page");
    var list = document.getElementById("search-page-results");
    var status = document.getElementById("search-page-status");
    if (!form || !list || !window.tokkiSearch) return;
    var input = document.getElementById("search-page-input");
    var kinds = form.querySelector(".search-kinds");
    var more = document.getElementById("search-page-more");
    var q = (new URLSearchParams(window.location.search).get("q") || "").trim();
    input.value = q;
    var header = document.getElementById("search-input");
    if (header) header.value = q;
    if (!q) { status.textContent = "探す言葉を入れてください。"; return; }
    document.title = "「" + q + "」の検索結果 | " + document.title.replace(/^[^|]*\|\s*/, "");
    status.textContent = "検索しています…";
    function apply(results) {
      var on = Array.prototype.map.call(kinds.querySelectorAll("input:checked"), function (i) { return i.value; });
      var shown = 0;
      list.querySelectorAll("li").forEach(function (li) {
        li.hidden = on.indexOf(li.getAttribute("data-kind")) < 0;
        if (!li.hidden) shown++;
      });
      var note = answerNote(results, q);
      status.textContent = (note ? note + " " : "") + (results.length ? results.length + "件見つかりました" +
        (shown < results.length ? "（" + shown + "件を表示）" : "") + "。" : "");
    }
    window.tokkiSearch(q, { limit: 0, snippets: 30 }).then(function (results) {
      list.textContent = "";
      var counts = {};
      results.filter(function (r) { return relativeURL(r.url); }).forEach(function (r) {
        var kind = KINDS[r.kind] || "guide";
        counts[kind] = (counts[kind] || 0) + 1;
        var li = document.createElement("li"), a = document.createElement("a"), k = document.createElement("span");
        li.setAttribute("data-kind", kind);
        a.href = root + r.url;
        a.className = "r-title";
        a.textContent = r.title;
        k.className = "r-kind";
        k.textContent = KIND_NAMES[kind];
        li.appendChild(a);
        li.appendChild(k);
        if (r.parts && r.parts.length) li.appendChild(snippetNode(r));
        list.appendChild(li);
      });
      kinds.querySelectorAll("input").forEach(function (i) {
        var label = i.parentNode;
        label.lastChild.textContent = " " + KIND_NAMES[i.value] + "（" + (counts[i.value] || 0) + "）";
      });
      kinds.hidden = !results.length;
      more.hidden = !!results.length;
      if (!results.length && results.suggest && results.suggest.length) {
        var p = document.createElement("p");
        p.appendChild(document.createTextNode("近い言葉："));
        results.suggest.forEach(function (w, i) {
          if (i) p.appendChild(document.createTextNode("、"));
          var a = document.createElement("a");
          a.href = resultsURL(w);
          a.textContent = w;
          p.appendChild(a);
        });
        more.insertBefore(p, more.firstChild);
      }
      kinds.addEventListener("change", function () { apply(results); });
      apply(results);
    });
  }

  /* Copy the 特記仕様書 as plain text: the text a <template> holds (the
     whole handbook's page: the text download's words and numbers), or the
     data-text an element carries (the builder page sets it), else the
     element's text without its .no-print parts. */
  function copyText(target) {
    if (target.content) return target.content.textContent;
    if (target.hasAttribute("data-text")) return target.getAttribute("data-text");
    var clone = target.cloneNode(true);
    clone.querySelectorAll(".no-print").forEach(function (n) { n.remove(); });
    return clone.innerText || clone.textContent;
  }
  function setupCopy() {
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      var target = document.querySelector(button.getAttribute("data-copy"));
      var status = document.querySelector(".copy-status");
      if (!target) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        var text = copyText(target);
        function done(ok) { if (status) status.textContent = ok ? "全文をコピーしました。" : "コピーできませんでした。テキストファイルを保存してください。"; }
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallback(text)); });
        } else {
          done(fallback(text));
        }
      });
    });
  }
  function fallback(text) {
    var ta = document.createElement("textarea");
    ta.value = text;
    ta.setAttribute("readonly", "");
    ta.style.position = "fixed";
    ta.style.opacity = "0";
    document.body.appendChild(ta);
    ta.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    ta.remove();
    return ok;
  }

  /* Print buttons. */
  function setupPrint() {
    document.querySelectorAll("[data-print]").forEach(function (b) {
      b.hidden = false;
      b.addEventListener("click", function () { window.print(); });
    });
  }

  /* The 遵守確認表's filter by timing: rows show when one of their timings
     is checked; a clause whose rows are all hidden is hidden too. */
  function setupFilter() {
    var form = document.querySelector("form.filter");
    if (!form) return;
    form.hidden = false;
    var status = form.querySelector(".filter-status");
    function apply() {
      var on = Array.prototype.map.call(form.querySelectorAll("input[name=timing]:checked"), function (i) { return i.value; });
      var shown = 0;
      document.querySelectorAll("table.checklist tbody.group").forEach(function (g) {
        var any = false;
        g.querySelectorAll("tr[data-timing]").forEach(function (tr) {
          var ok = tr.getAttribute("data-timing").split(" ").some(function (t) { return on.indexOf(t) >= 0; });
          tr.hidden = !ok;
          if (ok) { any = true; shown++; }
        });
        g.hidden = !any;
      });
      if (status) status.textContent = shown + "項目を表示しています。";
      // The printed form's 時期 names the timings it holds.
      var timing = document.querySelector("[data-timing-all]");
      var all = form.querySelectorAll("input[name=timing]").length;
      if (timing) timing.textContent = on.length === all ? timing.getAttribute("data-timing-all") : on.join("、");
    }
    form.addEventListener("change", apply);
    apply();
  }

  /* 見直し状況: mark the reviews that are due, by today's date here. */
  function setupReviews() {
    var rows = document.querySelectorAll("table.reviews tr[data-due]");
    var status = document.querySelector(".reviews-status");
    if (!rows.length || !status) return;
    var d = new Date(), pad = function (n) { return (n < 10 ? "0" : "") + n; };
    var today = d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
    var due = 0;
    rows.forEach(function (tr) {
      if (tr.getAttribute("data-due") < today) { tr.classList.add("due"); due++; }
    });
    status.textContent = due ? due + "件が見直しの期限を過ぎています（色の付いた行）。" : "見直しの期限を過ぎたものはありません。";
  }

  function start() { setupSearch(); setupResultsPage(); setupCopy(); setupPrint(); setupFilter(); setupReviews(); }
  // Deferred scripts run in order before DOMContentLoaded: this one comes
  // first, so it starts once search.js and tailor.js have run too.
  if (document.readyState === "complete") start();
  else document.addEventListener("DOMContentLoaded", start);
})();
