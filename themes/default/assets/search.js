/* tokki search: the browser half of cmd/internal/search (query.go, fold.go
   and suggest.go mirror this file; a test keeps the two in step). Works
   from file://: the index is a set of scripts that assign to
   window.tokkiSearchData, loaded with <script> elements on demand by
   tokki.load (tokki.js). Exposes window.tokkiSearch(query). */
(function () {
  "use strict";
  var data = (window.tokkiSearchData = window.tokkiSearchData || { k: {}, b: {}, m: {}, t: {} });

  // A file that fails to load leaves its part of the index out.
  function load(path, ready) {
    if (ready()) return Promise.resolve();
    return window.tokki.load(path).catch(function () {});
  }
  var titleLen = null, headLen = null, indexLoading = null;
  // loadIndex loads index.js once and unpacks it (packed JSON); after a
  // failure the next search tries again.
  function loadIndex() {
    if (indexLoading) return indexLoading;
    indexLoading = load("search/index.js", function () { return !!data.index; }).then(function () {
      if (typeof data.index !== "string") return;
      return unpack(data.index).then(function (bytes) { data.index = JSON.parse(new TextDecoder().decode(bytes)); });
    }).catch(function () { delete data.index; }).then(function () {
      if (!data.index) indexLoading = null;
      if (data.index && !titleLen) {
        titleLen = decode(data.index.titleLen);
        // The length of the headings of the pages that have any: pairs of
        // page number increase and length.
        headLen = new Map();
        var hl = decode(data.index.headLen || ""), doc = 0;
        for (var i = 0; i + 1 < hl.length; i += 2) { doc += hl[i]; headLen.set(doc, hl[i + 1]); }
      }
    });
    return indexLoading;
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
  // A space or a mark of Japanese punctuation separates terms (breaks in
  // normalize.go); the index holds no pair of characters with one.
  var BREAKS = /[ 、。「」『』【】〔〕()・]/;
  function terms(q) {
    q = Array.from(String(q == null ? "" : q)).slice(0, MAX_QUERY).join("");
    var words = normalize(q).chars.join("").split(BREAKS), out = [];
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
  // decode reads varints from bytes: a Uint8Array (an unpacked file) or
  // base64 (a short list in a shared file, the index's own lists).
  function decode(data) {
    if (Array.isArray(data)) return data; // a long list, joined
    var bytes = typeof data === "string" ? fromBase64(data) : data, out = [], v = 0, shift = 0;
    for (var i = 0; i < bytes.length; i++) {
      var b = bytes[i];
      v += (b & 0x7f) * Math.pow(2, shift);
      if (b & 0x80) { shift += 7; } else { out.push(v); v = 0; shift = 0; }
    }
    return out;
  }
  function fromBase64(b64) {
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }
  // joinList reads a long list laid out in three parts (see splitList in
  // write.go) and returns its values in the order of postings.
  function joinList(bytes) {
    function varint(b) {
      var v = 0, shift = 0, x;
      do { x = bytes[b.at++]; v += (x & 0x7f) * Math.pow(2, shift); shift += 7; } while (x & 0x80);
      return v;
    }
    var top = { at: 0 }, lenHead = varint(top), lenLow = varint(top);
    var head = { at: top.at }, headEnd = head.at + lenHead, low = headEnd, rest = { at: headEnd + lenLow };
    if (lenLow === 0) return decode(bytes.subarray(head.at, headEnd));
    var out = [];
    while (head.at < headEnd) {
      out.push(varint(head));
      var c = varint(head);
      out.push(c);
      for (var j = 0; j < Math.floor(c / 2); j++) {
        var x = bytes[low++], v = x & 0x7f;
        if (x & 0x80) v += varint(rest) * 128;
        out.push(v);
      }
      if (c % 2 === 1) {
        var nb = varint(head);
        out.push(nb);
        for (var k = 0; k < nb; k++) out.push(varint(head));
      }
    }
    return out;
  }
  // unpack inflates a packed payload (b-N.js, t-N.js: base64 of raw
  // DEFLATE; see packer in write.go). DecompressionStream reads no file,
  // so it works from file://.
  function unpack(b64) {
    var stream = new Blob([fromBase64(b64)]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream).arrayBuffer().then(function (buf) { return new Uint8Array(buf); });
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
  // A pair of hiragana's list, like a single character's, holds pages
  // only (see positionless in index.go).
  function positionless(key) {
    var r = Array.from(key);
    return r.length === 1 || (isHiragana(r[0]) && isHiragana(r[1]));
  }
  function docList(key) {
    var b = keyData(key);
    if (!b) return [];
    var vals = decode(b), doc = 0, out = [];
    for (var v of vals) { doc += v; out.push(doc); }
    return out;
  }
  // positionList: a bigram's occurrences by page, {at, br} (see postings
  // in index.go: br holds the bridges, position * 2 + hiragana - 1).
  function positionList(key) {
    var b = keyData(key), out = new Map();
    if (!b) return out;
    var vals = decode(b), i = 0, doc = 0;
    function read(c) {
      var pos = 0, list = new Array(c);
      for (var j = 0; j < c; j++) { pos += vals[i++]; list[j] = pos; }
      return list;
    }
    while (i < vals.length) {
      doc += vals[i++];
      var c = vals[i++], o = { at: read(Math.floor(c / 2)), br: [] };
      if (c % 2 === 1) o.br = read(vals[i++]);
      out.set(doc, o);
    }
    return out;
  }
  // cost mirrors Index.cost: a long list's size in KiB, 1 for a short one.
  function cost(key) {
    var big = data.index.big[key];
    return big !== undefined ? (data.index.bigKB || [])[big] || 1 : 1;
  }
  // cover mirrors Index.cover: the offsets of the pairs whose positions are
  // checked, the fewest bytes to load.
  function cover(r) {
    var n = r.length, positioned = [], NEVER = 1 << 30;
    for (var o = 0; o < n; o++) positioned.push(o + 1 < n && !positionless(r[o] + r[o + 1]));
    function need(c) { return positioned[c] || (c > 0 && positioned[c - 1]); }
    var best = [], pick = [];
    best[n] = [0, 0];
    for (var c = n - 1; c >= 0; c--) {
      best[c] = [NEVER, NEVER]; pick[c] = [false, false];
      for (var held = 0; held < 2; held++) {
        if (held === 1 || !need(c)) best[c][held] = best[c + 1][0];
        if (positioned[c]) {
          var v = cost(r[c] + r[c + 1]) + best[c + 1][1];
          if (v < best[c][held]) { best[c][held] = v; pick[c][held] = true; }
        }
      }
    }
    var out = [], h = 0;
    for (var c2 = 0; c2 + 1 < n; c2++) {
      if (pick[c2][h]) { out.push(c2); h = 1; } else h = 0;
    }
    return out;
  }
  // hiraganaPairs mirrors Index.hiraganaPairs: does a page have every pair
  // of hiragana of the term?
  function hiraganaPairs(r) {
    var sets = [];
    for (var i = 0; i + 1 < r.length; i++) if (positionless(r[i] + r[i + 1])) sets.push(new Set(docList(r[i] + r[i + 1])));
    return function (doc) { return sets.every(function (s) { return s.has(doc); }); };
  }
  // hasPos: do the sorted stored positions hold position p? Lists of
  // bigrams that start with an ASCII letter or digit store positions
  // doubled, with a word-start bit (div = 2); others as they are (div = 1).
  function hasPos(stored, p, div) {
    var lo = 0, hi = stored ? stored.length : 0;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (Math.floor(stored[mid] / div) >= p) hi = mid; else lo = mid + 1; }
    return lo < (stored ? stored.length : 0) && Math.floor(stored[lo] / div) === p;
  }
  // Folding (see fold.go): okurigana bridges, long-vowel marks, hiragana
  // for katakana, the handbook's words, ids.
  var PARTICLES = "のをにがはとでへやもかなねよ", VARIANT_WEIGHT = 0.5, MAX_VARIANTS = 8;
  function cp(c) { return c === undefined ? -1 : c.codePointAt(0); }
  function isKanji(c) { var r = cp(c); return c === "々" || c === "〆" || (r >= 0x3400 && /\p{Script=Han}/u.test(c)); }
  function isHiragana(c) { var r = cp(c); return r >= 0x3041 && r <= 0x3096; }
  function isKatakana(c) { var r = cp(c); return r >= 0x30A1 && r <= 0x30FA; }
  function bridgeAt(s, i) {
    if (!isKanji(s[i]) || i + 2 >= s.length || !isHiragana(s[i + 1]) || PARTICLES.indexOf(s[i + 1]) >= 0) return 0;
    for (var k = 1; k <= 2 && i + 1 + k < s.length; k++) {
      if (isKanji(s[i + 1 + k])) return k;
      if (!isHiragana(s[i + 1 + k])) return 0;
    }
    return 0;
  }
  function skeleton(term) {
    var r = Array.from(term), out = [];
    for (var i = 0; i < r.length; i++) { out.push(r[i]); i += bridgeAt(r, i); }
    var n = out.length, k = 0;
    while (k < n && isHiragana(out[n - 1 - k])) k++;
    if (k >= 1 && k <= 2 && n - k >= 2 && isKanji(out[n - k - 1]) && PARTICLES.indexOf(out[n - k]) < 0) out = out.slice(0, n - k);
    return out.join("");
  }
  function trimLongVowel(term) {
    var r = Array.from(term), out = [];
    for (var i = 0; i < r.length; i++) {
      var c = r[i];
      if (c === "ー" && (i + 1 === r.length || (!isKatakana(r[i + 1]) && r[i + 1] !== "ー"))) {
        var n = 0;
        for (var j = i - 1; j >= 0 && (isKatakana(r[j]) || r[j] === "ー"); j--) n++;
        if (n >= 3) continue;
      }
      out.push(c);
    }
    return out.join("");
  }
  function toKatakana(term) {
    var r = Array.from(term);
    if (r.length < 2) return "";
    for (var i = 0; i < r.length; i++) {
      if (isHiragana(r[i])) r[i] = String.fromCodePoint(cp(r[i]) + 0x60);
      else if (r[i] !== "ー") return "";
    }
    return r.join("");
  }
  function idForm(term) {
    var m = /^([a-z])-?([0-9]{1,4}(?:-[0-9]{1,4})*)$/.exec(term);
    if (!m) return "";
    var parts = m[2].split("-");
    if (parts[0].length === 1) parts[0] = "0" + parts[0];
    return m[1] + "-" + parts.join("-");
  }
  function shortKanji(term) {
    var r = Array.from(term);
    return r.length >= 2 && r.length <= 3 && r.every(isKanji);
  }
  function replaceOnce(s, m, o) { var i = s.indexOf(m); return s.slice(0, i) + o + s.slice(i + m.length); }
  function variants(term, groups) {
    var sk = skeleton(term), out = [{ text: term, weight: 1, chain: sk === term && shortKanji(term) }];
    function add(t, chain) {
      if (t === "" || out.length >= MAX_VARIANTS) return;
      for (var v of out) if (v.text === t) return;
      out.push({ text: t, weight: VARIANT_WEIGHT, chain: chain });
    }
    for (var g of groups) for (var m of g) {
      if (m === "" || term.indexOf(m) < 0) continue;
      for (var o of g) if (o !== m) add(replaceOnce(term, m, o), false);
    }
    add(idForm(term), false);
    var k = toKatakana(term);
    if (k !== "") { add(k, false); add(trimLongVowel(k), false); }
    add(trimLongVowel(term), false);
    if (sk !== term) add(sk, true);
    return out;
  }
  function words(q) {
    var out = [];
    for (var t of terms(q)) {
      var r = Array.from(t), cur = [];
      var flush = function () {
        if (cur.some(function (c) { return c !== "ー"; })) { var w = cur.join(""); if (out.indexOf(w) < 0 && out.length < MAX_TERMS) out.push(w); }
        cur = [];
      };
      for (var i = 0; i < r.length; i++) {
        var k = bridgeAt(r, i);
        if (k > 0) { cur = cur.concat(r.slice(i, i + 1 + k)); i += k; continue; }
        if (isHiragana(r[i]) || !/^[\p{L}\p{Nd}-]$/u.test(r[i])) { flush(); continue; }
        cur.push(r[i]);
      }
      flush();
    }
    return out;
  }

  function keysOf(v) {
    var r = Array.from(v.text);
    if (r.length === 1) return [v.text];
    var offs = [];
    if (v.chain) for (var i = 0; i + 1 < r.length; i++) offs.push(i);
    else {
      offs = cover(r);
      for (var j = 0; j + 1 < r.length; j++) if (positionless(r[j] + r[j + 1])) offs.push(j);
    }
    return offs.map(function (o) { return r[o] + r[o + 1]; });
  }
  function newPlace() { return { title: false, heading: false, lead: false }; }
  function newHit() { return { count: 0, exact: 0, where: newPlace(), exactWhere: newPlace(), pos: [] }; }
  var MAX_COUNT = 5, TITLE_BONUS = 10, HEADING_BONUS = 5, LEAD_BONUS = 3, LEAD_CHARS = 150, NEAR_BONUS = 5, NEAR_CHARS = 30,
    CLOSE_BONUS = 2, CLOSE_CHARS = 100, FEW_RESULTS = 3, MAX_SUGGEST = 5;
  // note mirrors Index.note: where on page doc an occurrence at start is.
  function note(h, doc, start, exact) {
    var tl = titleLen[doc], hl = headLen.get(doc) || 0;
    var title = start < tl, heading = !title && start < tl + hl, lead = !title && !heading && start < tl + hl + LEAD_CHARS;
    function mark(p) { p.title = p.title || title; p.heading = p.heading || heading; p.lead = p.lead || lead; }
    h.count++;
    mark(h.where);
    if (exact) { h.exact++; mark(h.exactWhere); }
    h.pos.push(start);
  }
  function hitScore(count, p, w) {
    var s = Math.min(count, MAX_COUNT);
    if (p.title) s += TITLE_BONUS;
    if (p.heading) s += HEADING_BONUS;
    if (p.lead) s += LEAD_BONUS;
    return s * w;
  }
  function sortedDocs(m) { return Array.from(m.keys()).sort(function (a, b) { return a - b; }); }
  function matchTerm(term) {
    var r = Array.from(term), hits = new Map();
    if (r.length === 1) {
      for (var d of docList(term)) { var h1 = newHit(); h1.count = 1; h1.exact = 1; hits.set(d, h1); }
      return hits;
    }
    var onPage = hiraganaPairs(r), offsets = cover(r);
    if (!offsets.length) {
      for (var d2 of docList(r[0] + r[1])) if (onPage(d2)) { var h2 = newHit(); h2.count = 1; h2.exact = 1; hits.set(d2, h2); }
      return hits;
    }
    var lists = offsets.map(function (o) { return positionList(r[o] + r[o + 1]); });
    var div = offsets.map(function (o) { return isWordChar(r[o]) ? 2 : 1; });
    for (var doc of sortedDocs(lists[0])) {
      if (!onPage(doc)) continue;
      var h = newHit();
      outer: for (var p of lists[0].get(doc).at) {
        if (div[0] === 2 && p % 2 === 0) continue; // an ASCII term must start a word
        var start = Math.floor(p / div[0]) - offsets[0];
        if (start < 0) continue;
        for (var i = 1; i < offsets.length; i++) {
          var o = lists[i].get(doc);
          if (!hasPos(o && o.at, start + offsets[i], div[i])) continue outer;
        }
        note(h, doc, start, true);
      }
      if (h.count > 0) hits.set(doc, h);
    }
    return hits;
  }
  function bridgeSkip(br, p) {
    var lo = 0, hi = br ? br.length : 0;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (Math.floor(br[mid] / 2) >= p) hi = mid; else lo = mid + 1; }
    return br && lo < br.length && Math.floor(br[lo] / 2) === p ? (br[lo] % 2) + 1 : 0;
  }
  // matchChain mirrors query.go's: every pair of the term, across bridges.
  function matchChain(term) {
    var r = Array.from(term), first = 0;
    while (first + 1 < r.length && positionless(r[first] + r[first + 1])) first++;
    if (first + 1 >= r.length) return matchTerm(term);
    var onPage = hiraganaPairs(r), lists = [];
    for (var i = 0; i + 1 < r.length; i++) lists.push(i >= first && !positionless(r[i] + r[i + 1]) ? positionList(r[i] + r[i + 1]) : null);
    var div = function (i) { return isWordChar(r[i]) ? 2 : 1; };
    var hits = new Map();
    for (var doc of sortedDocs(lists[first])) {
      if (!onPage(doc)) continue;
      var h = newHit();
      var attempt = function (start, next, exact) {
        for (var i = first + 1; i < lists.length && next >= 0; i++) {
          if (!lists[i]) { next++; continue; } // a pair of hiragana, on the page
          var o = lists[i].get(doc) || { at: [], br: [] };
          var k;
          if (hasPos(o.at, next, div(i))) next++;
          else if ((k = bridgeSkip(o.br, next)) > 0) { next += 1 + k; exact = false; }
          else next = -1;
        }
        if (next >= 0 && start >= 0) note(h, doc, start, exact);
      };
      var o0 = lists[first].get(doc), a = 0, b = 0, d0 = div(first);
      while (a < o0.at.length || b < o0.br.length) {
        if (b === o0.br.length || (a < o0.at.length && Math.floor(o0.at[a] / d0) < Math.floor(o0.br[b] / 2))) {
          var p = o0.at[a++];
          if (d0 === 2 && p % 2 === 0) continue;
          var st = Math.floor(p / d0);
          attempt(st - first, st + 1, true);
        } else {
          var q = o0.br[b++], s0 = Math.floor(q / 2);
          attempt(s0 - first, s0 + 1 + (q % 2) + 1, false);
        }
      }
      if (h.count > 0) hits.set(doc, h);
    }
    return hits;
  }
  function nearest(lists) {
    for (var l of lists) if (!l.length) return -1;
    var idx = lists.map(function () { return 0; }), best = -1;
    for (;;) {
      var lo = lists[0][idx[0]], hi = lo, at = 0;
      for (var i = 0; i < lists.length; i++) {
        var p = lists[i][idx[i]];
        if (p < lo) { lo = p; at = i; }
        if (p > hi) hi = p;
      }
      if (best < 0 || hi - lo < best) best = hi - lo;
      if (++idx[at] === lists[at].length) return best;
    }
  }
  // run mirrors Index.run: the pages that match every term, scored.
  function run(ts, groups) {
    var per = [], alive = null;
    for (var t of ts) {
      var best = new Map();
      for (var v of variants(t, groups)) {
        var hits = v.chain ? matchChain(v.text) : matchTerm(v.text);
        hits.forEach(function (h, doc) {
          if (alive && !alive.has(doc)) return;
          var s = hitScore(h.count, h.where, v.weight);
          if (h.exact < h.count) {
            s = hitScore(h.count, h.where, VARIANT_WEIGHT);
            if (h.exact > 0) s = Math.max(s, hitScore(h.exact, h.exactWhere, v.weight));
          }
          var exact = v.weight === 1 && h.exact > 0, old = best.get(doc);
          if (!old || s > old.score) best.set(doc, { score: s, pos: h.pos, exact: exact || (!!old && old.exact) });
          else if (exact) old.exact = true;
        });
      }
      if (!best.size) return [];
      alive = new Set(best.keys());
      per.push(best);
    }
    var ix = data.index, out = [];
    alive.forEach(function (doc) {
      var s = 0, exact = true;
      for (var m of per) { s += m.get(doc).score; exact = exact && m.get(doc).exact; }
      if (per.length > 1) {
        var span = nearest(per.map(function (m) { return m.get(doc).pos; }));
        if (span >= 0 && span <= NEAR_CHARS) s += NEAR_BONUS;
        else if (span >= 0 && span <= CLOSE_CHARS) s += CLOSE_BONUS;
      }
      var kind = ix.kinds[ix.docKinds[doc]], w = ix.weights[kind];
      out.push({ doc: doc, url: "", title: "", kind: kind, score: s * (w === undefined ? 1 : w), exact: exact, snippet: "", parts: [] });
    });
    // Pages with every term as typed first (see Result.Exact in query.go).
    out.sort(function (a, b) { return (b.exact - a.exact) || b.score - a.score || a.doc - b.doc; });
    return out;
  }

  // suggest mirrors suggest.go.
  function pairs(s) {
    var r = [];
    for (var c of s) {
      if (c === " " || c === "ー") continue;
      r.push(isHiragana(c) ? String.fromCodePoint(cp(c) + 0x60) : c);
    }
    var out = new Set();
    if (r.length === 1) out.add(r[0]);
    for (var i = 0; i + 1 < r.length; i++) out.add(r[i] + r[i + 1]);
    return out;
  }
  function suggest(q, list, n) {
    var qs = pairs(normalize(q).chars.join(""));
    if (!qs.size) return [];
    var cs = [];
    (list || []).forEach(function (w, i) {
      var ws = pairs(normalize(w).chars.join("")), common = 0;
      ws.forEach(function (p) { if (qs.has(p)) common++; });
      if (common > 0) cs.push({ w: w, s: 2 * common / (qs.size + ws.size), i: i });
    });
    cs.sort(function (a, b) { return b.s - a.s || a.i - b.i; });
    var out = [];
    for (var c of cs) { if (out.length === n) break; if (out.indexOf(c.w) < 0) out.push(c.w); }
    return out;
  }
  // snippet finds the first place in a page's text where a term matches and
  // returns the text around it as parts, the matches marked.
  // ts are {text, chain}: a chain variant also matches across bridges, as
  // matchChain does (取扱 marks 取り扱).
  function snippet(text, ts) {
    var n = normalize(text), chars = n.chars, marks = [];
    for (var t of ts) {
      var tc = Array.from(t.text), wordStart = isWordChar(tc[0]);
      for (var i = 0; i + tc.length <= chars.length; i++) {
        var p = i, ok = true;
        for (var j = 0; j < tc.length && ok; j++) {
          if (chars[p] === tc[j]) { p++; continue; }
          var k = t.chain && j > 0 ? bridgeAt(chars, p - 1) : 0;
          ok = k > 0 && chars[p + k] === tc[j];
          p += k + 1;
        }
        if (ok && wordStart && isWordChar(chars[i - 1])) ok = false;
        if (ok) { marks.push([n.from[i][0], n.from[p - 1][1]]); i = p - 1; }
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
  // shardLoad loads a file once, and unpacks it when it is packed (b-N.js
  // holds one key's postings, k-N.js a JSON object of keys' postings in
  // base64, m-N.js a JSON array of [url, title], t-N.js a JSON array of
  // texts).
  var loading = {};
  function shardLoad(kind, n) {
    var id = kind + "-" + n;
    if (!loading[id]) {
      loading[id] = load("search/" + id + ".js", function () { return !!data[kind][n]; }).then(function () {
        var v = data[kind][n];
        if (typeof v !== "string") return;
        return unpack(v).then(function (bytes) {
          data[kind][n] = kind === "b" ? joinList(bytes) : JSON.parse(new TextDecoder().decode(bytes));
        });
      }).catch(function () { delete data[kind][n]; });
    }
    return loading[id];
  }
  function loadKeys(ts, groups) {
    var needed = new Map();
    for (var t of ts) for (var v of variants(t, groups)) for (var k of keysOf(v)) { var f = keyFile(k); needed.set(f.join("-"), f); }
    return Promise.all(Array.from(needed.values()).map(function (f) { return shardLoad(f[0], f[1]); }));
  }
  // What a snippet marks: each term and its variants.
  function markTerms(ts, groups) {
    var out = [];
    for (var t of ts) for (var v of variants(t, groups)) out.push({ text: v.text, chain: v.chain });
    return out;
  }
  async function search(query, options) {
    options = options || {};
    var ts = terms(query), empty = [];
    empty.words = null; empty.fallback = false; empty.whole = 0; empty.suggest = [];
    if (!ts.length) return empty;
    await loadIndex();
    if (!data.index) return empty;
    var ix = data.index, groups = ix.groups || [];
    await loadKeys(ts, groups);
    var out = run(ts, groups), whole = out.length, used = ts, ws = null, fallback = false;
    if (out.length < FEW_RESULTS) {
      var wl = words(query);
      if (wl.length && wl.join(" ") !== ts.join(" ")) {
        await loadKeys(wl, groups);
        var more = run(wl, groups);
        if (more.length) {
          // The pages with the query as typed first, then those with its
          // words, then those with only a variant of the query.
          var all = out, seen = new Set();
          out = [];
          [all, more, all].forEach(function (list, stage) {
            for (var r0 of list) if (!seen.has(r0.doc) && (stage > 0 || r0.exact)) { seen.add(r0.doc); out.push(r0); }
          });
          ws = wl; fallback = true; used = ts.concat(wl);
        }
      }
    }
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
    var top = out.slice(0, want), per = ix.textShard, marks = markTerms(used, groups);
    await Promise.all(top.map(function (r) { return shardLoad("t", Math.floor(r.doc / per)); }));
    for (var r of top) {
      var shard = data.t[Math.floor(r.doc / per)];
      if (!shard) continue;
      var text = shard[r.doc % per];
      if (typeof text !== "string") continue;
      r.parts = snippet(r.title + "\n" + text, marks);
      r.snippet = r.parts.map(function (p) { return p.text; }).join("");
    }
    out.words = ws;
    out.fallback = fallback;
    out.whole = whole;
    out.suggest = out.length ? [] : suggest(query, ix.words, MAX_SUGGEST);
    return out;
  }

  // tokkiSearch(query[, {limit, snippets}]) resolves to the matching pages,
  // best first: objects with url (relative to the site root), title, kind
  // and score, and for the first eight (snippets) a snippet (text) and parts
  // ([{text, mark}]). At most fifty pages come back unless limit says
  // otherwise (0 for all). The array also says how the query was answered:
  // words, the content words it was looked up by when the query as a whole
  // found little (fallback is then true; whole is how many pages the query
  // as a whole found), or null; suggest, words of the handbook close to a
  // query that found nothing. It never throws.
  window.tokkiSearch = function (query, options) {
    function none() { var e = []; e.words = null; e.fallback = false; e.whole = 0; e.suggest = []; return e; }
    try {
      return search(query, options).catch(none);
    } catch (e) {
      return Promise.resolve(none());
    }
  };
  window.tokkiSearch.terms = terms;
})();
