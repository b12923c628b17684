// DOM building without HTML parsing: every string from the server becomes a text node, never markup.
import { codePointName, splitHidden } from './format.js';

/**
 * Creates an element. props: className, text (set as textContent), title, dataset (object), attrs (fixed
 * attribute names chosen here, never from data). Children are nodes or strings (strings become text nodes).
 */
export function el(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = String(props.text);
  if (props.title !== undefined) element.title = String(props.title);
  for (const [key, value] of Object.entries(props.dataset ?? {})) element.dataset[key] = String(value);
  for (const [key, value] of Object.entries(props.attrs ?? {})) element.setAttribute(key, String(value));
  for (const child of children) {
    if (child === null || child === undefined) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/**
 * Attacker-written text (handle, display name, bio, evidence) as an isolated <bdi>: its direction cannot spill into
 * the text around it, and invisible or bidi-control characters show as visible "U+202E" markers.
 */
export function untrusted(value, className = '') {
  const bdi = el('bdi', { className: className ? `untrusted ${className}` : 'untrusted' });
  if (value === null || value === undefined || value === '') {
    bdi.classList.add('missing');
    bdi.textContent = '—';
    return bdi;
  }
  for (const part of splitHidden(value)) {
    if (part.hidden) {
      const name = codePointName(part.text);
      bdi.append(el('span', { className: 'hidden-char', text: name, title: `invisible character ${name} in the data` }));
    } else {
      bdi.append(document.createTextNode(part.text));
    }
  }
  return bdi;
}

/** A table cell holding text or nodes. */
export function td(content, className = '') {
  const cell = el('td', className ? { className } : {});
  if (content instanceof Node) cell.append(content);
  else cell.textContent = String(content);
  return cell;
}
