/**
 * Name chunks: runs of capitalised tokens (with particles such as "al-", "bin", "von der")
 * that are not gazetteer entries. They are person candidates; people.ts decides which are people.
 */
import type { WithActors } from '../document';
import type { TitleIndex } from './titles';
import { PARTICLES_WORDS, NOT_NAMES_WORDS, NOT_PERSON_WORDS_LIST, NAME_SUFFIX_WORDS } from '../data/grammar';

export interface Chunk {
  readonly first: number;
  readonly last: number;
  /** Tokens that are name words (particles and hyphens excluded). */
  readonly words: number;
}

/** Lower-case particles inside names. */
const PARTICLES = new Set(PARTICLES_WORDS);
/** Capitalised words that start sentences or name times, never people. */
const NOT_NAMES = new Set(NOT_NAMES_WORDS);
/** Words that make a capitalised run an institution, place or event rather than a person. */
const NOT_PERSON_WORDS = new Set(NOT_PERSON_WORDS_LIST);
const CAPITALISED = /^\p{Lu}/u;

/** Starts with a capital letter; a char-code test first, the Unicode regex only beyond ASCII. */
export function startsUpper(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITALISED.test(v);
}
const SUFFIXES = new Set(NAME_SUFFIX_WORDS);

/** A suffix after a name ("Abdullah II", "King Jr."), which a mention may leave out. */
export function isNameSuffix(v: string): boolean {
  return SUFFIXES.has(v);
}

/** True when token i can be a word of a person's name. */
export function isNameWord(doc: WithActors, titles: TitleIndex, i: number): boolean {
  const t = doc.tokens;
  const v = t.value[i];
  if (i < 0 || i >= t.count || doc.actorAt[i] >= 0 || !startsUpper(v)) return false;
  if (NOT_NAMES.has(v) || t.pos[i] === 'PUNCT' || t.pos[i] === 'NUM' || t.pos[i] === 'SYM') return false;
  const lower = t.lower[i];
  if (titles.byLast.has(lower) || titles.honorifics.has(lower) || titles.modifiers.has(lower)) return false;
  if (/^[A-Z]{2,}$/.test(v) && v.length > 3) return false; // acronyms are organisations, not names
  const sentenceStart = doc.sentences[t.sentence[i]]?.first === i;
  return !sentenceStart || t.pos[i] === 'PROPN';
}

/** A hyphen glued to both neighbours ("al-Burhan", "Thomas-Greenfield"). */
function gluedHyphen(doc: WithActors, i: number): boolean {
  const t = doc.tokens;
  return t.value[i] === '-' && t.end[i - 1] === t.start[i] && t.end[i] === t.start[i + 1];
}

/** Extends a chunk from token i; returns undefined when i does not start one. */
function particle(doc: WithActors, k: number): boolean {
  return PARTICLES.has(doc.tokens.lower[k]) && doc.actorAt[k] < 0;
}

/** The first token from k that is not a name particle ("van der Berg": past "van der"). */
function pastParticles(doc: WithActors, k: number): number {
  while (particle(doc, k)) k++;
  return k;
}

export function chunkAt(doc: WithActors, titles: TitleIndex, i: number, stop: number): Chunk | undefined {
  const t = doc.tokens;
  if (!isNameWord(doc, titles, i) && !(particle(doc, i) && gluedHyphen(doc, i + 1) && isNameWord(doc, titles, i + 2))) return undefined;
  let last = i;
  let words = isNameWord(doc, titles, i) ? 1 : 0;
  let k = i + 1;
  while (k < stop && t.sentence[k] === t.sentence[i]) {
    if (isNameWord(doc, titles, k) || (isNameSuffix(t.value[k]) && words > 0)) { words++; last = k; k++; continue; }
    if (gluedHyphen(doc, k) && (isNameWord(doc, titles, k + 1) || particle(doc, k + 1))) { k++; continue; }
    const after = pastParticles(doc, k);
    if (after > k && (isNameWord(doc, titles, after) || gluedHyphen(doc, after))) { k = after; continue; }
    break;
  }
  return { first: i, last: last + 1, words };
}

/** True when the chunk contains a word that makes it an institution, place or event. */
export function institutional(doc: WithActors, c: Chunk): boolean {
  for (let k = c.first; k < c.last; k++) if (NOT_PERSON_WORDS.has(doc.tokens.value[k])) return true;
  return false;
}
