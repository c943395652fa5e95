/**
 * report/marks.ts: where an evidence span's cue words and condition phrases sit (character offsets
 * into the text), clipped to the span and in text order.
 */
import { describe, expect, it } from 'vitest';
import type { EvidenceMark } from '../../src';
import { within } from '../../src/report/marks';
import { actorOf, reportOf } from './view';

/** The marks of an actor's evidence as [kind, id, words], so a case reads like the sentence. */
function marksOf(body: string, id: string) {
  const { text, actor } = actorOf(body, id);
  return actor.evidence.map((e) => (e.marks ?? []).map((m) => [m.kind, m.id, text.slice(m.start, m.end)]));
}

/** A cue mark over [start, end). */
const cue = (id: string, start: number, end: number): EvidenceMark => ({ kind: 'cue', id, start, end });

describe('marks inside the evidence', () => {
  it('marks each cue a score names, in text order', () => {
    expect(marksOf('Peru called for a truce.', 'PER')).toEqual([[['cue', 'support.call-for', 'called for'], ['cue', 'target.ceasefire', 'truce']]]);
    expect(marksOf('A call for a truce was rejected by Peru.', 'PER')).toEqual([[
      ['cue', 'support.call-for', 'call for'], ['cue', 'target.ceasefire', 'truce'], ['cue', 'oppose.reject', 'rejected'],
    ]]);
  });

  it('marks a condition’s marker and its phrase, by kind', () => {
    expect(marksOf('Peru said it would sign a truce only if Chile withdrew its troops.', 'PER')).toEqual([[
      ['cue', 'cond.only-if', 'only if'], ['condition', 'withdrawal', 'Chile withdrew its troops'],
    ]]);
  });

  it('keeps every mark inside its evidence span, and every cue mark named by the evidence', () => {
    const bodies = [
      'Peru said: "We will not accept a truce that keeps the hostages in captivity."',
      'Chile urged both armies to open talks, and said it may host them.',
      'Peru said there could be no truce while the siege of the city continued.',
    ];
    for (const body of bodies) {
      for (const a of reportOf(body).report.actors) {
        for (const e of a.evidence) {
          for (const m of e.marks ?? []) {
            expect(m.start >= e.start && m.end <= e.end && m.start < m.end, `${body}: ${m.id}`).toBe(true);
            if (m.kind === 'cue') expect(e.cues).toContain(m.id);
          }
        }
      }
    }
  });
});

describe('clipping marks to a span', () => {
  // [name, marks, span start, span end, expected]
  const cases: [string, EvidenceMark[], number, number, EvidenceMark[]][] = [
    ['keeps a mark inside', [cue('a', 12, 15)], 10, 20, [cue('a', 12, 15)]],
    ['clips a mark running past the end', [cue('a', 18, 25)], 10, 20, [cue('a', 18, 20)]],
    ['drops a mark outside', [cue('a', 21, 25)], 10, 20, []],
    ['sorts by start, the longer first', [cue('b', 14, 15), cue('a', 12, 13), cue('c', 12, 16)], 10, 20, [cue('c', 12, 16), cue('a', 12, 13), cue('b', 14, 15)]],
  ];
  it.each(cases)('%s', (_name, marks, start, end, expected) => expect(within(marks, start, end)).toEqual(expected));
});
