/**
 * Whose voice a frame, a clause or a cue is: the one place that decides it. A frame inside another actor's frame describes that actor ("Moscow
 * accused Kyiv of rejecting talks") and is not its voice, unless it is a demand ("Russia must accept
 * the ceasefire") or a condition, which stay the outer speaker's; a frame of the same actor merges
 * into the outer one; a frame under "if" is a supposition, nobody's act.
 */
import type { Doc, Frame } from '../document';
import type { Compiled } from '../compiled';
import type { DropReason } from '../data/reasons';
import { matchAll, type Match } from '../lexicon/match';
import { MAX_CLAUSE } from './clause';
import { DEONTIC_WORDS, CONTINGENT_WORDS, LEAD_WORDS, SUPPOSITION_WORDS, ARMED_GROUP_WORDS, POSSESSIVE_WORDS, POSSESSIVE_S_WORDS, PAST_BE_WORDS, MODALS_WORDS, SUBJECT_PRONOUNS } from '../data/grammar';

/** Modals that make an embedded clause a demand of the outer speaker. */
const DEONTIC = new Set(DEONTIC_WORDS);
/** Words that open a condition: a frame right after them is the condition's content. */
const CONTINGENT = new Set(CONTINGENT_WORDS);
/** Words that make what follows a supposition, not an event ("if Kiev refused"); "after" and "when" report events. */
const HYPOTHETICAL = new Set(SUPPOSITION_WORDS);

/** A frame while nest() settles it: a private copy, so the frames passed in never change. */
interface FrameDraft extends Omit<Frame, 'last' | 'excluded' | 'embedded' | 'reason'> {
  last: number;
  excluded: [number, number, DropReason][];
  embedded: boolean;
  reason?: DropReason;
}

/**
 * The frames of one sentence, settled: each says whether it is its agent's own statement (else
 * `embedded` with a reason) and which words inside it are another's (`excluded`). Returns new
 * frozen frames in the same order; the frames passed in are left as they are.
 */
export function nest(doc: Doc, c: Compiled, frames: readonly Frame[]): readonly Frame[] {
  const drafts: FrameDraft[] = frames.map((f) => ({ ...f, excluded: f.excluded.map(([a, b, why]) => [a, b, why]) }));
  markSuppositions(doc, drafts);
  nestDrafts(doc, c, drafts);
  return drafts.map(settled);
}

/** A settled draft as a read-only frame. */
function settled(f: FrameDraft): Frame {
  for (const x of f.excluded) Object.freeze(x);
  Object.freeze(f.excluded);
  return Object.freeze(f);
}

/** "… if Kiev refused to negotiate": a frame under a contingency is hypothetical, nobody's act. */
function markSuppositions(doc: Doc, frames: readonly FrameDraft[]): void {
  for (const f of frames) if (contingent(doc, f, HYPOTHETICAL)) drop(f, 'embedded.supposition');
}

/** Marks f as not its agent's own statement, with why (the trace reports it). */
function drop(f: FrameDraft, reason: DropReason): void {
  f.embedded = true;
  f.reason = reason;
}

/** Same actor for every agent of both frames. */
function sameActor(a: Frame, b: Frame): boolean {
  const ids = new Set(a.agents.map((x) => x.actor));
  return b.agents.every((x) => x.actor !== undefined && ids.has(x.actor));
}

/** True when a modal of obligation stands before the verb: "Russia must accept". */
function deontic(doc: Doc, f: Frame): boolean {
  const t = doc.tokens;
  for (let k = f.verb - 1; k >= Math.max(0, f.verb - 3); k--) if (DEONTIC.has(t.lower[k])) return true;
  return false;
}

/** ", and X said", ", but Y rejected": a new clause with its own subject, not a described one. */
function coordinateClause(doc: Doc, top: Frame, f: Frame): boolean {
  const t = doc.tokens;
  const a = f.agents[0].first;
  if (t.lower[a - 1] !== 'and' && t.lower[a - 1] !== 'but') return false;
  // "with Chile voting in favour and Peru voting against": parallel participles, each with its own subject.
  return t.value[a - 2] === ',' || (t.lower[f.verb].endsWith('ing') && t.lower[top.verb].endsWith('ing') && f.verb === a + 1);
}

/** "… only if Kyiv withdrew its troops": a clause that states a condition is the speaker's words. */
function contingent(doc: Doc, f: Frame, words: ReadonlySet<string> = CONTINGENT): boolean {
  const t = doc.tokens;
  for (let k = f.agents[0].first - 1; k >= Math.max(0, f.agents[0].first - 3); k--) {
    if (words.has(t.lower[k])) return true;
    if (t.pos[k] !== 'ADV' && t.pos[k] !== 'DET') return false;
  }
  return false;
}

/** Marks frames inside another actor's frame as embedded and cuts them out of its content.
 *  A trailing attribution ("…, he told reporters") owns the words before it, so it nests first. */
function nestDrafts(doc: Doc, c: Compiled, frames: readonly FrameDraft[]): void {
  for (const tr of frames) {
    if (tr.passive && !tr.embedded && !reducedPassive(doc, tr)) keepModifiers(tr, frames);
    if (!tr.trailing || tr.embedded) continue;
    for (const f of frames) if (f !== tr && !f.embedded && f.verb >= tr.first && f.verb < tr.verb) embed(doc, c, tr, f);
  }
  let top: FrameDraft | undefined;
  for (const f of frames) {
    if (f.embedded) continue;
    if (!top || f.verb >= top.last) {
      // "It is clearly a sign that China supports …": a that-clause nobody says is the writer's.
      if (doc.tokens.lower[f.agents[0].first - 1] === 'that') { drop(f, 'embedded.that-clause-writer'); continue; }
      top = f;
      continue;
    }
    if (coordinateClause(doc, top, f)) { top.last = f.agents[0].first - 1; top = f; continue; }
    if (f.verb < top.verb) continue;
    // "welcomed the ceasefire announced by Trump", "plans floated by Macron": a participle with its agent
    // inside a noun phrase is the writer's fact, that agent's own act; it is cut out of the outer statement.
    if (reducedPassive(doc, f) && !sameActor(top, f)) { top.excluded.push([f.verb, f.last, 'clause.own-statement']); continue; }
    embed(doc, c, top, f);
  }
}

/** A passive participle after its noun, no form of "be" before it: "the truce brokered by Qatar". */
function reducedPassive(doc: Doc, f: Frame): boolean {
  const t = doc.tokens;
  return f.passive === true && t.pos[f.verb - 1] === 'NOUN';
}

/** "A draft put forward by X demanding a ceasefire was vetoed by Y": the frames inside a passive's
 *  subject phrase are their own agents' acts; their words are cut out of the passive's content. */
function keepModifiers(passive: FrameDraft, frames: readonly FrameDraft[]): void {
  for (const f of frames) {
    if (f === passive || f.embedded || f.verb < passive.first || f.verb >= passive.verb || sameActor(passive, f)) continue;
    passive.excluded.push([f.verb, Math.min(f.last, passive.verb), 'clause.own-statement']);
  }
}

/** Puts frame f inside frame top: merged when one speaker goes on, kept when it is the speaker's
 *  demand or condition, otherwise cut out as a description of another actor. */
function embed(doc: Doc, c: Compiled, top: FrameDraft, f: FrameDraft): void {
  const reason = embedding(doc, c, top, f);
  // One of the outer frame's several speakers: a statement of its own, cut out of the outer.
  if (reason === undefined) { top.excluded.push([ownStart(top, f), f.last, 'clause.own-statement']); return; }
  drop(f, reason);
  if (reason === 'embedded.describes-other') top.excluded.push([ownStart(top, f), f.last, reason]);
}

/** Where f's words start inside top: at its subject, unless the subject stands before top's words
 *  ("X, who …, urged … and said he would keep working with Y": X is the outer speaker too). */
function ownStart(top: Frame, f: Frame): number {
  return f.agents[0].first >= top.first ? f.agents[0].first : f.first;
}

/** Whose voice f is inside top: a reason it is not its agent's own statement, or undefined when it is. */
function embedding(doc: Doc, c: Compiled, top: Frame, f: Frame): DropReason | undefined {
  if (f.agents.every((a) => a.actor === undefined)) return 'unknown-actor'; // no evidence it is another actor
  if (selfReference(doc, top, f)) return 'embedded.same-speaker-merged'; // "Kyiv said it would …", "Hamas said they had accepted …"
  if (sameActor(top, f)) {
    // One speaker going on ("Peskov said Moscow would …"): merge. If the outer frame has several
    // speakers, only this one's words: a statement of its own.
    return sameActor(f, top) ? 'embedded.same-speaker-merged' : undefined;
  }
  // "Washington said it was working with Doha to …": the speaker acting with partners, a statement of all of them.
  if (sameActor(f, top)) return undefined;
  if (deontic(doc, f)) return 'embedded.demand';
  if (contingent(doc, f) || underCondition(doc, c, top, f)) return 'embedded.condition';
  return 'embedded.describes-other';
}

/** "X said (that) it/they/he …": the pronoun right after the speech verb is the speaker. */
function selfReference(doc: Doc, top: Frame, f: Frame): boolean {
  const a = f.agents[0];
  if (a.kind !== 'pronoun' || top.via === 'quote') return false;
  const t = doc.tokens;
  let k = top.verb + 1;
  while (k < a.first && (t.lower[k] === 'that' || t.pos[k] === 'ADV' || t.pos[k] === 'ADP' || t.pos[k] === 'PROPN' || t.pos[k] === 'NUM')) k++;
  return k === a.first;
}

/** "would have to guarantee that Ukraine never joins NATO": a clause under a contingency marker is the condition. */
function underCondition(doc: Doc, c: Compiled, top: Frame, f: Frame): boolean {
  const to = f.agents[0].first;
  const from = Math.max(top.trailing ? top.first : Math.max(top.first, top.verb), to - MAX_CLAUSE);
  return from < to && matchAll(c.question.conditions, doc.tokens, from, to).length > 0;
}

/* Inside a statement: a clause whose subject is another actor, and a cue whose agent is another actor,
   are not the speaker's voice (the stance stage asks, clause by clause and cue by cue). */

/** Leading words skipped when looking for a clause's subject. */
const LEAD = new Set(LEAD_WORDS);
/** Tokens after a speech verb searched for the subject of what was said. */
const SUBJECT_SEARCH = 10;
const THIRD_PERSON = new Set(['he', 'she', 'they']);
const POSSESSIVE = new Set(POSSESSIVE_WORDS);
const POSSESSIVE_S = new Set(POSSESSIVE_S_WORDS);
/** Forms of "be" that put a passive in the past or perfect: "was rejected", "had been violated", "is being undermined". */
const PAST_BE = new Set(PAST_BE_WORDS);
const MODALS = new Set(MODALS_WORDS);
const SUBJECT_PRONOUN = new Set(SUBJECT_PRONOUNS);
/** Nouns for an armed side that no state calls itself: "the rebels", "the militants". */
const ARMED_GROUP = new Set(ARMED_GROUP_WORDS);
/** Tokens between a subject and its verb. */
const SUBJECT_GAP = 4;

/**
 * "Zelensky said Putin was trying to drag out the war": a clause whose subject is another actor
 * describes that actor; it is neither the speaker's position nor the other actor's (guideline 1).
 * Demands ("Russia must accept the ceasefire") stay the speaker's.
 */
export function describesOther(doc: Doc, owners: ReadonlySet<number | undefined>, f: Frame, a: number, b: number): boolean {
  const t = doc.tokens;
  let k = a;
  while (k < b && LEAD.has(t.lower[k])) k++;
  if (k === f.verb) {
    // "said in his nightly address that Russia …": look past the verb's own phrases for the subject.
    k++;
    while (k < Math.min(b, f.verb + SUBJECT_SEARCH) && doc.actorAt[k] < 0 && doc.personAt[k] < 0 && !/^(?:VERB|AUX)$/.test(t.pos[k]) && !ARMED_GROUP.has(t.lower[k])
      && !(doc.quoteAt[k] >= 0 && THIRD_PERSON.has(t.lower[k]))) k++;
  }
  if (CONTINGENT.has(t.lower[k]) || insidePhrase(t, f.verb, k)) return false;
  // In a quote, "he" / "they" is someone the speaker talks about (speakers say "I" and "we").
  if (doc.quoteAt[k] >= 0 && THIRD_PERSON.has(t.lower[k]) && /^(?:VERB|AUX)$/.test(t.pos[k + 1] ?? '')) return true;
  const m = doc.actorAt[k] >= 0 ? doc.actorMentions[doc.actorAt[k]] : undefined;
  const p = doc.personAt[k] >= 0 ? doc.personMentions[doc.personAt[k]] : undefined;
  const actor = m?.actor ?? (p ? doc.persons[p.person].actor : undefined);
  const end = m?.last ?? p?.last ?? k;
  if (actor === undefined && armedSide(doc, owners, k)) return verbAfter(t, k + 1, b);
  // "told the Security Council that a ceasefire was overdue": the addressee is not the clause's subject.
  if (actor !== undefined && k > f.verb && t.lower[end] === 'that') return describesOther(doc, owners, f, end + 1, b);
  if (actor === undefined || owners.has(actor)) return false;
  return verbAfter(t, end, b);
}

/** "the rebels", "militants" as a clause's subject, said by states only: another side, even unnamed
 *  (an armed group saying "the fighters" may mean itself; "its fighters" is the speaker's own). */
function armedSide(doc: Doc, owners: ReadonlySet<number | undefined>, k: number): boolean {
  if (!ARMED_GROUP.has(doc.tokens.lower[k])) return false;
  return [...owners].every((o) => o !== undefined && doc.gaz.actors[o].kind === 'state');
}

/** A subject's verb within SUBJECT_GAP of `end`: a clause of its own, not a demand on it ("must") nor an object ("urged Israel to"). */
function verbAfter(t: Doc['tokens'], end: number, b: number): boolean {
  for (let j = end; j < Math.min(b, end + SUBJECT_GAP); j++) {
    if (DEONTIC.has(t.lower[j])) return false;
    if (j === end && t.lower[j] === 'to') return false; // "urged Israel to accept a truce": the speaker's demand
    if (t.pos[j] === 'VERB' || t.pos[j] === 'AUX') return true;
    if (POSSESSIVE.has(t.lower[j])) return false; // "Russia's foreign ministry said", "the rebels' offer": a possessive, not the subject
  }
  return false;
}

/** The name at k sits in a prepositional phrase after the verb ("demanded a ceasefire in eastern
 *  Democratic Republic of Congo"), not at the head of a clause ("said in an address that Russia …"). */
function insidePhrase(t: Doc['tokens'], verb: number, k: number): boolean {
  if (k <= verb) return false;
  for (let j = k - 1; j > verb; j--) {
    if (t.lower[j] === 'that' || t.value[j] === ',') return false;
    if (t.pos[j] === 'ADP') return true;
  }
  return false;
}

/**
 * "the truce had been violated by Hamas", "Moscow's refusal of a ceasefire": a predicate whose
 * agent is another actor (after "by", or a possessive before it) reports that actor's act.
 */
export function othersAct(doc: Doc, owners: ReadonlySet<number | undefined>, m: Match): boolean {
  if (m.entry.role !== 'predicate') return false;
  const t = doc.tokens;
  const other = (k: number) => { const a = actorOf(doc, k); return a !== undefined && !owners.has(a); };
  if (t.lower[m.last] === 'by') return other(t.lower[m.last + 1] === 'the' ? m.last + 2 : m.last + 1);
  return POSSESSIVE_S.has(t.lower[m.first - 1] ?? '') && other(m.first - 2);
}

/**
 * "Peru said a call for a truce was rejected", "… that the truce had been violated": a clause whose
 * subject is a phrase of the question and whose verb is an agentless past passive reports an event
 * (someone rejected, violated); it is not the speaker's position. Not with a "by" agent (that agent's act,
 * or the speaker's own), nor for a state ("talks were needed": an evaluation), nor with a modal ("must be respected").
 */
export function describesEvent(doc: Doc, owners: ReadonlySet<number | undefined>, f: Frame, a: number, b: number, cues: readonly Match[]): boolean {
  const t = doc.tokens;
  const p = cues.find((m) => m.entry.role === 'predicate' && m.entry.applies !== 'subject' && pastPassive(t, m.first));
  if (!p || t.lower[p.last] === 'by') return false; // an agent named: its act (othersAct) or the speaker's own
  let k = a;
  while (k < b && (LEAD.has(t.lower[k]) || k === f.verb)) k++;
  if (k >= p.first || actorOf(doc, k) !== undefined || SUBJECT_PRONOUN.has(t.lower[k])) return false;
  // The subject runs straight into the passive: "the ceasefire would last only as long as no attacks were launched" has a verb of its own.
  for (let j = k; j < p.first; j++) if (t.pos[j] === 'VERB' || (t.pos[j] === 'AUX' && !PAST_BE.has(t.lower[j]) && t.lemma[j] !== 'have')) return false;
  return cues.some((m) => m.entry.role === 'target' && m.first >= k && m.last <= p.first);
}

/** A participle after a past or perfect "be" ("was rejected", "had been violated"), no modal before it. */
function pastPassive(t: Doc['tokens'], k: number): boolean {
  let j = k - 1;
  if (t.pos[j] === 'ADV') j--;
  if (!PAST_BE.has(t.lower[j]) || t.pos[k] !== 'VERB' || !/(?:ed|en|wn|ne|nt|ld)$/.test(t.lower[k])) return false;
  for (let d = 1; d <= 2; d++) if (DEONTIC.has(t.lower[j - d]) || MODALS.has(t.lower[j - d])) return false;
  return true;
}

/** The actor named (or whose person is named) at token k. */
function actorOf(doc: Doc, k: number): number | undefined {
  if (k < 0 || k >= doc.tokens.count) return undefined;
  if (doc.actorAt[k] >= 0) return doc.actorMentions[doc.actorAt[k]].actor;
  if (doc.personAt[k] >= 0) return doc.persons[doc.personMentions[doc.personAt[k]].person].actor;
  return undefined;
}
