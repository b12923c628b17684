// The members table beside the graph: the accounts drawn, with creation day and age when the flood began.
import { el, td, untrusted } from './dom.js';
import { daysBefore, formatDay } from './format.js';

/** Lists the members shown in the graph for this finding. */
export function renderMembers(finding, shown) {
  const members = (Array.isArray(finding.members) ? finding.members : []).slice(0, shown);
  document.querySelector('#members tbody').replaceChildren(...members.map((member) => {
    const age = daysBefore(member.createdAt, finding.from);
    return el('tr', { dataset: { accountId: String(member.id) } },
      td(untrusted(member.handle, 'handle')),
      td(untrusted(member.displayName)),
      td(formatDay(member.createdAt), 'time'),
      td(age === null ? '—' : `${age} d`, age !== null && age >= 0 && age <= 7 ? 'num warn' : 'num'));
  }));
}

/** Empties the members table. */
export function clearMembers() {
  document.querySelector('#members tbody').replaceChildren();
}
