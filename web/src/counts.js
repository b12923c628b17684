// The counts panel: what the store holds, by node label, relationship type and imported dataset.
import { el, td, untrusted } from './dom.js';
import { formatCount, formatTime } from './format.js';

const list = (value) => (Array.isArray(value) ? value : []);

function countRows(tbody, rows, nameKey) {
  tbody.replaceChildren(...list(rows).map((row) => el('tr', {},
    td(untrusted(row[nameKey])),
    td(formatCount(row.count), 'num'))));
  if (tbody.children.length === 0) tbody.append(el('tr', {}, el('td', { className: 'empty', text: 'none', attrs: { colspan: 2 } })));
}

/** Fills the header's store line and the three count tables from GET /api/stats. */
export function renderCounts(stats) {
  document.getElementById('store').textContent = String(stats.store ?? '');
  countRows(document.querySelector('#node-counts tbody'), stats.nodes, 'label');
  countRows(document.querySelector('#relationship-counts tbody'), stats.relationships, 'type');

  const datasets = document.querySelector('#datasets tbody');
  datasets.replaceChildren(...list(stats.datasets).map((dataset) => el('tr', {},
    td(untrusted(dataset.name)),
    td(untrusted(dataset.platform)),
    td(formatTime(dataset.importedAt), 'time'),
    td(formatCount(dataset.accounts), 'num'),
    td(formatCount(dataset.follows), 'num'),
    td(formatCount(dataset.rejects), Number(dataset.rejects) > 0 ? 'num warn' : 'num'))));
  if (datasets.children.length === 0) {
    datasets.append(el('tr', {}, el('td', { className: 'empty', text: 'No dataset imported yet.', attrs: { colspan: 6 } })));
  }
}
