/**
 * Invariance properties (fast-check, generated sentences written for this test): swapping a
 * question target for its synonym (talks / negotiations / dialogue, ceasefire / truce / cease-fire)
 * or one state for another never changes a label. A rule keyed on one spelling, or on one name,
 * breaks these.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { labelsOf } from './helpers';

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261206;
const LEAD = 'Artillery fire and air strikes hit the valley as troops clashed. ';

/** States with their ids, named the way news names them. */
const STATES: readonly (readonly [string, string])[] = [
  ['Peru', 'PER'], ['Chile', 'CHL'], ['Kenya', 'KEN'], ['Norway', 'NOR'], ['Qatar', 'QAT'], ['Brazil', 'BRA'], ['Ghana', 'GHA'], ['Japan', 'JPN'],
];
/** Synonyms of one target, as noun phrases that fit the same slot. */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  talks: ['talks', 'negotiations', 'dialogue', 'peace talks'],
  ceasefire: ['a ceasefire', 'a truce', 'a cease-fire'],
};
/** Templates: {A} and {B} are states, {T} a target of the named group. */
const TEMPLATES: readonly (readonly [string, keyof typeof SYNONYMS])[] = [
  ['{A} called for {T} with the rebels.', 'talks'],
  ['{A} rejected calls for {T}.', 'ceasefire'],
  ['{A} said it would keep hosting {T} until a deal is reached.', 'talks'],
  ['{A} said {T} now would only reward the aggressor.', 'ceasefire'],
  ['{A} would accept {T} only if the troops withdrew.', 'ceasefire'],
  ['{A} offered to host {T} between the two sides.', 'talks'],
  ['{A} did not rule out {T} with the rebels.', 'talks'],
  ['{A}, alongside {B}, pressed for {T}.', 'ceasefire'],
  ['{A} and {B} voted against a resolution urging {T}.', 'ceasefire'],
  ['{A} said there could be no {T} while the shelling went on.', 'talks'],
  ['{A} dismissed {T} as a ploy to buy time.', 'ceasefire'],
  ['{A} insisted that {T} must begin at once.', 'talks'],
  ['The plan, which {A} has championed, calls for {T}.', 'ceasefire'],
  ['{A} had serious doubts about {T} with the rebels.', 'talks'],
  ['{A} agreed with {B} to push for {T}.', 'ceasefire'],
  ['{A} said any deal must first guarantee the return of the hostages, not just {T}.', 'ceasefire'],
];

function fill(template: string, a: string, b: string, target: string): string {
  return LEAD + template.replace('{A}', a).replace('{B}', b).replace('{T}', target);
}

/** Two distinct states, as indices into STATES. */
const pair = fc.tuple(fc.nat(STATES.length - 1), fc.nat(STATES.length - 2)).map(([i, j]) => [i, j >= i ? j + 1 : j] as const);

describe('labels do not depend on which synonym or which state is written', () => {
  for (const [template, group] of TEMPLATES) {
    const forms = SYNONYMS[group];
    it(`synonyms of "${group}": ${template}`, () => {
      fc.assert(fc.property(pair, fc.nat(forms.length - 1), fc.nat(forms.length - 1), ([i, j], x, y) => {
        const [[a, aid], [b, bid]] = [STATES[i], STATES[j]];
        const one = labelsOf(fill(template, a, b, forms[x]));
        const other = labelsOf(fill(template, a, b, forms[y]));
        expect({ [aid]: other[aid], [bid]: other[bid] }).toEqual({ [aid]: one[aid], [bid]: one[bid] });
      }), { numRuns: 12, seed: SEED });
    });

    it(`states swapped: ${template}`, () => {
      fc.assert(fc.property(pair, pair, fc.nat(forms.length - 1), ([i, j], [k, l], x) => {
        const first = labelsOf(fill(template, STATES[i][0], STATES[j][0], forms[x]));
        const second = labelsOf(fill(template, STATES[k][0], STATES[l][0], forms[x]));
        expect([second[STATES[k][1]], template.includes('{B}') ? second[STATES[l][1]] : 'n/a'])
          .toEqual([first[STATES[i][1]], template.includes('{B}') ? first[STATES[j][1]] : 'n/a']);
      }), { numRuns: 12, seed: SEED });
    });
  }

  it('every template gives its actor a position (the properties compare something)', () => {
    for (const [template, group] of TEMPLATES) {
      expect(labelsOf(fill(template, 'Peru', 'Chile', SYNONYMS[group][0])).PER, template).not.toBe('none');
    }
  });
});
