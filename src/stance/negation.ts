/**
 * Negation in a clause: where the negators are ("not", "no", "rather than", "no room for" at "for"),
 * which cue each one reaches (four tokens before it, or a negative subject opening the clause), and
 * what is no negation ("not only", "nothing but", a contrastive ", not X,").
 */
import type { Tokens } from '../segment/tokens';
import type { CompiledQuestion } from '../lexicon/compile';
import type { Match } from '../lexicon/match';
import { NO_ROOM_WORDS } from '../data/grammar';

/** Two-word negators: "rather than talk", "instead of negotiating". */
const NEGATING_PAIRS = new Set(['rather than', 'instead of']);
/** "no room for negotiations", "no reason for us to stop": the negation sits at "for" / "to". */
export const NO_ROOM = new Set(NO_ROOM_WORDS);
/** Tokens before a cue within which a negator applies to it. */
const NEGATION_REACH = 4;
/** Negators that can open a clause as its subject. */
const SUBJECT_NEGATORS = new Set(['nobody', 'none', 'nothing', 'neither']);

/** Positions of the clause's negators outside cues; "no room for talks" negates at "for". */
export function negators(t: Tokens, q: CompiledQuestion, items: readonly Match[], from: number, to: number): number[] {
  const negs: number[] = [];
  for (let k = from, m = 0; k < to; k++) {
    while (m < items.length && items[m].last <= k) m++;
    const inCue = m < items.length && items[m].first <= k;
    if (inCue || restrictive(t, k)) continue;
    if (q.negators.has(t.lower[k]) || NEGATING_PAIRS.has(`${t.lower[k - 1]} ${t.lower[k]}`)) negs.push(NO_ROOM.has(t.lower[k + 1]) && /^(?:for|to)$/.test(t.lower[k + 2]) ? k + 2 : k);
  }
  return negs;
}

/** -1 when an odd number of negators reach a cue starting at `head` (up to `upTo`), else 1. A negator
 *  counts when it stands within NEGATION_REACH tokens before the cue's first word, or between its
 *  words ("Full-scale war is not in anyone's interest"), and after `floor` (the last scored cue). */
export function flipAt(t: Tokens, negs: readonly number[], floor: number, from: number, head: number, upTo: number): number {
  let n = 0;
  for (const k of negs) if (k >= floor && (reaches(t, k, head) || negatedSubject(t, k, from)) && k < upTo && !contrastEnded(t, k, head)) n++;
  return n % 2 ? -1 : 1;
}

/** A negator at k within NEGATION_REACH of the cue at head, not counting an aside set off by commas
 *  right after it ("did not, at this stage of the war, want a ceasefire"). */
function reaches(t: Tokens, k: number, head: number): boolean {
  let gap = head - k;
  if (t.value[k + 1] === ',') {
    for (let j = k + 2; j < head; j++) if (t.value[j] === ',') { gap -= j - k; break; }
  }
  return gap <= NEGATION_REACH;
}

/** "not only a ceasefire but …", "nothing more than a ploy", "nothing but a trap": no negation. */
function restrictive(t: Tokens, k: number): boolean {
  const next = t.lower[k + 1];
  return (t.lower[k] === 'not' && next === 'only') || ((next === 'more' || next === 'less') && t.lower[k + 2] === 'than') || next === 'but';
}

/** "Nobody around the cabinet table is talking about a ceasefire", "said nobody in its cabinet would
 *  accept …": a negative subject opening the clause (after its speech verb) negates its verb however
 *  long the subject is. */
function negatedSubject(t: Tokens, k: number, from: number): boolean {
  if (!SUBJECT_NEGATORS.has(t.lower[k]) && !(t.lower[k] === 'no' && t.lower[k + 1] === 'one')) return false;
  for (let j = from; j < k; j++) {
    if (j === from && t.pos[j] === 'VERB') continue; // the reporting verb the clause opens with
    if (!/^[“"‘]$/.test(t.value[j]) && t.lower[j] !== 'that' && t.lower[j] !== 'but') return false;
  }
  return true;
}

/** "talks, not weapons, would end the war": a contrastive ", not" negates only up to its closing comma. */
function contrastEnded(t: Tokens, k: number, head: number): boolean {
  if (t.lower[k] !== 'not' || t.value[k - 1] !== ',') return false;
  for (let j = k + 1; j < head; j++) if (t.value[j] === ',') return true;
  return false;
}
