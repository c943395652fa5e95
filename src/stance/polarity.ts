/**
 * Polarity of one clause, composed from its cues (VADER-style small rules, one per phenomenon):
 *   chain      a predicate applies to the next cue: "rejected calls for a ceasefire" = -1 × +1 × +1
 *   subject    an evaluation with nothing after it applies to the target before it:
 *              "a ceasefire now would only freeze the conflict", "talks were premature"
 *   alone      a predicate with no target at all means what its entry says ("we will not stop")
 *   negation   each negator before a cue in its clause flips it ("did not back", "no ceasefire")
 *   lone verb  a target verb negated right before it ("will not negotiate") or declared with intent
 *   hedge      may / could / considering halve the weight
 *   question   a rhetorical question ("What negotiations can we talk about?") reverses the clause
 */
import type { Tokens } from '../segment/tokens';
import type { Scored } from '../document';

export type { Scored };
import type { CompiledQuestion } from '../lexicon/compile';
import type { Match } from '../lexicon/match';
import { extraposed, infinitiveAfter, judgesPhrase, passiveVerb, previousTarget, relativeBetween, subjectLink, takes } from './links';
import { flipAt, negators, NO_ROOM } from './negation';
import { INTENT_WORDS, WH_WORDS, CALL_LINK_WORDS } from '../data/grammar';


/** Words after a rejected call that carry what it asks for into the rejection. */
const CALL_LINK = new Set(CALL_LINK_WORDS);
/** Tokens a predicate may reach for its target. */
const ARGUMENT_WINDOW = 8;
/** Tokens between a negator and a lone target verb ("will not negotiate"). */
const LONE_NEGATION_WINDOW = 3;
/** Weight of a hedged cue. */
const HEDGE_FACTOR = 0.5;
/** Weight of a target verb scored alone. */
const LONE_WEIGHT = 0.6;
const INTENT = new Set(INTENT_WORDS);
/** Negators that deny a noun ("no ceasefire"), unlike "not" which needs a verb. */
const NOUN_NEGATORS = new Set(['no', 'never', 'nor', 'without']);
const WH = new Set(WH_WORDS);

/** Working state while one clause is scored. */
interface Clause {
  readonly t: Tokens;
  readonly items: readonly Match[];
  readonly negs: readonly number[];
  readonly from: number;
  /** The statement's own act verb (an action frame's verb), or -1. */
  readonly act: number;
  readonly used: Set<number>;
  readonly out: Scored[];
  /** Negators before this token were spent on an earlier cue. */
  negFloor: number;
  /** Sign carried into what a rejected call asks for ("rejected a call … for it to negotiate"). */
  nest: number;
}

/** Scores the cues (`items`, in order) of one clause [from, to). */
export function clausePolarity(t: Tokens, q: CompiledQuestion, items: readonly Match[], from: number, to: number, act = -1): Scored[] {
  if (items.length === 0) return [];
  const c: Clause = { t, items, negs: negators(t, q, items, from, to), from, act, used: new Set(), out: [], negFloor: from, nest: 1 };
  for (let i = 0; i < items.length; i++) {
    if (c.used.has(i)) continue;
    if (items[i].entry.role === 'phrase') scorePhrase(c, i);
    else if (items[i].entry.role === 'predicate') scorePredicate(c, i);
  }
  loneVerbs(t, items, c.used, c.negs, c.out);
  return finish(t, c.out, hasHedge(t, q, from, to), from, to);
}

const flip = (c: Clause, head: number, upTo: number) => flipAt(c.t, c.negs, c.negFloor, c.from, head, upTo);

/** A fixed phrase ("no military solution"): its own polarity, negation applied. */
function scorePhrase(c: Clause, i: number): void {
  const it = c.items[i];
  const f = flip(c, it.first, it.first);
  c.out.push(score(it.entry.polarity * f, it.entry.weight, it.first, it.last, [it.entry.id], f));
  c.negFloor = it.last;
  c.used.add(i);
}

/** The items a predicate at i composes with: predicates after it, then the first target it takes. */
function predicateChain(c: Clause, i: number): number[] {
  const { t, items } = c;
  const it = items[i];
  const chain = [i];
  let j = i;
  let pred = it;
  // An evaluation ("premature", "a mistake") judges what came before it; it takes no object,
  // unless it is put first: "it is unacceptable that they search for a ceasefire".
  const forward = it.entry.applies === 'subject' && extraposed(t, it);
  while ((it.entry.applies !== 'subject' || forward) && j + 1 < items.length && items[j + 1].first - items[j].last <= ARGUMENT_WINDOW && !relativeBetween(t, items[j].last, items[j + 1].first)) {
    const next = items[j + 1];
    if (next.entry.role === 'predicate' && next.entry.applies !== 'subject') { chain.push(++j); pred = next; continue; }
    // "ready to support any step towards de-escalation": an evaluation naming its target right after it is part of the object.
    if (next.entry.applies === 'subject' && items[j + 2]?.entry.role === 'target' && items[j + 2].first === next.last) { c.used.add(++j); continue; }
    if (next.entry.role !== 'target') break;
    if (takes(pred, next)) { chain.push(++j); break; }
    // "condemned the strikes as a violation of the truce": the strikes are not what the
    // predicate can judge; a predicate after them may carry it to one it can.
    c.used.add(++j);
  }
  // "called for the conflict to be resolved", "wants the war to go on": the infinitive's
  // predicate acts on the target before the outer predicate does.
  if (chain.length > 1 && chain[chain.length - 1] === j && items[j].entry.role === 'target' && items[j - 1].entry.infinitive && infinitiveAfter(t, items, j)) chain.push(++j);
  return chain;
}

/** A predicate with no target after it: the subject target before it, the phrase it judges, the act
 *  it means alone ("will not stop", "Qatar mediated"), or nothing. Returns the object and the sign
 *  factor, 'done' when it judged the previous score, or undefined when it gives nothing. */
function withoutObject(c: Clause, i: number, chain: readonly number[]): { object?: Match; factor: number } | 'done' | undefined {
  const { t, items } = c;
  const it = items[i];
  const lastItem = items[chain[chain.length - 1]];
  const subject = previousTarget(items, c.used, i);
  if (subject !== undefined && it.entry.applies !== 'object' && takes(it, items[subject]) && subjectLink(t, items[subject].last, it.first)) {
    c.used.add(subject);
    return { object: items[subject], factor: 1 };
  }
  // "calls for an immediate ceasefire were premature": the evaluation judges the whole phrase before it.
  // "A proposal for a truce was rejected by …": a passive verb acts on the phrase that is its subject.
  if ((it.entry.applies === 'subject' || passiveVerb(t, it.first)) && judgesPhrase(t, c.out, it.first)) {
    c.out[c.out.length - 1] = judged(c.out[c.out.length - 1], it);
    c.used.add(i);
    return 'done';
  }
  // Alone, a predicate needs a modal ("we will not stop") unless it is the reported act itself ("Qatar mediated").
  const reported = chain.some((k) => c.act >= items[k].first && c.act < items[k].last);
  if (lastItem.entry.alone !== undefined && (modalBefore(t, c.negs, it.first) || reported)) return { factor: lastItem.entry.alone / lastItem.entry.polarity };
  return undefined;
}

/** Composes a predicate's chain with its object: the product of their polarities, negation applied. */
function scorePredicate(c: Clause, i: number): void {
  const { t, items } = c;
  const it = items[i];
  const chain = predicateChain(c, i);
  const lastItem = items[chain[chain.length - 1]];
  let object = [...chain].reverse().map((k) => items[k]).find((m) => m.entry.role === 'target');
  let sign = chain.reduce((p, k) => (items[k].entry.role === 'predicate' ? p * items[k].entry.polarity : p), 1);
  if (!object) {
    const alone = withoutObject(c, i, chain);
    if (alone === 'done' || alone === undefined) return;
    object = alone.object;
    sign *= alone.factor;
  }
  if (object) sign *= object.entry.polarity;
  const first = Math.min(it.first, object?.first ?? it.first);
  const f = flip(c, first, lastItem.first);
  // "had not been involved in drafting the text": not taking part is absence, not opposition.
  if (f < 0 && it.entry.absentWhenNegated) { for (const k of chain) c.used.add(k); c.negFloor = lastItem.last; return; }
  sign *= c.nest;
  // "rejected a call by the pope for it to negotiate an end to the war": what the rejected
  // call asks for is rejected with it.
  if (object?.entry.weight !== undefined && object.entry.weight < 1 && CALL_LINK.has(t.lower[object.last] ?? '')) c.nest = sign * f / object.entry.polarity;
  const ids = chain.map((k) => items[k].entry.id);
  if (object && !ids.includes(object.entry.id)) ids.push(object.entry.id);
  const weight = Math.min(...chain.map((k) => items[k].entry.weight), object?.entry.weight ?? 1);
  const scored = score(sign * f, weight, first, lastItem.last, ids, f);
  c.out.push(it.entry.applies === 'subject' ? { ...scored, judged: true } : scored);
  for (const k of chain) c.used.add(k);
  c.negFloor = lastItem.last;
}

function judged(s: Scored, by: Match): Scored {
  // Evaluations of one phrase do not compound: "a truce now would only reward the invasion" stays opposed.
  const polarity = s.judged ? s.polarity : s.polarity * by.entry.polarity;
  return { ...s, polarity, weight: Math.min(s.weight, by.entry.weight), last: by.last, cues: [...s.cues, by.entry.id], judged: true };
}

/** A predicate used alone needs a negation or a statement of intent right before it ("will not stop"). */
function modalBefore(t: Tokens, negs: readonly number[], k: number): boolean {
  // "Putin must be stopped": a passive says what others should do to someone, not what the speaker will do.
  if (t.lemma[k - 1] === 'be') return false;
  // "to mediate" states a purpose ("sent an envoy to mediate"), like "will" states an intent.
  return negs.some((n) => n < k && k - n <= LONE_NEGATION_WINDOW) || t.lower[k - 1] === 'to' || [1, 2, 3].some((d) => INTENT.has(t.lower[k - d]));
}

function score(polarity: number, weight: number, first: number, last: number, cues: string[], flipped: number): Scored {
  return { polarity, weight, first, last, cues: flipped < 0 ? [...cues, 'rule.negation'] : cues };
}

/** Targets no predicate took: "will not negotiate", "nobody negotiates", "no ceasefire", "we will fight".
 *  A negated target is refused; a target verb declared with intent ("we will fight") is meant. */
function loneVerbs(t: Tokens, items: readonly Match[], used: Set<number>, negs: readonly number[], out: Scored[]): void {
  items.forEach((it, i) => {
    if (used.has(i) || it.entry.role !== 'target') return;
    const verb = t.pos[it.first] === 'VERB';
    const reach = verb ? LONE_NEGATION_WINDOW : 2;
    const negated = negs.some((k) => k < it.first && it.first - k <= reach && (verb || NOUN_NEGATORS.has(t.lower[k]) || NO_ROOM.has(t.lower[k - 1])));
    const intent = verb && !negated && [1, 2].some((d) => INTENT.has(t.lower[it.first - d]));
    if (!negated && !intent) return;
    const polarity = negated ? -it.entry.polarity : it.entry.polarity;
    out.push(score(polarity, LONE_WEIGHT * it.entry.weight, it.first, it.last, [it.entry.id, negated ? 'rule.negation' : 'rule.intent'], 1));
  });
}

function hasHedge(t: Tokens, q: CompiledQuestion, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!q.hedges.has(t.lower[k]) && !q.hedges.has(t.lemma[k])) continue;
    if (t.lower[k] === 'considering' && t.lower[k + 1] === 'that') continue; // "Considering that …" means "given that"
    return true;
  }
  return false;
}

/** Applies hedges and the rhetorical-question rule to a clause's scores. */
function finish(t: Tokens, out: Scored[], hedged: boolean, from: number, to: number): Scored[] {
  let end = to;
  while (end > from && /^[”"’]$/.test(t.value[end - 1])) end--;
  const question = t.value[end - 1] === '?' || t.value[to] === '?';
  let start = from;
  while (start < to && /^[“"‘]$/.test(t.value[start])) start++;
  const rhetorical = question && WH.has(t.lower[start]);
  if (!hedged && !rhetorical) return out;
  return out.map((s) => ({
    ...s,
    polarity: rhetorical ? -s.polarity : s.polarity,
    weight: hedged ? s.weight * HEDGE_FACTOR : s.weight,
    cues: [...s.cues, ...(hedged ? ['rule.hedge'] : []), ...(rhetorical ? ['rule.rhetorical-question'] : [])],
  }));
}
