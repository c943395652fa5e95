/**
 * Positions taken in a noun phrase rather than a clause: "U.S.-led talks", "Russia-brokered
 * truce", "Beijing's 12-point peace plan", "a U.S. proposal for a 30-day ceasefire",
 * "the U.S.-French call for a truce". Each gives its actor an action statement over the phrase.
 */
import type { Doc, Frame } from '../document';
import type { Compiled } from '../compiled';
import type { Agent } from '../document';
import { PHRASE_END_WORDS, POSSESSIVE_S_WORDS } from '../data/grammar';

/** Parts of speech that may stand between an actor and its proposal inside one noun phrase. */
const NP_INSIDE = new Set(['NUM', 'ADJ', 'NOUN', 'PROPN']);
const POSSESSIVE_S = new Set(POSSESSIVE_S_WORDS);
/** Tokens after the noun scanned for what it proposes ("for an immediate 30-day ceasefire"). */
const REACH = 12;

export function nominalFrames(doc: Doc, c: Compiled): Frame[] {
  const t = doc.tokens;
  const out: Frame[] = [];
  for (let m = 0; m < doc.actorMentions.length; m++) {
    const am = doc.actorMentions[m];
    if (!inBody(doc, am.first)) continue;
    const agents = coordinated(doc, m);
    m += agents.list.length - 1; // the joined mentions share this phrase's one frame
    const after = agents.end;
    if (t.value[after] === '-' && c.ledParticiples.has(t.lower[after + 1])) {
      out.push(frame(doc, agents.list, after + 1, after + 1));
      continue;
    }
    const noun = proposalNoun(doc, c, after);
    if (noun !== undefined) out.push(frame(doc, agents.list, noun, am.first));
  }
  return out;
}

function inBody(doc: Doc, k: number): boolean {
  const p = doc.paragraphs[doc.paragraphOf[doc.tokens.sentence[k]]];
  return p?.kind === 'body';
}

/** "U.S.-French", "the Qatari and Egyptian proposal": mentions joined by a hyphen, or by "and" before a demonym. */
function coordinated(doc: Doc, m: number): { list: Agent[]; end: number } {
  const list: Agent[] = [];
  let i = m;
  for (;;) {
    const am = doc.actorMentions[i];
    list.push({ first: am.first, last: am.last, actor: am.actor, kind: 'actor' });
    const next = doc.actorMentions[i + 1];
    if (!next || next.first !== am.last + 1 || !joins(doc.tokens.value[am.last], next.type)) return { list, end: am.last };
    i++;
  }
}

/** The word between two mentions joins them into one modifier: "U.S.-French", "Qatari and Egyptian". */
function joins(word: string, nextType: string): boolean {
  return word === '-' || (word === 'and' && nextType === 'demonym');
}

/** Index of a proposal noun in the mention's own noun phrase ("'s 12-point peace plan", "U.S. proposal"). */
function proposalNoun(doc: Doc, c: Compiled, after: number): number | undefined {
  const t = doc.tokens;
  for (let k = after; k < Math.min(t.count, after + 6); k++) {
    if (c.positionNouns.has(t.lower[k])) return k;
    if (!NP_INSIDE.has(t.pos[k]) && t.value[k] !== '-' && !POSSESSIVE_S.has(t.lower[k])) return undefined;
  }
  return undefined;
}

/** Words that end the noun phrase: what follows says what the thing does ("the Iran-backed group that began firing"). */
const PHRASE_END = new Set(PHRASE_END_WORDS);

/** A verb that starts a clause of its own: not an infinitive ("to halt") nor a gerund after a
 *  preposition or article ("pause in fighting", "halt to the fighting"); a participle ("resolution demanding …") does. */
function finiteVerb(t: Doc['tokens'], k: number): boolean {
  return /^(?:VERB|AUX)$/.test(t.pos[k]) && t.lower[k - 1] !== 'to' && !(t.lower[k].endsWith('ing') && /^(?:ADP|DET|ADJ)$/.test(t.pos[k - 1]));
}

function frame(doc: Doc, agents: Agent[], verb: number, first: number): Frame {
  const t = doc.tokens;
  const limit = Math.min(doc.sentences[t.sentence[verb]].last, verb + REACH);
  let last = verb + 1;
  while (last < limit && !PHRASE_END.has(t.lower[last]) && !finiteVerb(t, last)) last++;
  return { agents, verb, via: 'action', first, last, excluded: [], embedded: false };
}
