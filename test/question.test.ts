import { describe, expect, it } from 'vitest';
import { createAnalyzer, analyze, CONDITION_KINDS, type QuestionData } from '../src';

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
  });

  it('takes every kind of CONDITION_KINDS and no other, naming the kinds in the error', () => {
    const all = { ...SANCTIONS, conditionKinds: CONDITION_KINDS.map((kind) => ({ kind, patterns: [`${kind} word`] })) };
    expect(() => createAnalyzer({ question: all })).not.toThrow();
    const bad = { ...SANCTIONS, conditionKinds: [{ kind: 'ceasefire', patterns: ['x'] }] } as unknown as QuestionData;
    expect(() => createAnalyzer({ question: bad })).toThrow(/"kind":"ceasefire".*kind must be one of sovereignty, withdrawal, .*, other$/);
  });
});
