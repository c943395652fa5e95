/**
 * report/aggregate.ts: how an actor's statements add up to one label, score and confidence
 * (via and recency weights, the agreement threshold, conditions, the calibration constants).
 */
import { describe, expect, it } from 'vitest';
import type { Frame } from '../../src/document';
import type { Via } from '../../src';
import { addStatement, confidenceOf, emptyTally, label, RECALL_WEIGHT, scoreOf, type Tally } from '../../src/report/aggregate';
import { actorOf } from './view';

/** addStatement reads only scores and conditions; the frame is a placeholder. */
const FRAME: Frame = { agents: [], verb: 0, via: 'reported', first: 0, last: 1, excluded: [], embedded: false };

/** [polarity, via, position 0…1 through the text] of one scored statement. */
type Said = [number, Via, number];

/** A tally of statements with one cue each, plus `conditions` statements that set one condition each. */
function tally(said: Said[], conditions = 0, layer = 1): Tally {
  const t = emptyTally();
  for (const [polarity, via, position] of said) {
    addStatement(t, { frame: FRAME, scores: [{ polarity, weight: 1, first: 0, last: 1, cues: ['support.call-for'] }], conditions: [] }, () => via, position, layer);
  }
  for (let i = 0; i < conditions; i++) addStatement(t, { frame: FRAME, scores: [], conditions: [{ kinds: ['other'], marker: 'cond.if', first: 0, last: 1 }] }, () => 'reported', 0.5);
  return t;
}

/** Label, score and confidence of a tally, as the report gives them. */
function position(t: Tally) {
  const stance = label(t);
  return { stance, score: scoreOf(t, stance), confidence: confidenceOf(t, stance) };
}

describe('label and score', () => {
  // [name, statements, conditions, label, score]
  const cases: [string, Said[], number, string, number][] = [
    ['nothing scored', [], 0, 'none', 0],
    ['one call', [[1, 'reported', 0]], 0, 'support', 1],
    ['one rejection', [[-1, 'reported', 0]], 0, 'oppose', -1],
    ['opposed statements of equal weight: the later one decides', [[1, 'reported', 0], [-1, 'reported', 1]], 0, 'oppose', -0.13],
    ['…in either order', [[-1, 'reported', 0], [1, 'reported', 1]], 0, 'support', 0.13],
    ['a near tie goes to the later cue, and the score keeps the label’s sign', [[1, 'quote', 0.5], [-1, 'reported', 0.6]], 0, 'oppose', -0.04],
    ['two quoted calls outweigh one act against', [[1, 'quote', 0], [1, 'quote', 0], [-1, 'action', 0]], 0, 'support', 0.429],
    ['a condition makes support conditional, pulled halfway to 0', [[1, 'reported', 0]], 1, 'conditional', 0.5],
    ['…and opposition too', [[-1, 'reported', 0]], 1, 'conditional', -0.5],
    ['a condition alone', [], 1, 'conditional', 0],
  ];
  it.each(cases)('%s', (_name, said, conditions, stance, score) => {
    expect(position(tally(said, conditions))).toMatchObject({ stance, score });
  });

  it('never gives -0, which JSON cannot carry', () => {
    const t: Tally = { net: -0.0001, mass: 1, last: -1, conditions: 0, statements: 1 };
    expect(Object.is(scoreOf(t, 'oppose'), 0)).toBe(true);
  });
});

describe('confidence', () => {
  it('reads `none` off the calibration: mentioned only, spoke without a cue, cues that cancelled', () => {
    expect(confidenceOf(emptyTally(), 'none')).toBe(0.92);
    expect(confidenceOf({ ...emptyTally(), statements: 1 }, 'none')).toBe(0.7);
    expect(confidenceOf({ net: 0, mass: 1, last: 0, conditions: 0, statements: 1 }, 'none')).toBe(0.5);
  });

  it('rises with agreeing evidence and falls with disagreement, within [0, 1]', () => {
    const one = position(tally([[1, 'reported', 0]])).confidence;
    const two = position(tally([[1, 'reported', 0], [1, 'reported', 0.5]])).confidence;
    const split = position(tally([[1, 'reported', 0], [1, 'reported', 0.5], [-1, 'reported', 0.2]])).confidence;
    expect(two).toBeGreaterThan(one);
    expect(split).toBeLessThan(two);
    for (const c of [one, two, split]) expect(c > 0 && c <= 1, String(c)).toBe(true);
  });

  it('rises with each condition of a conditional position, below 0.9', () => {
    const c = [1, 2, 5].map((n) => position(tally([], n)).confidence);
    expect(c[0]).toBeLessThan(c[1]);
    expect(c[1]).toBeLessThan(c[2]);
    expect(c[2]).toBeLessThan(0.9);
  });

  it('weighs a statement found by a recall rule less', () => {
    const direct = position(tally([[1, 'action', 0]])).confidence;
    const recalled = position(tally([[1, 'action', 0]], 0, RECALL_WEIGHT)).confidence;
    expect(recalled).toBeLessThan(direct);
  });
});

describe('several statements of one actor', () => {
  it('adds agreeing statements into one more confident label', () => {
    const one = actorOf('Peru called for a truce.', 'PER').actor;
    const two = actorOf('Peru called for a truce. Peru urged talks.', 'PER').actor;
    expect([two.stance, two.score, two.evidence.length]).toEqual(['support', 1, 2]);
    expect(two.confidence).toBeGreaterThan(one.confidence);
  });

  it('lets the later statement decide between two opposed ones', () => {
    const { actor } = actorOf('Peru rejected talks. Peru later called for a truce.', 'PER');
    expect(actor.stance).toBe('support');
    expect(actor.score).toBeGreaterThan(0);
    expect(actor.score).toBeLessThan(1);
  });

  it('makes support with a later condition conditional, with that condition', () => {
    const { actor } = actorOf('Peru called for a truce. Peru said the truce must protect its security interests.', 'PER');
    expect(actor).toMatchObject({ stance: 'conditional', score: 0.5 });
    expect(actor.conditions.map((x) => [x.kind, x.text])).toEqual([['security-guarantees', 'its security interests']]);
  });
});
