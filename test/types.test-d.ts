/**
 * Type tests of the public surface (vitest typecheck: `npm test` runs them with tsc). They fail
 * when a signature, a union or a readonly field changes: a change of the report contract must be
 * deliberate. `@ts-expect-error` lines are calls that must not compile.
 */
import { assertType, describe, expectTypeOf, test } from 'vitest';
import {
  analyze, createAnalyzer, toCsv, toStatementsCsv, CorpusSummary, CONDITION_KINDS,
  type ActorCsvOptions, type ActorData, type ActorStance, type Analyzer, type AnalyzeOptions, type AnalyzerOptions,
  type Condition, type ConditionKind, type CueData, type Diagnostic, type Evidence, type EvidenceMark, type PersonData,
  type QuestionData, type SharedAnalyzeOptions, type Stance, type StanceReport, type Statement, type Via,
} from '../src';
import { analyzeMany, type BatchFailure, type BatchInput, type BatchOptions, type BatchResult, type BatchSuccess } from '../src/node';
import type * as Types from '../src/types';

declare const text: string;
declare const report: StanceReport;
declare const question: QuestionData;

describe('analyze() and createAnalyzer()', () => {
  test('signatures', () => {
    expectTypeOf(analyze).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(analyze).parameter(1).toEqualTypeOf<SharedAnalyzeOptions | undefined>();
    expectTypeOf(analyze).returns.toEqualTypeOf<StanceReport>();
    expectTypeOf(createAnalyzer).parameter(0).toEqualTypeOf<AnalyzerOptions | undefined>();
    expectTypeOf(createAnalyzer).returns.toEqualTypeOf<Analyzer>();
    expectTypeOf<Analyzer['analyze']>().parameters.toEqualTypeOf<[text: string, options?: AnalyzeOptions]>();
    expectTypeOf<Analyzer['question']>().toEqualTypeOf<{ readonly id: string; readonly label: string }>();
    expectTypeOf<AnalyzeOptions['date']>().toEqualTypeOf<string | Date | undefined>();
    expectTypeOf<SharedAnalyzeOptions['question']>().toEqualTypeOf<string | QuestionData | undefined>();
  });

  test('accepted options', () => {
    assertType<StanceReport>(analyze(text));
    assertType<StanceReport>(analyze(text, { date: '2023-03-17' }));
    assertType<StanceReport>(analyze(text, { date: new Date(), question: 'ceasefire' }));
    assertType<StanceReport>(analyze(text, { question }));
    const a = createAnalyzer({ question, actors: [] as ActorData[], people: [] as PersonData[], maxLength: 10_000 });
    assertType<StanceReport>(a.analyze(text, { date: '2024-01-01', question: 'ceasefire' }));
  });

  test('wrong options do not compile', () => {
    // @ts-expect-error text must be a string
    analyze(42);
    // @ts-expect-error date is a string or a Date
    analyze(text, { date: 20230317 });
    // @ts-expect-error misspelt option
    analyze(text, { questoin: 'ceasefire' });
    // @ts-expect-error analyze() has no actors option (createAnalyzer has)
    analyze(text, { actors: [] });
    // @ts-expect-error maxLength is a number
    createAnalyzer({ maxLength: '10000' });
    // @ts-expect-error an actor needs id, name, kind and names
    createAnalyzer({ actors: [{ id: 'XYZ' }] });
    // @ts-expect-error kind is 'state' or 'organization'
    createAnalyzer({ actors: [{ id: 'XYZ', name: 'X', kind: 'country', names: ['X'] }] });
    // @ts-expect-error a person needs roles
    createAnalyzer({ people: [{ name: 'A B' }] });
    // @ts-expect-error an analyzer's analyze() takes a question id only: data goes to createAnalyzer()
    createAnalyzer().analyze(text, { question });
    // @ts-expect-error analyze options are not analyzer options
    createAnalyzer({ date: '2023-03-17' });
  });
});

describe('the report', () => {
  test('StanceReport field types', () => {
    expectTypeOf(report.schemaVersion).toEqualTypeOf<string>();
    expectTypeOf(report.standpointVersion).toEqualTypeOf<string>();
    expectTypeOf(report.question).toEqualTypeOf<{ readonly id: string; readonly label: string }>();
    expectTypeOf(report.date).toEqualTypeOf<string>();
    expectTypeOf(report.actors).toEqualTypeOf<readonly ActorStance[]>();
    expectTypeOf(report.statements).toEqualTypeOf<readonly Statement[]>();
    expectTypeOf(report.diagnostics).toEqualTypeOf<readonly Diagnostic[]>();
    const a = report.actors[0];
    expectTypeOf(a.actor.id).toEqualTypeOf<string>();
    expectTypeOf(a.actor.kind).toEqualTypeOf<'state' | 'organization'>();
    expectTypeOf(a.stance).toEqualTypeOf<Stance>();
    expectTypeOf(a.score).toEqualTypeOf<number>();
    expectTypeOf(a.confidence).toEqualTypeOf<number>();
    expectTypeOf(a.conditions).toEqualTypeOf<readonly Condition[]>();
    expectTypeOf(a.conditions[0].kind).toEqualTypeOf<ConditionKind>();
    expectTypeOf(a.evidence).toEqualTypeOf<readonly Evidence[]>();
    expectTypeOf(a.speakers[0].role).toEqualTypeOf<string | undefined>();
    expectTypeOf(a.mentions).toEqualTypeOf<number>();
    const e = a.evidence[0];
    expectTypeOf(e.via).toEqualTypeOf<Via>();
    expectTypeOf(e.speaker).toEqualTypeOf<string | undefined>();
    expectTypeOf(e.cues).toEqualTypeOf<readonly string[]>();
    expectTypeOf(e.marks).toEqualTypeOf<readonly EvidenceMark[] | undefined>();
    expectTypeOf<EvidenceMark['kind']>().toEqualTypeOf<'cue' | 'condition'>();
    expectTypeOf<Diagnostic['code']>().toEqualTypeOf<'unclosed-quote' | 'unattributed-quote' | 'date-assumed'>();
  });

  test('a report is readonly', () => {
    // @ts-expect-error readonly field
    report.actors[0].stance = 'support';
    // @ts-expect-error readonly array
    report.actors.push(report.actors[0]);
  });

  test('Stance, Via and ConditionKind unions', () => {
    expectTypeOf<Stance>().toEqualTypeOf<'support' | 'oppose' | 'conditional' | 'none'>();
    expectTypeOf<Via>().toEqualTypeOf<'quote' | 'reported' | 'action'>();
    expectTypeOf<ConditionKind>().toEqualTypeOf<
      | 'sovereignty' | 'withdrawal' | 'security-guarantees' | 'hostages' | 'humanitarian-access' | 'accountability'
      | 'recognition' | 'demilitarization' | 'neutrality' | 'arms-halt' | 'sanctions-relief' | 'elections' | 'other'
    >();
    expectTypeOf<(typeof CONDITION_KINDS)[number]>().toEqualTypeOf<ConditionKind>();
    expectTypeOf(CONDITION_KINDS).toMatchTypeOf<readonly ConditionKind[]>();
    // @ts-expect-error CONDITION_KINDS is a readonly tuple
    CONDITION_KINDS.push('other');
    // @ts-expect-error not a kind
    assertType<ConditionKind>('ceasefire');
    // @ts-expect-error not a stance
    assertType<Stance>('neutral');
  });
});

describe('standpoint/node batches', () => {
  test('BatchResult narrows on ok', () => {
    const r = {} as BatchResult;
    if (r.ok) {
      expectTypeOf(r).toEqualTypeOf<BatchSuccess>();
      expectTypeOf(r.report).toEqualTypeOf<StanceReport>();
      expectTypeOf(r.error).toEqualTypeOf<undefined>();
    } else {
      expectTypeOf(r).toEqualTypeOf<BatchFailure>();
      expectTypeOf(r.error).toEqualTypeOf<string>();
      expectTypeOf(r.report).toEqualTypeOf<undefined>();
    }
    if (r.error !== undefined) expectTypeOf(r).toEqualTypeOf<BatchFailure>();
    expectTypeOf(r.index).toEqualTypeOf<number>();
    expectTypeOf(r.id).toEqualTypeOf<string | undefined>();
  });

  test('analyzeMany()', () => {
    expectTypeOf(analyzeMany).parameter(0).toEqualTypeOf<Iterable<BatchInput> | AsyncIterable<BatchInput>>();
    expectTypeOf(analyzeMany).returns.toEqualTypeOf<AsyncGenerator<BatchResult>>();
    expectTypeOf<BatchOptions>().toMatchTypeOf<AnalyzerOptions>();
    assertType(analyzeMany(['a', { id: 'b', text: 'b', date: '2024-01-01' }], { workers: 2, onProgress: (done: number) => void done }));
    // @ts-expect-error an input object needs text
    analyzeMany([{ id: 'b' }]);
    // @ts-expect-error workers is a number
    analyzeMany(['a'], { workers: '2' });
  });
});

describe('custom data', () => {
  test('QuestionData shape, all readonly', () => {
    expectTypeOf(question.id).toEqualTypeOf<string>();
    expectTypeOf(question.targets).toEqualTypeOf<readonly CueData[]>();
    expectTypeOf(question.targets[0].polarity).toEqualTypeOf<1 | -1>();
    expectTypeOf(question.targets[0].patterns).toEqualTypeOf<readonly string[]>();
    expectTypeOf(question.conditionKinds[0].kind).toEqualTypeOf<ConditionKind>();
    expectTypeOf(question.conditions[0].scope).toEqualTypeOf<'after' | 'sentence' | 'before' | undefined>();
    expectTypeOf(question.neutral).toEqualTypeOf<readonly string[] | undefined>();
    // @ts-expect-error readonly field
    question.id = 'other';
    // @ts-expect-error readonly array
    question.targets.push({ id: 't', polarity: 1, patterns: ['t'] });
    // @ts-expect-error readonly patterns
    question.targets[0].patterns[0] = 'x';
    // @ts-expect-error polarity is 1 or -1
    assertType<CueData>({ id: 't', polarity: 2, patterns: ['t'] });
    // @ts-expect-error a condition kind must be one of CONDITION_KINDS
    assertType<QuestionData['conditionKinds'][number]>({ kind: 'ceasefire', patterns: ['x'] });
  });
});

describe('output formats', () => {
  test('toCsv() takes an options object', () => {
    expectTypeOf(toCsv).returns.toEqualTypeOf<string>();
    assertType<string>(toCsv(report));
    assertType<string>(toCsv(report, { id: 'doc-1', header: false, bom: true }));
    assertType<string>(toCsv(report, 'doc-1', false)); // deprecated positional form still compiles
    expectTypeOf<ActorCsvOptions>().toEqualTypeOf<{ readonly id?: string; readonly header?: boolean; readonly bom?: boolean }>();
    // @ts-expect-error header is a boolean
    toCsv(report, { header: 'no' });
    // @ts-expect-error misspelt option
    toCsv(report, { heading: false });
    assertType<string>(toStatementsCsv([report, { id: 'b', report }], { bom: true }));
    assertType<CorpusSummary>(new CorpusSummary({ by: 'week', weight: 'confidence' }));
    // @ts-expect-error periods are day, week or month
    new CorpusSummary({ by: 'year' });
  });

  test('every public type comes from the one types module', () => {
    expectTypeOf<Types.StanceReport>().toEqualTypeOf<StanceReport>();
    expectTypeOf<Types.QuestionData>().toEqualTypeOf<QuestionData>();
    expectTypeOf<Types.BatchResult>().toEqualTypeOf<BatchResult>();
    expectTypeOf<Types.ActorCsvOptions>().toEqualTypeOf<ActorCsvOptions>();
  });
});
