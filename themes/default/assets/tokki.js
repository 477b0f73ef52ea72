/* tokki: the page's small behaviours. The site works without them; they
   add search as you type, copying the 特記仕様書, and the 遵守確認表's filter. */
(function () {
  "use strict";
  // The site root, relative to this page: the stylesheet's link says it.
  var css = document.querySelector('link[rel="stylesheet"][href$="assets/style.css"]');
  var root = css ? css.getAttribute("href").replace(/assets\/style\.css$/, "") : "";

  // relativeURL says whether a search result's URL may go into an href: a
  // path relative to the site root whose first segment has no ':', so
  // never javascript:, data: or another scheme, nor another host. (search.js
  // already drops any other; this holds for any tokkiSearch.)
  function relativeURL(u) {
    return typeof u === "string" && u !== "" && u.charAt(0) !== "/" &&
      !/[\x00-\x20\x7f\\]/.test(u) && u.split(/[\/?#]/)[0].indexOf(":") < 0;
  }

  /* Search as you type, with keyboard navigation. */
  function setupSearch() {
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!input || !list || !window.tokkiSearch) return;
    var timer = null, seq = 0;
    function close() { list.hidden = true; list.textContent = ""; }
    function show(results, q) {
      list.textContent = "";
      if (!q.trim()) { close(); status.textContent = ""; return; }
      status.textContent = results.length ? results.length + "件見つかりました。下矢印キーで結果に移動できます。" : "見つかりませんでした。";
      results.filter(function (r) { return relativeURL(r.url); }).slice(0, 20).forEach(function (r) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = root + r.url;
        var t = document.createElement("span");
        t.className = "r-title";
        t.textContent = r.title;
        a.appendChild(t);
        if (r.parts && r.parts.length) {
          var s = document.createElement("span");
          s.className = "r-snippet";
          r.parts.forEach(function (p) {
            if (p.mark) { var m = document.createElement("mark"); m.textContent = p.text; s.appendChild(m); }
            else s.appendChild(document.createTextNode(p.text));
          });
          a.appendChild(s);
        }
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = results.length === 0;
    }
    function run() {
      var q = input.value, my = ++seq;
      window.tokkiSearch(q).then(function (rs) { if (my === seq) show(rs, q); });
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 120); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" && !list.hidden) { e.preventDefault(); var f = list.querySelector("a"); if (f) f.focus(); }
      if (e.key === "Escape") { close(); }
      if (e.key === "Enter") { var first = list.querySelector("a"); if (first) { e.preventDefault(); first.click(); } }
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

  /* Copy the 特記仕様書 as plain text. */
  function setupCopy() {
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      var target = document.querySelector(button.getAttribute("data-copy"));
      var status = document.querySelector(".copy-status");
      if (!target) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        var clone = target.cloneNode(true);
        clone.querySelectorAll(".no-print").forEach(function (n) { n.remove(); });
        var text = clone.innerText || clone.textContent;
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

  function start() { setupSearch(); setupCopy(); setupPrint(); setupFilter(); setupReviews(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
