import { describe, expect, it } from 'vitest';
import { analyze } from '../../src';
import { LEAD } from './view';

describe('the attribution stage over a text', () => {
  it('ignores headlines and link lines', () => {
    const text = 'Russia rejects ceasefire call\n' + LEAD + 'Also read | China urges peace talks in Ukraine\nFighting went on.';
    const report = analyze(text, { date: '2024-06-01' });
    expect(report.statements).toEqual([]);
    expect(report.actors.map((a) => [a.actor.id, a.stance])).toEqual(expect.arrayContaining([['RUS', 'none'], ['CHN', 'none']]));
  });

  it('keeps statements in text order, whichever pass found them (nominal, verb, quote)', () => {
    const report = analyze(`${LEAD}Envoys debated Kenya’s call for a truce. Oman urged restraint. “The region cannot bear another war.”`, { date: '2025-03-01' });
    expect(report.statements.map((s) => [s.actor, s.via])).toEqual([['KEN', 'action'], ['OMN', 'reported'], ['OMN', 'quote']]);
    const starts = report.statements.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
