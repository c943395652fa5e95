/**
 * Clauses of a statement's content: polarity and negation never reach across them.
 * Boundaries: sentence ends, semicolons, colons, dashes, brackets, "but", "while", and a comma
 * that opens a new clause (", and", ", which", ", saying").
 */
import type { Tokens } from '../segment/tokens';
import { modalEarlier } from './requirements';
import { HARD_WORDS, SOFT_AFTER_COMMA_WORDS, LEAD_WORDS, TIME_OPENER_WORDS, CIRCUMSTANCE_OPENER_WORDS, MODALS_WORDS, PRESENT_AUX_WORDS } from '../data/grammar';

const HARD = new Set(HARD_WORDS);
const SOFT_AFTER_COMMA = new Set(SOFT_AFTER_COMMA_WORDS);
const ALWAYS = new Set(['but', 'whereas']);

/** Words skipped before a clause's first real word. */
const LEAD = new Set(LEAD_WORDS);

/** A concessive clause ("Although some groups are not fighting, …", "even as the rebels announced a
 *  halt"): it grants a circumstance; the statement's position is in the clause it leads to. */
export function concessive(t: Tokens, a: number): boolean {
  let k = a;
  while (LEAD.has(t.lower[k])) k++;
  const w = t.lower[k];
  return w === 'although' || w === 'though' || w === 'despite' || (w === 'even' && (t.lower[k + 1] === 'though' || t.lower[k + 1] === 'as'));
}

/** Words that open a time clause: "after talks broke down", "since the truce collapsed". */
const TIME_OPENERS = new Set(TIME_OPENER_WORDS);
/** Words that open a clause of circumstance: "while the shelling went on", "as talks stalled". */
const CIRCUMSTANCE_OPENERS = new Set(CIRCUMSTANCE_OPENER_WORDS);
const MODALS = new Set(MODALS_WORDS);
/** Tokens after the opener searched for the clause's verb. */
const TIME_REACH = 5;
/** Forms of "be" and "have" before a participle that keep it out of the past: "are released", "have been freed". */
const PRESENT_AUX = new Set(PRESENT_AUX_WORDS);

/** A verb in the past ("broke", "collapsed", "were freed") within reach after k, before any comma. */
function pastVerbAfter(t: Tokens, k: number): boolean {
  for (let j = k + 1; j < k + 1 + TIME_REACH; j++) {
    if (t.value[j] === ',' || t.value[j] === undefined) return false;
    if (t.pos[j] !== 'VERB') continue;
    const w = t.lower[j];
    if (PRESENT_AUX.has(t.lower[j - 1]) || MODALS.has(t.lower[j - 1])) return false; // "after the hostages are released": terms ahead
    return w.endsWith('ed') || (w !== t.lemma[j] && !w.endsWith('s') && !w.endsWith('ing'));
  }
  return false;
}

/** First token of k's sentence. */
function sentenceStart(t: Tokens, k: number): number {
  let s = k;
  while (s > 0 && t.sentence[s - 1] === t.sentence[k]) s--;
  return s;
}

/** A subject, not a verb, after the opener: "as talks stalled", not the comparison "as did one brokered by …". */
function subjectNext(t: Tokens, a: number): boolean {
  return !/^(?:VERB|AUX)$/.test(t.pos[a + 1] ?? '');
}

/** A time clause that reports a past event ("… after talks broke down"), or a clause of circumstance
 *  beside a plain past act ("called for a truce while the shelling went on"): background to the
 *  statement, not a position taken in it. */
export function pastEvent(t: Tokens, a: number): boolean {
  // "would sign only after Armenia removed …" sets terms.
  // "even as …" is a concession (see concessive).
  if (t.lower[a - 1] === 'only' || t.lower[a - 1] === 'even' || !pastVerbAfter(t, a)) return false;
  // "would not agree while Hamas held hostages" is reported speech moved into the past: its while-clause sets terms.
  return TIME_OPENERS.has(t.lower[a]) || (CIRCUMSTANCE_OPENERS.has(t.lower[a]) && subjectNext(t, a) && !modalEarlier(t, a, sentenceStart(t, a)));
}

/** "did not say whether it would back the truce", "asked whether Lima would join": a clause that asks, not asserts. */
export function indirectQuestion(t: Tokens, a: number): boolean {
  return t.lower[a] === 'whether';
}

/** Clause ranges [a, b) covering [from, to), skipping tokens `skip` rejects. */
export function clauses(t: Tokens, from: number, to: number, skip: (k: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  let granting = false;
  const close = (k: number) => { if (start >= 0 && k > start) out.push([start, k]); start = -1; };
  for (let k = from; k < to; k++) {
    if (skip(k)) { close(k); continue; }
    const boundary = HARD.has(t.value[k]) || ALWAYS.has(t.lower[k]) || (t.lower[k] === 'and' && t.lower[k + 1] === 'that') || pastEvent(t, k) || indirectQuestion(t, k)
      || (t.value[k] === ',' && (granting || SOFT_AFTER_COMMA.has(t.lower[k + 1])))
      || (start >= 0 && t.sentence[k] !== t.sentence[start]);
    if (boundary) { close(k); if (HARD.has(t.value[k]) || t.value[k] === ',') continue; }
    if (start < 0) { start = k; granting = concessive(t, k); }
  }
  close(to);
  return out;
}
