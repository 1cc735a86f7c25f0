/**
 * The site's stylesheet and its one script. The colours keep a contrast of at least 4.5:1 (WCAG 2.1 AA);
 * focus is always visible; print gives A4 pages without the menu and the search.
 */

export const SITE_CSS = `:root { color-scheme: light; }
body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 1rem; line-height: 1.5;
  color: #1a1a1a; background: #fff; margin: 0; }
header, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
.site-title { font-weight: bold; margin: 1rem 0 0.5rem; }
a { color: #0b4f8a; }
a:focus-visible, button:focus-visible, input:focus-visible, main:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.skip { position: absolute; left: 0.5rem; top: -3rem; background: #fff; padding: 0.5rem; z-index: 1; }
.skip:focus { top: 0.5rem; }
nav ul { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
nav a[aria-current="page"] { font-weight: bold; }
.internal { background: #7a1f1f; color: #fff; margin: 0; padding: 0.5rem 1rem; font-weight: bold; text-align: center; }
.marking { font-weight: bold; }
table { border-collapse: collapse; margin: 0 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: 0.2rem 1rem 0.2rem 0; border-bottom: 1px solid #767676; }
caption { text-align: left; font-weight: bold; }
figure { margin: 0 0 1rem; }
.figure { display: flex; flex-direction: column; gap: 0.5rem; }
.chart { max-width: 100%; height: auto; }
footer { border-top: 1px solid #767676; margin-top: 2rem; font-size: 0.9rem; }
input, button { font: inherit; }
@page { size: A4; margin: 20mm 18mm; }
@media print {
  body { font-size: 11pt; }
  nav, .skip, form[role="search"], #treff { display: none; }
  header, main, footer { max-width: none; padding: 0; }
  a { color: #000; }
  h2, h3 { break-after: avoid; }
  tr, figure { break-inside: avoid; }
}
`;

/**
 * The search over the site's own index (sok.json), with no server: every word asked for must be on the
 * page; the results are built as text, never as markup.
 */
export const SEARCH_SCRIPT = `'use strict';
(function () {
  var form = document.querySelector('form[role="search"]');
  var field = document.getElementById('sok');
  var results = document.getElementById('treff');
  if (!form || !field || !results) return;
  var index = null;
  function words(text) { return text.toLocaleLowerCase('nb').split(/\\s+/).filter(Boolean); }
  function show(query) {
    results.textContent = '';
    var asked = words(query);
    if (asked.length === 0 || !index) return;
    var found = index.filter(function (page) {
      var text = (page.title + ' ' + page.text).toLocaleLowerCase('nb');
      return asked.every(function (word) { return text.indexOf(word) >= 0; });
    });
    var count = document.createElement('p');
    count.textContent = found.length + ' ' + (results.getAttribute('data-hits') || '');
    results.appendChild(count);
    var list = document.createElement('ul');
    found.forEach(function (page) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.title;
      item.appendChild(link);
      list.appendChild(item);
    });
    results.appendChild(list);
  }
  var query = new URLSearchParams(window.location.search).get('q') || '';
  field.value = query;
  fetch('sok.json').then(function (response) { return response.json(); }).then(function (data) {
    index = data;
    show(field.value);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(field.value);
  });
})();
`;
