/**
 * stance/requirements.ts: what each family of contingency markers needs before it sets terms,
 * by the requirement the question's marker declares. Each row: a sentence that meets it (a
 * condition of that kind) and one where the same marker words set none.
 */
import { describe, expect, it } from 'vitest';
import { type ConditionKind } from '../../src';
import { markers } from '../../src/stance/conditions';
import { c, scored, stanceOf, tokensOf } from './view';

describe('requirements', () => {
  it('does not treat a principle as a condition', () => {
    expect(stanceOf('Turkey called for talks and said Ukraine’s sovereignty should be respected.', 'TUR').stance).toBe('support');
    expect(stanceOf('China called for a political settlement based on the UN Charter.', 'CHN').stance).toBe('support');
  });

  it('reads "any offer based on" and "once" as terms, "at once" and "as long as it takes" as none', () => {
    expect(stanceOf('Hamas said it would deal positively with any offer based on a full withdrawal of Israeli forces.', 'HAMAS').kinds).toContain('withdrawal');
    expect(stanceOf('Russia said talks could begin once Kyiv drops its NATO ambitions.', 'RUS').kinds).toContain('neutrality');
    expect(stanceOf('China said both sides agreed to stop fighting at once.', 'CHN').stance).toBe('support');
    expect(stanceOf('The United States said it would back Ukraine as long as it takes.', 'USA').stance).toBe('none');
  });


  // [requirement, marker id, a sentence that meets it, the kind it sets, a sentence with the same marker that does not]
  const cases: [string, string, string, ConditionKind, string][] = [
    ['target-subject', 'cond.must-include', 'Peru said any truce would have to include the release of all hostages.', 'hostages', 'Peru said the truce had to be respected by both armies.'],
    ['target-subject (based on)', 'cond.must-include', 'Peru said it would consider any offer based on a full withdrawal of troops.', 'withdrawal', 'Peru said it backed a settlement based on international law.'],
    ['target-before', 'cond.not-a-deal', 'Peru said a truce that does not free the hostages is worthless.', 'hostages', 'Peru said any army that does not withdraw its troops will face sanctions.'],
    ['refused-kind', 'cond.relative', 'Peru said it would not accept a truce that kept the hostages in captivity.', 'hostages', 'Peru said it would not oppose a truce that kept the hostages in captivity.'],
    ['modal-event', 'cond.the-moment', 'Peru said the war would end the moment Chile withdraws its troops.', 'withdrawal', 'Peru said it would back a truce as soon as possible.'],
    ['negated-target', 'cond.without', 'Peru said there could be no truce without elections.', 'elections', 'Peru said it would join talks without preconditions.'],
    ['not-a-verb', 'cond.provided', 'Peru said it would back talks, provided that Chile withdraws its troops.', 'withdrawal', 'Peru said it backed talks and had provided its army with tents.'],
    ['not-unconditional', 'cond.precondition', 'Peru said it would join talks, but set preconditions.', 'other', 'Peru said it would join talks with no preconditions.'],
    ['terms-not-time', 'cond.unless', 'Peru said there would be no talks until Chile withdraws its troops.', 'withdrawal', 'Peru ordered its army to halt all attacks until Sunday.'],
    // A refusal that lasts while something lasts names its terms, though the speech is moved into the past.
    ['terms-not-time (while, refused)', 'cond.unless', 'Peru said it would not sign a truce while Chile still held hostages.', 'hostages', 'Peru called for a truce while the shelling went on.'],
    ['supposition', 'cond.if', 'Peru said talks could start once sanctions are lifted.', 'sanctions-relief', 'Peru said it would back talks once again.'],
  ];
  it.each(cases)('%s', (_req, marker, meets, kind, fails) => {
    expect(stanceOf(meets, 'PER')).toMatchObject({ stance: 'conditional', kinds: [kind] });
    const { t } = tokensOf(fails);
    expect(markers(t, c.question, 0, t.count, () => false).map((m) => m.entry.id)).toContain(marker);
    expect(scored(fails).flatMap((s) => s.conditions)).toEqual([]);
  });

  it('keeps the position a failed marker stood beside', () => {
    expect(stanceOf('Peru said it would not oppose a truce that kept the hostages in captivity.', 'PER').stance).toBe('support');
    expect(stanceOf('Peru said it would join talks without preconditions.', 'PER').stance).toBe('support');
    expect(stanceOf('Peru ordered its army to halt all attacks until Sunday.', 'PER').stance).toBe('support');
  });
});
