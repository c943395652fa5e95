/**
 * Property tests: for any text (unicode, lone surrogates, control characters, zero-width and
 * bidi marks, quote storms, very long lines, spliced news copy) analyze() does not throw and its
 * report keeps the contract: offsets inside the text with `text.slice(start, end) === item.text`,
 * labels and condition kinds from the guideline sets, finite score and confidence in range,
 * deterministic, plain JSON. Bounded to run in a few seconds; `npx tsx test/fuzz/fuzz.ts` runs
 * the same properties a million times.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../src/index';
import { checkReport, checkText, generators, longLines, MEDIUM, CONDITION_KINDS, type GeneratorName } from './fuzz/arbitraries';

const DATE = '2024-06-01';
const run = (text: string) => analyze(text, { date: DATE });
const gens = generators(MEDIUM);
/**
 * Each property stops after 4 s, shrinking included, so a failure on a long text still reports
 * (with the smallest counterexample found so far) within the file's ~20 s budget. The seed is fixed
 * so CI is reproducible; set FC_SEED to explore others (`npm run fuzz` explores at length).
 */
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261128;
const params = (numRuns: number): fc.Parameters<[string]> => ({ numRuns, seed: SEED, interruptAfterTimeLimit: 4_000 });

const RUNS: Record<GeneratorName, number> = {
  grapheme: 200,
  binary: 200,
  controls: 200,
  invisibles: 200,
  quoteStorm: 200,
  newsy: 300,
  chaos: 300,
};

describe('analyze() on generated text', () => {
  for (const name of Object.keys(RUNS) as GeneratorName[]) {
    it(`keeps the report contract: ${name}`, () => {
      fc.assert(fc.property(gens[name], (text) => { checkText(text, run); }), params(RUNS[name]));
    });
  }

  it('keeps the report contract: a few very long lines (~20k chars)', () => {
    fc.assert(fc.property(longLines(), (text) => { checkText(text, run); }), params(12));
  });

  it('keeps the report contract without a date option (the text’s own date or today)', () => {
    fc.assert(fc.property(gens.newsy, (text) => { checkReport(text, analyze(text)); }), params(100));
  });
});

describe('the checker itself', () => {
  it('accepts a report with evidence and conditions', () => {
    const text = 'Air strikes, shelling and missile attacks continued as the war entered its third year.\n'
      + 'Ukrainian President Volodymyr Zelensky said Kyiv would accept a truce only if Russian troops withdraw from occupied territory.\n'
      + 'Spain called for an immediate ceasefire.';
    const report = run(text);
    expect(() => checkText(text, run)).not.toThrow();
    expect(report.actors.some((a) => a.evidence.length > 0)).toBe(true);
    expect(report.actors.flatMap((a) => a.conditions).every((c) => CONDITION_KINDS.has(c.kind))).toBe(true);
  });

  it('rejects a report whose span does not match its text', () => {
    const text = 'Air strikes continued.\nSpain called for an immediate ceasefire.';
    const report = run(text);
    const broken = { ...report, statements: report.statements.map((s) => ({ ...s, start: s.start + 1 })) };
    expect(report.statements.length).toBeGreaterThan(0);
    expect(() => checkReport(text, broken)).toThrow(/text\.slice/);
  });
});
