// Client-side search over window.SEARCH_INDEX (search-index.js), offline and from file://.
// Each entry has its title/text as written (t, x) and folded (tf, xf: tones and đ removed at build time), what a result
// is called (l: for an item "Nhiệm vụ 2.5 — 01-CTr/TU"), its kind (k) and the title of the page it stands on (p).
// Matching is on whole syllables: every word of the query must be in the entry (AND), no fuzzy matching. Only the last
// word, while it is still being typed (no space after it), may be the start of a longer one, and only when the query
// read as whole syllables finds nothing: "thoi han" finds "thời hạn" and never "thi hành"; "cuc thi h" finds
// "Cục Thi hành án" while it is typed.
// The folded query is searched in the folded fields; the query as typed is searched in the original fields too, and
// those scores count more, so an exact (accented) match ranks first.
// Index text is untrusted: results are built from DOM nodes and textContent only, never from markup.
(function () {
  'use strict';
  // Words are runs of letters, digits and marks; anything else parts them (MiniSearch's own tokenizer keeps symbols such
  // as < or + inside a word). The index, the query and the marks all read words this way.
  var SEPARATORS = /[^\p{L}\p{N}\p{M}]+/u;
  var tokenize = function (text) { return text.split(SEPARATORS).filter(Boolean); };
  var PER_GROUP = 50;
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
  if (!results || !window.MiniSearch || !window.SEARCH_INDEX) {
    if (status) status.textContent = 'Không tải được chỉ mục tìm kiếm.';
    return;
  }
  var root = document.body.getAttribute('data-root') || '';
  var mini = new window.MiniSearch({ fields: ['t', 'x', 'tf', 'xf'], storeFields: [], tokenize: tokenize });
  mini.addAll(window.SEARCH_INDEX);

  // The query read: its folded words, and whether the last one is still being typed (no space or punctuation after it).
  var parse = function (query) {
    var q = query.normalize('NFC');
    var words = tokenize(fold(q));
    return { text: q, words: words, typing: words.length > 0 && !/[^\p{L}\p{N}\p{M}]$/u.test(q), prefix: false };
  };

  var run = function (query, last) {
    var prefix = function (term, i, terms) { return last && i === terms.length - 1; };
    var scores = new Map();
    var add = function (hits, weight) {
      hits.forEach(function (hit) { scores.set(hit.id, (scores.get(hit.id) || 0) + hit.score * weight); });
    };
    add(mini.search(query.words.join(' '), { fields: ['tf', 'xf'], boost: { tf: 2 }, prefix: prefix, fuzzy: false, combineWith: 'AND' }), 1);
    add(mini.search(query.text.toLowerCase(), { fields: ['t', 'x'], boost: { t: 2 }, prefix: prefix, fuzzy: false, combineWith: 'AND' }), 3);
    return Array.from(scores.entries()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; })
      .map(function (pair) { return window.SEARCH_INDEX[pair[0]]; });
  };

  // Whole syllables first; the word being typed as the start of a longer one only when they find nothing
  // (query.prefix says which, for the marks).
  var search = function (query) {
    if (!query.words.length) return [];
    var hits = run(query, false);
    if (hits.length || !query.typing) return hits;
    query.prefix = true;
    return run(query, true);
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
    entries.slice(0, PER_GROUP).forEach(function (entry) { list.appendChild(hit(entry, marks)); });
    section.appendChild(list);
    if (entries.length > PER_GROUP) {
      var more = document.createElement('button');
      more.type = 'button';
      more.className = 'search-more';
      more.textContent = 'Xem thêm ' + number(entries.length - PER_GROUP) + ' kết quả';
      more.addEventListener('click', function () {
        entries.slice(PER_GROUP).forEach(function (entry) { list.appendChild(hit(entry, marks)); });
        more.remove();
      });
      section.appendChild(more);
    }
    return section;
  };

  var show = function (raw) {
    results.textContent = '';
    var query = parse(raw);
    var hits = search(query);
    var shown = raw.trim();
    status.textContent = !query.words.length ? 'Nhập từ khóa, có dấu hoặc không dấu.'
      : hits.length ? 'Tìm thấy ' + number(hits.length) + ' kết quả cho “' + shown + '”.'
      : 'Không có kết quả cho “' + shown + '”.';
    var byKind = new Map();
    hits.forEach(function (entry) {
      if (!byKind.has(entry.k)) byKind.set(entry.k, []);
      byKind.get(entry.k).push(entry);
    });
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
    Array.from(byKind.keys()).forEach(function (kind, i) { results.appendChild(group(kind, 'nhom-' + (i + 1), byKind.get(kind), marks)); });
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
