import { describe, expect, it } from 'vitest';
import { analyze } from '../src';
import { actor, labels } from './helpers';
import { NEGATION, QUOTES, SEED_LIKE, TRADE } from './fixtures/articles';

describe('analyze: a seed-like article', () => {
  const report = analyze(SEED_LIKE, { date: '2023-03-17' });

  it('labels every actor as the guidelines say', () => {
    expect(labels(report)).toMatchObject({ CHN: 'support', USA: 'oppose', GBR: 'conditional', RUS: 'none', UKR: 'none', NATO: 'none' });
  });

  it('gives the conditional actor its condition kind and words', () => {
    const gbr = actor(report, 'GBR');
    expect(gbr.conditions.map((c) => c.kind)).toContain('sovereignty');
    for (const c of gbr.conditions) expect(SEED_LIKE.slice(c.start, c.end)).toBe(c.text);
  });

  it('attaches speakers to their actors', () => {
    const names = (id: string) => actor(report, id).speakers.map((s) => s.name);
    expect(names('CHN')).toEqual(expect.arrayContaining(['Qin Gang', 'Wang Wenbin']));
    expect(names('USA')).toContain('John Kirby');
    expect(names('GBR')).toEqual(expect.arrayContaining(['Rishi Sunak', 'Jamie Davies']));
  });

  it('keeps every evidence and statement offset exact', () => {
    for (const a of report.actors) for (const e of a.evidence) expect(SEED_LIKE.slice(e.start, e.end)).toBe(e.text);
    for (const s of report.statements) expect(SEED_LIKE.slice(s.start, s.end)).toBe(s.text);
  });

  it('shows the words that carry each label, with the cues that fired', () => {
    const usa = actor(report, 'USA');
    expect(usa.evidence[0].text).toContain('ratification of Russian conquest');
    expect(usa.evidence[0].via).toBe('quote');
    expect(usa.evidence[0].speaker).toBe('John Kirby');
    expect(usa.evidence[0].cues).toContain('oppose.ratify-conquest');
  });

  it('never attributes a link line', () => {
    const from = SEED_LIKE.indexOf('Also read');
    const to = SEED_LIKE.indexOf('\n', from);
    for (const s of report.statements) expect(s.end <= from || s.start > to).toBe(true);
  });
});

describe('analyze: negation', () => {
  const report = analyze(NEGATION, { date: '2024-09-26' });
  it('reads "not close the door to talks" as support and "no ceasefire" as oppose', () => {
    expect(labels(report)).toMatchObject({ SAU: 'support', ISR: 'oppose', DEU: 'oppose' });
  });
  it('finds Israel Katz as a person, not as a mention of Israel speaking', () => {
    expect(actor(report, 'ISR').speakers.map((s) => s.name)).toContain('Israel Katz');
  });
});

describe('analyze: quotes', () => {
  const report = analyze(QUOTES, { date: '2024-03-01' });
  it('attributes quotes with the speaker before, after, inside and on the next paragraph', () => {
    expect(labels(report)).toMatchObject({ TUR: 'support', ISR: 'oppose', UN: 'support', QAT: 'support' });
    const un = report.statements.filter((s) => s.actor === 'UN');
    expect(un.some((s) => s.text.includes('Every day of war costs lives'))).toBe(true);
  });
  it('reports the unclosed quote as a diagnostic, not an exception', () => {
    const d = report.diagnostics.find((x) => x.code === 'unclosed-quote');
    expect(d).toBeDefined();
    expect(QUOTES.slice(d!.start, d!.end)).toContain('ready to mediate');
  });
});

describe('analyze: peace words outside a war', () => {
  it('gives no position in a trade-truce article', () => {
    const report = analyze(TRADE);
    for (const a of report.actors) expect(a.stance).toBe('none');
    expect(report.actors.map((a) => a.actor.id).sort()).toEqual(['CHN', 'USA']); // Geneva is a venue, not Switzerland's voice
  });
});

describe('date-assumed diagnostic', () => {
  const DATELINE = [
    'Talks stall as shelling goes on',
    'GENEVA, March 21 (Reuters) - Artillery shelling and air strikes hit the city overnight.',
    'Spain called for an immediate ceasefire.',
  ].join('\n');
  const assumed = (r: ReturnType<typeof analyze>) => r.diagnostics.filter((d) => d.code === 'date-assumed');

  it('a dateline without a year: says which date was used (today) and why, pointing at the dateline', () => {
    const report = analyze(DATELINE);
    const [d, ...more] = assumed(report);
    expect(more).toEqual([]);
    expect(report.date).toBe(new Date().toISOString().slice(0, 10));
    expect(DATELINE.slice(d.start, d.end)).toBe('March 21');
    expect(d.message).toContain('"March 21"');
    expect(d.message).toContain(report.date);
    expect(d.message).toMatch(/no year/);
    expect(d.message).toMatch(/today/);
  });

  it.each([
    ['day before month', 'KYIV, 21 March - Shelling went on.\nSpain called for an immediate ceasefire.', '21 March'],
    ['abbreviated months are not read, as in full dates', 'Updated Sept. 4\nShelling went on.\nSpain called for an immediate ceasefire.', undefined],
  ])('%s', (_, text, span) => {
    const d = assumed(analyze(text));
    expect(d.map((x) => text.slice(x.start, x.end))).toEqual(span === undefined ? [] : [span]);
  });

  it.each([
    ['the caller passed a date', () => analyze(DATELINE, { date: '2023-03-21' })],
    ['the caller passed a Date', () => analyze(DATELINE, { date: new Date('2023-03-21T12:00:00Z') })],
    ['the text has a full date', () => analyze(DATELINE.replace('March 21', 'March 21, 2023'))],
    ['the text has a full date elsewhere near the top', () => analyze(`Published 2023-03-21\n${DATELINE}`)],
    ['the text writes no day at all', () => analyze(DATELINE.replace('GENEVA, March 21 (Reuters) - ', ''))],
    ['"may" as a verb', () => analyze('Shelling went on.\nSpain said talks may 2 weeks from now resume; it called for a ceasefire.')],
  ])('not when %s', (_, run) => {
    expect(assumed(run())).toEqual([]);
  });
});
