/**
 * What each family of contingency markers needs to set terms, by the requirement a question's
 * marker declares (`requires` in QuestionData; never by its id):
 *   target-subject     "any settlement would have to …": a question target is the marker's subject
 *   target-before      "any plan that does not …": a target right before
 *   refused-kind       "would not accept a ceasefire that leaves …": a negated acceptance of a target
 *   modal              "would end with the release of …": a modal earlier in the clause
 *   modal-event        "would end the moment they stop": a modal, and not "at the moment", "as soon as possible"
 *   negated-target     "no peace without justice", "peace cannot be decided without Kyiv"
 *   not-a-verb         "provided that …", not "has provided it with arms"
 *   not-unconditional  "preconditions", not "without preconditions"
 *   terms-not-time     "no talks while …", "attacks will continue until …", not "until midnight"
 *   supposition        "if …", "once …", not "at once" or "once again"
 */
import type { Tokens } from '../segment/tokens';
import type { CompiledQuestion } from '../lexicon/compile';
import type { Match } from '../lexicon/match';
import type { ConditionRequirement } from '../data/question';
import { GOING_ON_VERBS, MODALS_WORDS, TERMS_PASSIVE_WORDS, PROVIDE_VERB_LEAD_WORDS, TIME_POINT_WORDS, WEEKDAY_WORDS, MONTH_WORDS } from '../data/grammar';

/** Tokens a subject target may sit before "would have to" / "must". */
export const SUBJECT_REACH = 12;
/** Tokens a target may sit before "that does not". */
const RELATIVE_REACH = 4;
const GOING_ON = new Set(GOING_ON_VERBS);
const MODALS = new Set(MODALS_WORDS);
/** Passives after "must be" that still set terms: "would have to be based on the 1967 lines". */
const TERMS_PASSIVE = new Set(TERMS_PASSIVE_WORDS);
const UNCONDITIONAL = new Set(['without', 'no', 'any', 'unconditional']);
/** Words before "provided" that make it a verb ("has provided", "and provided"). */
const PROVIDE_VERB = new Set(PROVIDE_VERB_LEAD_WORDS);
/** Words that start a time after "until": "until midnight", "until Sunday", "until the end of …". */
const WHEN = new Set([...TIME_POINT_WORDS, ...WEEKDAY_WORDS, ...MONTH_WORDS]);

interface Context {
  readonly t: Tokens;
  readonly q: CompiledQuestion;
  readonly m: Match;
  /** The clause's cues before the marker, and after it. */
  readonly before: readonly Match[];
  readonly after: readonly Match[];
  readonly from: number;
  /** The marker's first word, lower-case. */
  readonly word: string;
}

const RULES: Readonly<Record<ConditionRequirement, (c: Context) => boolean>> = {
  'target-subject': targetSubjectRule,
  'target-before': (c) => c.before.some((it) => it.entry.role === 'target' && c.m.first - it.last <= RELATIVE_REACH) || c.word === 'not',
  'refused-kind': refusedKind,
  modal: (c) => modalEarlier(c.t, c.m.first, c.from),
  // "would end the moment they stop shooting"; not "at the moment", "as soon as possible", nor a past event.
  'modal-event': (c) => !/^(?:at|for|this|that|of)$/.test(c.t.lower[c.m.first - 1] ?? '') && c.t.lower[c.m.last] !== 'possible' && modalEarlier(c.t, c.m.first, c.from),
  'negated-target': (c) => (negatedTarget(c) || (positiveBefore(c.before, c.m.first) && (negatedBefore(c.t, c.q, c.m.first, c.from) || judgedAfter(c)))) && !/^(?:pre)?conditions?$/.test(c.t.lower[c.m.last] ?? ''),
  'not-a-verb': (c) => !(/^provid/.test(c.word) && c.t.lower[c.m.first + 1] !== 'that' && PROVIDE_VERB.has(c.t.lower[c.m.first - 1] ?? '')),
  'not-unconditional': (c) => !UNCONDITIONAL.has(c.t.lower[c.m.first - 1] ?? ''),
  'terms-not-time': termsNotTime,
  // "stop fighting at once", "once again": not "once they withdraw".
  supposition: (c) => c.word !== 'once' || (c.t.lower[c.m.first - 1] !== 'at' && c.t.lower[c.m.last] !== 'again' && c.t.lower[c.m.last] !== 'more'),
};

/** True when the marker meets its declared requirement (a marker without one always counts). */
export function meetsRequirement(t: Tokens, q: CompiledQuestion, m: Match, items: readonly Match[], from: number): boolean {
  const req = m.entry.requires;
  if (req === undefined) return true;
  const before = items.filter((it) => it.last <= m.first && it.first >= from);
  const after = items.filter((it) => it.first >= m.last);
  return RULES[req]({ t, q, m, before, after, from, word: t.lower[m.first] });
}

/** "any settlement would have to …", "insisting that any settlement include …"; not "a truce that includes …". */
function targetSubjectRule(c: Context): boolean {
  const { t, m, word } = c;
  const subject = c.before.filter((it) => it.entry.role === 'target' && it.entry.polarity > 0 && m.first - it.last <= SUBJECT_REACH).pop();
  if (!subject || complementiserBetween(t, subject.last, m.first)) return false;
  // "the ceasefire had to be felt on the ground", "must be respected": a demand that it hold, not terms.
  if (t.lower[m.last] === 'be' && t.pos[m.last + 1] === 'VERB' && !TERMS_PASSIVE.has(t.lower[m.last + 1])) return false;
  // A marker ending in "be" ("must be …") sets terms only with a passive of terms: "must be monitored by observers".
  if (t.lower[m.last - 1] === 'be' && !TERMS_PASSIVE.has(t.lower[m.last])) return false;
  const det = t.lower[subject.first - 1] ?? '';
  // "any offer based on a permanent ceasefire" sets terms; "a settlement based on the UN Charter" states a principle.
  if (word === 'based') return det === 'any' || det === 'only';
  return !/^includes?$/.test(word) || /^(?:any|every|a|the)$/.test(det);
}

/** Only a refused kind: "not accept a ceasefire that …" (accept × not), never "not oppose any settlement that …". */
function refusedKind(c: Context): boolean {
  const { t, m } = c;
  const pred = c.before.filter((it) => it.entry.role === 'predicate').pop();
  return c.before.some((it) => it.entry.role === 'target' && it.entry.polarity > 0 && (m.first === it.last || (m.first - it.last === 1 && /^[”"’]$/.test(t.value[it.last]))))
    && pred !== undefined && pred.entry.polarity > 0 && negatedBefore(t, c.q, m.first, c.from);
}

/** "no talks while …", "no talks until …", "attacks will continue until …"; "for as long as" after war words. */
function termsNotTime(c: Context): boolean {
  const { t, m, word } = c;
  // "would not agree to a truce while Hamas holds hostages": a refusal for as long as something lasts names its terms.
  if (word === 'while') return negatedTarget(c) || (c.before.length > 0 && negatedBefore(t, c.q, m.first, c.from));
  // "will keep hosting talks for as long as they need us" is a duration; "will keep attacking for as long as strikes continue" sets terms.
  if (word === 'as' && t.lower[m.first - 1] === 'for') return c.before.some((it) => it.entry.polarity < 0);
  if (word !== 'until') return true;
  if (WHEN.has(t.lower[m.last] ?? '') || /^\d/.test(t.lower[m.last] ?? '')) return false; // "halt all hostilities until midnight": a time, not terms
  return negatedTarget(c) || negatedBefore(t, c.q, m.first, c.from) || c.before.some((it) => it.entry.polarity < 0 || goesOn(t, it));
}

/** "a ceasefire without security guarantees would be meaningless": a harmful evaluation judges the phrase. */
function judgedAfter(c: Context): boolean {
  return c.after.some((it) => it.entry.applies === 'subject' && it.entry.polarity < 0);
}

function negatedTarget(c: Context): boolean {
  return c.before.some((it) => it.entry.role === 'target' && negatedAt(c.t, c.q, it.first, c.from));
}

/** A cue for the question's goal ends within reach before k ("the path to peace cannot be decided without …"). */
function positiveBefore(before: readonly Match[], k: number): boolean {
  return before.some((it) => it.entry.polarity > 0 && k - it.last <= SUBJECT_REACH);
}

/** The match starts with a verb of going on ("continue", "go on", "carry on"), by its lemma. */
function goesOn(t: Tokens, m: Match): boolean {
  return GOING_ON.has(t.lemma[m.first]) && (t.lemma[m.first] === 'continue' || t.lower[m.first + 1] === 'on');
}

/** "that" or "which" between a and b: "a truce that includes …" is a relative clause, not the marker's subject. */
function complementiserBetween(t: Tokens, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (t.lower[k] === 'that' || t.lower[k] === 'which') return true;
  return false;
}

/** A modal anywhere earlier in the clause ("would end with the release of …"). */
export function modalEarlier(t: Tokens, k: number, from: number): boolean {
  for (let j = k - 1; j >= from; j--) if (MODALS.has(t.lower[j])) return true;
  return false;
}

/** True when a negator stands anywhere in the clause before k. */
export function negatedBefore(t: Tokens, q: CompiledQuestion, k: number, from: number): boolean {
  for (let j = k - 1; j >= from; j--) if (q.negators.has(t.lower[j])) return true;
  return false;
}

/** True when a negator stands within three tokens before k ("no truce", "no real truce"). */
function negatedAt(t: Tokens, q: CompiledQuestion, k: number, from: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) if (q.negators.has(t.lower[j])) return true;
  return false;
}
