/**
 * Clause extents of a statement frame: where its content starts (the verb group, or the clause
 * before a passive or trailing attribution) and ends (a semicolon, a dash, "while …", the comma of a
 * leading subordinate clause).
 */
import type { Doc } from '../document';
import type { Sentence } from '../segment/tokens';
import { CLAUSE_BREAK_WORDS, SUBORDINATORS_WORDS, ENUMERATION_WORDS, TIME_WORDS_LIST, INNER_CLAUSE_WORDS } from '../data/grammar';

/** Words that end a clause and start a new one with its own subject. */
const CLAUSE_BREAK = new Set(CLAUSE_BREAK_WORDS);
/** Sentence-initial words that make the first clause subordinate: its statement ends at its comma. */
const SUBORDINATORS = new Set(SUBORDINATORS_WORDS);
/** Longest clause a statement covers, in tokens: real clauses are far shorter; the cap keeps a
 *  sentence without punctuation (scraped junk, 1 MB on one line) linear. */
export const MAX_CLAUSE = 150;
/** Words that continue a list of terms after a semicolon. */
const ENUMERATION = new Set(ENUMERATION_WORDS);
const TIME = new Set(TIME_WORDS_LIST);
/** Words before an auxiliary that make it an inner clause's verb: "talks that would end the war". */
const INNER_CLAUSE = new Set(INNER_CLAUSE_WORDS);

/** A word of a time phrase, or a number ("on Monday", "last week", "in March 2024"): skipped when a clause's subject is sought. */
export function isTimeWord(w: string): boolean {
  return TIME.has(w) || /^\d+$/.test(w);
}

/** Start of the clause holding token v (for passives and trailing attributions, whose content precedes the verb). */
export function clauseStart(doc: Doc, s: Sentence, v: number): number {
  const t = doc.tokens;
  const floor = Math.max(s.first, v - MAX_CLAUSE);
  // "… not sit down with them while they occupy our land, he said": "while" without a comma is a condition, not a break.
  for (let k = v - 1; k > floor; k--) if (CLAUSE_BREAK.has(t.lower[k]) && (t.lower[k] !== 'while' || t.value[k - 1] === ',')) return k + 1;
  return floor;
}

/** "would not accept": the auxiliaries and negation before a verb belong to its content. */
export function verbGroupStart(doc: Doc, s: Sentence, v: number): number {
  const t = doc.tokens;
  let k = v;
  while (k > s.first && (t.pos[k - 1] === 'AUX' || t.pos[k - 1] === 'PART' || t.lower[k - 1] === 'never' || t.lower[k - 1] === 'not')) k--;
  return k;
}

/** End (exclusive) of the clause that starts at v: a semicolon, a dash, "while …", the comma
 *  closing a leading subordinate clause ("While officials said X, it is clear …"), or the sentence end. */
export function clauseEnd(doc: Doc, s: Sentence, v: number): number {
  const t = doc.tokens;
  const subordinate = SUBORDINATORS.has(t.lower[s.first]);
  const ceiling = Math.min(s.last, v + MAX_CLAUSE);
  for (let k = v + 1; k < ceiling; k++) {
    if (doc.quoteAt[k] >= 0) continue;
    // "…; only then would we talk", "…; otherwise …": the next clause rests on this one and stays in the statement.
    if (t.value[k] === ';' && (t.lower[k + 1] === 'otherwise' || (t.lower[k + 1] === 'only' && t.lower[k + 2] === 'then'))) continue;
    // "… conditions: first, …; second, …": an enumeration goes on.
    if (t.value[k] === ';' && ENUMERATION.has(t.lower[k + 1] ?? '')) continue;
    if (CLAUSE_BREAK.has(t.lower[k]) && t.lower[k - 1] !== 'and' && (t.lower[k] !== 'while' || t.value[k - 1] === ',')) return k;
    if (subordinate && t.value[k] === ',') return k;
  }
  return ceiling;
}

export function nextVerb(doc: Doc, from: number, last: number): number {
  for (let k = from; k < last; k++) if (/^(?:VERB|AUX)$/.test(doc.tokens.pos[k]) && doc.quoteAt[k] < 0) return k;
  return last;
}

export function nextComma(doc: Doc, v: number, last: number): number {
  for (let k = v + 1; k < last; k++) if (doc.tokens.value[k] === ',' && doc.quoteAt[k] < 0) return k;
  return last;
}

/** The first auxiliary from `from` that is a clause's finite verb ("… demanding a ceasefire was vetoed"),
 *  not one inside a relative clause or an infinitive ("talks that would have ended the war was vetoed":
 *  the inner verb group is passed over); else `last`. */
export function finiteAfter(doc: Doc, from: number, last: number): number {
  const t = doc.tokens;
  for (let k = from; k < last; k++) {
    if (doc.quoteAt[k] >= 0 || t.pos[k] !== 'AUX') continue;
    if (!INNER_CLAUSE.has(t.lower[k - 1] ?? '')) return k;
    while (k + 1 < last && /^(?:AUX|ADV|PART)$/.test(t.pos[k + 1])) k++;
  }
  return last;
}
