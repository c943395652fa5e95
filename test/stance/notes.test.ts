/**
 * stance/notes.ts: the parts of a statement that count for nothing (clipped to its words, in text
 * order) and why a statement whose words hold cues gave no score.
 */
import { describe, expect, it } from 'vitest';
import type { Frame } from '../../src/document';
import type { DropReason } from '../../src/data/reasons';
import { emptyReason, partsOf, type Skip } from '../../src/stance/notes';
import { analyze } from '../../src';
import { LEAD } from './view';

/** A frame over tokens [first, last) with excluded ranges: the only fields the notes read. */
function frame(first: number, last: number, excluded: [number, number, DropReason][] = []): Frame {
  return { agents: [], verb: first, via: 'reported', first, last, excluded, embedded: false };
}

/** The running count of cue starts the stance stage keeps (`before[k]`: starts before token k), from the starts. */
function before(count: number, starts: number[]): Int32Array {
  const out = new Int32Array(count + 1);
  for (let k = 0; k < count; k++) out[k + 1] = out[k] + (starts.includes(k) ? 1 : 0);
  return out;
}

describe('parts of a statement that count for nothing', () => {
  it('joins excluded ranges and skipped parts, clipped to the words, in text order', () => {
    const f = frame(2, 10, [[0, 4, 'embedded.describes-other'], [11, 14, 'clause.quote']]);
    const skipped: Skip[] = [{ reason: 'clause.concessive', first: 6, last: 9 }, { reason: 'cue.others-act', first: 4, last: 5 }];
    expect(partsOf(f, skipped)).toEqual([
      { reason: 'embedded.describes-other', first: 2, last: 4 },
      { reason: 'cue.others-act', first: 4, last: 5 },
      { reason: 'clause.concessive', first: 6, last: 9 },
    ]);
  });
});

describe('why a statement with cues gave no score', () => {
  // [name, cue starts, excluded, skipped, reason]
  const cases: [string, number[], [number, number, DropReason][], Skip[], DropReason][] = [
    ['its own words hold a cue', [3], [], [], 'no-score'],
    ['its only cue is in a dropped clause', [3], [], [{ reason: 'clause.concessive', first: 3, last: 5 }], 'clause.concessive'],
    ['its only cue is in an excluded range', [3], [[2, 4, 'embedded.describes-other']], [], 'embedded.describes-other'],
    ['the first part that holds a cue', [6], [[2, 4, 'clause.quote']], [{ reason: 'clause.past-event', first: 5, last: 8 }], 'clause.past-event'],
    ['a cue left in its own words beats a dropped one', [3, 7], [], [{ reason: 'clause.concessive', first: 3, last: 5 }], 'no-score'],
  ];
  it.each(cases)('%s', (_name, starts, excluded, skipped, reason) => {
    expect(emptyReason(before(10, starts), frame(2, 10, excluded), skipped)).toBe(reason);
  });

  it('records the dropped clause holding the cue as the reason in the trace', () => {
    const [e] = analyze(LEAD + 'Peru did not say whether it would back the truce.', { trace: true, date: '2025-03-01' }).trace ?? [];
    expect([e.dropped, e.skipped.map((s) => s.reason)]).toEqual(['clause.indirect-question', ['clause.indirect-question']]);
    const [n] = analyze(LEAD + 'Peru said the offer was generous.', { trace: true, date: '2025-03-01' }).trace ?? [];
    expect([n.dropped, n.skipped]).toEqual(['no-score', []]);
  });
});
