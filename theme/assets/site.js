// Home page filter (issuer, kind, resolution): every view of the programs follows it — the cards and the rows of the
// table below them (a row is the program its first link goes to). Plain DOM, no network, works from file://.
(function () {
  'use strict';
  var form = document.querySelector('[data-filter]');
  if (!form) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll('.program-card'));
  var selects = Array.prototype.slice.call(form.querySelectorAll('[data-filter-field]'));
  var count = form.querySelector('[data-filter-count]');
  var number = new Intl.NumberFormat('vi-VN');
  // Rows of the page's tables that stand for a program: the row whose first link is a card's program.
  var rowsOf = {};
  cards.forEach(function (card) { rowsOf[card.querySelector('.program-title').href] = []; });
  document.querySelectorAll('.content tbody tr').forEach(function (row) {
    var link = row.querySelector('a[href]');
    if (link && rowsOf[link.href]) rowsOf[link.href].push(row);
  });
  var apply = function () {
    var shown = 0;
    cards.forEach(function (card) {
      var visible = selects.every(function (select) {
        var value = select.value;
        if (!value) return true;
        var field = select.getAttribute('data-filter-field');
        var have = card.getAttribute('data-' + field) || '';
        return field === 'resolution' ? have.split('|').indexOf(value) >= 0 : have === value;
      });
      card.hidden = !visible;
      rowsOf[card.querySelector('.program-title').href].forEach(function (row) { row.hidden = !visible; });
      if (visible) shown++;
    });
    if (count) count.textContent = 'Hiển thị ' + number.format(shown) + '/' + number.format(cards.length) + ' chương trình.';
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  apply();
})();

// Nền tối / sáng: the toggle shows the colours in use (the system's until the reader picks) and remembers the pick in
// this browser; theme.js applies it on the next page before the first paint.
(function () {
  'use strict';
  var button = document.querySelector('[data-theme-toggle]');
  if (!button) return;
  var root = document.documentElement;
  var system = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  var isDark = function () {
    var chosen = root.getAttribute('data-theme');
    return chosen ? chosen === 'dark' : !!(system && system.matches);
  };
  var show = function () { button.setAttribute('aria-pressed', isDark() ? 'true' : 'false'); };
  button.addEventListener('click', function () {
    var theme = isDark() ? 'light' : 'dark';
    root.setAttribute('data-theme', theme);
    try { window.localStorage.setItem('staticsite-theme', theme); } catch (e) { /* no storage: this page only */ }
    show();
  });
  if (system && system.addEventListener) system.addEventListener('change', show);
  button.hidden = false;
  show();
})();

// Danh mục (under 768 px): the button folds and unfolds the site navigation; Escape folds it and returns to the button.
(function () {
  'use strict';
  var button = document.querySelector('[data-menu-toggle]');
  var header = document.querySelector('.site-header');
  if (!button || !header) return;
  var set = function (open) {
    header.classList.toggle('is-open', open);
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  };
  button.addEventListener('click', function () { set(button.getAttribute('aria-expanded') !== 'true'); });
  header.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') { set(false); button.focus(); }
  });
  button.hidden = false;
})();

// Mục lục: the section being read is marked (aria-current) as the page scrolls — the last heading of the table of
// contents above the upper third of the window.
(function () {
  'use strict';
  var links = Array.prototype.slice.call(document.querySelectorAll('.toc a[href^="#"]'));
  if (links.length === 0 || !('IntersectionObserver' in window)) return;
  var entries = links.map(function (link) {
    var id = decodeURIComponent(link.getAttribute('href').slice(1));
    return { link: link, heading: document.getElementById(id) };
  }).filter(function (e) { return e.heading; });
  var current = null;
  var update = function () {
    var line = window.innerHeight / 3;
    var found = null;
    for (var i = 0; i < entries.length; i++) {
      if (entries[i].heading.getBoundingClientRect().top <= line) found = entries[i]; else break;
    }
    if (found === current) return;
    if (current) current.link.removeAttribute('aria-current');
    current = found;
    if (!current) return;
    current.link.setAttribute('aria-current', 'true');
    // In the sticky column, keep the marked entry in sight (the column scrolls, never the page).
    var box = current.link.closest('.toc');
    var top = current.link.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (box.scrollHeight > box.clientHeight && (top < box.scrollTop || top > box.scrollTop + box.clientHeight - 40)) box.scrollTop = top - box.clientHeight / 3;
  };
  // The observer says when a heading crosses the window; where the reader is, is then read from the headings.
  var observer = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px' });
  entries.forEach(function (e) { observer.observe(e.heading); });
  // A jump past several headings at once (End, a link) may cross none of them: scrolling also asks, once a frame.
  var queued = false;
  window.addEventListener('scroll', function () {
    if (queued) return;
    queued = true;
    window.requestAnimationFrame(function () { queued = false; update(); });
  }, { passive: true });
  window.addEventListener('hashchange', update);
  update();
})();

// A table box that scrolls sideways (a wide table on a phone) takes the keyboard focus, so arrow keys scroll it; it is
// named after its table. A box that fits takes no tab stop.
(function () {
  'use strict';
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.table-scroll'));
  if (boxes.length === 0) return;
  var update = function () {
    boxes.forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        var caption = box.querySelector('caption');
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', caption ? caption.textContent.trim() : 'Bảng (cuộn ngang để xem hết)');
      } else {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    });
  };
  window.addEventListener('resize', update);
  update();
})();

// Về đầu trang: shown once the reader has scrolled a window's height down.
(function () {
  'use strict';
  var link = document.querySelector('[data-back-to-top]');
  if (!link) return;
  var update = function () { link.hidden = window.scrollY < window.innerHeight; };
  window.addEventListener('scroll', update, { passive: true });
  update();
})();

// The checklist's print button (no inline handlers: pages carry no script attributes).
document.querySelectorAll("[data-print]").forEach((button) => button.addEventListener("click", () => window.print()));

// Lịch thời hạn: keep the rows of one body (?co-quan=<slug> remembers the choice in the address); without script every
// row shows and the filter stays hidden.
(function () {
  'use strict';
  var form = document.querySelector('[data-deadline-filter]');
  if (!form) return;
  var select = form.querySelector('[data-deadline-body]');
  var count = form.querySelector('[data-deadline-count]');
  var months = Array.prototype.slice.call(document.querySelectorAll('[data-deadline-month]'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-bodies]'));
  var number = new Intl.NumberFormat('vi-VN');
  var apply = function () {
    var body = select.value;
    var shown = 0;
    rows.forEach(function (row) {
      var visible = !body || row.getAttribute('data-bodies').split(' ').indexOf(body) >= 0;
      row.hidden = !visible;
      if (visible) shown++;
    });
    months.forEach(function (month) {
      var inMonth = month.querySelectorAll('tr[data-bodies]:not([hidden])').length;
      month.hidden = inMonth === 0;
      var label = month.querySelector('[data-deadline-month-count]');
      if (label) label.textContent = number.format(inMonth);
    });
    count.textContent = 'Hiển thị ' + number.format(shown) + '/' + number.format(rows.length) + ' nhiệm vụ.';
    var url = new URL(window.location.href);
    if (body) url.searchParams.set('co-quan', body); else url.searchParams.delete('co-quan');
    try { window.history.replaceState(null, '', url); } catch (e) { /* file:// in some browsers */ }
  };
  var initial = new URLSearchParams(window.location.search).get('co-quan');
  if (initial && select.querySelector('option[value="' + CSS.escape(initial) + '"]')) select.value = initial;
  form.hidden = false;
  select.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  apply();
})();

// "/" anywhere on a page, when not typing in a field, goes to the search box: the search page's own, else the header's.
document.addEventListener("keydown", (e) => {
  if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  const t = e.target;
  if (t instanceof Element && (t.isContentEditable || t.closest("input, textarea, select, [contenteditable]"))) return;
  const box = document.getElementById("search-query") || document.querySelector(".site-header input[type=search]");
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});

// Arriving at page.html#anchor (from a search result, a link to an item): the item the anchor stands in is marked.
// Items carry their anchor as an empty <a id> inside, so :target alone would mark nothing visible.
(() => {
  const mark = () => {
    document.querySelectorAll(".is-target").forEach((el) => el.classList.remove("is-target"));
    let id = window.location.hash.slice(1);
    try { id = decodeURIComponent(id); } catch { /* a malformed escape: the id as written */ }
    const anchor = id && document.getElementById(id);
    if (!anchor) return;
    // Only what the document holds (a section, an item); not a group of search results or a part of the page.
    const target = anchor.closest("[data-source-line]");
    if (!target) return;
    target.classList.add("is-target");
    if (target !== anchor) target.scrollIntoView({ block: "start" });
  };
  window.addEventListener("hashchange", mark);
  mark();
})();
