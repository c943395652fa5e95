import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment';

/** The words of the tokens marked as inside quote `q`, to check quoteAt against the quote’s text. */
function quotedWords(seg: ReturnType<typeof segment>, q: number): string[] {
  return seg.tokens.value.filter((_, k) => seg.quoteAt[k] === q);
}

describe('segment', () => {
  it('marks the tokens inside each quote, the marks themselves excluded', () => {
    const seg = segment('Talks stall\nOman said “the region is tired of war” and “time is short”.');
    expect(seg.quotes).toHaveLength(2);
    expect(quotedWords(seg, 0)).toEqual(['the', 'region', 'is', 'tired', 'of', 'war']);
    expect(quotedWords(seg, 1)).toEqual(['time', 'is', 'short']);
    expect(seg.tokens.value.filter((_, k) => seg.quoteAt[k] < 0)).toEqual(['Talks', 'stall', 'Oman', 'said', '“', '”', 'and', '“', '”', '.']);
  });

  it('gives each sentence its paragraph', () => {
    const seg = segment('Talks stall\nTroops advanced. Shelling went on.\n\nA truce was offered.');
    expect(Array.from(seg.paragraphOf)).toEqual([0, 1, 1, 2]);
  });

  it('folds the text without moving offsets, and collects unclosed quotes', () => {
    const text = 'Talks stall\nTürkiye’s envoy said “we will stay.\nShelling went on.';
    const seg = segment(text);
    expect(seg.folded).toBe("Talks stall\nTurkiye's envoy said “we will stay.\nShelling went on.");
    expect(seg.diagnostics.map((d) => d.code)).toEqual(['unclosed-quote']);
    expect(Object.isFrozen(seg)).toBe(true);
  });
});
