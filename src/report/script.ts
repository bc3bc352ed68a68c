import { HTML_CONTROL } from '../format/escape.js';

/** The inline client script shared by all HTML pages: tooltips on hover and focus, filters, sortable tables. Builds DOM with textContent only, never innerHTML. */
export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var dataEl = document.getElementById('fl-data');
  var data = dataEl ? JSON.parse(dataEl.textContent || '{}') : {};
  var anns = data.annotations || {};
  var tip = document.getElementById('tip');
  var current = null;
  // control characters and bidi overrides shown as \\u{..}, as everywhere else in the page (escape.ts)
  function visible(text) {
    return text.replace(/${HTML_CONTROL.source}/g, function (c) { return '\\\\u{' + c.charCodeAt(0).toString(16) + '}'; });
  }
  function row(parent, key, value) {
    if (value === null || value === undefined || value === '') return;
    var div = document.createElement('div'); div.className = 't-row';
    var k = document.createElement('span'); k.className = 't-k'; k.textContent = key + ': ';
    var v = document.createElement('span'); v.textContent = visible(String(value));
    div.appendChild(k); div.appendChild(v); parent.appendChild(div);
  }
  function show(mark) {
    var a = anns[mark.getAttribute('data-id')];
    if (!tip || !a) return;
    if (current) current.classList.remove('active');
    current = mark; mark.classList.add('active');
    tip.replaceChildren();
    var head = document.createElement('div'); head.className = 't-cat';
    head.textContent = a.abbr + ' ' + a.label; tip.appendChild(head);
    row(tip, 'text', '\\u201c' + a.text + '\\u201d');
    row(tip, 'marker', a.marker);
    row(tip, 'score', a.score.toFixed(2) + ' \\u2014 ' + a.summary);
    row(tip, 'voice', a.voice);
    row(tip, 'speaker', a.speaker);
    row(tip, 'speaking', a.turn);
    row(tip, 'modifiers', a.modifiers.join(', '));
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    var left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + 'px';
    tip.style.top = (window.scrollY + r.bottom + 8) + 'px';
  }
  function hide() {
    if (tip) tip.hidden = true;
    if (current) current.classList.remove('active');
    current = null;
  }
  function markOf(t) { return t && t.closest ? t.closest('mark.hl') : null; }
  document.addEventListener('focusin', function (e) { var m = markOf(e.target); if (m) show(m); else hide(); });
  document.addEventListener('focusout', function (e) { if (markOf(e.target)) hide(); });
  document.addEventListener('mouseover', function (e) { var m = markOf(e.target); if (m && !m.classList.contains('off')) show(m); });
  document.addEventListener('mouseout', function (e) { var m = markOf(e.target); if (m && m !== document.activeElement && !m.contains(e.relatedTarget)) hide(); });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
  function applyFilters() {
    var off = {};
    document.querySelectorAll('input[data-filter]').forEach(function (box) { if (!box.checked) off[box.getAttribute('data-filter')] = true; });
    document.querySelectorAll('mark.hl').forEach(function (m) {
      var hidden = !!(off['cat:' + m.getAttribute('data-cat')] || off['voice:' + m.getAttribute('data-voice')]);
      m.classList.toggle('off', hidden);
      if (m.classList.contains('first')) m.setAttribute('tabindex', hidden ? '-1' : '0');
    });
    document.querySelectorAll('svg .row[data-cat]').forEach(function (g) {
      var hidden = !!off['cat:' + g.getAttribute('data-cat')];
      if (g.classList.contains('series')) g.style.display = hidden ? 'none' : '';
      else g.style.opacity = hidden ? '0.25' : '1';
    });
    if (current && current.classList.contains('off')) hide();
  }
  document.querySelectorAll('input[data-filter]').forEach(function (box) { box.addEventListener('change', applyFilters); });
  document.querySelectorAll('a.goto').forEach(function (a) {
    a.addEventListener('click', function (e) {
      var target = document.getElementById((a.getAttribute('href') || '').slice(1));
      if (target && target.matches('mark.hl')) { e.preventDefault(); target.scrollIntoView({ block: 'center' }); target.focus(); }
    });
  });
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.querySelectorAll('thead th');
    heads.forEach(function (th, col) {
      var btn = th.querySelector('button');
      if (!btn) return;
      btn.addEventListener('click', function () {
        var dir = th.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending';
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir);
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (x, y) {
          var a = x.cells[col].getAttribute('data-sort') || x.cells[col].textContent;
          var b = y.cells[col].getAttribute('data-sort') || y.cells[col].textContent;
          var na = Number(a), nb = Number(b);
          var c = (!isNaN(na) && !isNaN(nb)) ? na - nb : String(a).localeCompare(String(b));
          return dir === 'ascending' ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
`;
