import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/segment/fold';

describe('fold', () => {
  it.each([
    ['accents are dropped', 'Türkiye and Côte d’Ivoire', "Turkiye and Cote d'Ivoire"],
    ['curly apostrophes and the acute accent mark are straightened', 'Israel’s ‘plan’ d´Ivoire', "Israel's 'plan' d'Ivoire"],
    ['a dotted capital I loses its dot', 'İstanbul', 'Istanbul'],
    ['letters with no decomposition stay', 'Łódź and Straße', 'Łodz and Straße'],
    ['double quotes, dashes and emoji stay', '“Now” — 😀', '“Now” — 😀'],
    ['plain ASCII is returned as it is', "Kyiv's envoy", "Kyiv's envoy"],
    ['a backtick is an apostrophe too, in ASCII text', 'Cote d`Ivoire', "Cote d'Ivoire"],
  ])('%s', (_name, text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('keeps every offset: one char in, one char out', () => {
    const text = 'Zelenskyy’s envoy met Erdoğan in Doha — “ça suffit”, said the Élysée 🕊️.';
    const folded = foldText(text);
    expect(folded).toHaveLength(text.length);
    expect(folded.slice(text.indexOf('Erdoğan'), text.indexOf('Erdoğan') + 7)).toBe('Erdogan');
    expect(folded.slice(text.indexOf('Élysée'), text.indexOf('Élysée') + 6)).toBe('Elysee');
  });
});
