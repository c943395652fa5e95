/**
 * Conditions: a contingency marker ("only if", "unless", "predicated on", "would have to",
 * "no truce while …") with the words it governs, sorted into the guidelines' kinds.
 * Each marker family has one small validity rule:
 *   must / have to / require / include   need a target before them: "any settlement would have to …"
 *   that does not / which is not         need a target right before: "any plan that does not …"
 *   without / while / until              need a negated target before: "no peace without justice"
 *                                        ("until" also after a fight-on clause: "attacks will continue until …")
 *   if / demand (weak)                   do not count when what they ask is the question's own goal
 *                                        ("if they stopped fighting") or when nothing in the clause is on the question
 * "Until the enemy is defeated" names no terms: it is opposition (guideline 8), not a condition.
 */
import type { ConditionKind } from '../types';
import type { Tokens } from '../segment/tokens';
import type { CompiledQuestion } from './lexicon';
import { matchAll, type Match } from './match';
import { GOING_ON_VERBS } from '../data/grammar';
import type { Scored } from './polarity';
import { TERMS_PASSIVE_WORDS, CONTENT_STOP_WORDS, ONLY_LINKS_WORDS, MODALS_WORDS } from '../data/grammar';

export interface FoundCondition {
  readonly kinds: ConditionKind[];
  readonly marker: string;
  /** Content tokens [first, last). */
  readonly first: number;
  readonly last: number;
}

const GOING_ON = new Set(GOING_ON_VERBS);
/** Tokens a subject target may sit before "would have to" / "must". */
const SUBJECT_REACH = 12;
/** Tokens a target may sit before "that does not". */
const RELATIVE_REACH = 4;
const VICTORY = /^(?:goals|objectives|aims|defeat|defeated|victory|destroy|destroyed|surrender|surrenders|surrendered|capitulate|capitulates|vanquish|vanquished|wiped|eradicated|annihilated|crushed|eliminated|falls|fall|fallen|toppled|topples|liberated|liberation)$/;
/** "as long as it takes", "as long as necessary": open-ended, no terms at all. */
const NO_TERMS = /^(?:it takes|necessary|needed|required|possible|it is necessary)\b/;
const UNCONDITIONAL = new Set(['without', 'no', 'any', 'unconditional']);
/** Words that start a time after "until": "until midnight", "until Sunday", "until the end of …". */
const WHEN = /^(?:midnight|noon|dawn|dusk|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|next|\d.*)$/;
/** "if it holds", "if the truce lasts": hoping the ceasefire holds is no term. */
const IF_IT_HOLDS = /^(?:it|this|that|the (?:truce|ceasefire|deal|agreement|pause)) (?:holds|held|lasts|sticks|works|is respected|is observed)\b/;
/** Passives after "must be" that still set terms: "would have to be based on the 1967 lines". */
const TERMS_PASSIVE = new Set(TERMS_PASSIVE_WORDS);
/** Words before "provided" that make it a verb ("has provided", "and provided"). */
const PROVIDE_VERB = /^(?:has|have|had|and|also|is|was|were|be|been|being|already)$/;
const CONTENT_STOP = new Set(CONTENT_STOP_WORDS);

/** Condition markers in a clause [from, to) and the clause's scores with condition words taken out. */
export function clauseConditions(t: Tokens, q: CompiledQuestion, items: readonly Match[], marks: readonly Match[],
  from: number, to: number, skip: (k: number) => boolean, scoreOf: (items: readonly Match[], a: number, b: number) => Scored[],
  prev?: [number, number]): { conditions: FoundCondition[]; extra: Scored[]; outside: (m: Match) => boolean } {
  const conditions: FoundCondition[] = [];
  const extra: Scored[] = [];
  const spans: [number, number][] = [];
  for (const m of marks) {
    if (spans.some(([a, b]) => m.first >= a && m.first < b)) continue; // a marker inside a condition's words
    const refusal = !valid(t, q, m, items, from) && refusedTerms(t, q, m, items, from);
    if (!refusal && !valid(t, q, m, items, from)) continue;
    // "They must hand over their weapons. Otherwise, the operation will continue": the words before.
    const [cFirst, last] = m.entry.scope === 'before' ? (prev ?? [0, 0]) : m.entry.scope === 'sentence' ? sentenceScope(t, m, from, to) : [m.last, contentEnd(t, m, to)];
    const words = t.lower.slice(cFirst, last).join(' ');
    if (last <= cFirst || NO_TERMS.test(words) || (m.entry.id === 'cond.if' && IF_IT_HOLDS.test(words))) continue;
    const inside = items.filter((it) => it.first >= cFirst && it.last <= last);
    const kinds = kindsIn(t, q, cFirst, last, skip);
    // "rejected claims that …", "we must first help the wounded": terms need a kind, unless a target is
    // the marker's subject ("any truce must first guarantee …").
    if ((refusal || (m.entry.needsKind && !targetSubject(items, m, from))) && kinds[0] === 'other') continue;
    if (m.entry.strength === 'weak') {
      // "if they stopped fighting", "if you stop it": asking for the goal itself is support, not a term.
      const own = scoreOf(inside, m.last, last);
      if (own.some((s) => s.polarity > 0) || (own.length === 0 && inside.some((it) => it.entry.alone === 1))) continue;
      if (kinds[0] === 'other' && items.length === 0) continue;
      // A plain "if" sets terms for a position stated beside it: not for "ready to hold elections if
      // conditions allow" nor "if they said no, the world would know …".
      // A threat still sets terms: "if there are attacks on us, there will be a very firm response".
      const rest = items.filter((it) => it.last <= Math.min(m.first, cFirst) || it.first >= last);
      if (scoreOf(rest, from, to).length === 0 && !rest.some((it) => it.entry.role === 'target' && it.entry.polarity < 0)) continue;
    }
    spans.push([cFirst, last]);
    if (kinds[0] === 'other' && victory(t, cFirst, last)) {
      extra.push({ polarity: -1, weight: 1, first: m.first, last, cues: [m.entry.id, 'rule.until-victory'] });
      continue;
    }
    conditions.push({ kinds, marker: m.entry.id, first: cFirst, last });
  }
  const outside = (it: Match) => !spans.some(([a, b]) => it.first >= a && it.last <= b);
  return { conditions, extra, outside };
}

/** Words that close an "only … if" span: "could only sign a peace agreement with …". */
const ONLY_LINKS = new Set(ONLY_LINKS_WORDS);
/** Tokens "only" may stand before its link word. */
const ONLY_REACH = 7;

const onlyEntries = new WeakMap<CompiledQuestion, Match['entry'] | undefined>();
/** The question's "only if" entry, looked up once per compiled question. */
function onlyEntry(q: CompiledQuestion): Match['entry'] | undefined {
  if (!onlyEntries.has(q)) {
    const bucket = q.conditions.get('only');
    onlyEntries.set(q, bucket && [...bucket.rest, ...[...bucket.bySecond.values()].flat()].find((e) => e.id === 'cond.only-if'));
  }
  return onlyEntries.get(q);
}

/** The question's markers in [from, to), plus "only <verb …> if/with/once" spans the patterns cannot list. */
export function markers(t: Tokens, q: CompiledQuestion, from: number, to: number, skip: (k: number) => boolean): Match[] {
  const found = matchAll(q.conditions, t, from, to, skip);
  const only = onlyEntry(q);
  if (!only) return found;
  for (let k = from; k < to; k++) {
    if (t.lower[k] !== 'only' || found.some((m) => m.first <= k && k < m.last)) continue;
    let verb = false;
    for (let j = k + 1; j < Math.min(to, k + ONLY_REACH); j++) {
      if (t.value[j] === ',' || skip(j)) break;
      if (t.pos[j] === 'VERB') verb = true;
      if (ONLY_LINKS.has(t.lower[j]) && verb) { found.push({ entry: only, first: k, last: j + 1 }); break; }
    }
  }
  return found.sort((a, b) => a.first - b.first);
}

function valid(t: Tokens, q: CompiledQuestion, m: Match, items: readonly Match[], from: number): boolean {
  const before = items.filter((it) => it.last <= m.first && it.first >= from);
  const targetBefore = (reach: number) => before.some((it) => it.entry.role === 'target' && m.first - it.last <= reach);
  const negatedTarget = before.some((it) => it.entry.role === 'target' && negatedAt(t, q, it.first, from));
  const word = t.lower[m.first];
  switch (m.entry.id) {
    case 'cond.must-include': {
      // "any settlement would have to …", "insisting that any settlement include …"; not "a truce that includes …".
      const subject = before.filter((it) => it.entry.role === 'target' && it.entry.polarity > 0 && m.first - it.last <= SUBJECT_REACH).pop();
      if (!subject || relativeBetween(t, subject.last, m.first)) return false;
      // "the ceasefire had to be felt on the ground", "must be respected": a demand that it hold, not terms;
      // "would have to be based on …", "tied to …" still set them.
      if (t.lower[m.last] === 'be' && t.pos[m.last + 1] === 'VERB' && !TERMS_PASSIVE.has(t.lower[m.last + 1])) return false;
      const det = t.lower[subject.first - 1] ?? '';
      // "any offer based on a permanent ceasefire" sets terms; "a settlement based on the UN Charter" states a principle.
      if (word === 'based') return det === 'any' || det === 'only';
      return !/^includes?$/.test(word) || /^(?:any|every|a|the)$/.test(det);
    }
    case 'cond.not-a-deal': return targetBefore(RELATIVE_REACH) || word === 'not';
    // "would not accept a ceasefire that leaves troops in place": a refused kind of ceasefire.
    case 'cond.relative': {
      // Only a refused kind: "not accept a ceasefire that …" (accept × not), never "not oppose any settlement that …".
      const pred = before.filter((it) => it.entry.role === 'predicate').pop();
      return before.some((it) => it.entry.role === 'target' && it.entry.polarity > 0 && (m.first === it.last || (m.first - it.last === 1 && /^[”"’]$/.test(t.value[it.last]))))
        && pred !== undefined && pred.entry.polarity > 0 && negatedBefore(t, q, m.first, from);
    }
    case 'cond.with': return modalBefore(t, m.first, from);
    case 'cond.the-moment':
      // "would end the moment they stop shooting", "will sign as soon as …"; not "at the moment",
      // "as soon as possible", nor a past event ("collapsed as soon as they were announced").
      return !/^(?:at|for|this|that|of)$/.test(t.lower[m.first - 1] ?? '') && t.lower[m.last] !== 'possible' && modalBefore(t, m.first, from);
    // "no peace without justice"; "peace cannot be decided without Kyiv" (a target subject, its verb negated).
    case 'cond.without': return (negatedTarget || (positiveBefore(before, m.first) && negatedBefore(t, q, m.first, from))) && !/^(?:pre)?conditions?$/.test(t.lower[m.last] ?? '');
    // "has provided it with military help", "and provided them with arms": the verb, not "provided (that)".
    case 'cond.provided': return !(/^provid/.test(word) && t.lower[m.first + 1] !== 'that' && PROVIDE_VERB.test(t.lower[m.first - 1] ?? ''));
    case 'cond.precondition': return !UNCONDITIONAL.has(t.lower[m.first - 1] ?? '');
    case 'cond.unless':
      if (word === 'while') return negatedTarget;
      // "will keep hosting talks for as long as they need us" is a duration; "will keep attacking for as long as strikes continue" sets terms.
      if (word === 'as' && t.lower[m.first - 1] === 'for') return before.some((it) => it.entry.polarity < 0);
      // "no talks until …", "would not take effect until …", "attacks will continue until …"
      if (word === 'until' && WHEN.test(t.lower[m.last] ?? '')) return false; // "halt all hostilities until midnight": a time, not terms
      // "attacks will continue until …" (a fight-on clause); never a test on pattern text ("negotiations").
      if (word === 'until') return negatedTarget || negatedBefore(t, q, m.first, from) || before.some((it) => it.entry.polarity < 0 || goesOn(t, it));
      return true;
    // "stop fighting at once", "once again": not "once they withdraw".
    case 'cond.if': return word !== 'once' || (t.lower[m.first - 1] !== 'at' && t.lower[m.last] !== 'again' && t.lower[m.last] !== 'more');
    default: return true;
  }
}

/** Nouns for a proposal whose content a that-clause gives: "rejected the suggestion that …". */
const PROPOSAL = /^(?:suggestion|suggestions|idea|notion|proposal|proposals|plan|plans|offer|demand|demands|call|calls|terms)$/;
/** Tokens a rejecting predicate may sit before the proposal's "that". */
const REFUSAL_REACH = 5;

/** "rejected Trump's suggestion that a peace plan may involve giving up land": refusing a proposal
 *  for its content sets terms (the content's kind), unlike rejecting talks outright. */
function refusedTerms(t: Tokens, q: CompiledQuestion, m: Match, items: readonly Match[], from: number): boolean {
  if (m.entry.id !== 'cond.relative' || t.lower[m.first] !== 'that' || !PROPOSAL.test(t.lower[m.first - 1] ?? '')) return false;
  const pred = items.filter((it) => it.last <= m.first && it.first >= from && it.entry.role === 'predicate').pop();
  return pred !== undefined && pred.entry.polarity < 0 && m.first - pred.last <= REFUSAL_REACH && !negatedBefore(t, q, pred.first, from);
}

/** A target of the question's goal stands before the marker as its subject ("any truce must first …"). */
function targetSubject(items: readonly Match[], m: Match, from: number): boolean {
  return items.some((it) => it.first >= from && it.entry.role === 'target' && it.entry.polarity > 0 && it.last <= m.first && m.first - it.last <= SUBJECT_REACH);
}

/** A cue for the question's goal ends within reach before k ("the path to peace cannot be decided without …"). */
function positiveBefore(before: readonly Match[], k: number): boolean {
  return before.some((it) => it.entry.polarity > 0 && k - it.last <= SUBJECT_REACH);
}

/** The match starts with a verb of going on ("continue", "go on", "carry on"), by its lemma. */
function goesOn(t: Tokens, m: Match): boolean {
  return GOING_ON.has(t.lemma[m.first]) && (t.lemma[m.first] === 'continue' || t.lower[m.first + 1] === 'on');
}

function relativeBetween(t: Tokens, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (t.lower[k] === 'that' || t.lower[k] === 'which') return true;
  return false;
}

const MODALS = new Set(MODALS_WORDS);
function modalBefore(t: Tokens, k: number, from: number): boolean {
  for (let j = k - 1; j >= from; j--) if (MODALS.has(t.lower[j])) return true;
  return false;
}

/** True when a negator stands anywhere in the clause before k. */
function negatedBefore(t: Tokens, q: CompiledQuestion, k: number, from: number): boolean {
  for (let j = k - 1; j >= from; j--) if (q.negators.has(t.lower[j])) return true;
  return false;
}

/** True when a negator stands within three tokens before k ("no truce", "no real truce"). */
function negatedAt(t: Tokens, q: CompiledQuestion, k: number, from: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) if (q.negators.has(t.lower[j])) return true;
  return false;
}

/** A whole-clause marker's words; before a colon, the list after it ("there are conditions: first, …"). */
function sentenceScope(t: Tokens, m: Match, from: number, to: number): [number, number] {
  if (t.value[m.last] !== ':') return [from, to];
  let end = m.last + 1;
  while (end < t.count && t.sentence[end] === t.sentence[m.last]) end++;
  return [m.last + 1, end];
}

/** Where a condition's words end: the clause end, a dash or semicolon; for a leading "if …," the comma. */
function contentEnd(t: Tokens, m: Match, to: number): number {
  const leading = m.entry.id === 'cond.if' && (m.first === 0 || /^[,.;:“"]$|^(?:but|and)$/.test(t.lower[m.first - 1]));
  for (let k = m.last; k < to; k++) {
    if (CONTENT_STOP.has(t.value[k])) return k;
    if (leading && t.value[k] === ',') return k;
  }
  return to;
}

/** The condition kinds named in [from, to), in guideline order; `other` when none. */
function kindsIn(t: Tokens, q: CompiledQuestion, from: number, to: number, skip: (k: number) => boolean): ConditionKind[] {
  const kinds = new Set<ConditionKind>();
  for (const m of matchAll(q.kinds, t, from, to, skip)) if (m.entry.kind) kinds.add(m.entry.kind);
  return kinds.size ? [...kinds] : ['other'];
}

function victory(t: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (VICTORY.test(t.lower[k])) return true;
  return false;
}
