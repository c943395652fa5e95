/**
 * Finds gazetteer entries in the text: actor names, demonyms, capitals, seats, and known
 * people's full names, longest match first, valid on the analysis date. Blocked phrases
 * ("Washington Post", "South China Sea") consume their tokens and yield nothing.
 */
import type { Tokens } from '../segment/tokens';
import { canStart, longestAt } from './trie';
import { validOn, type Gazetteer, type MentionType } from './gazetteer';
import { GIVEN_NAME_RISK_WORDS, INSTITUTION_WORDS_LIST, POSSESSIVE_S_WORDS } from '../data/grammar';

export interface ActorMention {
  readonly actor: number;
  readonly type: MentionType;
  readonly first: number;
  readonly last: number;
}

export interface PersonHit {
  readonly person: number;
  readonly first: number;
  readonly last: number;
}

/** Single-token names that are also given names: "Israel Katz", "Chad Smith", "Jordan Bardella". */
const GIVEN_NAME_RISK = new Set(GIVEN_NAME_RISK_WORDS);
/** Capitalised words after a state's name that make an institution, not a person's name. */
const INSTITUTION_WORDS = new Set(INSTITUTION_WORDS_LIST);
const POSSESSIVE_S = new Set(POSSESSIVE_S_WORDS);
const ALL_CAPS = /^[A-Z][A-Z'.-]{2,}$/;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** Marks every offset at which some token ends. */
export function tokenEnds(tokens: Tokens): Uint8Array {
  const ends = new Uint8Array(tokens.text.length + 1);
  for (let i = 0; i < tokens.count; i++) ends[tokens.end[i]] = 1;
  return ends;
}

/** All actor mentions and known-person hits, in text order, never overlapping. */
export function findMentions(tokens: Tokens, folded: string, gaz: Gazetteer, date: string, dateKnown = true):
  { actors: ActorMention[]; people: PersonHit[] } {
  const ends = tokenEnds(tokens);
  const actors: ActorMention[] = [];
  const people: PersonHit[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const v = tokens.value[i];
    if (!canStart(gaz.trie, folded.charCodeAt(tokens.start[i]))) continue;
    let m = longestAt(gaz.trie, folded, tokens.start[i], ends);
    const c0 = v.charCodeAt(0);
    if (!m && c0 >= 65 && c0 <= 90 && v.length > 2 && ALL_CAPS.test(v)) m = longestAt(gaz.trie, folded, tokens.start[i], ends, true);
    if (!m) continue;
    let last = i;
    while (last < tokens.count && tokens.end[last] < m[0]) last++;
    const hits = m[1];
    if (hits.some((h) => h.t === 'block')) { i = last; continue; }
    const person = hits.find((h) => h.t === 'person');
    if (person?.t === 'person') { people.push({ person: person.person, first: i, last: last + 1 }); i = last; continue; }
    // Without a date, a name valid only in the past (Karabakh's "Stepanakert") still names its actor.
    const hit = hits.find((h) => h.t === 'actor' && validOn(date, h.from, h.to)) ?? (dateKnown ? undefined : hits.find((h) => h.t === 'actor'));
    if (hit?.t !== 'actor') { i = last; continue; }
    if (last === i && looksLikeGivenName(tokens, i)) continue;
    if (hit.type === 'seat' && ownedByAnother(tokens, actors, i, gaz, hit.actor)) { i = last; continue; }
    actors.push({ actor: hit.actor, type: hit.type, first: i, last: last + 1 });
    i = last;
  }
  return { actors, people };
}

/** "Israel Katz", "Jordan Bardella": a risky single-token name followed by another capitalised name. */
function looksLikeGivenName(tokens: Tokens, i: number): boolean {
  if (!GIVEN_NAME_RISK.has(tokens.value[i])) return false;
  const next = tokens.value[i + 1];
  return next !== undefined && CAPITALISED.test(next) && tokens.pos[i + 1] === 'PROPN'
    && !INSTITUTION_WORDS.has(next) && tokens.sentence[i + 1] === tokens.sentence[i];
}

/** "Russia's Security Council": an organisation's body named as another actor's own institution. */
function ownedByAnother(tokens: Tokens, found: readonly ActorMention[], i: number, gaz: Gazetteer, actor: number): boolean {
  if (gaz.actors[actor].kind !== 'organization' || i < 2) return false;
  if (!POSSESSIVE_S.has(tokens.lower[i - 1])) return false;
  const prev = found[found.length - 1];
  return prev !== undefined && prev.last === i - 1 && prev.actor !== actor;
}
