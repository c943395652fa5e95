/**
 * report/index.ts (buildReport): the public report built from the scored statements: evidence
 * spans and their cue ids, speakers and via, conditions one per kind, statements, the actors' order.
 */
import { describe, expect, it } from 'vitest';
import { trim } from '../../src/report';
import { actorOf, reportOf } from './view';

describe('evidence and offsets', () => {
  const bodies = [
    'Peru called for a truce.',
    'Peru’s foreign minister Ana Ruiz said: "We want a truce now."',
    'Peru said it would sign a truce only if Chile withdrew its troops.',
    'Chile rejected talks, and Bolivia said it may host them.',
    'The three states voting against the truce were Peru, Chile and Fiji.',
  ];
  it.each(bodies)('%s: every span slices the text, every evidence names its cues', (body) => {
    const { text, report } = reportOf(body);
    expect(report.actors.some((a) => a.evidence.length > 0)).toBe(true);
    for (const a of report.actors) {
      for (const e of a.evidence) {
        expect(text.slice(e.start, e.end)).toBe(e.text);
        expect(e.cues.length).toBeGreaterThan(0);
      }
      for (const x of a.conditions) expect(text.slice(x.start, x.end)).toBe(x.text);
    }
    for (const s of report.statements) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives a quote’s evidence its via and speaker, and lists the speaker with a role', () => {
    const { actor } = actorOf('Peru’s foreign minister Ana Ruiz said: "We want a truce now."', 'PER');
    expect(actor.evidence.map((e) => [e.text, e.via, e.speaker, e.polarity])).toEqual([['Ana Ruiz said: "We want a truce now."', 'quote', 'Ana Ruiz', 1]]);
    expect(actor.speakers).toEqual([{ name: 'Ana Ruiz', role: 'foreign minister' }]);
  });

  it('gives a condition its own evidence: polarity 0, the marker and kind ids', () => {
    const { actor } = actorOf('Peru said it would sign a truce only if Chile withdrew its troops.', 'PER');
    expect(actor.evidence.map((e) => [e.polarity, e.cues])).toEqual([[0, ['cond.only-if', 'kind.withdrawal']]]);
  });

  it('adds the recall rule that found an agent to its evidence', () => {
    const { actor } = actorOf('The three states voting against the truce were Peru, Chile and Fiji.', 'FJI');
    expect(actor.stance).toBe('oppose');
    expect(actor.evidence[0].cues).toEqual(['oppose.block', 'target.ceasefire', 'rule.list']);
  });

  it('puts the evidence that agrees with the label first, and keeps at most eight', () => {
    expect(actorOf('Peru rejected talks. Peru later called for a truce.', 'PER').actor.evidence.map((e) => e.polarity)).toEqual([1, -1]);
    const many = Array.from({ length: 10 }, (_, i) => `Peru called for a truce on day ${i + 1}.`).join(' ');
    const { actor } = actorOf(many, 'PER');
    expect(actor.evidence).toHaveLength(8);
    expect(new Set(actor.evidence.map((e) => e.start)).size).toBe(8);
  });
});

describe('conditions, statements and actors', () => {
  it('lists one condition per kind', () => {
    const { actor } = actorOf('Peru said the rebels must first free the hostages; only then would it agree to a truce.', 'PER');
    expect(actor.stance).toBe('conditional');
    expect(actor.conditions.map((x) => x.kind)).toEqual(['hostages']);
  });

  it('gives every statement its own stance, verb and cues, in text order', () => {
    const { report } = reportOf('Chile rejected talks. Peru called for a truce.');
    expect(report.statements.map((s) => [s.actor, s.cue, s.via, s.stance, s.cues])).toEqual([
      ['CHL', 'rejected', 'action', 'oppose', ['oppose.reject', 'target.talks']],
      ['PER', 'called', 'reported', 'support', ['support.call-for', 'target.ceasefire']],
    ]);
  });

  it('lists every actor named, positions first, with its mentions; `none` carries no evidence', () => {
    const { report } = reportOf('Chile and Bolivia met. Peru called for a truce, and Peru urged talks.');
    expect(report.actors.map((a) => [a.actor.id, a.stance, a.mentions])).toEqual([['PER', 'support', 2], ['CHL', 'none', 1], ['BOL', 'none', 1]]);
    for (const a of report.actors.filter((x) => x.stance === 'none')) expect([a.evidence, a.score, a.confidence]).toEqual([[], 0, 0.92]);
  });

  it('stamps the question, the date used and the versions', () => {
    const { report } = reportOf('Peru called for a truce.', '2024-05-06');
    expect(report).toMatchObject({ schemaVersion: expect.any(String), standpointVersion: expect.any(String), question: { id: 'ceasefire' }, date: '2024-05-06' });
  });
});

describe('trimming a span', () => {
  // [text, start, end, trimmed words]
  const cases: [string, number, number, string][] = [
    ['  said: a truce, ', 0, 17, 'said: a truce'],
    ['; truce;', 0, 8, 'truce'],
    ['truce', 3, 1, ''], // an end before the start is an empty span at the start
  ];
  it.each(cases)('%j', (text, start, end, words) => {
    const r = trim(text, start, end);
    expect(text.slice(r.start, r.end)).toBe(words);
  });
});
