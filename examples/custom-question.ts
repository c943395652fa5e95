/**
 * A question of your own: the same engine, another lexicon (positions on sanctions).
 * Run: npx tsx examples/custom-question.ts
 */
import { createAnalyzer, type QuestionData } from '../src/index';

const SANCTIONS: QuestionData = {
  id: 'sanctions',
  label: 'Should sanctions be imposed or tightened?',
  targets: [
    { id: 'target.sanctions', polarity: 1, patterns: ['sanctions', 'sanctions package', 'embargo', 'asset freeze'] },
    { id: 'target.relief', polarity: -1, patterns: ['sanctions relief'] },
  ],
  predicates: [
    { id: 'support.call-for', polarity: 1, patterns: ['call for', 'urge', 'push for', 'back', 'approve', 'impose', 'tighten', 'extend'] },
    { id: 'oppose.reject', polarity: -1, patterns: ['veto', 'block', 'reject', 'oppose', 'lift', 'ease'] },
  ],
  phrases: [],
  negators: ['not', "n't", 'never', 'no'],
  hedges: ['may', 'might', 'could'],
  conditions: [{ id: 'cond.only-if', patterns: ['only if', 'unless', 'provided that'] }],
  conditionKinds: [{ kind: 'other', patterns: ['exemption', 'exemptions'] }],
  offTopic: [],
  domain: ['sanctions', 'embargo', 'asset freeze'],
};

const text = [
  'EU ministers split over new sanctions',
  'The European Commission called for a tougher sanctions package against Moscow on Monday.',
  'Hungary vetoed the sanctions package.',
  'Slovakia said it would back the sanctions only if it received energy exemptions.',
].join('\n');

const report = createAnalyzer({ question: SANCTIONS }).analyze(text, { date: '2024-06-01' });
console.log(report.question.label);
for (const a of report.actors) console.log(`  ${a.actor.id.padEnd(4)} ${a.stance.padEnd(12)} ${a.conditions.map((c) => c.kind).join(', ')}`);
