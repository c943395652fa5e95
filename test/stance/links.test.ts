/**
 * stance/links.ts: how the words between two cues link them (subject to predicate, predicate to
 * object, passive, evaluation put first, infinitive), read at token level on invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extraposed, infinitiveAfter, passiveVerb, relativeBetween, subjectLink, takes } from '../../src/stance/links';
import { onlyScore, tokensOf } from './view';

describe('subject and predicate', () => {
  // [sentence, target id, predicate id, linked]
  const cases: [string, string, string, boolean][] = [
    ['Talks were premature.', 'target.talks', 'eval.harmful', true], // a verb of being
    ['Talks now would only reward aggression.', 'target.talks', 'eval.harmful', true], // adverbs and a modal
    ['The truce was rejected.', 'target.ceasefire', 'oppose.reject', true],
    ['Peru called the truce a mistake.', 'target.ceasefire', 'eval.harmful', true], // "call X a Y"
    ['Talks and restraint were premature.', 'target.talks', 'target.peace', false], // a conjunction
  ];
  it.each(cases)('%s', (text, target, predicate, expected) => {
    const { t, cue } = tokensOf(text);
    expect(subjectLink(t, cue(target).last, cue(predicate).first)).toBe(expected);
  });
});

describe('predicate and object', () => {
  // [sentence, first cue id, next cue id, a relative clause or another verb between]
  const cases: [string, string, string, boolean][] = [
    ['Peru rejected mounting calls for a truce.', 'oppose.reject', 'support.call-for', false], // a participle modifies
    ['Peru condemned people who broke the truce.', 'oppose.condemn', 'oppose.end', true],
    ['Peru urged all sides to stop using force and pursue dialogue.', 'support.halt', 'support.accept', true], // a second predicate
    ['Peru urged all sides to stop using force and pursue dialogue.', 'support.call-for', 'support.halt', false],
  ];
  it.each(cases)('%s (%s → %s)', (text, a, b, expected) => {
    const { t, cue } = tokensOf(text);
    expect(relativeBetween(t, cue(a).last, cue(b).first)).toBe(expected);
  });

  it('lets a predicate without a `takes` list take any target', () => {
    const { cue } = tokensOf('Peru urged talks.');
    expect(takes(cue('support.call-for'), cue('target.talks'))).toBe(true);
  });
});

describe('passives, evaluations put first, infinitives', () => {
  it('finds a participle after a form of "be"', () => {
    const cases: [string, string, boolean][] = [
      ['The truce was rejected.', 'oppose.reject', true],
      ['The truce has been welcomed.', 'support.welcome', true],
      ['Peru rejected the truce.', 'oppose.reject', false],
    ];
    for (const [text, id, expected] of cases) {
      const { t, cue } = tokensOf(text);
      expect(passiveVerb(t, cue(id).first), text).toBe(expected);
    }
  });

  it('reads "it is unacceptable that …" as an evaluation before what it judges', () => {
    const put = tokensOf('It is unacceptable that they seek a truce.');
    expect(extraposed(put.t, put.cue('eval.disgrace'))).toBe(true);
    const after = tokensOf('Talks were premature.');
    expect(extraposed(after.t, after.cue('eval.harmful'))).toBe(false);
  });

  it('links a target to the predicate after "to be"', () => {
    const { t, items, cue } = tokensOf('Peru called for the conflict to be resolved.');
    expect(infinitiveAfter(t, items, items.indexOf(cue('target.war')))).toBe(true);
    expect(onlyScore('Peru called for the conflict to be resolved.')).toMatchObject({ polarity: 1, cues: ['support.call-for', 'target.war', 'support.resolve'] });
  });

  it('scores a passive on its subject phrase', () => {
    expect(onlyScore('A call for a truce was rejected by Peru.')).toMatchObject({ polarity: -1, cues: ['support.call-for', 'target.ceasefire', 'oppose.reject'] });
  });

  it('reads a sentence’s first words as the passive’s subject, though wink tags them a verb', () => {
    expect(onlyScore('Calls for a truce were dismissed by Peru.')).toMatchObject({ polarity: -1, cues: ['support.call-for', 'target.ceasefire', 'oppose.reject'] });
  });
});
