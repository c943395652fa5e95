import { describe, expect, it } from 'vitest';
import { compileTitles, titleEndingAt } from '../../src/actors/titles';

const titles = compileTitles();

/** The title ending at the last word of a lower-case phrase split as the tokenizer splits it. */
function titleOf(phrase: string, floor = 0) {
  const words = phrase.split(' ');
  return titleEndingAt(titles, words, words.length - 1, floor);
}

describe('titles', () => {
  const cases: [string, string | undefined, number | undefined][] = [
    ['the foreign minister', 'foreign minister', 1],
    ['prime minister', 'prime minister', 0],
    ['first deputy prime minister', 'deputy prime minister', 0],
    ['interior minister', 'minister', 0],
    ['chief of staff', 'adviser', 0],
    ['chief of staff of the armed forces', 'commander', 0],
    ['secretary - general', 'secretary-general', 0],
    ['secretary-general', 'secretary-general', 0],
    ['vice-president', 'vice president', 0],
    ['vice - president', 'vice president', 0],
    ['deputy', undefined, undefined],
    ['the armed forces', undefined, undefined],
  ];
  it.each(cases)('%j → %s', (phrase, role, first) => {
    const m = titleOf(phrase);
    expect([m?.role, m?.first]).toEqual([role, first]);
  });

  it('does not reach below the floor, so a shorter title ending there wins', () => {
    expect(titleOf('prime minister', 1)?.role).toBe('minister');
    expect(titleOf('vice - president', 1)?.role).toBe('president');
    expect(titleOf('chief of staff', 1)).toBeUndefined();
  });

  it('carries the gender or actor a title implies', () => {
    expect(titleOf('spokeswoman')).toEqual({ role: 'spokesperson', first: 0, gender: 'f', actor: undefined });
    expect(titleOf('the pope')).toEqual({ role: 'pope', first: 1, gender: undefined, actor: 'VAT' });
    expect(titleOf('spokesman')).toEqual({ role: 'spokesperson', first: 0, gender: undefined, actor: undefined });
  });

  it('keeps modifiers and honorifics apart from titles', () => {
    expect(['deputy', 'acting', 'former', "'s"].every((w) => titles.modifiers.has(w))).toBe(true);
    expect(['mr', 'mrs.'].every((w) => titles.honorifics.has(w))).toBe(true);
    expect(titles.byLast.has('deputy')).toBe(false);
  });
});
