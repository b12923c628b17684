import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  daysBefore, formatCount, formatDuration, formatSpan, formatTime, parseParam, sortFindings, splitHidden,
  truncate, visibleText,
} from '../src/format.js';

describe('follow span', () => {
  const cases = [
    ['2024-04-14T09:00:00Z', '2024-04-14T17:40:00Z', '8 h 40 min'],
    ['2024-04-14T09:00:00Z', '2024-04-14T09:40:59Z', '40 min'],
    ['2024-04-14T09:00:00Z', '2024-04-14T09:00:30Z', '< 1 min'],
    ['2024-04-14T09:00:00Z', '2024-04-14T09:00:00Z', '0 min'],
    ['2024-04-14T09:00:00Z', '2024-04-16T10:05:00Z', '49 h 5 min'],
    [null, '2024-04-14T09:00:00Z', '—'],
    ['2024-04-14T09:00:00Z', null, '—'],
    ['2024-04-14T10:00:00Z', '2024-04-14T09:00:00Z', '—'],
    ['yesterday', '2024-04-14T09:00:00Z', '—'],
  ];
  for (const [first, last, expected] of cases) {
    it(`is "${expected}" from ${first} to ${last}`, () => assert.equal(formatSpan(first, last), expected));
  }
});

describe('times and numbers', () => {
  it('shows instants in UTC to the minute, with seconds only when they are not zero', () => {
    assert.equal(formatTime('2024-04-14T09:00:00Z'), '2024-04-14 09:00');
    assert.equal(formatTime('2024-04-14T11:30:15+02:00'), '2024-04-14 09:30:15');
  });
  it('shows a missing time as a dash and an unparseable one as it came', () => {
    assert.equal(formatTime(null), '—');
    assert.equal(formatTime('<b>soon</b>'), '<b>soon</b>');
  });
  it('groups counts in thousands and dashes what is not a number', () => {
    assert.equal(formatCount(41234), '41,234');
    assert.equal(formatCount(undefined), '—');
  });
  it('gives run time in ms below ten seconds and in seconds above', () => {
    assert.equal(formatDuration(123), '123 ms');
    assert.equal(formatDuration(12_345), '12.3 s');
  });
  it('counts whole days from creation to the first follow', () => {
    assert.equal(daysBefore('2024-04-10T08:00:00Z', '2024-04-14T09:00:00Z'), 4);
    assert.equal(daysBefore(null, '2024-04-14T09:00:00Z'), null);
  });
});

describe('attacker-written text', () => {
  it('marks a right-to-left override as a hidden character and keeps the text around it', () => {
    assert.deepEqual(splitHidden('abc\u202Egpj.exe'), [
      { text: 'abc', hidden: false }, { text: '\u202E', hidden: true }, { text: 'gpj.exe', hidden: false },
    ]);
    assert.equal(visibleText('abc\u202Egpj.exe'), 'abc[U+202E]gpj.exe');
  });
  it('leaves markup, Persian text and the zero-width non-joiner alone', () => {
    assert.equal(visibleText('<img src=x onerror=alert(1)>'), '<img src=x onerror=alert(1)>');
    assert.equal(visibleText('می\u200Cخواهم'), 'می\u200Cخواهم');
  });
  it('makes zero-width spaces, isolates and control characters visible', () => {
    assert.equal(visibleText('a\u200Bb\u2067c\u0007'), 'a[U+200B]b[U+2067]c[U+0007]');
  });
  it('treats null as empty text', () => assert.deepEqual(splitHidden(null), []));
  it('cuts long labels by code point with an ellipsis', () => {
    assert.equal(truncate('abcdef', 4), 'abc…');
    assert.equal(truncate('abc', 4), 'abc');
    assert.equal(truncate('😀😀😀😀😀', 3), '😀😀…');
  });
});

describe('findings order', () => {
  it('puts the largest first and breaks ties by members total, then id', () => {
    const sorted = sortFindings([
      { id: 'b', size: 10, membersTotal: 10 }, { id: 'a', size: 812, membersTotal: 812 },
      { id: 'd', size: 10, membersTotal: 12 }, { id: 'c', size: 10, membersTotal: 10 }, { id: 'e' },
    ]);
    assert.deepEqual(sorted.map((f) => f.id), ['a', 'd', 'b', 'c', 'e']);
  });
});

describe('parameter values', () => {
  const minSize = { name: 'minSize', type: 'int' };
  it('sends whole numbers as numbers', () => assert.deepEqual(parseParam(minSize, ' 10 '), { value: 10 }));
  it('leaves an empty field to the server default', () => assert.deepEqual(parseParam(minSize, ''), { omit: true }));
  it('refuses a fraction or text for an int, naming the parameter', () => {
    assert.equal(parseParam(minSize, '2.5').error, 'minSize must be a whole number; got "2.5".');
    assert.ok(parseParam(minSize, 'ten').error);
  });
  it('accepts decimals for a double and refuses text', () => {
    assert.deepEqual(parseParam({ name: 'ratio', type: 'double' }, '0.8'), { value: 0.8 });
    assert.ok(parseParam({ name: 'ratio', type: 'double' }, 'x').error);
  });
  it('reads a checkbox as a boolean and text as trimmed text', () => {
    assert.deepEqual(parseParam({ name: 'exact', type: 'boolean' }, true), { value: true });
    assert.deepEqual(parseParam({ name: 'window', type: 'duration' }, ' PT10M '), { value: 'PT10M' });
  });
});
