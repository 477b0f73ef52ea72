/* tokki search: the browser half of cmd/internal/search (query.go mirrors
   this file; a test keeps the two in step). Works from file://: the index
   is a set of scripts that assign to window.tokkiSearchData, loaded with
   <script> elements on demand. Exposes window.tokkiSearch(query). */
(function () {
  "use strict";
  var data = (window.tokkiSearchData = window.tokkiSearchData || { k: {}, b: {}, m: {}, t: {} });
  var me = document.currentScript;
  var root = me ? me.src.replace(/assets\/search\.js(\?.*)?$/, "") : "";
  var loading = {};

  function load(path, ready) {
    if (ready()) return Promise.resolve();
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve) {
        var s = document.createElement("script");
        s.src = root + path;
        s.async = true;
        s.onload = s.onerror = function () { resolve(); };
        document.head.appendChild(s);
      });
    }
    return loading[path];
  }
  var titleLen = null;
  function loadIndex() {
    return load("search/index.js", function () { return !!data.index; }).then(function () {
      if (data.index && !titleLen) titleLen = decode(data.index.titleLen);
    });
  }

  // Normalisation, segment by segment (see normalize.go).
  function attaches(ch) {
    return ch === "\uFF9E" || ch === "\uFF9F" || /\p{M}/u.test(ch);
  }
  function normSegment(seg) {
    var n = seg.normalize("NFKC").toLowerCase();
    return n.trim() === "" ? " " : n;
  }
  // normalize returns the normalised text as an array of code points, and
  // for each code point the [start, end) of its segment in s.
  function normalize(s) {
    var out = [], from = [], segs = [], cur = null, i = 0;
    for (var ch of s) {
      if (cur === null || !attaches(ch)) {
        if (cur !== null) segs.push([cur, i - cur.length]);
        cur = ch;
      } else {
        cur += ch;
      }
      i += ch.length;
    }
    if (cur !== null) segs.push([cur, i - cur.length]);
    var lastSpace = true;
    for (var k = 0; k < segs.length; k++) {
      var seg = segs[k][0], start = segs[k][1], n = normSegment(seg);
      if (n === " ") {
        if (!lastSpace) { out.push(" "); from.push([start, start + seg.length]); }
        lastSpace = true;
        continue;
      }
      for (var c of n) { out.push(c); from.push([start, start + seg.length]); }
      lastSpace = false;
    }
    while (out.length && out[out.length - 1] === " ") { out.pop(); from.pop(); }
    return { chars: out, from: from };
  }

  var MAX_TERMS = 8, MAX_TERM_LEN = 40, MAX_QUERY = 200;
  function terms(q) {
    q = Array.from(String(q == null ? "" : q)).slice(0, MAX_QUERY).join("");
    var words = normalize(q).chars.join("").split(" "), out = [];
    for (var w of words) {
      if (w === "") continue;
      w = Array.from(w).slice(0, MAX_TERM_LEN).join("");
      if (out.indexOf(w) < 0) out.push(w);
      if (out.length === MAX_TERMS) break;
    }
    return out;
  }
  function isWordChar(c) { return c !== undefined && /^[A-Za-z0-9]$/.test(c); }

  function shardOf(key, n) {
    var bytes = new TextEncoder().encode(key), h = 0x811c9dc5;
    for (var b of bytes) { h ^= b; h = Math.imul(h, 0x01000193) >>> 0; }
    return h % n;
  }
  function decode(b64) {
    var bin = atob(b64), out = [], v = 0, shift = 0;
    for (var i = 0; i < bin.length; i++) {
      var b = bin.charCodeAt(i);
      v += (b & 0x7f) * Math.pow(2, shift);
      if (b & 0x80) { shift += 7; } else { out.push(v); v = 0; shift = 0; }
    }
    return out;
  }
  // A key with a long list has a file of its own (b-N.js); the others share
  // files by hash (k-N.js).
  function keyFile(key) {
    var big = data.index.big[key];
    return big !== undefined ? ["b", big] : ["k", shardOf(key, data.index.keyShards)];
  }
  function keyData(key) {
    var f = keyFile(key);
    return f[0] === "b" ? data.b[f[1]] : (data.k[f[1]] || {})[key];
  }
  function docList(key) {
    var b = keyData(key);
    if (!b) return [];
    var vals = decode(b), doc = 0, out = [];
    for (var v of vals) { doc += v; out.push(doc); }
    return out;
  }
  function positionList(key) {
    var b = keyData(key), out = new Map();
    if (!b) return out;
    var vals = decode(b), i = 0, doc = 0;
    while (i < vals.length) {
      doc += vals[i++];
      var c = vals[i++], pos = 0, list = new Array(c);
      for (var j = 0; j < c; j++) { pos += vals[i++]; list[j] = pos; }
      out.set(doc, list);
    }
    return out;
  }
  function coverOffsets(n) {
    var out = [];
    for (var o = 0; o + 2 <= n; o += 2) out.push(o);
    if (n % 2 === 1) out.push(n - 2);
    return out;
  }
  // hasPos: do the sorted stored positions hold position p? Lists of
  // bigrams that start with an ASCII letter or digit store positions
  // doubled, with a word-start bit (div = 2); others as they are (div = 1).
  function hasPos(stored, p, div) {
    var lo = 0, hi = stored ? stored.length : 0;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (Math.floor(stored[mid] / div) >= p) hi = mid; else lo = mid + 1; }
    return lo < (stored ? stored.length : 0) && Math.floor(stored[lo] / div) === p;
  }
  function keysOf(term) {
    var r = Array.from(term);
    if (r.length === 1) return [term];
    return coverOffsets(r.length).map(function (o) { return r[o] + r[o + 1]; });
  }
  function matchTerm(term) {
    var r = Array.from(term), hits = new Map();
    if (r.length === 1) {
      for (var d of docList(term)) hits.set(d, { count: 1, inTitle: false });
      return hits;
    }
    var offsets = coverOffsets(r.length);
    var lists = offsets.map(function (o) { return positionList(r[o] + r[o + 1]); });
    var div = offsets.map(function (o) { return isWordChar(r[o]) ? 2 : 1; });
    lists[0].forEach(function (first, doc) {
      var count = 0, inTitle = false;
      outer: for (var p of first) {
        if (div[0] === 2 && p % 2 === 0) continue; // an ASCII term must start a word
        var start = Math.floor(p / div[0]);
        for (var i = 1; i < offsets.length; i++) {
          if (!hasPos(lists[i].get(doc), start + offsets[i], div[i])) continue outer;
        }
        count++;
        inTitle = inTitle || start < titleLen[doc];
      }
      if (count > 0) hits.set(doc, { count: count, inTitle: inTitle });
    });
    return hits;
  }

  // snippet finds the first place in a page's text where a term matches and
  // returns the text around it as parts, the matches marked.
  function snippet(text, ts) {
    var n = normalize(text), chars = n.chars, marks = [];
    for (var t of ts) {
      var tc = Array.from(t), wordStart = isWordChar(tc[0]);
      for (var i = 0; i + tc.length <= chars.length; i++) {
        var ok = true;
        for (var j = 0; j < tc.length && ok; j++) ok = chars[i + j] === tc[j];
        if (ok && wordStart && isWordChar(chars[i - 1])) ok = false;
        if (ok) { marks.push([n.from[i][0], n.from[i + tc.length - 1][1]]); i += tc.length - 1; }
      }
    }
    var nl = text.indexOf("\n"), body = nl < 0 ? 0 : nl + 1;
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var inBody = marks.filter(function (m) { return m[0] >= body; });
    var centre = inBody.length ? inBody[0][0] : body;
    var from = Math.max(body, centre - 40), to = Math.min(text.length, centre + 80);
    var parts = [], at = from;
    for (var m of inBody) {
      if (m[0] < at || m[1] > to) continue;
      if (m[0] > at) parts.push({ text: text.slice(at, m[0]), mark: false });
      parts.push({ text: text.slice(m[0], m[1]), mark: true });
      at = m[1];
    }
    if (at < to) parts.push({ text: text.slice(at, to), mark: false });
    var prefix = from > body ? "…" : "", suffix = to < text.length ? "…" : "";
    parts.forEach(function (p) { p.text = p.text.replace(/\s+/g, " "); });
    if (parts.length) { parts[0].text = prefix + parts[0].text; parts[parts.length - 1].text += suffix; }
    return parts;
  }

  // relativeURL mirrors RelativeURL (url.go): a page's URL is a path
  // relative to the site root, its first segment without ':' (so never
  // javascript: or data:), not starting with '/', with no space, control
  // character or backslash. The index tokki writes holds no other; a result
  // with one (an altered index) is dropped rather than linked.
  function relativeURL(u) {
    return typeof u === "string" && u !== "" && u.charAt(0) !== "/" &&
      !/[\x00-\x20\x7f\\]/.test(u) && u.split(/[\/?#]/)[0].indexOf(":") < 0;
  }

  var LIMIT = 50, SNIPPETS = 8;
  function shardLoad(kind, n) {
    return load("search/" + kind + "-" + n + ".js", function () { return !!data[kind][n]; });
  }
  async function search(query, options) {
    options = options || {};
    var ts = terms(query);
    if (!ts.length) return [];
    await loadIndex();
    if (!data.index) return [];
    var ix = data.index, needed = new Map();
    for (var t of ts) for (var k of keysOf(t)) { var f = keyFile(k); needed.set(f.join("-"), f); }
    await Promise.all(Array.from(needed.values()).map(function (f) { return shardLoad(f[0], f[1]); }));
    var score = null;
    for (var t2 of ts) {
      var hits = matchTerm(t2), next = new Map();
      hits.forEach(function (h, doc) {
        if (score && !score.has(doc)) return;
        var s = Math.min(h.count, 5) + (h.inTitle ? 10 : 0);
        next.set(doc, (score ? score.get(doc) : 0) + s);
      });
      score = next;
      if (!score.size) return [];
    }
    var out = [];
    score.forEach(function (s, doc) {
      var kind = ix.kinds[ix.docKinds[doc]], w = ix.weights[kind];
      out.push({ doc: doc, url: "", title: "", kind: kind, score: s * (w === undefined ? 1 : w), snippet: "", parts: [] });
    });
    out.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    var limit = options.limit === undefined ? LIMIT : options.limit;
    if (limit > 0) out = out.slice(0, limit);
    var metas = new Set(out.map(function (r) { return Math.floor(r.doc / ix.metaShard); }));
    await Promise.all(Array.from(metas).map(function (s) { return shardLoad("m", s); }));
    out = out.filter(function (r) {
      var m = (data.m[Math.floor(r.doc / ix.metaShard)] || [])[r.doc % ix.metaShard];
      if (!m || !relativeURL(m[0])) return false;
      r.url = m[0]; r.title = m[1];
      return true;
    });
    var want = options.snippets === undefined ? SNIPPETS : options.snippets;
    var top = out.slice(0, want), per = ix.textShard;
    await Promise.all(top.map(function (r) { return shardLoad("t", Math.floor(r.doc / per)); }));
    for (var r of top) {
      var shard = data.t[Math.floor(r.doc / per)];
      if (!shard) continue;
      r.parts = snippet(shard[r.doc % per], ts);
      r.snippet = r.parts.map(function (p) { return p.text; }).join("");
    }
    return out;
  }

  // tokkiSearch(query[, {limit, snippets}]) resolves to the matching pages,
  // best first: objects with url (relative to the site root), title, kind
  // and score, and for the first eight (snippets) a snippet (text) and parts
  // ([{text, mark}]). At most fifty pages come back unless limit says
  // otherwise (0 for all). It never throws.
  window.tokkiSearch = function (query, options) {
    try {
      return search(query, options).catch(function () { return []; });
    } catch (e) {
      return Promise.resolve([]);
    }
  };
  window.tokkiSearch.terms = terms;
})();
