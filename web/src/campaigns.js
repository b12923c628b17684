// The campaigns panel: campaigns built by detect all, and a selected campaign's accounts with why each is in it.
import { el, td, untrusted } from './dom.js';
import { formatCount, formatTime } from './format.js';

const byId = (id) => document.getElementById(id);

function handles(accounts) {
  const cell = el('td', { className: 'targets' });
  (Array.isArray(accounts) ? accounts : []).forEach((account, index) => {
    if (index > 0) cell.append(el('span', { className: 'sep', text: ', ' }));
    cell.append(el('span', { className: 'handle' }, '@', untrusted(account.handle ?? account.id)));
  });
  if (cell.childNodes.length === 0) cell.textContent = '—';
  return cell;
}

/** Fills the campaigns table; a click on a row calls onSelect(campaignId). */
export function renderCampaigns(page, onSelect) {
  const campaigns = Array.isArray(page?.campaigns) ? page.campaigns : [];
  const rows = campaigns.map((c) => {
    const row = el('tr', { dataset: { campaignId: String(c.id) } },
      td(String(c.id), 'mono'),
      td(formatCount(c.size), 'num size'),
      handles(c.targets),
      td(formatTime(c.from), 'time'),
      td(formatTime(c.to), 'time'),
      td((Array.isArray(c.signals) ? c.signals : []).join(', '), 'signals'));
    row.addEventListener('click', () => onSelect(String(c.id)));
    return row;
  });
  byId('campaigns').querySelector('tbody').replaceChildren(...rows);
  byId('campaigns-count').textContent = `${formatCount(Number(page?.total ?? rows.length))} stored`;
  byId('campaigns-empty').hidden = rows.length > 0;
}

/** Shows one campaign's evidence and first accounts. */
export function renderCampaign(detail) {
  for (const row of byId('campaigns').querySelectorAll('tbody tr')) {
    row.classList.toggle('selected', row.dataset.campaignId === String(detail.campaign.id));
  }
  byId('campaign-evidence').replaceChildren(...(detail.campaign.evidence ?? [])
    .map((sentence) => el('li', {}, untrusted(sentence))));
  const members = Array.isArray(detail.members) ? detail.members : [];
  byId('campaign-members').querySelector('tbody').replaceChildren(...members.map((m) => el('tr', {},
    td(untrusted(m.account?.handle), 'handle'),
    td(untrusted(m.account?.displayName)),
    td((m.signals ?? []).join(', '), 'signals'),
    td(untrusted(m.explanation), 'explanation'))));
  byId('campaign-caption').textContent = `first ${formatCount(members.length)} of ${formatCount(detail.campaign.size)}`
    + ' accounts';
}
