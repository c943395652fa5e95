import { describe, expect, it } from 'vitest';
import { chunkAt, institutional, startsUpper } from '../../src/actors/names';
import { c, docOf, words } from './view';

/** Every name chunk of a text, scanned left to right as people.ts scans: [words as written, name-word count, institutional]. */
function chunks(text: string): [string | undefined, number, boolean][] {
  const doc = docOf(text);
  const out: [string | undefined, number, boolean][] = [];
  for (let i = 0; i < doc.tokens.count; i++) {
    const ch = chunkAt(doc, c.titles, i, doc.tokens.count);
    if (!ch) continue;
    out.push([words(doc, [ch.first, ch.last]), ch.words, institutional(doc, ch)]);
    i = ch.last - 1;
  }
  return out;
}

describe('name chunks', () => {
  const cases: [string, string, [string, number, boolean][]][] = [
    ['a particle glued by a hyphen stays in the name', 'Fighting raged as Karim al-Nouri arrived.', [['Karim al-Nouri', 2, false]]],
    ['a free-standing particle too', 'Fighting raged as Ahmed bin Salem arrived.', [['Ahmed bin Salem', 2, false]]],
    ['a name may start with its particle', 'Fighting raged as abu-Talib arrived.', [['abu-Talib', 1, false]]],
    ['a suffix counts as a word', 'Fighting raged as Lena Marsh Jr. arrived.', [['Lena Marsh Jr.', 3, false]]],
    ['titles and honorifics are not name words', 'Fighting raged as Ambassador Lena Marsh and Mrs Anna Berg arrived.', [['Lena Marsh', 2, false], ['Anna Berg', 2, false]]],
    ['actor mentions and long acronyms are not name words', 'Fighting raged as NATO chief Lena Marsh met UNHCR staff.', [['Lena Marsh', 2, false]]],
    ['weekdays are not name words', 'Fighting raged on Monday as Lena Marsh arrived.', [['Lena Marsh', 2, false]]],
    ['a lower-case word ends the chunk', 'Fighting raged as Lena marsh arrived.', [['Lena', 1, false]]],
    ['a place word makes it an institution', 'Fighting raged near Hamid Bakr International Airport.', [['Hamid Bakr International Airport', 4, true]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(chunks(text)).toEqual(expected);
  });

  it('stops at the given token', () => {
    const doc = docOf('Fighting raged as Lena Marsh Jr. arrived.');
    const first = doc.tokens.value.indexOf('Lena');
    const ch = chunkAt(doc, c.titles, first, first + 1);
    expect(ch && words(doc, [ch.first, ch.last])).toBe('Lena');
  });
});

describe('startsUpper', () => {
  it.each([
    ['Kyiv', true],
    ['kyiv', false],
    ['Łukasz', true],
    ['élan', false],
    ['Ögedei', true],
    ['’s', false],
    ['2024', false],
    ['', false],
  ])('%j → %s', (v, upper) => expect(startsUpper(v)).toBe(upper));
});
