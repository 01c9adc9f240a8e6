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
