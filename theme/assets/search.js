// Client-side search over the index split into scripts under search/ (see IndexSearchStage, SearchShards), offline and
// from file://: search/manifest.js (window.SEARCH_MANIFEST) says how many entries there are, the kinds and the keys of the
// term shards; a query loads, by <script> tags, the shards of its words (search/f/<key>.js: folded terms, search/o/<key>.js:
// terms as written), each handing its terms to window.searchShard, and then the display chunks of the hits it shows
// (search/d/<n>.js, window.searchChunk). A posting says in which of the two fields (title, text) the term is, how often,
// the field's count of distinct words and the entry's kind, so the ranking is MiniSearch's BM25 as it was over the whole
// index (k 1.2, b 0.7, d 0.5; prefix weight 0.375).
// Matching is on whole syllables: every word of the query must be in the entry (AND), no fuzzy matching. Only the last
// word, while it is still being typed (no space after it), may be the start of a longer one, and only when the query
// read as whole syllables finds nothing: "thoi han" finds "thời hạn" and never "thi hành"; "cuc thi h" finds
// "Cục Thi hành án" while it is typed.
// The folded query is searched in the folded fields; the query as typed is searched in the original fields too, and
// those scores count three times, so an exact (accented) match ranks first; titles count twice.
// Index text is untrusted: results are built from DOM nodes and textContent only, never from markup.
(function () {
  'use strict';
  // Words are runs of letters, digits and marks; anything else parts them. The index (SearchShards.Tokenize), the query
  // and the marks all read words this way.
  var SEPARATORS = /[^\p{L}\p{N}\p{M}]+/u;
  var tokenize = function (text) { return text.split(SEPARATORS).filter(Boolean); };
  var PER_GROUP = 50;
  // Hits of each group shown as soon as their text is loaded; the rest of the PER_GROUP follow.
  var FIRST = 10;
  var SNIPPET = 240;
  var BEFORE = 60;

  var fold = function (s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  };
  // Folds char by char and keeps, for every folded char, where it starts in the text (and the text's length at the end),
  // so a match found in the folded text marks the same letters of the text as written.
  var foldWithOffsets = function (text) {
    var folded = '';
    var starts = [];
    for (var i = 0; i < text.length;) {
      var cp = text.codePointAt(i);
      var ch = String.fromCodePoint(cp);
      var f = fold(ch);
      for (var j = 0; j < f.length; j++) starts.push(i);
      folded += f;
      i += ch.length;
    }
    starts.push(text.length);
    return { folded: folded, starts: starts };
  };
  // Vietnamese number format: 1.234.
  var number = function (n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.'); };
  var escapeRegExp = function (s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); };

  var results = document.querySelector('[data-search-results]');
  var status = document.querySelector('[data-search-status]');
  var input = document.getElementById('search-query');
  var manifest = window.SEARCH_MANIFEST;
  if (!results || !manifest) {
    if (status) status.textContent = 'Không tải được chỉ mục tìm kiếm.';
    return;
  }
  var root = document.body.getAttribute('data-root') || '';
  var failed = function () { status.textContent = 'Không tải được chỉ mục tìm kiếm.'; results.removeAttribute('aria-busy'); };

  // Loading: every file once, by a <script> tag; the file calls back with its data.
  var loaded = new Map();
  var load = function (src) {
    if (!loaded.has(src)) {
      loaded.set(src, new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = root + src;
        script.onload = resolve;
        script.onerror = function () { loaded.delete(src); reject(new Error(src)); };
        document.head.appendChild(script);
      }));
    }
    return loaded.get(src);
  };
  var DIGITS = '!#$%()*,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~';
  var BASE = 43;
  // Decoded postings of a term: for each of its two fields (title, text) a Map entry id → [term frequency, field length];
  // kinds: entry id → kind.
  var shards = { f: new Map(), o: new Map() };
  var kinds = new Map();
  var decode = function (code) {
    var numbers = [];
    var value = 0;
    for (var i = 0; i < code.length; i++) {
      var d = DIGITS.indexOf(code[i]);
      if (d >= BASE) { numbers.push(value * BASE + d - BASE); value = 0; } else value = value * BASE + d;
    }
    var fields = [new Map(), new Map()];
    for (var p = 0; p < numbers.length;) {
      var head = numbers[p++];
      var kind = manifest.kinds[head >> 2];
      var stats = [null, null];
      for (var f = 0; f < 2; f++) if (head & (1 << f)) { stats[f] = [numbers[p], numbers[p + 1]]; p += 2; }
      var count = numbers[p++];
      var id = 0;
      for (var c = 0; c < count; c++) {
        id += numbers[p++];
        kinds.set(id, kind);
        for (var g = 0; g < 2; g++) if (stats[g]) fields[g].set(id, stats[g]);
      }
    }
    return fields;
  };
  window.searchShard = function (space, key, terms) {
    var map = new Map();
    Object.keys(terms).forEach(function (term) { map.set(term, terms[term]); });
    shards[space].set(key, map);
  };
  var fileName = function (key) {
    return /^[a-z0-9]+$/.test(key) ? '_' + key : 'u' + Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join('-');
  };
  // The shard a term stands in: the longest key it starts with. With prefix, also every shard whose key starts with it.
  var keysFor = function (space, term, prefix) {
    var keys = manifest[space];
    var best = null;
    keys.forEach(function (k) { if (term.startsWith(k) && (best === null || k.length > best.length)) best = k; });
    var found = best === null ? [] : [best];
    if (prefix) keys.forEach(function (k) { if (k !== best && k.startsWith(term)) found.push(k); });
    return found;
  };
  var loadTerms = function (space, terms, prefixLast) {
    var files = [];
    terms.forEach(function (term, i) {
      keysFor(space, term, prefixLast && i === terms.length - 1).forEach(function (k) { files.push('search/' + space + '/' + fileName(k) + '.js'); });
    });
    return Promise.all(files.map(load));
  };
  // The terms of a namespace starting with a prefix, with their postings (the term itself excluded).
  var termsWith = function (space, prefix) {
    var found = [];
    keysFor(space, prefix, true).forEach(function (k) {
      var shard = shards[space].get(k);
      if (shard) shard.forEach(function (code, term) { if (term !== prefix && term.startsWith(prefix)) found.push(term); });
    });
    return found.sort();
  };
  var postings = function (space, term) {
    var k = keysFor(space, term, false)[0];
    var shard = k === undefined ? null : shards[space].get(k);
    var code = shard ? shard.get(term) : undefined;
    if (code === undefined) return null;
    if (typeof code === 'string') { code = decode(code); shard.set(term, code); }
    return code;
  };

  // MiniSearch's scoring (7.2.0: BM25+ with k 1.2, b 0.7, d 0.5), field by field in the same order.
  var bm25 = function (termFreq, matching, fieldLength, avgFieldLength) {
    var idf = Math.log(1 + (manifest.n - matching + 0.5) / (matching + 0.5));
    return idf * (0.5 + termFreq * (1.2 + 1) / (termFreq + 1.2 * (1 - 0.7 + 0.7 * fieldLength / avgFieldLength)));
  };
  // The entries of one word in one namespace: the word itself, and while it is typed the words it starts (weighted down).
  var termResults = function (space, term, prefix) {
    var scores = new Map();
    var avg = space === 'o' ? [manifest.avg[0], manifest.avg[1]] : [manifest.avg[2], manifest.avg[3]];
    var add = function (fields, weight) {
      if (!fields) return;
      [2, 1].forEach(function (boost, f) {
        var matching = fields[f].size;
        fields[f].forEach(function (stat, id) {
          var score = weight * 1 * boost * 1 * bm25(stat[0], matching, stat[1], avg[f]);
          scores.set(id, scores.has(id) ? scores.get(id) + score : score);
        });
      });
    };
    add(postings(space, term), 1);
    if (prefix) {
      termsWith(space, term).forEach(function (t) {
        add(postings(space, t), 0.375 * t.length / (t.length + 0.3 * (t.length - term.length)));
      });
    }
    return scores;
  };
  // Every word (AND), the scores added.
  var searchSpace = function (space, terms, last) {
    var combined = null;
    terms.forEach(function (term, i) {
      var scores = termResults(space, term, last && i === terms.length - 1);
      if (combined === null) { combined = scores; return; }
      var next = new Map();
      scores.forEach(function (score, id) { if (combined.has(id)) next.set(id, combined.get(id) + score); });
      combined = next;
    });
    return combined || new Map();
  };

  // The query read: its folded words, its words as typed, and whether the last one is still being typed (no space or
  // punctuation after it).
  var parse = function (query) {
    var q = query.normalize('NFC');
    var words = tokenize(fold(q));
    return { text: q, words: words, written: tokenize(q.toLowerCase()), typing: words.length > 0 && !/[^\p{L}\p{N}\p{M}]$/u.test(q), prefix: false };
  };

  // The hits, best first: entry ids with their kinds.
  var run = function (query, last) {
    var scores = new Map();
    var add = function (hits, weight) {
      hits.forEach(function (score, id) { scores.set(id, (scores.get(id) || 0) + score * weight); });
    };
    add(searchSpace('f', query.words, last), 1);
    add(searchSpace('o', query.written, last), 3);
    return Array.from(scores.entries()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; })
      .map(function (pair) { return { id: pair[0], k: kinds.get(pair[0]) }; });
  };

  // Whole syllables first; the word being typed as the start of a longer one only when they find nothing
  // (query.prefix says which, for the marks).
  var search = function (query) {
    if (!query.words.length) return Promise.resolve([]);
    return Promise.all([loadTerms('f', query.words, false), loadTerms('o', query.written, false)]).then(function () {
      var hits = run(query, false);
      if (hits.length || !query.typing) return hits;
      query.prefix = true;
      return Promise.all([loadTerms('f', query.words, true), loadTerms('o', query.written, true)]).then(function () { return run(query, true); });
    });
  };

  // What is shown of entries: their display chunks loaded, the hits filled in (u, t, l, x, p).
  var chunks = new Map();
  window.searchChunk = function (n, chunk) { chunks.set(n, chunk); };
  var display = function (hits) {
    var needed = new Set(hits.map(function (h) { return Math.floor(h.id / manifest.chunk); }));
    return Promise.all(Array.from(needed).map(function (n) { return load('search/d/' + n + '.js'); })).then(function () {
      hits.forEach(function (h) {
        if (h.u !== undefined) return;
        var chunk = chunks.get(Math.floor(h.id / manifest.chunk));
        var e = chunk.e[h.id % manifest.chunk];
        h.u = e[0]; h.t = e[1]; h.l = e[2] || e[1]; h.x = e[3]; h.p = chunk.p[e[4]];
      });
      return hits;
    });
  };

  // Where the words of the query stand in a text as written: [start, end) pairs, in order. A whole word matches a whole
  // word; the word being typed matches the start of a word, and the whole of that word is marked.
  var matcher = function (query) {
    if (!query.words.length) return null;
    var words = query.words.slice().sort(function (a, b) { return b.length - a.length; });
    var alternatives = words.map(function (w) {
      var last = query.prefix && w === query.words[query.words.length - 1];
      return escapeRegExp(w) + (last ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])');
    });
    var pattern = new RegExp('(?<![\\p{L}\\p{N}])(?:' + alternatives.join('|') + ')', 'gu');
    return function (text) {
      var f = foldWithOffsets(text);
      var ranges = [];
      var m;
      pattern.lastIndex = 0;
      while ((m = pattern.exec(f.folded)) !== null) {
        if (m[0].length === 0) { pattern.lastIndex++; continue; }
        ranges.push([f.starts[m.index], f.starts[m.index + m[0].length]]);
      }
      return ranges;
    };
  };

  // Appends text[from, to) to parent, the ranges inside <mark>.
  var appendMarked = function (parent, text, ranges, from, to) {
    var pos = from;
    ranges.forEach(function (r) {
      var a = Math.max(r[0], pos);
      var b = Math.min(r[1], to);
      if (b <= a) return;
      if (a > pos) parent.appendChild(document.createTextNode(text.slice(pos, a)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(a, b);
      parent.appendChild(mark);
      pos = b;
    });
    if (pos < to) parent.appendChild(document.createTextNode(text.slice(pos, to)));
  };

  // The text around the first match, cut at spaces, with … where it is cut.
  var snippet = function (text, ranges) {
    var p = document.createElement('p');
    p.className = 'search-snippet';
    var first = ranges.length ? ranges[0][0] : 0;
    var start = Math.max(0, first - BEFORE);
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < first ? space + 1 : start;
    }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) {
      var back = text.lastIndexOf(' ', end);
      if (back > first) end = back;
    }
    if (start > 0) p.appendChild(document.createTextNode('… '));
    appendMarked(p, text, ranges, start, end);
    if (end < text.length) p.appendChild(document.createTextNode(' …'));
    return p;
  };

  var hit = function (entry, marks) {
    var li = document.createElement('li');
    li.className = 'search-hit';
    var a = document.createElement('a');
    a.href = root + entry.u;
    var title = entry.l || entry.t || entry.p;
    // A title that is the entry's own text is marked; an item's label (its number) is not.
    if (title === entry.t) appendMarked(a, title, marks(title), 0, title.length);
    else a.textContent = title;
    li.appendChild(a);
    if (entry.x) li.appendChild(snippet(entry.x, marks(entry.x)));
    if (entry.p) {
      var page = document.createElement('p');
      page.className = 'search-page-title';
      page.textContent = entry.p;
      li.appendChild(page);
    }
    return li;
  };

  var group = function (kind, id, entries, marks) {
    var section = document.createElement('section');
    section.className = 'search-group';
    section.id = id;
    section.setAttribute('data-search-group', kind);
    var heading = document.createElement('h2');
    heading.appendChild(document.createTextNode(kind + ' '));
    var count = document.createElement('span');
    count.className = 'search-count';
    count.setAttribute('data-search-count', String(entries.length));
    count.textContent = '(' + number(entries.length) + ')';
    heading.appendChild(count);
    section.appendChild(heading);
    var list = document.createElement('ol');
    list.className = 'search-hits';
    entries.slice(0, FIRST).forEach(function (entry) { list.appendChild(hit(entry, marks)); });
    section.appendChild(list);
    var more = null;
    // The rest of the first PER_GROUP, once their chunks are loaded; "Xem thêm" waits for them.
    section.fill = function () {
      entries.slice(FIRST, PER_GROUP).forEach(function (entry) { list.appendChild(hit(entry, marks)); });
      if (more) more.disabled = false;
    };
    if (entries.length > PER_GROUP) {
      more = document.createElement('button');
      more.type = 'button';
      more.disabled = true;
      more.className = 'search-more';
      more.textContent = 'Xem thêm ' + number(entries.length - PER_GROUP) + ' kết quả';
      more.addEventListener('click', function () {
        more.disabled = true;
        results.setAttribute('aria-busy', 'true');
        display(entries.slice(PER_GROUP)).then(function (rest) {
          rest.forEach(function (entry) { list.appendChild(hit(entry, marks)); });
          more.remove();
          results.removeAttribute('aria-busy');
        }, failed);
      });
      section.appendChild(more);
    }
    return section;
  };

  // The newest query wins: an answer that comes back after a later query started is dropped.
  var latest = 0;
  var show = function (raw) {
    var query = parse(raw);
    var shown = raw.trim();
    var generation = ++latest;
    if (!query.words.length) {
      results.textContent = '';
      results.removeAttribute('aria-busy');
      status.textContent = 'Nhập từ khóa, có dấu hoặc không dấu.';
      return;
    }
    results.setAttribute('aria-busy', 'true');
    var byKind = new Map();
    var hits;
    var sections = [];
    var firstOf = function (from, to) {
      var list = [];
      byKind.forEach(function (entries) { list = list.concat(entries.slice(from, to)); });
      return list;
    };
    search(query).then(function (found) {
      hits = found;
      hits.forEach(function (entry) {
        if (!byKind.has(entry.k)) byKind.set(entry.k, []);
        byKind.get(entry.k).push(entry);
      });
      // Only the hits shown need their text: the first few of each group at once, the rest of the first PER_GROUP after.
      return display(firstOf(0, FIRST));
    }).then(function () {
      if (generation !== latest) return null;
      results.textContent = '';
      status.textContent = hits.length ? 'Tìm thấy ' + number(hits.length) + ' kết quả cho “' + shown + '”.'
        : 'Không có kết quả cho “' + shown + '”.';
      var marks = matcher(query);
      // Groups in the order of their best hit (a Map keeps the order keys came in), so the kind that answers best
      // comes first; a line of links above them leads to each.
      if (byKind.size > 1) {
        var jump = document.createElement('nav');
        jump.className = 'search-jump';
        jump.setAttribute('aria-label', 'Nhóm kết quả');
        Array.from(byKind.keys()).forEach(function (kind, i) {
          var a = document.createElement('a');
          a.href = '#nhom-' + (i + 1);
          a.textContent = kind + ' (' + number(byKind.get(kind).length) + ')';
          jump.appendChild(a);
        });
        results.appendChild(jump);
      }
      Array.from(byKind.keys()).forEach(function (kind, i) {
        var section = group(kind, 'nhom-' + (i + 1), byKind.get(kind), marks);
        sections.push(section);
        results.appendChild(section);
      });
      return display(firstOf(FIRST, PER_GROUP));
    }).then(function () {
      if (generation !== latest) return;
      sections.forEach(function (section) { section.fill(); });
      results.removeAttribute('aria-busy');
    }).catch(function () { if (generation === latest) failed(); });
  };

  // The address follows the query (?q=…), so a search can be bookmarked, shared and come back with the Back button.
  var follow = function (raw) {
    var url = new URL(window.location.href);
    if (raw.trim()) url.searchParams.set('q', raw); else url.searchParams.delete('q');
    if (url.href !== window.location.href) window.history.replaceState(null, '', url.href);
  };

  var initial = new URLSearchParams(window.location.search).get('q') || '';
  if (input) {
    input.value = initial;
    input.addEventListener('input', function () {
      show(input.value);
      follow(input.value);
    });
    if (input.form) input.form.addEventListener('submit', function (e) {
      e.preventDefault();
      show(input.value);
      follow(input.value);
    });
  }
  show(initial);
})();
