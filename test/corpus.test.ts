/**
 * CorpusSummary over time: ISO weeks and months, confidence weighting, and the actor × actor
 * agreement and conflict networks (per period, as CSV; summed, as GraphML).
 */
import { describe, expect, it } from 'vitest';
import { CorpusSummary, isoWeek, periodOf, SCHEMA_VERSION, type Stance, type StanceReport } from '../src';

/** A report with the given positions (actor id → [stance, confidence]). */
function report(date: string, positions: Record<string, [Stance, number]>): StanceReport {
  return {
    schemaVersion: SCHEMA_VERSION, standpointVersion: '0.0.0', question: { id: 'ceasefire', label: 'Ceasefire?' }, date,
    actors: Object.entries(positions).map(([id, [stance, confidence]]) => ({
      actor: { id, name: `Name of ${id}`, kind: 'state' as const }, stance, score: 0, confidence, conditions: [], evidence: [], speakers: [], mentions: 1,
    })),
    statements: [], diagnostics: [],
  };
}

const CORPUS = [
  report('2023-03-13', { AAA: ['support', 0.9], BBB: ['support', 0.5], CCC: ['oppose', 0.8] }),   // Monday, W11
  report('2023-03-19', { AAA: ['support', 0.7], DDD: ['conditional', 0.6], EEE: ['none', 0.92] }), // Sunday, W11
  report('2023-03-20', { AAA: ['oppose', 0.6], CCC: ['oppose', 0.5], DDD: ['conditional', 0.5] }), // Monday, W12
];
const summary = (options = {}) => { const s = new CorpusSummary(options); for (const r of CORPUS) s.add(r); return s; };

describe('periods', () => {
  it.each([
    ['2023-03-13', '2023-W11'], ['2023-03-19', '2023-W11'], ['2023-03-20', '2023-W12'],
    ['2021-01-03', '2020-W53'], ['2021-01-04', '2021-W01'], ['2024-12-30', '2025-W01'], ['2026-01-01', '2026-W01'], ['2016-01-03', '2015-W53'],
  ])('ISO week of %s is %s', (date, week) => expect(isoWeek(date)).toBe(week));

  it('days stay days, months are YYYY-MM, an odd date is its own period', () => {
    expect(periodOf('2023-03-13', 'day')).toBe('2023-03-13');
    expect(periodOf('2023-03-13', 'month')).toBe('2023-03');
    expect(periodOf('sometime', 'week')).toBe('sometime');
  });

  it('rejects an unknown period or weighting', () => {
    expect(() => new CorpusSummary({ by: 'year' as never })).toThrow(RangeError);
    expect(() => new CorpusSummary({ weight: 'votes' as never })).toThrow(/count or confidence/);
  });
});

describe('CorpusSummary rows', () => {
  it('by day keeps the 0.1.0 CSV (now CRLF)', () => {
    const csv = summary().toCsv();
    expect(csv.split('\r\n')[0]).toBe('date,actor,name,support,oppose,conditional,none');
    expect(csv.split('\r\n')).toContain('2023-03-13,AAA,Name of AAA,1,0,0,0');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('by week sums the days of each ISO week', () => {
    const rows = summary({ by: 'week' }).rows();
    expect(rows.find((r) => r.date === '2023-W11' && r.actor === 'AAA')?.counts).toEqual({ support: 2, oppose: 0, conditional: 0, none: 0 });
    expect(rows.find((r) => r.date === '2023-W12' && r.actor === 'AAA')?.counts).toEqual({ support: 0, oppose: 1, conditional: 0, none: 0 });
    expect(summary({ by: 'week' }).toCsv({ bom: true }).startsWith('\uFEFFweek,actor,name,')).toBe(true);
  });

  it('by month with confidence weighting sums confidences', () => {
    const s = summary({ by: 'month', weight: 'confidence' });
    const aaa = s.rows().find((r) => r.actor === 'AAA');
    expect(aaa).toMatchObject({ date: '2023-03', question: 'ceasefire', counts: { support: 1.6, oppose: 0.6, conditional: 0, none: 0 } });
    expect(s.toCsv().split('\r\n')[0]).toBe('month,actor,name,support,oppose,conditional,none');
    expect(s.toGraphml()).toMatch(/source="a:AAA" target="q:ceasefire"><data key="qualifier">support<\/data><data key="weight">1.6<\/data>/);
  });
});

describe('actor networks', () => {
  it('per week: agreement for the same position, conflict for support against oppose', () => {
    const edges = summary({ by: 'week' }).actorEdges().map((e) => `${e.period} ${e.source}-${e.target} ${e.relation} ${e.weight}`);
    expect(edges).toEqual([
      '2023-W11 AAA-BBB agreement 1',
      '2023-W11 AAA-CCC conflict 1',
      '2023-W11 BBB-CCC conflict 1',
      '2023-W12 AAA-CCC agreement 1', // both oppose in W12; DDD is the only conditional actor of each week
    ]);
  });

  it('conditional actors agree with each other, never conflict; none takes no part', () => {
    const s = new CorpusSummary();
    s.add(report('2023-03-13', { AAA: ['conditional', 0.7], BBB: ['conditional', 0.6], CCC: ['support', 0.9], DDD: ['none', 0.92] }));
    expect(s.actorEdges().map((e) => `${e.source}-${e.target} ${e.relation}`)).toEqual(['AAA-BBB agreement']);
  });

  it('by day, actors in different days do not meet', () => {
    expect(summary().actorEdges().filter((e) => e.period === '2023-03-19')).toEqual([]);
  });

  it('confidence weighting multiplies the highest confidences of the period', () => {
    const edges = summary({ by: 'week', weight: 'confidence' }).actorEdges();
    const w = (a: string, b: string, rel: string, period = '2023-W11') => edges.find((e) => e.source === a && e.target === b && e.relation === rel && e.period === period)?.weight;
    expect(w('AAA', 'BBB', 'agreement')).toBeCloseTo(0.9 * 0.5, 3);
    expect(w('AAA', 'CCC', 'conflict')).toBeCloseTo(0.9 * 0.8, 3);
    expect(w('AAA', 'CCC', 'agreement', '2023-W12')).toBeCloseTo(0.6 * 0.5, 3);
  });

  it('the CSV edge list has one row per period, pair and relation; relation filters', () => {
    const s = summary({ by: 'week' });
    const lines = s.toEdgesCsv().trimEnd().split('\r\n');
    expect(lines[0]).toBe('period,question,source,target,relation,weight');
    expect(lines).toContain('2023-W11,ceasefire,AAA,CCC,conflict,1');
    expect(lines).toHaveLength(1 + s.actorEdges().length);
    expect(s.toEdgesCsv({ relation: 'conflict', header: false }).trimEnd().split('\r\n').every((l) => l.includes(',conflict,'))).toBe(true);
  });

  it('the GraphML network sums each edge over periods and counts the periods', () => {
    const s = new CorpusSummary({ by: 'week' });
    for (const r of [...CORPUS, report('2023-03-27', { AAA: ['support', 0.8], BBB: ['support', 0.7], 'X&Y': ['oppose', 0.6] })]) s.add(r);
    const xml = s.toActorGraphml();
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml).toContain('<key id="relation" for="edge" attr.name="relation" attr.type="string"/>');
    expect(xml).toMatch(/source="a:AAA" target="a:BBB"><data key="relation">agreement<\/data><data key="question">ceasefire<\/data><data key="weight">2<\/data><data key="periods">2<\/data>/);
    expect(xml).toContain('<node id="a:X&amp;Y">');
    expect(xml).not.toContain('a:EEE'); // only mentioned: no position, no node
    const conflicts = s.toActorGraphml({ relation: 'conflict' });
    expect(conflicts).not.toContain('>agreement<');
    const pairs = new Set(s.actorEdges().filter((e) => e.relation === 'conflict').map((e) => `${e.source}-${e.target}`));
    expect(conflicts.match(/<edge /g)?.length).toBe(pairs.size);
  });
});
