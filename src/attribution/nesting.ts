/**
 * Whose voice a frame is. A frame inside another actor's frame describes that actor ("Moscow
 * accused Kyiv of rejecting talks") and is not its voice, unless it is a demand ("Russia must accept
 * the ceasefire") or a condition, which stay the outer speaker's; a frame of the same actor merges
 * into the outer one; a frame under "if" is a supposition, nobody's act.
 */
import type { Doc, Frame } from '../document';
import type { Compiled } from '../compiled';
import type { DropReason } from '../data/reasons';
import { matchAll } from '../lexicon/match';
import { MAX_CLAUSE } from './clause';
import { DEONTIC_WORDS, CONTINGENT_WORDS } from '../data/grammar';

/** Modals that make an embedded clause a demand of the outer speaker. */
const DEONTIC = new Set(DEONTIC_WORDS);
/** Words that open a condition: a frame right after them is the condition's content. */
const CONTINGENT = new Set(CONTINGENT_WORDS);
/** Words that make what follows a supposition, not an event ("if Kiev refused"); "after" and "when" report events. */
const HYPOTHETICAL = new Set(['if', 'unless', 'provided', 'providing']);

/** "… if Kiev refused to negotiate": a frame under a contingency is hypothetical, nobody's act. */
export function markSuppositions(doc: Doc, frames: readonly Frame[]): void {
  for (const f of frames) if (contingent(doc, f, HYPOTHETICAL)) drop(f, 'embedded.supposition');
}

/** Marks f as not its agent's own statement, with why (the trace reports it). */
function drop(f: Frame, reason: DropReason): void {
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
export function nest(doc: Doc, c: Compiled, frames: Frame[]): void {
  for (const tr of frames) {
    if (tr.passive && !tr.embedded) keepModifiers(tr, frames);
    if (!tr.trailing || tr.embedded) continue;
    for (const f of frames) if (f !== tr && !f.embedded && f.verb >= tr.first && f.verb < tr.verb) embed(doc, c, tr, f);
  }
  let top: Frame | undefined;
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
    embed(doc, c, top, f);
  }
}

/** "A draft put forward by X demanding a ceasefire was vetoed by Y": the frames inside a passive's
 *  subject phrase are their own agents' acts; their words are cut out of the passive's content. */
function keepModifiers(passive: Frame, frames: readonly Frame[]): void {
  for (const f of frames) {
    if (f === passive || f.embedded || f.verb < passive.first || f.verb >= passive.verb || sameActor(passive, f)) continue;
    passive.excluded.push([f.verb, Math.min(f.last, passive.verb), 'clause.own-statement']);
  }
}

/** Puts frame f inside frame top: merged when one speaker goes on, kept when it is the speaker's
 *  demand or condition, otherwise cut out as a description of another actor. */
function embed(doc: Doc, c: Compiled, top: Frame, f: Frame): void {
  const reason = embedding(doc, c, top, f);
  // One of the outer frame's several speakers: a statement of its own, cut out of the outer.
  if (reason === undefined) { top.excluded.push([f.agents[0].first, f.last, 'clause.own-statement']); return; }
  drop(f, reason);
  if (reason === 'embedded.describes-other') top.excluded.push([f.agents[0].first, f.last, reason]);
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
