// Pure formatting and parsing helpers: no DOM here, so node's test runner checks them (test/format.test.js).

const COUNT = new Intl.NumberFormat('en-US');

/** "5,230" for a number, an em dash for anything else. */
export function formatCount(value) {
  return Number.isFinite(value) ? COUNT.format(value) : '—';
}

/** "123 ms" below ten seconds, "12.3 s" above. */
export function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  return ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function parseInstant(iso) {
  if (typeof iso !== 'string' || iso === '') return null;
  const millis = Date.parse(iso);
  return Number.isNaN(millis) ? null : millis;
}

/**
 * "2024-04-14 09:00" (UTC, seconds only when not zero); an em dash for null; a string the browser cannot parse is
 * returned as it came, so that the analyst still sees what the server said.
 */
export function formatTime(iso) {
  if (iso === null || iso === undefined || iso === '') return '—';
  const millis = parseInstant(iso);
  if (millis === null) return String(iso);
  const text = new Date(millis).toISOString();
  const seconds = text.slice(17, 19);
  return text.slice(0, 10) + ' ' + text.slice(11, 16) + (seconds === '00' ? '' : ':' + seconds);
}

/** The calendar day of an instant, "2024-04-10", or an em dash. */
export function formatDay(iso) {
  const millis = parseInstant(iso);
  return millis === null ? '—' : new Date(millis).toISOString().slice(0, 10);
}

/** Hours and minutes between two instants: "8 h 40 min", "40 min", "< 1 min"; an em dash if either is missing. */
export function formatSpan(firstIso, lastIso) {
  const first = parseInstant(firstIso);
  const last = parseInstant(lastIso);
  if (first === null || last === null || last < first) return '—';
  const minutes = Math.floor((last - first) / 60_000);
  if (minutes === 0) return last === first ? '0 min' : '< 1 min';
  const hours = Math.floor(minutes / 60);
  return hours === 0 ? `${minutes} min` : `${hours} h ${minutes % 60} min`;
}

/** Whole days from an account's creation to a later instant (the flood), or null if either is missing. */
export function daysBefore(createdIso, laterIso) {
  const created = parseInstant(createdIso);
  const later = parseInstant(laterIso);
  if (created === null || later === null) return null;
  return Math.floor((later - created) / 86_400_000);
}

// Characters that change how the text around them is displayed without being seen: C0/C1 controls, bidi embeddings,
// overrides and isolates, zero-width space, word joiner and invisible operators, byte-order mark. ZWNJ and ZWJ
// (U+200C, U+200D) stay: Persian and emoji sequences need them.
const HIDDEN_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/gu;

/** "U+202E" for one character. */
export function codePointName(character) {
  return 'U+' + character.codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Splits attacker-written text into plain runs and hidden characters, so that a right-to-left override or a
 * zero-width space is shown as a visible marker rather than acting on the display.
 * Returns [{text, hidden}] where hidden runs hold exactly one character.
 */
export function splitHidden(value) {
  const text = value === null || value === undefined ? '' : String(value);
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(HIDDEN_CHARACTERS)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), hidden: false });
    parts.push({ text: match[0], hidden: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hidden: false });
  return parts;
}

/** The same text as one string with hidden characters written as "[U+202E]": for canvas labels and titles. */
export function visibleText(value) {
  return splitHidden(value).map((part) => (part.hidden ? `[${codePointName(part.text)}]` : part.text)).join('');
}

/** Cuts a string to at most max characters (code points), ending in an ellipsis when cut. */
export function truncate(value, max) {
  const chars = Array.from(value);
  return chars.length <= max ? value : chars.slice(0, max - 1).join('') + '…';
}

/** Findings by size, largest first; ties by membersTotal, then id, so the order never depends on the server's. */
export function sortFindings(findings) {
  const size = (finding) => (Number.isFinite(finding.size) ? finding.size : -1);
  const total = (finding) => (Number.isFinite(finding.membersTotal) ? finding.membersTotal : -1);
  return [...findings].sort((a, b) => size(b) - size(a) || total(b) - total(a)
    || String(a.id).localeCompare(String(b.id)));
}

/** The input kind for a detector parameter type: "integer", "decimal", "boolean" or "text". */
export function inputKind(type) {
  switch (String(type).toLowerCase()) {
    case 'int': case 'integer': case 'long': return 'integer';
    case 'double': case 'float': case 'number': case 'decimal': return 'decimal';
    case 'boolean': case 'bool': return 'boolean';
    default: return 'text';
  }
}

/**
 * Turns what the analyst typed into the JSON value for one parameter.
 * Returns {value}, {omit: true} for an empty field (the server then uses its default), or {error} with a message.
 */
export function parseParam(param, raw) {
  const kind = inputKind(param.type);
  if (kind === 'boolean') return { value: raw === true };
  const text = String(raw).trim();
  if (text === '') return { omit: true };
  if (kind === 'text') return { value: text };
  const number = Number(text);
  if (kind === 'integer' && !Number.isSafeInteger(number)) {
    return { error: `${param.name} must be a whole number; got "${text}".` };
  }
  if (kind === 'decimal' && !Number.isFinite(number)) {
    return { error: `${param.name} must be a number; got "${text}".` };
  }
  return { value: number };
}
