/**
 * How the words between two cues link them: a subject to its predicate ("talks were premature"),
 * a predicate to its object unless a relative clause or another verb intervenes, a passive, an
 * evaluation put first ("it is unacceptable that …"), an infinitive ("the war to end").
 */
import type { Tokens } from '../segment/tokens';
import type { Match } from '../lexicon/match';
import type { Scored } from '../document';
import { SERVING_WORDS, COPULA_WORDS, CALLING_WORDS } from '../data/grammar';

const RELATIVE = new Set(['who', 'whom', 'whose', 'which']);
/** Pronouns wink sometimes tags as verbs ("stop everything under the declaration"). */
const INDEFINITE = new Set(['everything', 'anything', 'something', 'nothing']);
/** Verbs that serve what follows rather than act on it: "ready to help monitor any cessation of hostilities". */
const SERVING = new Set(SERVING_WORDS);

/** "it is unacceptable that …", "it would be a mistake to …": an evaluation before what it judges. */
export function extraposed(t: Tokens, it: Match): boolean {
  if (t.lower[it.last] !== 'that' && t.lower[it.last] !== 'to') return false;
  for (let k = it.first - 1; k >= Math.max(0, it.first - 4); k--) {
    if (t.lower[k] === 'it') return true;
    if (t.lemma[k] !== 'be' && !/^(?:AUX|ADV|DET|PART)$/.test(t.pos[k])) return false;
  }
  return false;
}

/** A participle after a form of "be" ("was rejected", "has been welcomed"). */
export function passiveVerb(t: Tokens, k: number): boolean {
  return t.pos[k] === 'VERB' && /(?:ed|en|wn)$/.test(t.lower[k]) && (t.lemma[k - 1] === 'be' || (t.pos[k - 1] === 'ADV' && t.lemma[k - 2] === 'be'));
}

/** The clause's last score is a noun phrase ("calls for a ceasefire") that is the subject of token k. */
export function judgesPhrase(t: Tokens, out: readonly Scored[], k: number): boolean {
  const prev = out[out.length - 1];
  if (prev === undefined || prev.last > k) return false;
  // "said calls for …": a verb right after a verb is a noun (wink tags "calls" VERB there).
  // "Pressing Ukraine into a deal now would be a mistake": a gerund phrase is a noun phrase too.
  // "Calls for a ceasefire were dismissed": a sentence's first words are its subject, whatever wink tags them.
  const opening = t.sentence[prev.first - 1] !== t.sentence[prev.first] || /^[“"‘]$/.test(t.value[prev.first - 1] ?? '');
  const noun = opening || t.pos[prev.first] === 'NOUN' || /^(?:VERB|DET|ADJ)$/.test(t.pos[prev.first - 1] ?? '') || (t.pos[prev.first] === 'VERB' && t.lower[prev.first].endsWith('ing'));
  return noun && subjectLink(t, prev.last, k);
}

/** Whether a predicate can take a target (its `takes` list). */
export function takes(predicate: Match, target: Match): boolean {
  return !predicate.entry.takes || predicate.entry.takes.has(target.entry.id);
}

/** "the war to end", "the conflict to be resolved": a predicate right after target j through "to (be)". */
export function infinitiveAfter(t: Tokens, items: readonly Match[], j: number): boolean {
  const next = items[j + 1];
  if (next?.entry.role !== 'predicate' || next.entry.applies === 'subject') return false;
  const gap = t.lower.slice(items[j].last, next.first).join(' ');
  return gap === 'to' || gap === 'to be';
}

/** A subject then an auxiliary or verb in [k, b): "it had", "the army was". */
export function ownClause(t: Tokens, k: number, b: number): boolean {
  if (!/^(?:PRON|PROPN|NOUN|DET)$/.test(t.pos[k] ?? '')) return false;
  for (let j = k + 1; j < b; j++) if (t.pos[j] === 'AUX' || t.pos[j] === 'VERB') return true;
  return false;
}

/** A relative pronoun or another verb between two cues: the second is not the first's argument
 *  ("people who strike", "refused to describe the attack"). */
export function relativeBetween(t: Tokens, a: number, b: number): boolean {
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
export function modifier(t: Tokens, k: number, b: number): boolean {
  return /(?:ing|ed)$/.test(t.lower[k]) && (k + 1 === b || t.pos[k + 1] === 'ADJ');
}

/** Verbs of being that link a subject to its description ("dialogue remains the only way"). */
const COPULA = new Set(COPULA_WORDS);
/** Verbs that name an object and judge it ("called the proposal absurd"). */
const CALLING = new Set(CALLING_WORDS);
/** Tokens a subject may sit before its predicate. */
const SUBJECT_GAP = 6;

/** True when the words between a target and a later predicate make the target its subject:
 *  nothing ("war benefits no one") or a verb of being or a modal ("talks were premature",
 *  "a ceasefire now would only freeze …"), never a conjunction ("restraint and refrain from …"). */
export function subjectLink(t: Tokens, end: number, predicate: number): boolean {
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
export function previousTarget(items: readonly Match[], used: Set<number>, i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) {
    if (used.has(j)) return undefined;
    if (items[j].entry.role === 'target') return j;
    if (items[j].entry.role === 'predicate') return undefined;
  }
  return undefined;
}
