import { describe, expect, it } from 'vitest';
import { canStart, createTrie, insert, keyOf, longestAt } from '../../src/actors/trie';
import { tokenize } from '../../src/segment/tokens';
import { tokenEnds } from '../../src/actors/mentions';
import { foldText } from '../../src/segment/fold';

/** A small trie of names, each item its own key, so a match says which entry it found. */
function trieOf(keys: string[]) {
  const trie = createTrie<string>();
  for (const k of keys) insert(trie, keyOf(k), k);
  return trie;
}

/** Every match of the trie at token starts of `text`, as [matched text, items], the way mentions.ts walks it. */
function matches(keys: string[], text: string, caps = false): [string, string[]][] {
  const trie = trieOf(keys);
  const { tokens } = tokenize(text);
  const folded = foldText(text);
  const ends = tokenEnds(tokens);
  const out: [string, string[]][] = [];
  for (let i = 0; i < tokens.count; i++) {
    const m = longestAt(trie, folded, tokens.start[i], ends, caps);
    if (m) out.push([text.slice(tokens.start[i], m[0]), m[1]]);
  }
  return out;
}

describe('trie', () => {
  const cases: [string, string[], string, [string, string[]][]][] = [
    ['the longest entry wins', ['South', 'South Sudan'], 'South Sudan and the South', [['South Sudan', ['South Sudan']], ['South', ['South']]]],
    ['a match must end on a token end', ['Iran'], 'Iranian envoys met in Iran.', [['Iran', ['Iran']]]],
    ['a run of spaces or a tab matches one space', ['Sierra Leone'], 'Sierra  Leone and Sierra\tLeone', [['Sierra  Leone', ['Sierra Leone']], ['Sierra\tLeone', ['Sierra Leone']]]],
    ['a line break never matches a space', ['Sierra Leone'], 'Sierra\nLeone', []],
    ['accents and curly apostrophes are folded on both sides', ['Côte d’Ivoire'], "Cote d'Ivoire and Côte d’Ivoire", [["Cote d'Ivoire", ['Côte d’Ivoire']], ['Côte d’Ivoire', ['Côte d’Ivoire']]]],
    ['matching is case-sensitive', ['US'], 'The US told us.', [['US', ['US']]]],
  ];
  it.each(cases)('%s', (_name, keys, text, expected) => {
    expect(matches(keys, text)).toEqual(expected);
  });

  it('lower-cases letters after a word’s first only when asked (all-capitals datelines)', () => {
    expect(matches(['Kyiv', 'Guinea-Bissau'], 'KYIV and GUINEA-BISSAU')).toEqual([]);
    expect(matches(['Kyiv', 'Guinea-Bissau'], 'KYIV and GUINEA-BISSAU', true)).toEqual([['KYIV', ['Kyiv']], ['GUINEA-BISSAU', ['Guinea-Bissau']]]);
  });

  it('keeps every item of a key', () => {
    expect(matches(['Georgia', 'Georgia'], 'Georgia')).toEqual([['Georgia', ['Georgia', 'Georgia']]]);
  });

  it('rejects a start char no key can start with, and any char in an empty trie', () => {
    const trie = trieOf(['Kyiv', 'the Kremlin']);
    expect(['K', 't'].map((ch) => canStart(trie, ch.charCodeAt(0)))).toEqual([true, true]);
    expect(['x', '7', ' '].map((ch) => canStart(trie, ch.charCodeAt(0)))).toEqual([false, false, false]);
    expect(canStart(createTrie<string>(), 'K'.charCodeAt(0))).toBe(false);
  });

  it('makes keys of data strings: trimmed, single-spaced, folded', () => {
    expect(keyOf('  Côte   d’Ivoire\t')).toBe("Cote d'Ivoire");
  });
});
