/**
 * stance/negation.ts: where a clause's negators sit, which cue each one reaches, and what is no
 * negation. The scope cases read labels off the report; the token cases call the rules directly.
 */
import { describe, expect, it } from 'vitest';
import { flipAt, negators } from '../../src/stance/negation';
import { c, scored, stanceOf, tokensOf } from './view';

describe('negation scope', () => {
  const cases: [string, string, string, string][] = [
    ['not close the door = support', 'Saudi Arabia said it would not close the door to a political solution.', 'SAU', 'support'],
    ['would oppose a call = oppose', 'The United States said it would oppose a call for a ceasefire.', 'USA', 'oppose'],
    ['did not back = oppose', 'Germany did not back a general ceasefire.', 'DEU', 'oppose'],
    ['no ceasefire = oppose', 'Israel’s foreign minister said there would be no ceasefire in the north.', 'ISR', 'oppose'],
    ['will not negotiate = oppose', 'Congo said it would not negotiate with the rebels.', 'COD', 'oppose'],
    ['double negation = support', 'Ukraine said it did not rule out talks.', 'UKR', 'support'],
    ['never a surrender = support', 'The Vatican said negotiations were never a surrender.', 'VAT', 'support'],
    ['negation reaches only its clause', 'Japan did not comment on the strikes, but said it wanted a ceasefire.', 'JPN', 'support'],
    ['an aside after "not" does not carry the cue out of reach', 'Malta said it did not, at this point in the conflict, want a truce.', 'MLT', 'oppose'],
    ['a negative subject after the speech verb negates its verb', 'Malta said nobody in its cabinet would accept a truce.', 'MLT', 'oppose'],
    ['a contrast is not a negation', 'Hungary said talks, not weapons, would end the war.', 'HUN', 'support'],
  ];
  it.each(cases)('%s', (_name, body, id, stance) => expect(stanceOf(body, id).stance).toBe(stance));
});


describe('negators of a clause', () => {
  // [sentence, the negators' tokens]
  const cases: [string, string[]][] = [
    ['We will not back a truce.', ['not']],
    ['There is no room for talks.', ['for']], // the negation sits at "for", next to what it denies
    ['We want talks rather than war.', ['than']],
    ['This is not only a truce.', []],
    ['It is nothing more than a truce.', []],
    ['It is nothing but a truce.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    const { t, items } = tokensOf(text);
    expect(negators(t, c.question, items, 0, t.count).map((k) => t.value[k])).toEqual(expected);
  });
});

describe('which cue a negator reaches', () => {
  // [sentence, cue id, -1 when the cue is negated]
  const cases: [string, string, number][] = [
    ['We will not back a truce.', 'support.welcome', -1],
    ['We did not rule out talks.', 'oppose.reject', -1],
    ['Never again will we reject talks.', 'oppose.reject', -1],
    ['Nobody around this long table wants a truce.', 'support.call-for', -1], // a negative subject, however long
    ['Talks, not weapons, will end the war.', 'support.stop-war', 1], // ", not X," ends at its comma
    ['We want talks rather than war.', 'support.call-for', 1], // the negator comes after the cue
  ];
  it.each(cases)('%s → %s', (text, id, expected) => {
    const { t, items, cue } = tokensOf(text);
    const m = cue(id);
    expect(flipAt(t, negators(t, c.question, items, 0, t.count), 0, 0, m.first, m.first)).toBe(expected);
  });

  it('spends a negator on the cue it reached: past the floor it reaches no later cue', () => {
    const { t, items, cue } = tokensOf('We will not back a truce.');
    const negs = negators(t, c.question, items, 0, t.count);
    const truce = cue('target.ceasefire');
    expect(flipAt(t, negs, 0, 0, truce.first, truce.first)).toBe(-1);
    expect(flipAt(t, negs, cue('support.welcome').last, 0, truce.first, truce.first)).toBe(1);
  });

  it('reaches the cue after a negator, not the one before it', () => {
    const [s] = scored('Peru rejected the truce and did not back talks.');
    expect(s.scores.map((x) => [x.words, x.polarity, x.cues.includes('rule.negation')])).toEqual([
      ['rejected the truce', -1, false],
      ['back talks', -1, true],
    ]);
  });

  it('records the negation rule on the evidence it flipped', () => {
    const { actor } = stanceOf('Peru said it did not want a ceasefire.', 'PER');
    expect(actor?.stance).toBe('oppose');
    expect(actor?.evidence[0].cues).toEqual(['support.call-for', 'target.ceasefire', 'rule.negation']);
  });
});
