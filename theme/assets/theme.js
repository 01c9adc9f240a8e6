// Loaded in <head>, before the page is drawn: the reader's colour choice (Nền tối / sáng, kept per browser) is applied
// before the first paint, so a dark page never flashes white. Storage may throw (file:// in some browsers, privacy
// settings): then the system's colours apply. The "js" class lets the stylesheet fold the menu only when script runs.
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = window.localStorage.getItem('staticsite-theme');
    if (theme === 'dark' || theme === 'light') root.setAttribute('data-theme', theme);
  } catch (e) { /* no storage: the system's colours */ }
})();
