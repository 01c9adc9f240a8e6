/* Comparison pages (compare/*.html): the "Chỉ hiện khác biệt" toggle, and on compare/chon.html the comparison of any two
   programs computed in the browser from their data scripts (compare/data/<slug>.js, loaded by <script> so file:// works).
   The alignment is a compact port of StaticSite.Compare.ProgramComparer: groups paired by key (section role, body
   function), items by the cosine of tf-idf weighted folded words and bigrams (whole text or closest sentences), paired
   greedily from the best score down to the threshold; words only one side has are marked by a longest-common-subsequence
   diff. The threshold and the "gần giống" bound come from the page (the C# constants). */
(function () {
  'use strict';

  var KEY = 'compare-diff-only';
  var PARAM = 'khac-biet';

  // ---- Numbers in Vietnamese format (StaticSite.Text.VietnameseNumber) ----
  function integer(n) { return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.'); }
  function percent(fraction) { return integer(fraction * 100) + '\u00A0%'; }

  // ---- "Chỉ hiện khác biệt" ----
  function stored() {
    var params = new URLSearchParams(location.search);
    if (params.has(PARAM)) return params.get(PARAM) === '1';
    try { return localStorage.getItem(KEY) === '1'; } catch (e) { return false; }
  }

  function remember(on) {
    try { localStorage.setItem(KEY, on ? '1' : '0'); } catch (e) { /* storage off: the URL still says it */ }
    try {
      var url = new URL(location.href);
      if (on) url.searchParams.set(PARAM, '1'); else url.searchParams.delete(PARAM);
      history.replaceState(history.state, '', url.href);
    } catch (e) { /* file:// may refuse: the stored choice still holds */ }
  }

  function applyToggle(root, on) {
    var box = root.querySelector('[data-compare-toggle]');
    if (!box) return;
    box.checked = on;
    root.classList.toggle('diff-only', on);
    var status = root.querySelector('[data-compare-status]');
    if (!status) return;
    var same = root.querySelectorAll('tr.row.same').length;
    status.textContent = on
      ? (same > 0 ? 'Đã ẩn ' + integer(same) + ' cặp nhiệm vụ giống hệt.' : 'Không có cặp nhiệm vụ nào giống hệt.')
      : '';
  }

  function initToggle(root) {
    var box = root.querySelector('[data-compare-toggle]');
    if (!box) return;
    applyToggle(root, stored());
    box.addEventListener('change', function () {
      applyToggle(root, box.checked);
      remember(box.checked);
    });
  }

  // ---- Similarity (TextSimilarity) ----
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  }
  function words(text) { return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean); }
  function features(text) {
    var w = words(text), f = new Map();
    for (var i = 0; i < w.length; i++) {
      f.set(w[i], (f.get(w[i]) || 0) + 1);
      if (i + 1 < w.length) { var bi = w[i] + ' ' + w[i + 1]; f.set(bi, (f.get(bi) || 0) + 1); }
    }
    return f;
  }
  function sentences(text) {
    var out = [];
    text.split(/(?<=[.;!?])\s+/).forEach(function (s) { if (words(s).length >= 5) out.push(s); });
    return out;
  }

  function Similarity(texts) {
    var df = new Map();
    texts.forEach(function (t) { features(t).forEach(function (_, k) { df.set(k, (df.get(k) || 0) + 1); }); });
    var n = texts.length;
    this.idf = function (k) { return Math.log(1 + (df.has(k) ? n / df.get(k) : Math.max(1, n))); };
  }
  Similarity.prototype.vector = function (text) {
    var v = new Map(), norm = 0, self = this;
    features(text).forEach(function (count, k) { var x = count * self.idf(k); v.set(k, x); norm += x * x; });
    norm = Math.sqrt(norm);
    if (norm > 0) v.forEach(function (x, k) { v.set(k, x / norm); });
    return v;
  };
  Similarity.prototype.profile = function (text) {
    var s = sentences(text);
    return { whole: this.vector(text), sentences: s.length < 2 ? [] : s.map(this.vector, this) };
  };
  function cosine(a, b) {
    if (a.size > b.size) { var t = a; a = b; b = t; }
    var sum = 0;
    a.forEach(function (x, k) { var y = b.get(k); if (y) sum += x * y; });
    return Math.min(1, Math.max(0, sum));
  }
  function score(a, b) {
    var best = cosine(a.whole, b.whole);
    if (a.sentences.length === 0 && b.sentences.length === 0) return best;
    var left = a.sentences.length ? a.sentences : [a.whole], right = b.sentences.length ? b.sentences : [b.whole];
    left.forEach(function (x) { right.forEach(function (y) { best = Math.max(best, cosine(x, y)); }); });
    return best;
  }

  // ---- Word diff: runs of words only one side has ----
  function diff(a, b) {
    var ta = a.split(/(\s+)/), tb = b.split(/(\s+)/);
    var wa = [], wb = [];
    ta.forEach(function (t, i) { if (i % 2 === 0 && t) wa.push(i); });
    tb.forEach(function (t, i) { if (i % 2 === 0 && t) wb.push(i); });
    var n = wa.length, m = wb.length, dp = new Array(n + 1);
    for (var i = 0; i <= n; i++) dp[i] = new Uint16Array(m + 1);
    for (i = n - 1; i >= 0; i--)
      for (var j = m - 1; j >= 0; j--)
        dp[i][j] = ta[wa[i]].toLowerCase() === tb[wb[j]].toLowerCase() ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    var keepA = new Set(), keepB = new Set();
    i = 0; j = 0;
    while (i < n && j < m) {
      if (ta[wa[i]].toLowerCase() === tb[wb[j]].toLowerCase()) { keepA.add(wa[i++]); keepB.add(wb[j++]); }
      else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
      else j++;
    }
    return { a: runs(ta, keepA), b: runs(tb, keepB), same: keepA.size === n && keepB.size === m };
  }
  // Pieces joined into runs; a space between two changed words stays in the change (one mark per reworded phrase).
  function runs(pieces, kept) {
    var out = [];
    pieces.forEach(function (p, i) {
      if (!p) return;
      var changed = i % 2 === 0 ? !kept.has(i)
        : (i > 0 && i + 1 < pieces.length && !kept.has(i - 1) && pieces[i - 1] && !kept.has(i + 1) && pieces[i + 1]);
      var last = out[out.length - 1];
      if (last && last.changed === !!changed) last.text += p; else out.push({ text: p, changed: !!changed });
    });
    return out;
  }

  // ---- Alignment ----
  function align(A, B, threshold) {
    var sim = new Similarity(A.items.concat(B.items).map(function (i) { return i.text; }));
    var profiles = new Map();
    A.items.concat(B.items).forEach(function (i) { if (!profiles.has(i)) profiles.set(i, sim.profile(i.text)); });
    var keys = [];
    A.groups.forEach(function (g) { if (keys.indexOf(g.key) < 0) keys.push(g.key); });
    B.groups.forEach(function (g) { if (keys.indexOf(g.key) < 0) keys.push(g.key); });
    return keys.map(function (key) {
      var ga = A.groups.find(function (g) { return g.key === key; }) || null;
      var gb = B.groups.find(function (g) { return g.key === key; }) || null;
      var ia = A.items.filter(function (i) { return i.groups.indexOf(key) >= 0; });
      var ib = B.items.filter(function (i) { return i.groups.indexOf(key) >= 0; });
      var candidates = [];
      ia.forEach(function (x, i) {
        ib.forEach(function (y, j) {
          var s = score(profiles.get(x), profiles.get(y));
          if (s >= threshold) candidates.push({ i: i, j: j, s: s });
        });
      });
      candidates.sort(function (p, q) { return q.s - p.s || p.i - q.i || p.j - q.j; });
      var partnerA = new Map(), partnerB = new Map();
      candidates.forEach(function (c) {
        if (partnerA.has(c.i) || partnerB.has(c.j)) return;
        partnerA.set(c.i, c); partnerB.set(c.j, c);
      });
      var rows = ia.map(function (x, i) {
        var c = partnerA.get(i);
        return { key: [i, 0, 0], a: x, b: c ? ib[c.j] : null, s: c ? c.s : 0 };
      });
      ib.forEach(function (y, j) {
        if (partnerB.has(j)) return;
        var anchor = -1;
        partnerA.forEach(function (c) { if (c.j < j && c.i > anchor) anchor = c.i; });
        rows.push({ key: [anchor, 1, j], a: null, b: y, s: 0 });
      });
      rows.sort(function (p, q) { return p.key[0] - q.key[0] || p.key[1] - q.key[1] || p.key[2] - q.key[2]; });
      return { key: key, a: ga, b: gb, rows: rows };
    });
  }

  // ---- Drawing (the markup of compare.cshtml) ----
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function link(href, text, cls) { var a = el('a', cls, text); a.href = href; return a; }

  function draw(root, A, B, threshold, close) {
    var table = root.querySelector('[data-compare-table]');
    table.textContent = '';
    var caption = el('caption', 'visually-hidden', 'Các mục, cơ quan và nhiệm vụ của A (' + A.label + ') và B (' + B.label + ') đặt cạnh nhau');
    table.appendChild(caption);
    var head = el('thead'), hr = el('tr');
    [['side-a', 'A: ' + A.label], ['score', 'Mức giống'], ['side-b', 'B: ' + B.label]].forEach(function (h) {
      var th = el('th', h[0], h[1]); th.scope = 'col'; hr.appendChild(th);
    });
    head.appendChild(hr); table.appendChild(head);
    var pages = { a: '../' + A.page, b: '../' + B.page };
    var counts = { pairs: 0, onlyA: 0, onlyB: 0, same: 0 };

    function only(side, p) { return el('span', 'only only-' + side, 'Chỉ có ở ' + side.toUpperCase() + ' (' + p.label + ')'); }
    function groupCell(side, g, other, otherSide) {
      if (!g) { var td = el('td', 'side-' + side + ' missing'); td.dataset.side = side.toUpperCase(); td.appendChild(only(otherSide, other)); return td; }
      var th = el('th', 'side-' + side); th.dataset.side = side.toUpperCase();
      if (g.marker) th.appendChild(el('span', 'marker', g.marker));
      if (g.anchor) th.appendChild(link(pages[side] + '#' + g.anchor, g.heading)); else th.appendChild(document.createTextNode(g.heading));
      return th;
    }
    function itemCell(side, item, segments, deadlineDiffers) {
      var td = el('td', 'side-' + side); td.dataset.side = side.toUpperCase();
      td.appendChild(link(pages[side] + '#' + item.anchor, 'dòng ' + item.line, 'line'));
      if (item.marker) td.appendChild(el('span', 'marker', item.marker));
      var text = el('span', 'text');
      (segments || [{ text: item.text, changed: false }]).forEach(function (s) {
        text.appendChild(s.changed ? el('mark', 'only-' + side, s.text) : document.createTextNode(s.text));
      });
      td.appendChild(text);
      if (item.lead.length) td.appendChild(el('span', 'bodies', 'Chủ trì: ' + item.lead.join(', ')));
      if (item.cooperating.length) td.appendChild(el('span', 'bodies', 'Phối hợp: ' + item.cooperating.join(', ')));
      if (item.deadline) td.appendChild(el('span', 'deadline' + (deadlineDiffers ? ' differs' : ''), 'Thời hạn: ' + item.deadline));
      return td;
    }
    function missingCell(side, present, p) {
      var td = el('td', 'side-' + side + ' missing'); td.dataset.side = side.toUpperCase();
      td.appendChild(only(present, p));
      return td;
    }

    var seenA = new Set(), seenB = new Set(), pairedA = new Set(), pairedB = new Set();
    align(A, B, threshold).forEach(function (g) {
      var body = el('tbody', 'group kind-' + ((g.a || g.b).kind === 'body' ? 'body' : 'section'));
      var hr = el('tr', 'group-head ' + body.className.split(' ')[1] + (g.a ? (g.b ? '' : ' only-a') : ' only-b'));
      hr.appendChild(groupCell('a', g.a, B, 'b'));
      hr.appendChild(el('td', 'score'));
      hr.appendChild(groupCell('b', g.b, A, 'a'));
      body.appendChild(hr);
      var allSame = !!(g.a && g.b);
      g.rows.forEach(function (r) {
        var tr;
        if (r.a && r.b) {
          var d = diff(r.a.text, r.b.text);
          var deadlineDiffers = (r.a.deadlineKey || '') !== (r.b.deadlineKey || '');
          var unchanged = d.same && !deadlineDiffers;
          var band = d.same ? 'identical' : r.s >= close ? 'close' : 'different';
          tr = el('tr', 'row pair ' + (unchanged ? 'same' : 'changed'));
          tr.appendChild(itemCell('a', r.a, d.a, deadlineDiffers));
          var sc = el('td', 'score');
          sc.appendChild(el('span', 'band band-' + band, { identical: 'giống hệt', close: 'gần giống', different: 'khác nhiều' }[band]));
          sc.appendChild(document.createTextNode(' '));
          sc.appendChild(el('span', 'pct', percent(r.s)));
          tr.appendChild(sc);
          tr.appendChild(itemCell('b', r.b, d.b, deadlineDiffers));
          if (!unchanged) allSame = false;
          pairedA.add(r.a.anchor); pairedB.add(r.b.anchor);
          if (!seenA.has(r.a.anchor + '|' + r.b.anchor)) { counts.pairs++; if (unchanged) counts.same++; }
          seenA.add(r.a.anchor + '|' + r.b.anchor);
        } else if (r.a) {
          tr = el('tr', 'row only-a');
          tr.appendChild(itemCell('a', r.a, null, false));
          tr.appendChild(el('td', 'score'));
          tr.appendChild(missingCell('b', 'a', A));
          allSame = false;
          seenB.add('a:' + r.a.anchor);
        } else {
          tr = el('tr', 'row only-b');
          tr.appendChild(missingCell('a', 'b', B));
          tr.appendChild(el('td', 'score'));
          tr.appendChild(itemCell('b', r.b, null, false));
          allSame = false;
          seenB.add('b:' + r.b.anchor);
        }
        body.appendChild(tr);
      });
      if (allSame) body.classList.add('group-same');
      table.appendChild(body);
    });
    seenB.forEach(function (k) {
      var side = k.slice(0, 1), anchor = k.slice(2);
      if (side === 'a' && !pairedA.has(anchor)) counts.onlyA++;
      if (side === 'b' && !pairedB.has(anchor)) counts.onlyB++;
    });

    var programs = root.querySelector('[data-compare-programs]');
    programs.textContent = '';
    [['a', A], ['b', B]].forEach(function (s) {
      var div = el('div', 'compare-program side-' + s[0]), dt = el('dt');
      dt.appendChild(el('span', 'side-tag side-tag-' + s[0], s[0].toUpperCase()));
      dt.appendChild(document.createTextNode(' '));
      dt.appendChild(link(pages[s[0]], s[1].label));
      div.appendChild(dt);
      div.appendChild(el('dd', null, s[1].title));
      programs.appendChild(div);
    });
    root.querySelector('[data-compare-counts]').textContent =
      integer(counts.pairs) + ' cặp nhiệm vụ tương ứng (' + integer(counts.same) + ' giống hệt); ' +
      integer(counts.onlyA) + ' nhiệm vụ chỉ có ở A (' + A.label + '); ' + integer(counts.onlyB) + ' nhiệm vụ chỉ có ở B (' + B.label + '). ' +
      'Hai nhiệm vụ được ghép thành cặp khi có từ ' + percent(threshold) + ' từ ngữ giống nhau trở lên.';
  }

  // ---- The on-demand page ----
  function loadData(slug, done) {
    var all = window.COMPARE_DATA = window.COMPARE_DATA || {};
    if (all[slug]) { done(all[slug]); return; }
    var script = document.createElement('script');
    script.src = 'data/' + encodeURIComponent(slug) + '.js';
    script.onload = function () { done(all[slug] || null); };
    script.onerror = function () { done(null); };
    document.head.appendChild(script);
  }

  function initPicker(root) {
    var form = root.querySelector('[data-compare-picker]');
    if (!form) return;
    var status = root.querySelector('[data-compare-status-load]');
    var result = root.querySelector('[data-compare-result]');
    var selects = { a: form.querySelector('[data-compare-select="a"]'), b: form.querySelector('[data-compare-select="b"]') };
    var slugs = Array.prototype.map.call(selects.a.options, function (o) { return o.value; }).filter(Boolean);
    var params = new URLSearchParams(location.search);
    var a = params.get('a'), b = params.get('b'), r = params.get('r');
    // Only a slug the page lists is loaded: the query never names a script of its own.
    if (slugs.indexOf(a) < 0) a = null;
    if (slugs.indexOf(b) < 0) b = null;
    if (r) {
      var ofR = Array.prototype.filter.call(selects.a.options, function (o) { return o.dataset.resolution === r; }).map(function (o) { return o.value; });
      if (!a && ofR.length) a = ofR[0];
      if (!b) b = ofR.filter(function (s) { return s !== a; })[0] || null;
    }
    if (a) selects.a.value = a;
    if (b) selects.b.value = b;
    if (!a || !b) { status.textContent = 'Chọn hai chương trình rồi bấm “So sánh”.'; return; }
    if (a === b) { status.textContent = 'Hãy chọn hai chương trình khác nhau.'; return; }

    var made = (form.dataset.pages || '').split(' ');
    var page = made.indexOf(a + '--' + b + '.html') >= 0 ? a + '--' + b + '.html' : made.indexOf(b + '--' + a + '.html') >= 0 ? b + '--' + a + '.html' : null;
    if (page) {
      root.querySelector('[data-compare-made-link]').href = page;
      root.querySelector('[data-compare-made]').hidden = false;
    }
    status.textContent = 'Đang so sánh…';
    loadData(a, function (A) {
      loadData(b, function (B) {
        if (!A || !B) { status.textContent = 'Không tải được dữ liệu của chương trình đã chọn.'; return; }
        // Two programs of one committee: each named with its number as well (ProgramComparer.LabelAgainst).
        if (A.label === B.label) {
          A = Object.assign({}, A, { label: A.label + ' (' + (A.number || A.slug) + ')' });
          B = Object.assign({}, B, { label: B.label + ' (' + (B.number || B.slug) + ')' });
        }
        draw(root, A, B, parseFloat(form.dataset.threshold), parseFloat(form.dataset.close));
        result.hidden = false;
        var common = A.resolutions.filter(function (x) { return B.resolutions.indexOf(x) >= 0; });
        status.textContent = common.length
          ? 'Cùng thực hiện ' + common.join(', ') + '.'
          : 'Hai chương trình không cùng thực hiện nghị quyết nào; kết quả chỉ để tham khảo.';
        initToggle(root);
      });
    });
  }

  document.querySelectorAll('[data-compare]').forEach(function (root) {
    if (root.querySelector('[data-compare-picker]')) initPicker(root);
    else initToggle(root);
  });
})();
