/**
 * Whom a person speaks for, read from the words around the name:
 *   prefix      "Chinese foreign ministry spokesperson Wang Wenbin", "Sunak's spokesman Jamie Davies"
 *   apposition  "China's foreign minister, Qin Gang,"  /  "Jake Sullivan, the national security adviser,"
 *               "a spokesman for Prime Minister Rishi Sunak, Jamie Davies"  /  "X, an adviser to Y,"
 * In a role phrase, an actor before the title ("Cambodia's ambassador") beats one in a
 * "for/of" phrase ("spokesman for Sunak", "chairman of Russia's Security Council"); "to <actor>"
 * names where an envoy is sent, never whom they speak for; "former" voids the phrase's actor.
 */
import type { WithActors } from '../document';
import { titleEndingAt, type TitleIndex } from './titles';
import { GROUP_NOUNS_WORDS, PP_WORDS, NOT_APPOSITION_WORDS, POSSESSIVE_WORDS, POSSESSIVE_S_WORDS } from '../data/grammar';

export interface Affiliation {
  role?: string;
  actor?: number;
  gender?: 'm' | 'f';
  /** The title's own actor ("pope" → VAT), as an id. */
  titleActor?: string;
  /** True when the actor came only from an anaphor ("its commander"): known roles outrank it. */
  weak?: boolean;
  /** "former US President X": the actor whose role the phrase says the person no longer holds. */
  formerActor?: number;
}

/** Words after a comma that open a relative or speech clause, not an apposition. */
const NOT_APPOSITION = new Set(NOT_APPOSITION_WORDS);
/** Longest role phrase scanned in either direction. */
const MAX_PHRASE = 12;
const GROUP_NOUNS = new Set(GROUP_NOUNS_WORDS);
const PP = new Set(PP_WORDS);
const POSSESSIVE = new Set(POSSESSIVE_WORDS);
const POSSESSIVE_S = new Set(POSSESSIVE_S_WORDS);

/** Reads a role phrase over tokens [a, b); `nearName` is the end nearest the name. */
export function readRolePhrase(doc: WithActors, titles: TitleIndex, a: number, b: number, nearName: 'left' | 'right'): Affiliation {
  const t = doc.tokens;
  const out: Affiliation = {};
  let direct: number | undefined, prep: number | undefined, former = false;
  // The head title: nearest the name before it ("… spokesman Jamie Davies"), first after it ("X, an adviser to President Y").
  let inPhrase = false; // titles inside "for Prime Minister X" are X's, not this person's
  let ofSecretaryGeneral = false; // "Special Envoy of the Secretary-General": the UN's, when no one else is named
  for (let k = a; k < b; k++) {
    if (PP.has(t.lower[k]) && out.role !== undefined) inPhrase = true;
    const m = titleEndingAt(titles, t.lower, k, a);
    if (m && inPhrase && m.role === 'secretary-general') ofSecretaryGeneral = true;
    if (m && !inPhrase && (out.role === undefined || nearName === 'left')) {
      out.role = m.role; out.gender = m.gender ?? out.gender; out.titleActor = m.actor ?? out.titleActor;
    }
  }
  for (let k = a; k < b; k++) {
    const w = t.lower[k];
    if (w === 'former' || w === 'ex' || w === 'then') former = true;
    const actor = actorOfToken(doc, k);
    if (actor === undefined) continue;
    if (doc.actorAt[k] < 0 && doc.personAt[k] < 0) out.weak = true;
    const p = precedingPreposition(doc, k, a);
    if (p === 'to' && doc.personAt[k] < 0) continue; // "ambassador to the UN": the destination
    if (p === 'for' && out.role === 'envoy') continue; // "Special Envoy for Syria": the portfolio, not the employer
    if (p && PP.has(p)) prep ??= actor; else direct ??= actor;
    k = skipMention(doc, k);
  }
  out.actor = direct ?? prep;
  if (former) return { formerActor: out.actor }; // "former Nigerian President X": neither the role nor the actor is current
  if (out.actor === undefined && ofSecretaryGeneral) out.titleActor ??= 'UN';
  return out;
}

/** Actor a token stands for: an actor mention, a person with an actor, or an anaphor ("its", "the group's"). */
function actorOfToken(doc: WithActors, k: number): number | undefined {
  const t = doc.tokens;
  if (doc.actorAt[k] >= 0) return doc.actorMentions[doc.actorAt[k]].actor;
  if (doc.personAt[k] >= 0) return doc.persons[doc.personMentions[doc.personAt[k]].person].actor;
  const w = t.lower[k];
  if (w === 'its' || w === 'their') return openingActor(doc, k) ?? recentActor(doc, k, true);
  if (w === 'his' || w === 'her') return recentPersonActor(doc, k);
  if (GROUP_NOUNS.has(w) && POSSESSIVE.has(t.lower[k + 1] ?? '')) return recentActor(doc, k, true);
  return undefined;
}

/** "The RSF, which controls Khartoum, sent a team. Its commander …": the actor opening the previous sentence. */
function openingActor(doc: WithActors, k: number): number | undefined {
  const t = doc.tokens;
  const s = t.sentence[k];
  if (s === 0 || k - doc.sentences[s].first > 2) return undefined;
  const prev = doc.sentences[s - 1];
  for (let j = prev.first; j < Math.min(prev.last, prev.first + 4); j++) {
    if (doc.actorAt[j] >= 0 && doc.actorMentions[doc.actorAt[j]].type !== 'demonym') return doc.actorMentions[doc.actorAt[j]].actor;
  }
  return undefined;
}

function skipMention(doc: WithActors, k: number): number {
  if (doc.actorAt[k] >= 0) return doc.actorMentions[doc.actorAt[k]].last - 1;
  if (doc.personAt[k] >= 0) return doc.personMentions[doc.personAt[k]].last - 1;
  return k;
}

/** The preposition governing token k inside the phrase ("to the UN" → "to"), if any. */
function precedingPreposition(doc: WithActors, k: number, floor: number): string | undefined {
  const t = doc.tokens;
  let j = k - 1;
  while (j >= floor && (t.lower[j] === 'the' || t.pos[j] === 'ADJ')) j--;
  if (j < floor) return undefined;
  return t.pos[j] === 'ADP' || PP.has(t.lower[j]) ? t.lower[j] : undefined;
}

/** Most recent actor mentioned before token k (organisations first when `preferOrg`; only them when `orgOnly`). */
export function recentActor(doc: WithActors, k: number, preferOrg: boolean, orgOnly = false): number | undefined {
  let fallback: number | undefined;
  for (let m = doc.actorMentions.length - 1; m >= 0; m--) {
    const am = doc.actorMentions[m];
    if (am.first >= k) continue;
    if (k - am.first > 400) break;
    const kind = doc.gaz.actors[am.actor].kind;
    if (!preferOrg || kind === 'organization') return am.actor;
    fallback ??= am.actor;
  }
  return orgOnly ? undefined : fallback;
}

/** Actor of the most recent person with one, before token k. */
function recentPersonActor(doc: WithActors, k: number): number | undefined {
  for (let m = doc.personMentions.length - 1; m >= 0; m--) {
    const pm = doc.personMentions[m];
    if (pm.first >= k) continue;
    const actor = doc.persons[pm.person].actor;
    if (actor !== undefined) return actor;
  }
  return undefined;
}

/** Role phrase directly before a name: scans left over titles, modifiers and actor mentions. */
export function prefixPhrase(doc: WithActors, titles: TitleIndex, first: number): [number, number] | undefined {
  const t = doc.tokens;
  let a = first;
  const floor = Math.max(doc.sentences[t.sentence[first]].first, first - MAX_PHRASE);
  let sawTitle = false;
  for (let k = first - 1; k >= floor; k--) {
    const w = t.lower[k];
    const m = titleEndingAt(titles, t.lower, k, floor);
    if (m) { sawTitle = true; a = m.first; k = m.first; continue; }
    if (doc.actorAt[k] >= 0) { const am = doc.actorMentions[doc.actorAt[k]]; a = am.first; k = am.first; continue; }
    if (doc.personAt[k] >= 0 && POSSESSIVE_S.has(t.lower[k + 1] ?? '')) { const pm = doc.personMentions[doc.personAt[k]]; a = pm.first; k = pm.first; continue; }
    if (titles.honorifics.has(w)) { sawTitle = true; a = k; continue; }
    if (titles.modifiers.has(w) || w === '-' || POSSESSIVE_S.has(w)) { a = k; continue; }
    break;
  }
  return sawTitle ? [a, first] : undefined;
}

/** "<role phrase>, Name": the phrase before a comma that directly precedes the name. */
export function leftApposition(doc: WithActors, first: number): [number, number] | undefined {
  const t = doc.tokens;
  if (t.value[first - 1] !== ',') return undefined;
  const end = first - 1;
  const floor = Math.max(doc.sentences[t.sentence[first]].first, end - MAX_PHRASE);
  let a = end;
  for (let k = end - 1; k >= floor; k--) {
    if (t.value[k] === ',' || doc.quoteAt[k] >= 0 || isClauseVerb(doc, k) || /^[“”"]$/.test(t.value[k])) break;
    if (/^[-–—]$/.test(t.value[k]) && t.start[k] > t.end[k - 1]) break; // " - the representative of X, Name": a spaced dash ends the phrase
    a = k;
  }
  return a < end ? [a, end] : undefined;
}

/** "Name, <role phrase>,": the phrase after a comma that directly follows the name. */
export function rightApposition(doc: WithActors, last: number): [number, number] | undefined {
  const t = doc.tokens;
  if (t.value[last] !== ',') return undefined;
  const start = last + 1;
  const ceiling = Math.min(doc.sentences[t.sentence[last]].last, start + MAX_PHRASE);
  if (NOT_APPOSITION.has(t.lower[start] ?? '')) return undefined;
  let b = start;
  for (let k = start; k < ceiling; k++) {
    if (t.value[k] === ',' || doc.quoteAt[k] >= 0 || isClauseVerb(doc, k) || /^[“”"]$/.test(t.value[k])) break;
    b = k + 1;
  }
  return b > start ? [start, b] : undefined;
}

/** A finite verb that ends a noun phrase (participles such as "led" inside titles are rare). */
function isClauseVerb(doc: WithActors, k: number): boolean {
  const p = doc.tokens.pos[k];
  return p === 'VERB' || p === 'AUX';
}
