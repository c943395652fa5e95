/**
 * Agents: noun phrases that can be the subject of a statement, resolved to an actor.
 *   a person ("Kremlin spokesman Dmitry Peskov", "Qin", "he"), an actor's name, capital or seat
 *   ("Beijing", "the Kremlin"), an institution ("the Chinese foreign ministry", "Israeli officials",
 *   "Netanyahu's office", "the government", "the group"), or a document ("the statement").
 * A demonym alone ("Russian troops") is a mention, not a voice.
 */
import type { Agent, Doc } from '../document';

export type { Agent };
import type { Compiled } from '../compiled';
import { pronounAgent, recentPerson, lastSpeakerActor } from './pronouns';
import { NP_FILLER_WORDS } from '../data/grammar';
import { recentActor } from '../actors/affiliation';
import { DETERMINERS_WORDS, POSSESSIVE_WORDS } from '../data/grammar';


const POSSESSIVE = new Set(POSSESSIVE_WORDS);
const DETERMINERS = new Set(DETERMINERS_WORDS);
/** Adjectives and nouns that may sit inside an institution phrase: "the Chinese foreign ministry". */
const NP_FILLER = new Set(NP_FILLER_WORDS);

/** The agent whose last token is k, reading the noun phrase leftwards; undefined if none. */
export function agentEndingAt(doc: Doc, c: Compiled, k: number): Agent | undefined {
  const t = doc.tokens;
  if (k < 0 || doc.quoteAt[k] >= 0) return undefined;
  if (doc.personAt[k] >= 0) return personAgent(doc, k);
  if (doc.actorAt[k] >= 0) {
    const m = doc.actorMentions[doc.actorAt[k]];
    if (m.type === 'demonym') return undefined;
    return { first: extendLeft(doc, m.first), last: k + 1, actor: m.actor, kind: 'actor' };
  }
  const w = t.lower[k];
  if (c.voiceNouns.has(w) || w in c.institutionNouns || c.documentNouns.has(w)) return institutionAgent(doc, c, k);
  if (w === 'he' || w === 'she' || w === 'it' || w === 'they' || w === 'we') return reportedSelf(doc, c, k) ?? pronounAgent(doc, c, k);
  return undefined;
}

/** "The army says it will observe a pause": "it" / "they" / "we" right after a speech verb is its speaker. */
function reportedSelf(doc: Doc, c: Compiled, k: number): Agent | undefined {
  const t = doc.tokens;
  if (t.lower[k] === 'he' || t.lower[k] === 'she') return undefined; // a person: pronounAgent knows genders
  let v = k - 1;
  if (t.lower[v] === 'that') v--;
  if (v < 1 || !c.speechVerbs.has(t.lemma[v]) || t.pos[v] !== 'VERB') return undefined;
  let j = v - 1;
  if (t.value[j] === ',' && t.lower[v].endsWith('ing')) j = firstVerb(doc, v) - 1; // "Hamas welcomed …, saying it …"
  while (j >= 0 && (t.pos[j] === 'ADV' || t.pos[j] === 'AUX')) j--;
  const w = t.lower[j];
  if (w === 'it' || w === 'they' || w === 'we' || w === 'he' || w === 'she') return undefined; // no chains of pronouns
  const speaker = agentEndingAt(doc, c, j);
  return speaker?.actor === undefined ? undefined : { first: k, last: k + 1, actor: speaker.actor, kind: 'pronoun' };
}

function personAgent(doc: Doc, k: number): Agent {
  const pm = doc.personMentions[doc.personAt[k]];
  const p = doc.persons[pm.person];
  return { first: extendLeft(doc, pm.first), last: pm.last, actor: p.actor, person: p.id, kind: 'person' };
}

/** Includes a determiner and title words before a name in the phrase's span. */
function extendLeft(doc: Doc, first: number): number {
  const t = doc.tokens;
  let a = first;
  while (a > 0 && t.sentence[a - 1] === t.sentence[first] && (DETERMINERS.has(t.lower[a - 1]) || NP_FILLER.has(t.lower[a - 1]))) a--;
  return a;
}

/** "the Chinese foreign ministry", "China's foreign ministry", "Netanyahu's office", "the group". */
function institutionAgent(doc: Doc, c: Compiled, k: number): Agent | undefined {
  const t = doc.tokens;
  const floor = Math.max(doc.sentences[t.sentence[k]].first, k - 7);
  let person: number | undefined;
  let actor: number | undefined;
  let first = k;
  let owner: number | undefined; // an actor marked possessive ("Egypt's U.N. ambassador") owns the phrase
  for (let j = k - 1; j >= floor; j--) {
    const w = t.lower[j];
    if (w === '-' && t.end[j] < t.start[j + 1]) break; // a list dash ("- The army says"), not "army-led"
    if (POSSESSIVE.has(w) || DETERMINERS.has(w) || NP_FILLER.has(w) || c.voiceNouns.has(w)) { first = j; continue; }
    if (doc.actorAt[j] >= 0) {
      const m = doc.actorMentions[doc.actorAt[j]];
      actor ??= m.actor;
      if (POSSESSIVE.has(t.lower[m.last])) owner ??= m.actor;
      first = m.first; j = m.first; continue;
    }
    if (doc.personAt[j] >= 0 && POSSESSIVE.has(t.lower[j + 1])) {
      const pm = doc.personMentions[doc.personAt[j]];
      person = pm.person; actor ??= doc.persons[person].actor; first = pm.first; j = pm.first; continue;
    }
    break;
  }
  actor = owner ?? actor;
  const head = t.lower[k];
  if (actor === undefined && person === undefined && t.lower[first] === 'the' && c.titles.byLast.has(head)) {
    person = recentTitled(doc, first); // "the minister", "the spokesman"
    actor = person === undefined ? undefined : doc.persons[person].actor;
  }
  if (actor === undefined && c.documentNouns.has(head)) actor = documentAuthors(doc, k)[0]?.actor;
  if (actor === undefined) actor = inPhraseAfter(doc, k) ?? trailingOwner(doc, c, first, k) ?? resolveGeneric(doc, c, first, head);
  if (actor === undefined && person === undefined) return undefined;
  const kind = c.documentNouns.has(head) ? 'document' : 'institution';
  return { first, last: k + 1, actor, person, kind };
}

/** The most recent person with a title before token k ("the minister" after "Foreign Minister X"). */
function recentTitled(doc: Doc, k: number): number | undefined {
  for (let m = doc.personMentions.length - 1; m >= 0; m--) {
    const pm = doc.personMentions[m];
    if (pm.first < k && doc.persons[pm.person].role !== undefined) return pm.person;
  }
  return undefined;
}

/** Longest aside after a document noun searched for its author. */
const AUTHOR_REACH = 30;

/**
 * Every author named after a "by" in the aside that follows a document noun: "The proposal, set
 * out in a joint statement by U.S. President Joe Biden, French President Emmanuel Macron and …,".
 */
export function documentAuthors(doc: Doc, k: number): Agent[] {
  const t = doc.tokens;
  const out: Agent[] = [];
  const from = t.lower[k + 1] === 'from' || t.lower[k + 1] === 'by'; // "the counter-proposal from Britain, France and Germany"
  if (t.value[k + 1] !== ',' && !from) return out;
  const end = Math.min(doc.sentences[t.sentence[k]].last, k + AUTHOR_REACH);
  let by = from ? k + 1 : k + 2;
  while (by < end && t.lower[by] !== 'by' && !from && !(t.value[by] === ',' && out.length)) by++;
  const seen = new Set<number>();
  for (let a = by + 1; a < end; a++) {
    if (t.pos[a] === 'VERB') break;
    const person = doc.personAt[a] >= 0 ? doc.personMentions[doc.personAt[a]] : undefined;
    const actor = person ? doc.persons[person.person].actor : doc.actorAt[a] >= 0 ? doc.actorMentions[doc.actorAt[a]].actor : undefined;
    if (actor === undefined || seen.has(actor)) continue;
    seen.add(actor);
    const span = person ?? doc.actorMentions[doc.actorAt[a]];
    out.push({ first: span.first, last: span.last, actor, person: person?.person, kind: person ? 'person' : 'actor' });
    a = span.last - 1;
  }
  return out;
}

/** "the foreign ministry in Beijing", "a spokesman for the group": an actor right after the noun. */
function inPhraseAfter(doc: Doc, k: number): number | undefined {
  const t = doc.tokens;
  const p = t.lower[k + 1];
  if (p !== 'in' && p !== 'of' && p !== 'for') return undefined;
  let j = k + 2;
  if (t.lower[j] === 'the') j++;
  const m = doc.actorAt[j] >= 0 ? doc.actorMentions[doc.actorAt[j]] : undefined;
  // "the Hamas-run enclave": the actor qualifies a place, it is not the one in it.
  if (!m || m.type === 'demonym' || t.value[m.last] === '-') return undefined;
  return m.actor;
}

/** Tokens at a sentence's start searched for its subject. */
const OPENING_REACH = 4;

/** "The group would not accept a truce that left Israeli troops in Gaza, its spokesman said": in a
 *  trailing attribution "its" / "their" is the sentence's subject, not the actor named last. */
function trailingOwner(doc: Doc, c: Compiled, first: number, k: number): number | undefined {
  const t = doc.tokens;
  const det = t.lower[first];
  if ((det !== 'its' && det !== 'their') || t.value[first - 1] !== ',' || t.pos[k + 1] !== 'VERB' || !/^[.!?]$/.test(t.value[k + 2] ?? '.')) return undefined;
  const s = doc.sentences[t.sentence[k]];
  for (let j = s.first; j < Math.min(first - 1, s.first + OPENING_REACH); j++) {
    if (doc.actorAt[j] >= 0 && doc.actorMentions[doc.actorAt[j]].type !== 'demonym') return doc.actorMentions[doc.actorAt[j]].actor;
    if (t.lower[j] === 'the' && (t.lower[j + 1] ?? '') in c.institutionNouns) return agentEndingAt(doc, c, j + 1)?.actor; // "The group …"
  }
  return undefined;
}

/** "the government", "its spokesman", "the statement": the actor recently in focus. */
function resolveGeneric(doc: Doc, c: Compiled, first: number, head: string): number | undefined {
  const t = doc.tokens;
  const det = t.lower[first];
  if (det === 'his' || det === 'her') {
    // "Guterres called for …, his spokesman said": a person named earlier in the sentence comes first.
    const p = recentPerson(doc, first, det === 'his' ? 'm' : 'f');
    const here = p !== undefined && doc.personMentions.some((pm) => pm.person === p && pm.first < first && t.sentence[pm.first] === t.sentence[first]);
    return here ? doc.persons[p].actor : lastSpeakerActor(doc, first, 'person');
  }
  const pref = c.institutionNouns[head];
  if (det !== 'the' && det !== 'its' && det !== 'their' && !c.documentNouns.has(head)) return undefined;
  if (c.documentNouns.has(head)) return lastSpeakerActor(doc, first, 'any');
  // "the rebels", "the group", "the alliance": an organisation, never a state named nearby.
  return namedWith(doc, first, head) ?? recentActor(doc, first, pref === 'org', pref === 'org');
}

/** The first verb of v's sentence outside quotes (v itself when there is none before it). */
export function firstVerb(doc: Doc, v: number): number {
  const t = doc.tokens;
  for (let k = doc.sentences[t.sentence[v]].first; k < v; k++) if (t.pos[k] === 'VERB' && doc.quoteAt[k] < 0) return k;
  return v;
}

/** Tokens back an earlier "Sudan's army" may give "the army" its actor. */
const SAME_HEAD_REACH = 400;

/** "Sudan's army … The army says": the actor last named with the same head noun
 *  ("Sudan's army", "the Sudanese army", "Russia's defence ministry"). */
function namedWith(doc: Doc, first: number, head: string): number | undefined {
  const t = doc.tokens;
  for (let m = doc.actorMentions.length - 1; m >= 0; m--) {
    const am = doc.actorMentions[m];
    if (am.first >= first) continue;
    if (first - am.first > SAME_HEAD_REACH) break;
    if (t.lower[am.last - 1] === head) return am.actor;
    for (let k = am.last; k < Math.min(am.last + 3, first); k++) {
      if (t.lower[k] === head) return am.actor;
      if (!POSSESSIVE.has(t.lower[k]) && !NP_FILLER.has(t.lower[k])) break;
    }
  }
  return undefined;
}
