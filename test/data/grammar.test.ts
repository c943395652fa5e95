/** The grammar word lists (src/data/grammar.ts) are data: validated here like the lexicon. */
import { describe, expect, it } from 'vitest';
import * as grammar from '../../src/data/grammar';

describe('grammar word lists', () => {
  const lists = Object.entries(grammar).filter((e): e is [string, readonly string[]] => Array.isArray(e[1]));

  it('exist', () => {
    expect(lists.length).toBeGreaterThan(20);
  });

  it.each(lists)('%s: non-empty, trimmed, no duplicates', (_name, words) => {
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(w, w).toBe(w.trim());
    for (const w of words) expect(w.length, JSON.stringify(w)).toBeGreaterThan(0);
    expect(new Set(words).size).toBe(words.length);
  });
});
