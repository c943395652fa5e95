/**
 * Conditions: a contingency marker ("only if", "unless", "predicated on", "would have to",
 * "no truce while …") with the words it governs, sorted into the guidelines' kinds.
 * Each marker meets the requirement its question data declares (requirements.ts); weak markers
 * (if, demand) do not count when what they ask is the question's own goal ("if they stopped
 * fighting") or when nothing in the clause is on the question.
 * "Until the enemy is defeated" names no terms: it is opposition (guideline 8), not a condition.
 */
import type { ConditionKind } from '../types';
import type { Tokens } from '../segment/tokens';
import type { CompiledQuestion } from '../lexicon/compile';
import { matchAll, type Match } from '../lexicon/match';
import type { Scored } from '../document';
import { CONTENT_STOP_WORDS, ONLY_LINKS_WORDS, VICTORY_WORDS, PROPOSAL_NOUNS, OPEN_ENDED_PHRASES, POINTING_WORDS, HOLDING_PHRASES } from '../data/grammar';
import { meetsRequirement, negatedBefore } from './requirements';

export interface FoundCondition {
  readonly kinds: ConditionKind[];
  readonly marker: string;
  /** Content tokens [first, last). */
  readonly first: number;
  readonly last: number;
}

const VICTORY = new Set(VICTORY_WORDS);
/** "as long as it takes", "as long as necessary": open-ended, no terms at all. */
const OPEN_ENDED = OPEN_ENDED_PHRASES.map((p) => p.split(' '));
const POINTING = new Set(POINTING_WORDS);
/** "if it holds", "if the truce lasts": hoping the ceasefire holds is no term. */
const HOLDING = HOLDING_PHRASES.map((p) => p.split(' '));
const CONTENT_STOP = new Set(CONTENT_STOP_WORDS);

/** True when one of the phrases (as word lists) starts at token k. */
function startsWith(t: Tokens, k: number, phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((p) => p.every((w, i) => t.lower[k + i] === w));
}

/** "if it holds", "if the truce lasts": the condition's words say only that the agreement keeps
 *  (its subject a pointing word, or "the" and one of the question's targets). */
function hopesItHolds(t: Tokens, items: readonly Match[], k: number): boolean {
  if (POINTING.has(t.lower[k])) return startsWith(t, k + 1, HOLDING);
  const target = t.lower[k] === 'the' ? items.find((it) => it.entry.role === 'target' && it.entry.polarity > 0 && it.first === k + 1) : undefined;
  return target !== undefined && startsWith(t, target.last, HOLDING);
}

/** Condition markers in a clause [from, to) and the clause's scores with condition words taken out. */
export function clauseConditions(t: Tokens, q: CompiledQuestion, items: readonly Match[], marks: readonly Match[],
  from: number, to: number, skip: (k: number) => boolean, scoreOf: (items: readonly Match[], a: number, b: number) => Scored[],
  prev?: [number, number]): { conditions: FoundCondition[]; extra: Scored[]; outside: (m: Match) => boolean } {
  const conditions: FoundCondition[] = [];
  const extra: Scored[] = [];
  const spans: [number, number][] = [];
  for (const m of marks) {
    if (spans.some(([a, b]) => m.first >= a && m.first < b)) continue; // a marker inside a condition's words
    const meets = meetsRequirement(t, q, m, items, from);
    const refusal = !meets && refusedTerms(t, q, m, items, from);
    if (!meets && !refusal) continue;
    // "They must hand over their weapons. Otherwise, the operation will continue": the words before.
    const [cFirst, last] = m.entry.scope === 'before' ? (prev ?? [0, 0]) : m.entry.scope === 'sentence' ? sentenceScope(t, m, from, to) : [m.last, contentEnd(t, m, to)];
    if (last <= cFirst || startsWith(t, cFirst, OPEN_ENDED) || (m.entry.requires === 'supposition' && hopesItHolds(t, items, cFirst))) continue;
    const inside = items.filter((it) => it.first >= cFirst && it.last <= last);
    const kinds = kindsIn(t, q, cFirst, last, skip);
    // "rejected claims that …", "we must first help the wounded": terms need a kind.
    if ((refusal || m.entry.needsKind) && kinds[0] === 'other') continue;
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
    onlyEntries.set(q, bucket && [...bucket.rest, ...[...bucket.bySecond.values()].flat()].find((e) => e.onlySpans));
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

/** Nouns for a proposal whose content a that-clause gives: "rejected the suggestion that …". */
const PROPOSAL = new Set(PROPOSAL_NOUNS);
/** Tokens a rejecting predicate may sit before the proposal's "that". */
const REFUSAL_REACH = 5;

/** "rejected the suggestion that a settlement could mean ceding land": refusing a proposal
 *  for its content sets terms (the content's kind), unlike rejecting talks outright. */
function refusedTerms(t: Tokens, q: CompiledQuestion, m: Match, items: readonly Match[], from: number): boolean {
  if (m.entry.requires !== 'refused-kind' || t.lower[m.first] !== 'that' || !PROPOSAL.has(t.lower[m.first - 1] ?? '')) return false;
  const pred = items.filter((it) => it.last <= m.first && it.first >= from && it.entry.role === 'predicate').pop();
  return pred !== undefined && pred.entry.polarity < 0 && m.first - pred.last <= REFUSAL_REACH && !negatedBefore(t, q, pred.first, from);
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
  const leading = m.entry.requires === 'supposition' && (m.first === 0 || /^[,.;:“"]$|^(?:but|and)$/.test(t.lower[m.first - 1]));
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
  for (let k = from; k < to; k++) if (VICTORY.has(t.lower[k])) return true;
  return false;
}
