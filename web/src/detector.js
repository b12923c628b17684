// The detector panel: pick a detector, edit its parameters in a form generated from its description, run it.
import { el, untrusted } from './dom.js';
import { formatDuration, inputKind, parseParam } from './format.js';

const paramsBox = () => document.getElementById('detector-params');

function paramField(param, index) {
  const id = `param-${index}`;
  const kind = inputKind(param.type);
  const input = el('input', { attrs: { id, name: String(param.name) } });
  input.dataset.param = String(param.name);
  const fallback = param.defaultValue ?? '';
  if (kind === 'boolean') {
    input.type = 'checkbox';
    input.checked = String(fallback).toLowerCase() === 'true';
  } else {
    input.type = kind === 'text' ? 'text' : 'number';
    if (kind === 'integer') input.step = '1';
    if (kind === 'decimal') input.step = 'any';
    input.value = String(fallback);
    input.placeholder = String(fallback);
  }
  input.title = String(param.description ?? '');
  const label = el('label', { attrs: { for: id } }, untrusted(param.name, 'param-name'),
    el('span', { className: 'param-type', text: String(param.type ?? '') }));
  return el('div', { className: kind === 'boolean' ? 'param param-boolean' : 'param' },
    label, input,
    el('p', { className: 'param-help' }, untrusted(param.description)));
}

/** Fills the detector select; returns nothing. */
export function renderDetectorChoice(detectors, selectedId) {
  const select = document.getElementById('detector-select');
  select.replaceChildren(...detectors.map((detector) => {
    const option = el('option', { text: `${detector.name ?? detector.id}` });
    option.value = String(detector.id);
    option.selected = detector.id === selectedId;
    return option;
  }));
  select.disabled = detectors.length < 2;
}

/** Shows one detector's name, what it finds, what it returns, and a form for its parameters. */
export function renderDetector(detector) {
  document.getElementById('detector-name').replaceChildren(untrusted(detector.name ?? detector.id));
  document.getElementById('detector-finds').replaceChildren(untrusted(detector.finds));
  document.getElementById('detector-returns').replaceChildren(untrusted(detector.returns));
  const params = Array.isArray(detector.params) ? detector.params : [];
  paramsBox().replaceChildren(...params.map(paramField));
  if (params.length === 0) paramsBox().append(el('p', { className: 'muted', text: 'This detector takes no parameters.' }));
  document.getElementById('run-duration').textContent = '';
  document.getElementById('run-params').textContent = '';
}

/**
 * Reads the form into the JSON params object. Empty fields are left out (the server's default applies).
 * Returns {params} or {error, field}.
 */
export function readParams(detector) {
  const params = {};
  for (const param of Array.isArray(detector.params) ? detector.params : []) {
    const input = [...paramsBox().querySelectorAll('input')].find((i) => i.dataset.param === String(param.name));
    if (!input) continue;
    const parsed = parseParam(param, input.type === 'checkbox' ? input.checked : input.value);
    if (parsed.error) return { error: parsed.error, field: String(param.name) };
    if (!parsed.omit) params[param.name] = parsed.value;
  }
  return { params };
}

/** Marks the input the server (or the form check) complained about; null clears every mark. */
export function markInvalid(field) {
  for (const input of paramsBox().querySelectorAll('input')) {
    const invalid = field !== null && input.dataset.param === field;
    input.classList.toggle('invalid', invalid);
    if (invalid) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

/** After a run: how long it took and the parameters the server actually used (defaults filled in). */
export function renderRunInfo(result) {
  document.getElementById('run-duration').textContent = `ran in ${formatDuration(result.durationMs)}`;
  const used = result.params && typeof result.params === 'object' ? Object.entries(result.params) : [];
  const line = document.getElementById('run-params');
  line.replaceChildren();
  if (used.length === 0) return;
  line.append('with ');
  used.forEach(([name, value], index) => {
    if (index > 0) line.append(', ');
    line.append(el('code', {}, untrusted(name), '=', untrusted(JSON.stringify(value))));
  });
}
