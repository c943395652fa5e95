import { describe, expect, it } from 'vitest';
import { createAnalyzer, analyze, CONDITION_KINDS, type QuestionData } from '../src';
import { CEASEFIRE } from '../src/data/ceasefire';
import { patternError } from '../src/lexicon/compile';
import { validateQuestion } from '../src/validate';
import { actor } from './helpers';

/** A second question, written for the tests: should sanctions be imposed or tightened? */
const SANCTIONS: QuestionData = {
  id: 'sanctions',
  label: 'Should sanctions be imposed or tightened?',
  targets: [
    { id: 'target.sanctions', polarity: 1, patterns: ['sanctions', 'sanctions package', 'embargo', 'asset freeze', 'export controls'] },
    { id: 'target.relief', polarity: -1, patterns: ['sanctions relief', 'lifting of sanctions'] },
  ],
  predicates: [
    { id: 'support.call-for', polarity: 1, patterns: ['call for', 'urge', 'push for', 'back', 'support', 'approve', 'impose', 'tighten', 'extend'] },
    { id: 'oppose.reject', polarity: -1, patterns: ['veto', 'block', 'reject', 'oppose', 'lift', 'ease'] },
  ],
  phrases: [{ id: 'oppose.hurts-us', polarity: -1, patterns: ['hurt us more than them'] }],
  negators: ['not', "n't", 'never', 'no'],
  hedges: ['may', 'might', 'could'],
  conditions: [{ id: 'cond.only-if', patterns: ['only if', 'unless', 'provided that'] }],
  conditionKinds: [{ kind: 'other', patterns: ['exemption', 'exemptions'] }],
  offTopic: ['football'],
  domain: ['sanctions', 'embargo', 'export controls', 'asset freeze'],
};

const TEXT = [
  'EU ministers split over new sanctions',
  'The European Commission called for a tougher sanctions package against Moscow on Monday.',
  'Hungary vetoed the package, and its foreign minister said sanctions “hurt us more than them”.',
  'Slovakia said it would back the sanctions only if it received energy exemptions.',
  'Poland urged allies to tighten the embargo.',
].join('\n');

describe('a custom question', () => {
  const analyzer = createAnalyzer({ question: SANCTIONS });

  it('labels actors with the same engine', () => {
    const report = analyzer.analyze(TEXT, { date: '2024-06-01' });
    const labels = Object.fromEntries(report.actors.map((a) => [a.actor.id, a.stance]));
    expect(report.question).toEqual({ id: 'sanctions', label: SANCTIONS.label });
    expect(labels).toMatchObject({ EU: 'support', HUN: 'oppose', SVK: 'conditional', POL: 'support', RUS: 'none' });
  });

  it('is accepted by analyze() too, compiled once per question object', () => {
    const a = analyze(TEXT, { question: SANCTIONS, date: '2024-06-01' });
    const b = analyze(TEXT, { question: SANCTIONS, date: '2024-06-01' });
    expect(a).toEqual(b);
  });

  it('gives its own markers the built-in validity rules by declaring them, whatever their ids', () => {
    const marker = { id: 'my.must', requires: 'target-subject' as const, patterns: ['would have to'] };
    const custom: QuestionData = { ...CEASEFIRE, conditions: [...CEASEFIRE.conditions.filter((c) => !c.patterns.includes('would have to')), marker] };
    const a = createAnalyzer({ question: custom });
    const lead = 'Fighting raged as troops advanced. ';
    expect(actor(a.analyze(`${lead}Peru said any truce would have to include the return of the hostages.`), 'PER').conditions.map((c) => c.cue)).toEqual(['my.must']);
    // No question target as the subject: the requirement is not met, so no condition.
    expect(actor(a.analyze(`${lead}Peru said the army would have to include more reservists.`), 'PER').conditions).toEqual([]);
  });

  it('rejects a malformed question, quoting the bad entry', () => {
    const bad = { ...SANCTIONS, targets: [{ id: 't', polarity: 2, patterns: ['x'] }] } as unknown as QuestionData;
    expect(() => createAnalyzer({ question: bad })).toThrow(/polarity must be 1 or -1/);
    expect(() => createAnalyzer({ question: bad })).toThrow(/"id":"t"/);
    const empty = { ...SANCTIONS, predicates: [{ id: 'p', polarity: 1, patterns: [] }] } as unknown as QuestionData;
    expect(() => createAnalyzer({ question: empty })).toThrow(/patterns must not be empty/);
    const dup = { ...SANCTIONS, phrases: [SANCTIONS.phrases[0], SANCTIONS.phrases[0]] };
    expect(() => createAnalyzer({ question: dup })).toThrow(/duplicate id "oppose.hurts-us"/);
    const takes = { ...SANCTIONS, predicates: [{ id: 'p', polarity: 1, takes: ['target.nope'], patterns: ['x'] }] } as unknown as QuestionData;
    expect(() => createAnalyzer({ question: takes })).toThrow(/takes names an unknown target "target.nope"/);
    const scope = { ...SANCTIONS, conditions: [{ id: 'c', scope: 'around', patterns: ['x'] }] } as unknown as QuestionData;
    expect(() => createAnalyzer({ question: scope })).toThrow(/scope must be "after", "sentence" or "before"/);
    const kind = { ...SANCTIONS, conditions: [{ id: 'c', needsKind: 'yes', patterns: ['x'] }] } as unknown as QuestionData;
    expect(() => createAnalyzer({ question: kind })).toThrow(/needsKind must be a boolean/);
    const req = { ...SANCTIONS, conditions: [{ id: 'c', requires: 'cond.if', patterns: ['x'] }] } as unknown as QuestionData;
    expect(() => createAnalyzer({ question: req })).toThrow(/requires must be one of: target-subject, /);
  });

  it('takes every kind of CONDITION_KINDS and no other, naming the kinds in the error', () => {
    const all = { ...SANCTIONS, conditionKinds: CONDITION_KINDS.map((kind) => ({ kind, patterns: [`${kind} word`] })) };
    expect(() => createAnalyzer({ question: all })).not.toThrow();
    const bad = { ...SANCTIONS, conditionKinds: [{ kind: 'ceasefire', patterns: ['x'] }] } as unknown as QuestionData;
    expect(() => createAnalyzer({ question: bad })).toThrow(/"kind":"ceasefire".*kind must be one of sovereignty, withdrawal, .*, other$/);
  });
});

describe('pattern syntax', () => {
  const withTarget = (pattern: string): QuestionData => ({
    ...SANCTIONS, targets: [...SANCTIONS.targets, { id: 'target.bad', polarity: 1, patterns: ['embargoes', pattern] }],
  });
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it.each([
    ['asset  freeze', /empty word \(two spaces in a row\)/],
    [' asset freeze', /leading or trailing space/],
    ['asset freeze ', /leading or trailing space/],
    ['asset\tfreeze', /tab or line break/],
    ['asset||capital freeze', /"asset\|\|capital", which has an empty alternative/],
    ['|asset freeze', /empty alternative/],
    ['asset| freeze', /empty alternative/],
    ['asset ? freeze', /lone '\?'/],
    ['asset fre?eze', /'\?' inside/],
    ['asset freeze??', /'\?' inside/],
    ['freeze/X', /unknown part-of-speech suffix '\/X'/],
    ['freeze/', /unknown part-of-speech suffix '\/'/],
    ['freeze/V/N', /more than one '\/'/],
    ['/V freeze', /no word before its suffix/],
    ['= freeze', /lone '='/],
    ['free=ze', /'=' inside/],
    ['==freeze', /'=' inside/],
    ['asset =*', /'=\*'/],
    ['asset *|freeze', /mixes '\*' with alternatives/],
    ['asset? freeze?', /only optional words/],
    ['* *?', /only wildcards/],
  ])('refuses %j, quoting the pattern and its entry id', (pattern, why) => {
    const make = () => createAnalyzer({ question: withTarget(pattern) });
    expect(make).toThrow(TypeError);
    expect(make).toThrow(new RegExp(`^standpoint: invalid pattern ${escape(JSON.stringify(pattern))} in question targets entry "target.bad": it `));
    expect(make).toThrow(why);
  });

  it('checks every list of patterns: predicates, phrases, conditions, condition kinds, off-topic, domain, neutral', () => {
    const cases: [Partial<QuestionData>, RegExp][] = [
      [{ predicates: [{ id: 'pred.bad', polarity: 1, patterns: ['call  for'] }] }, /in question predicates entry "pred.bad"/],
      [{ phrases: [{ id: 'phrase.bad', polarity: -1, patterns: ['hurt|'] }] }, /in question phrases entry "phrase.bad"/],
      [{ conditions: [{ id: 'cond.bad', patterns: ['only ?'] }] }, /in question conditions entry "cond.bad"/],
      [{ conditionKinds: [{ kind: 'other', patterns: ['exemption/Q'] }] }, /in question conditionKinds entry "other"/],
      [{ offTopic: ['football '] }, /"football " in question offTopic: it has a leading or trailing space/],
      [{ domain: ['export  controls'] }, /"export  controls" in question domain: it/],
      [{ offTopicPeace: ['=grain|'] }, /"=grain\|" in question offTopicPeace: it/],
      [{ neutral: ['=*'] }, /"=\*" in question neutral: it/],
    ];
    for (const [change, message] of cases) expect(() => createAnalyzer({ question: { ...SANCTIONS, ...change } })).toThrow(message);
  });

  it('requires the word lists the engine reads, empty or not, and refuses fields it does not know', () => {
    for (const field of ['negators', 'hedges', 'offTopic', 'domain'] as const) {
      const { [field]: _, ...without } = SANCTIONS;
      expect(() => createAnalyzer({ question: without as QuestionData }), field).toThrow(new RegExp(`^standpoint: invalid question \\{"id":"sanctions"\\}: ${field} must be an array of strings`));
    }
    expect(() => createAnalyzer({ question: { ...SANCTIONS, hedges: [], offTopic: [] } })).not.toThrow();
    const misspelt = { ...SANCTIONS, weakTarget: ['deal'] } as unknown as QuestionData;
    expect(() => createAnalyzer({ question: misspelt })).toThrow(/invalid question \{"id":"sanctions"\}: unknown field "weakTarget"; the fields are id, label, targets/);
  });

  it('accepts the syntax the compiler reads', () => {
    for (const p of ['talks', '=include', 'talk/V', 'talk/v', 'talks|negotiations/N', 'peace? talks', '=call? for', 'cease-fire', ', provided|providing the|a|an',
      '* people', 'wishes|will of the * people', 'the *? deal', "n't", 'u.s.-brokered']) {
      expect(patternError(p), p).toBeUndefined();
    }
    expect(() => createAnalyzer({ question: withTarget('=include|including talk/V peace?') })).not.toThrow();
  });

  it('the built-in ceasefire question is valid, its patterns included', () => {
    expect(() => validateQuestion(CEASEFIRE)).not.toThrow();
    const lists = [...CEASEFIRE.targets, ...CEASEFIRE.predicates, ...CEASEFIRE.phrases, ...CEASEFIRE.conditions, ...CEASEFIRE.conditionKinds]
      .flatMap((e) => e.patterns)
      .concat(CEASEFIRE.offTopic, CEASEFIRE.domain, CEASEFIRE.offTopicPeace ?? [], CEASEFIRE.neutral ?? []);
    expect(lists.length).toBeGreaterThan(1000);
    expect(lists.map((p) => [p, patternError(p)]).filter(([, why]) => why !== undefined)).toEqual([]);
  });
});
