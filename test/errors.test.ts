import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, type ActorData, type PersonData } from '../src';

const LEAD = 'Air strikes, shelling and missile attacks continued as the war entered its third year.\n';

describe('input contract', () => {
  it.each([
    [undefined, 'undefined'], [null, 'null'], [42, 'number'], [['text'], 'array'], [{ text: 'x' }, 'object'],
  ])('throws a TypeError naming the argument for %j', (value, type) => {
    expect(() => analyze(value as unknown as string)).toThrow(TypeError);
    expect(() => analyze(value as unknown as string)).toThrow(`expects text to be a string, got ${type}`);
  });

  it.each(['', '   ', '\n\n\t'])('gives an empty report for %j', (text) => {
    const report = analyze(text);
    expect(report.actors).toEqual([]);
    expect(report.statements).toEqual([]);
    expect(report.diagnostics).toEqual([]);
  });

  it('throws a RangeError with the limit and the length when the text is too long', () => {
    const a = createAnalyzer({ maxLength: 100 });
    expect(() => a.analyze('x'.repeat(101))).toThrow(RangeError);
    expect(() => a.analyze('x'.repeat(101))).toThrow('text is 101 characters long, over the maxLength limit of 100');
    expect(a.analyze('x'.repeat(100)).actors).toEqual([]);
  });

  it('rejects an unknown question and a malformed date', () => {
    expect(() => analyze('text', { question: 'trade' })).toThrow(/unknown question "trade"/);
    expect(() => analyze('text', { date: '2024-13-01' })).toThrow(RangeError);
    expect(() => analyze('text', { date: '2024-13-01' })).toThrow(/"2024-13-01"/);
    expect(() => analyze('text', { date: new Date('nope') })).toThrow(/invalid/);
  });

  it('rejects bad custom actors, quoting the entry', () => {
    const base: ActorData = { id: 'ABC', name: 'Abc', kind: 'organization', names: ['Abc Front'] };
    expect(() => createAnalyzer({ actors: [base, base] })).toThrow(/duplicate id "ABC"/);
    expect(() => createAnalyzer({ actors: [{ ...base, names: [] }] })).toThrow(/names must not be empty.*|.*"id":"ABC"/);
    expect(() => createAnalyzer({ actors: [{ ...base, names: ['ok', 7 as unknown as string] }] })).toThrow(/non-string 7/);
    expect(() => createAnalyzer({ actors: [{ ...base, id: 'abc' }] })).toThrow(/"id":"abc"/);
    const poisoned = JSON.parse('{"id":"XYZ","name":"X","kind":"state","names":["X"],"__proto__":{"polluted":true}}');
    expect(() => createAnalyzer({ actors: [poisoned] })).toThrow(/"__proto__" is not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects bad custom people, quoting the entry', () => {
    const p: PersonData = { name: 'Ana Lopez', roles: [{ actor: 'NOPE', title: 'envoy' }] };
    expect(() => createAnalyzer({ people: [p] })).toThrow(/role actor "NOPE" is not a known actor id/);
    expect(() => createAnalyzer({ people: [{ ...p, roles: [{ actor: 'ESP', title: 'envoy', from: 'May 2024' }] }] })).toThrow(/"name":"Ana Lopez"/);
  });
});

describe('messy text gives diagnostics, not exceptions', () => {
  it('reports an unclosed and an unattributed quote', () => {
    const report = analyze(LEAD + '“This war must end now and the talks must start,” the banner read.\nHe said “we are ready.');
    expect(report.diagnostics.map((d) => d.code).sort()).toEqual(['unattributed-quote', 'unattributed-quote', 'unclosed-quote']);
  });
});

describe('custom data and isolation', () => {
  const front: ActorData = { id: 'NDF', name: 'Northern Defence Front', kind: 'organization', names: ['Northern Defence Front', 'NDF'] };
  const leader: PersonData = { name: 'Mara Velt', gender: 'f', roles: [{ actor: 'NDF', title: 'leader' }] };
  const text = LEAD + '“We are ready for a ceasefire,” Mara Velt said. The NDF called for talks.';

  it('recognises custom actors and people', () => {
    const report = createAnalyzer({ actors: [front], people: [leader] }).analyze(text, { date: '2024-06-01' });
    const ndf = report.actors.find((a) => a.actor.id === 'NDF');
    expect(ndf?.stance).toBe('support');
    expect(ndf?.speakers).toEqual([{ name: 'Mara Velt', role: 'leader' }]);
  });

  it('keeps two analyzers with different data apart, in alternation', () => {
    const custom = createAnalyzer({ actors: [front], people: [leader] });
    const plain = createAnalyzer();
    const alone = [custom.analyze(text, { date: '2024-06-01' }), plain.analyze(text, { date: '2024-06-01' })];
    for (let i = 0; i < 3; i++) {
      expect(custom.analyze(text, { date: '2024-06-01' })).toEqual(alone[0]);
      expect(plain.analyze(text, { date: '2024-06-01' })).toEqual(alone[1]);
    }
    expect(alone[1].actors.some((a) => a.actor.id === 'NDF')).toBe(false);
  });

  it('shares nothing mutable between concurrent calls', async () => {
    const a = createAnalyzer();
    const texts = [text, LEAD + 'Spain called for a ceasefire.', LEAD + 'Israel rejected the truce.'];
    const serial = texts.map((t) => a.analyze(t, { date: '2024-06-01' }));
    const parallel = await Promise.all(texts.flatMap((t) => [t, t]).map(async (t) => a.analyze(t, { date: '2024-06-01' })));
    expect(parallel.filter((_, i) => i % 2 === 0)).toEqual(serial);
  });

  it('returns plain JSON that survives a round trip', () => {
    const report = analyze(text, { date: '2024-06-01' });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
