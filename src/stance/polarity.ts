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
import type { CompiledQuestion } from './lexicon';
import type { Match } from './match';

export interface Scored {
  readonly polarity: number;
  readonly weight: number;
  readonly first: number;
  readonly last: number;
  readonly cues: string[];
  /** Already judged by an evaluation: a second one ("would only … reward …") agrees, never flips it back. */
  readonly judged?: boolean;
}

/** Tokens a predicate may reach for its target. */
const ARGUMENT_WINDOW = 8;
/** Tokens between a negator and a lone target verb ("will not negotiate"). */
const LONE_NEGATION_WINDOW = 3;
/** Weight of a hedged cue. */
const HEDGE_FACTOR = 0.5;
/** Weight of a target verb scored alone. */
const LONE_WEIGHT = 0.6;
/** Acts whose negation only says the actor was not involved ("did not attend", "not involved in drafting"). */
const ABSENCE_WHEN_NEGATED = new Set(['support.take-part', 'support.attend', 'support.propose']);
/** Two-word negators: "rather than talk", "instead of negotiating". */
const NEGATING_PAIRS = new Set(['rather than', 'instead of']);
/** "no room for negotiations", "no reason for us to stop": the negation sits at "for" / "to". */
const NO_ROOM = new Set(['room', 'reason', 'place', 'question', 'need', 'point', 'time', 'appetite', 'intention']);
/** Tokens before a cue within which a negator applies to it. */
const NEGATION_REACH = 4;
const INTENT = new Set(['will', 'shall', 'ready', 'prepared', 'want', 'going', 'determined', 'vow', 'vowed', 'would', 'must', 'should', 'need']);
/** Negators that can open a clause as its subject. */
const SUBJECT_NEGATORS = new Set(['nobody', 'none', 'nothing', 'neither']);
/** Negators that deny a noun ("no ceasefire"), unlike "not" which needs a verb. */
const NOUN_NEGATORS = new Set(['no', 'never', 'nor', 'without']);
const RELATIVE = new Set(['who', 'whom', 'whose', 'which']);
/** Pronouns wink sometimes tags as verbs ("stop everything under the declaration"). */
const INDEFINITE = new Set(['everything', 'anything', 'something', 'nothing']);
/** Verbs that serve what follows rather than act on it: "ready to help monitor any cessation of hostilities". */
const SERVING = new Set(['help', 'monitor', 'guarantee', 'oversee', 'supervise', 'enforce', 'police', 'underwrite', 'verify']);
const WH = new Set(['what', 'how', 'why', 'would', 'who', 'can', 'should', 'is', 'are', 'do', 'does']);

/** Scores the cues (`items`, in order) of one clause [from, to). */
export function clausePolarity(t: Tokens, q: CompiledQuestion, items: readonly Match[], from: number, to: number, act = -1): Scored[] {
  if (items.length === 0) return [];
  const negs: number[] = [];
  const hedged = hasHedge(t, q, from, to);
  for (let k = from, m = 0; k < to; k++) {
    while (m < items.length && items[m].last <= k) m++;
    const inCue = m < items.length && items[m].first <= k;
    if (inCue || restrictive(t, k)) continue;
    if (q.negators.has(t.lower[k]) || NEGATING_PAIRS.has(`${t.lower[k - 1]} ${t.lower[k]}`)) negs.push(NO_ROOM.has(t.lower[k + 1]) && /^(?:for|to)$/.test(t.lower[k + 2]) ? k + 2 : k);
  }
  const out: Scored[] = [];
  const used = new Set<number>();
  let negFloor = from;
  // A negator counts for a cue when it stands within NEGATION_REACH tokens before the cue's first
  // word, or between its words ("Full-scale war is not in anyone's interest").
  const flip = (head: number, upTo: number) => {
    let n = 0;
    for (const k of negs) if ((k >= Math.max(negFloor, head - NEGATION_REACH) || (k >= negFloor && negatedSubject(t, k, from))) && k < upTo && !contrastEnded(t, k, head)) n++;
    return n % 2 ? -1 : 1;
  };
  let nest = 1;
  for (let i = 0; i < items.length; i++) {
    if (used.has(i)) continue;
    const it = items[i];
    const role = it.entry.role;
    if (role === 'phrase') {
      const f = flip(it.first, it.first);
      out.push(score(it.entry.polarity * f, it.entry.weight, it.first, it.last, [it.entry.id], f));
      negFloor = it.last; used.add(i);
      continue;
    }
    if (role !== 'predicate') continue;
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
      if (next.entry.applies === 'subject' && items[j + 2]?.entry.role === 'target' && items[j + 2].first === next.last) { used.add(++j); continue; }
      if (next.entry.role !== 'target') break;
      if (takes(pred, next)) { chain.push(++j); break; }
      // "condemned the strikes as a violation of the truce": the strikes are not what the
      // predicate can judge; a predicate after them may carry it to one it can.
      used.add(++j);
    }
    // "called for the conflict to be resolved", "wants the war to go on": the infinitive's
    // predicate acts on the target before the outer predicate does.
    if (chain.length > 1 && chain[chain.length - 1] === j && items[j].entry.role === 'target' && items[j - 1].entry.infinitive && infinitiveAfter(t, items, j)) chain.push(++j);
    const lastItem = items[chain[chain.length - 1]];
    let object: Match | undefined;
    for (const c of chain) if (items[c].entry.role === 'target') object = items[c];
    let sign = 1;
    for (const c of chain) if (items[c].entry.role === 'predicate') sign *= items[c].entry.polarity;
    if (!object) {
      const subject = previousTarget(items, used, i);
      if (subject !== undefined && it.entry.applies !== 'object' && takes(it, items[subject]) && subjectLink(t, items[subject].last, it.first)) { object = items[subject]; used.add(subject); }
      // Alone, a predicate needs a modal ("we will not stop") unless it is the reported act itself ("Qatar mediated").
      // "calls for an immediate ceasefire were premature": the evaluation judges the whole phrase before it.
      // "A proposal for a truce was rejected by …": a passive verb acts on the phrase that is its subject.
      else if ((it.entry.applies === 'subject' || passiveVerb(t, it.first)) && judgesPhrase(t, out, it.first)) { out[out.length - 1] = judged(out[out.length - 1], it); used.add(i); continue; }
      else if (lastItem.entry.alone !== undefined && (modalBefore(t, negs, it.first) || chain.some((c) => act >= items[c].first && act < items[c].last))) sign = sign / lastItem.entry.polarity * lastItem.entry.alone;
      else continue;
    }
    if (object) sign *= object.entry.polarity;
    const first = Math.min(it.first, object?.first ?? it.first);
    const f = flip(first, lastItem.first);
    // "had not been involved in drafting the text": not taking part is absence, not opposition.
    if (f < 0 && ABSENCE_WHEN_NEGATED.has(it.entry.id)) { for (const c of chain) used.add(c); negFloor = lastItem.last; continue; }
    sign *= nest;
    // "rejected a call by the pope for it to negotiate an end to the war": what the rejected
    // call asks for is rejected with it.
    if (object?.entry.weight !== undefined && object.entry.weight < 1 && /^(?:for|to|by|calling|urging|demanding|seeking)$/.test(t.lower[object.last] ?? '')) nest = sign * f / object.entry.polarity;
    const ids = chain.map((c) => items[c].entry.id);
    if (object && !ids.includes(object.entry.id)) ids.push(object.entry.id);
    const weight = Math.min(...chain.map((c) => items[c].entry.weight), object?.entry.weight ?? 1);
    const scored = score(sign * f, weight, first, lastItem.last, ids, f);
    out.push(it.entry.applies === 'subject' ? { ...scored, judged: true } : scored);
    for (const c of chain) used.add(c);
    negFloor = lastItem.last;
  }
  loneVerbs(t, items, used, negs, out);
  return finish(t, out, hedged, from, to);
}

/** "it is unacceptable that …", "it would be a mistake to …": an evaluation before what it judges. */
function extraposed(t: Tokens, it: Match): boolean {
  if (t.lower[it.last] !== 'that' && t.lower[it.last] !== 'to') return false;
  for (let k = it.first - 1; k >= Math.max(0, it.first - 4); k--) {
    if (t.lower[k] === 'it') return true;
    if (t.lemma[k] !== 'be' && !/^(?:AUX|ADV|DET|PART)$/.test(t.pos[k])) return false;
  }
  return false;
}

/** A participle after a form of "be" ("was rejected", "has been welcomed"). */
function passiveVerb(t: Tokens, k: number): boolean {
  return t.pos[k] === 'VERB' && /(?:ed|en|wn)$/.test(t.lower[k]) && (t.lemma[k - 1] === 'be' || (t.pos[k - 1] === 'ADV' && t.lemma[k - 2] === 'be'));
}

/** The clause's last score is a noun phrase ("calls for a ceasefire") that is the subject of token k. */
function judgesPhrase(t: Tokens, out: readonly Scored[], k: number): boolean {
  const prev = out[out.length - 1];
  if (prev === undefined || prev.last > k) return false;
  // "said calls for …": a verb right after a verb is a noun (wink tags "calls" VERB there).
  // "Pressing Ukraine into a deal now would be a mistake": a gerund phrase is a noun phrase too.
  const noun = t.pos[prev.first] === 'NOUN' || /^(?:VERB|DET|ADJ)$/.test(t.pos[prev.first - 1] ?? '') || (t.pos[prev.first] === 'VERB' && t.lower[prev.first].endsWith('ing'));
  return noun && subjectLink(t, prev.last, k);
}

function judged(s: Scored, by: Match): Scored {
  // Evaluations of one phrase do not compound: "a truce now would only reward the invasion" stays opposed.
  const polarity = s.judged ? s.polarity : s.polarity * by.entry.polarity;
  return { ...s, polarity, weight: Math.min(s.weight, by.entry.weight), last: by.last, cues: [...s.cues, by.entry.id], judged: true };
}

/** Whether a predicate can take a target (its `takes` list). */
function takes(predicate: Match, target: Match): boolean {
  return !predicate.entry.takes || predicate.entry.takes.has(target.entry.id);
}

/** "the war to end", "the conflict to be resolved": a predicate right after target j through "to (be)". */
function infinitiveAfter(t: Tokens, items: readonly Match[], j: number): boolean {
  const next = items[j + 1];
  if (next?.entry.role !== 'predicate' || next.entry.applies === 'subject') return false;
  const gap = t.lower.slice(items[j].last, next.first).join(' ');
  return gap === 'to' || gap === 'to be';
}

/** A relative pronoun or another verb between two cues: the second is not the first's argument
 *  ("people who strike", "refused to describe the attack"). */
/** A subject then an auxiliary or verb in [k, b): "it had", "the army was". */
function ownClause(t: Tokens, k: number, b: number): boolean {
  if (!/^(?:PRON|PROPN|NOUN|DET)$/.test(t.pos[k] ?? '')) return false;
  for (let j = k + 1; j < b; j++) if (t.pos[j] === 'AUX' || t.pos[j] === 'VERB') return true;
  return false;
}

function relativeBetween(t: Tokens, a: number, b: number): boolean {
  let noun = false;
  for (let k = a; k < b; k++) {
    // "rejected claims that it had attacked …": a noun's that-clause with a subject and verb of its own
    // (not "made clear that Yerevan was in no mood for talks", where the clause is what is said).
    if (t.lower[k] === 'that' && t.pos[k - 1] === 'NOUN' && ownClause(t, k + 1, b)) return true;
    if (RELATIVE.has(t.lower[k]) || (t.pos[k] === 'VERB' && !modifier(t, k, b) && !SERVING.has(t.lemma[k]) && !INDEFINITE.has(t.lower[k]))) return true;
    // "stop using force and pursue dialogue": a conjunction after an object starts another predicate.
    if (t.pos[k] === 'CCONJ' && noun) return true;
    noun ||= t.pos[k] === 'NOUN' || t.pos[k] === 'PROPN';
  }
  return false;
}

/** A participle that modifies the next word: "rejected mounting international calls for …". */
function modifier(t: Tokens, k: number, b: number): boolean {
  return /(?:ing|ed)$/.test(t.lower[k]) && (k + 1 === b || t.pos[k + 1] === 'ADJ');
}

/** "not only a ceasefire but …", "nothing more than a ploy", "nothing but a trap": no negation. */
function restrictive(t: Tokens, k: number): boolean {
  const next = t.lower[k + 1];
  return (t.lower[k] === 'not' && next === 'only') || ((next === 'more' || next === 'less') && t.lower[k + 2] === 'than') || next === 'but';
}

/** "Nobody around the cabinet table is talking about a ceasefire": a negative subject opening the
 *  clause negates its verb however long the subject is. */
function negatedSubject(t: Tokens, k: number, from: number): boolean {
  if (!SUBJECT_NEGATORS.has(t.lower[k]) && !(t.lower[k] === 'no' && t.lower[k + 1] === 'one')) return false;
  for (let j = from; j < k; j++) if (!/^[“"‘]$/.test(t.value[j]) && t.lower[j] !== 'that' && t.lower[j] !== 'but') return false;
  return true;
}

/** "talks, not weapons, would end the war": a contrastive ", not" negates only up to its closing comma. */
function contrastEnded(t: Tokens, k: number, head: number): boolean {
  if (t.lower[k] !== 'not' || t.value[k - 1] !== ',') return false;
  for (let j = k + 1; j < head; j++) if (t.value[j] === ',') return true;
  return false;
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

/** Verbs of being that link a subject to its description ("dialogue remains the only way"). */
const COPULA = new Set(['be', 'remain', 'become', 'seem', 'appear', 'prove', 'look', 'sound', 'amount']);
/** Verbs that name an object and judge it ("called the proposal absurd"). */
const CALLING = new Set(['call', 'describe', 'label', 'brand', 'term', 'dismiss', 'denounce', 'consider', 'deem', 'see', 'view']);
/** Tokens a subject may sit before its predicate. */
const SUBJECT_GAP = 6;

/** True when the words between a target and a later predicate make the target its subject:
 *  nothing ("war benefits no one") or a verb of being or a modal ("talks were premature",
 *  "a ceasefire now would only freeze …"), never a conjunction ("restraint and refrain from …"). */
function subjectLink(t: Tokens, end: number, predicate: number): boolean {
  if (predicate - end > SUBJECT_GAP) return false;
  if (predicate === end) return true;
  // "The deal, brokered by the United States, …": a participle set off by a comma.
  if (predicate === end + 1 && t.value[end] === ',' && (/ed$|en$/.test(t.lower[predicate]) || t.pos[predicate] === 'VERB')) return true;
  // "called the vote a disgrace", "called the proposal manipulative": object and its description.
  if (predicate - end <= 4 && (CALLING.has(t.lemma[end - 2] ?? '') || CALLING.has(t.lemma[end - 3] ?? ''))) {
    let plain = true; // "calling any truce “a reckless surrender”": articles, quote marks, adjectives
    for (let k = end; k < predicate; k++) plain &&= /^(?:[“”"‘’]|a|an|the|as)$/.test(t.lower[k]) || t.pos[k] === 'ADJ';
    if (plain) return true;
  }
  let adverbs = true; // "a truce now would only reward …": only adverbs between
  for (let k = end; k < predicate; k++) {
    if (COPULA.has(t.lemma[k])) return true;
    if (t.pos[k] === 'CCONJ' || t.pos[k] === 'VERB' || t.value[k] === ',') return false;
    if (t.pos[k] === 'AUX') return true;
    adverbs &&= t.pos[k] === 'ADV' || t.pos[k] === 'PART';
  }
  return adverbs;
}

/** An unused target before item i with no predicate between (the clause's subject). */
function previousTarget(items: readonly Match[], used: Set<number>, i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) {
    if (used.has(j)) return undefined;
    if (items[j].entry.role === 'target') return j;
    if (items[j].entry.role === 'predicate') return undefined;
  }
  return undefined;
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
