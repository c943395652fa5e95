/**
 * Matching compiled patterns against tokens: at each position the longest entry wins, and
 * matches never overlap. One pass over the range; candidate entries come from a map lookup
 * on the token's lower-case form and lemma, so cost stays linear in the text.
 */
import type { Tokens } from '../segment/tokens';
import type { Bucket, Entry, Index } from './compile';

export interface Match {
  readonly entry: Entry;
  readonly first: number;
  /** Exclusive. */
  readonly last: number;
}

const NOUN = new Set(['NOUN', 'PROPN']);
const VERB = new Set(['VERB', 'AUX']);

const QUOTE_MARK = /^[“”"‘’']$/;

function slotFits(t: Tokens, k: number, slot: Entry['slots'][number]): boolean {
  if (!slot.any && !slot.forms.has(t.lower[k]) && (slot.exact || !slot.forms.has(t.lemma[k]))) return false;
  if (slot.pos === 'V') return VERB.has(t.pos[k]);
  if (slot.pos === 'N') return NOUN.has(t.pos[k]);
  if (slot.pos === 'A') return t.pos[k] === 'ADJ';
  return true;
}

/** End (exclusive) of `e` matched from token i, or -1. Optional slots are tried both ways. */
function endOf(t: Tokens, e: Entry, s: number, k: number, ceiling: number): number {
  if (s === e.slots.length) return k;
  const slot = e.slots[s];
  if (k < ceiling && slotFits(t, k, slot)) {
    const end = endOf(t, e, s + 1, k + 1, ceiling);
    if (end >= 0) return end;
  }
  // Quote marks inside a phrase do not break it: possible only “with robust guarantees”.
  if (s > 0 && k < ceiling && QUOTE_MARK.test(t.value[k])) return endOf(t, e, s, k + 1, ceiling);
  return slot.optional ? endOf(t, e, s + 1, k, ceiling) : -1;
}

/** Running best of one matchAt call (module state: no allocation per token). */
let bestEntry: Entry | undefined;
let bestEnd = 0;

function tryList(t: Tokens, list: readonly Entry[] | undefined, i: number, ceiling: number): void {
  if (list === undefined) return;
  for (let n = 0; n < list.length; n++) {
    const end = endOf(t, list[n], 0, i, ceiling);
    if (end > bestEnd) { bestEnd = end; bestEntry = list[n]; }
  }
}

function tryBucket(t: Tokens, b: Bucket | undefined, i: number, ceiling: number): void {
  if (b === undefined) return;
  tryList(t, b.rest, i, ceiling);
  if (b.bySecond.size === 0) return;
  let j = i + 1;
  while (j < ceiling && QUOTE_MARK.test(t.value[j])) j++;
  if (j >= ceiling) return;
  tryList(t, b.bySecond.get(t.lower[j]), i, ceiling);
  if (t.lemma[j] !== t.lower[j]) tryList(t, b.bySecond.get(t.lemma[j]), i, ceiling);
}

/** The longest entry of `index` starting at token i (before `ceiling`). */
export function matchAt(index: Index, t: Tokens, i: number, ceiling: number): Match | undefined {
  const lower = t.lower[i];
  const lemma = t.lemma[i];
  bestEntry = undefined;
  bestEnd = i;
  tryBucket(t, index.get(lower), i, ceiling);
  if (lemma !== lower) tryBucket(t, index.get(lemma), i, ceiling);
  tryBucket(t, index.get('*'), i, ceiling);
  return bestEntry === undefined ? undefined : { entry: bestEntry, first: i, last: bestEnd };
}

/** Non-overlapping longest matches in [from, to), left to right; `skip(k)` excludes tokens. */
export function matchAll(index: Index, t: Tokens, from: number, to: number, skip?: (k: number) => boolean): Match[] {
  const out: Match[] = [];
  for (let i = from; i < to; i++) {
    if (skip?.(i)) continue;
    const m = matchAt(index, t, i, to);
    if (!m) continue;
    let clean = true;
    for (let k = m.first; k < m.last && clean; k++) if (skip?.(k)) clean = false;
    if (!clean) continue;
    out.push(m);
    i = m.last - 1;
  }
  return out;
}
