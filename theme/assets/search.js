// Client-side search over window.SEARCH_INDEX (search-index.js), offline and from file://.
// Each entry has its title/text as written (t, x) and folded (tf, xf: tones and đ removed at build time), and the
// title of the page it stands on (p, shown but not searched).
// The query is folded the same way and searched in the folded fields; the query as typed is searched in the
// original fields too, and those scores count more, so an exact (accented) match ranks first.
(function () {
  'use strict';
  var fold = function (s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  };
  var results = document.querySelector('[data-search-results]');
  var status = document.querySelector('[data-search-status]');
  var input = document.getElementById('search-query');
  if (!results || !window.MiniSearch || !window.SEARCH_INDEX) {
    if (status) status.textContent = 'Không tải được chỉ mục tìm kiếm.';
    return;
  }
  var root = document.body.getAttribute('data-root') || '';
  var mini = new window.MiniSearch({ fields: ['t', 'x', 'tf', 'xf'], storeFields: ['u', 't', 'k', 'x', 'p'] });
  mini.addAll(window.SEARCH_INDEX);

  var search = function (query) {
    var q = query.normalize('NFC').trim();
    if (!q) return [];
    var scores = new Map();
    var add = function (hits, weight) {
      hits.forEach(function (hit) { scores.set(hit.id, (scores.get(hit.id) || 0) + hit.score * weight); });
    };
    add(mini.search(fold(q), { fields: ['tf', 'xf'], boost: { tf: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' }), 1);
    add(mini.search(q.toLowerCase(), { fields: ['t', 'x'], boost: { t: 2 }, prefix: true, combineWith: 'AND' }), 3);
    return Array.from(scores.entries()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; }).slice(0, 100)
      .map(function (pair) { return window.SEARCH_INDEX[pair[0]]; });
  };

  var show = function (query) {
    results.textContent = '';
    var hits = search(query);
    status.textContent = query.trim() ? (hits.length ? 'Tìm thấy ' + hits.length + ' kết quả cho “' + query + '”.' : 'Không có kết quả cho “' + query + '”.') : 'Nhập từ khóa, có dấu hoặc không dấu.';
    hits.forEach(function (entry) {
      // Text is set with textContent only: indexed document text can never become markup.
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + entry.u;
      a.textContent = entry.t || entry.p;
      var kind = document.createElement('span');
      kind.className = 'search-kind';
      kind.textContent = entry.k;
      var text = document.createElement('p');
      text.textContent = entry.x.length > 240 ? entry.x.slice(0, 240) + '…' : entry.x;
      li.appendChild(kind);
      li.appendChild(a);
      li.appendChild(text);
      if (entry.t && entry.p) {
        var page = document.createElement('p');
        page.className = 'search-page-title';
        page.textContent = entry.p;
        li.appendChild(page);
      }
      results.appendChild(li);
    });
  };

  var params = new URLSearchParams(window.location.search);
  var initial = params.get('q') || '';
  if (input) {
    input.value = initial;
    input.addEventListener('input', function () { show(input.value); });
  }
  show(initial);
})();
