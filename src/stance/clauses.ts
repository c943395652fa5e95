/**
 * Clauses of a statement's content: polarity and negation never reach across them.
 * Boundaries: sentence ends, semicolons, colons, dashes, brackets, "but", "while", and a comma
 * that opens a new clause (", and", ", which", ", saying").
 */
import type { Tokens } from '../segment/tokens';
import { HARD_WORDS, SOFT_AFTER_COMMA_WORDS, LEAD_WORDS } from '../data/grammar';

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
const TIME_OPENERS = new Set(['after', 'since']);
/** Tokens after the opener searched for the clause's verb. */
const TIME_REACH = 5;

/** A verb in the past ("broke", "collapsed") within reach after k, before any comma. */
function pastVerbAfter(t: Tokens, k: number): boolean {
  for (let j = k + 1; j < k + 1 + TIME_REACH; j++) {
    if (t.value[j] === ',' || t.value[j] === undefined) return false;
    if (t.pos[j] !== 'VERB') continue;
    const w = t.lower[j];
    return w.endsWith('ed') || (w !== t.lemma[j] && !w.endsWith('s') && !w.endsWith('ing'));
  }
  return false;
}

/** A time clause that reports a past event ("… after talks broke down"): background to the
 *  statement, not a position taken in it. */
export function pastEvent(t: Tokens, a: number): boolean {
  // "would sign only after Armenia removed …" sets terms.
  return TIME_OPENERS.has(t.lower[a]) && t.lower[a - 1] !== 'only' && pastVerbAfter(t, a);
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
