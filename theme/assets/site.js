// Home page filter (issuer, kind, resolution): plain DOM, no network, works from file://.
(function () {
  'use strict';
  var form = document.querySelector('[data-filter]');
  if (!form) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll('.program-card'));
  var selects = Array.prototype.slice.call(form.querySelectorAll('[data-filter-field]'));
  var count = form.querySelector('[data-filter-count]');
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
      if (visible) shown++;
    });
    if (count) count.textContent = 'Hiển thị ' + shown + '/' + cards.length + ' chương trình.';
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  apply();
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
