// The clusters table: one row per finding, largest first; a click on a row or its Graph button selects it.
import { el, td, untrusted } from './dom.js';
import { formatCount, formatDay, formatSpan, formatTime } from './format.js';

const tbody = () => document.querySelector('#clusters tbody');

function targetsCell(targets) {
  const cell = el('td', { className: 'targets' });
  (Array.isArray(targets) ? targets : []).forEach((target, index) => {
    if (index > 0) cell.append(el('span', { className: 'sep', text: ', ' }));
    const handle = el('span', { className: 'handle' }, '@', untrusted(target.handle));
    if (target.displayName) handle.title = `${target.displayName}`;
    cell.append(handle);
  });
  if (cell.childNodes.length === 0) cell.textContent = '—';
  return cell;
}

function sizeCell(finding) {
  const cell = td(formatCount(finding.size), 'num size');
  const total = Number(finding.membersTotal);
  if (Number.isFinite(total) && total !== Number(finding.size)) {
    cell.append(el('span', { className: 'muted', text: ` (${formatCount(total)} members)` }));
  }
  return cell;
}

/** Replaces the table body with these findings (already sorted) and wires selection to onSelect(findingId). */
export function renderClusters(findings, onSelect) {
  const rows = findings.map((finding, index) => {
    const button = el('button', { className: 'graph-button', text: 'Graph', attrs: { type: 'button' } });
    button.dataset.findingId = String(finding.id);
    const row = el('tr', { dataset: { findingId: String(finding.id) } },
      td(String(index + 1), 'num rank'),
      sizeCell(finding),
      targetsCell(finding.targets),
      td(finding.dayOnly ? formatDay(finding.from) : formatTime(finding.from), 'time'),
      td(finding.dayOnly ? formatDay(finding.to) : formatTime(finding.to), 'time'),
      td(finding.dayOnly ? 'days only' : formatSpan(finding.from, finding.to), 'num span'),
      td(untrusted(finding.evidence), 'evidence'),
      el('td', { className: 'action' }, button));
    row.addEventListener('click', () => onSelect(String(finding.id)));
    return row;
  });
  tbody().replaceChildren(...rows);
  document.getElementById('clusters-empty').hidden = rows.length > 0;
  document.getElementById('clusters-count').textContent = `${formatCount(rows.length)} found`;
}

/** Highlights the selected finding's row. */
export function markSelectedCluster(findingId) {
  for (const row of tbody().querySelectorAll('tr')) {
    const selected = row.dataset.findingId === findingId;
    row.classList.toggle('selected', selected);
    row.setAttribute('aria-selected', String(selected));
  }
}
