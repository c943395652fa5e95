/**
 * Per-actor aggregation: statement scores weighted by how they reached the text (a direct quote
 * counts most) and by position (later words describe the position "at the end of the document",
 * guideline 5) are summed into a score in [-1, 1]; any condition makes the position conditional.
 */
import type { Stance, Via } from '../types';
import type { ScoredStatement } from '../stance';

/** Weight of a statement by how it reached the text. */
export const VIA_WEIGHT: Readonly<Record<Via, number>> = { quote: 1, reported: 0.9, action: 0.8 };
/** Weight of a statement reached by a recall-layer rule (an agent found away from its verb). */
export const RECALL_WEIGHT = 0.75;
/** Extra weight, from 0 at the text's start to this at its end. */
const RECENCY_BONUS = 0.3;
/** Share of the evidence the net score must reach to call a position support or oppose. */
const MIN_AGREEMENT = 0.15;

export interface Tally {
  /** Signed, weighted sum. */
  net: number;
  /** Sum of weights. */
  mass: number;
  /** Polarity of the last scored cue, to settle an exact tie. */
  last: number;
  conditions: number;
  /** Statements attributed to the actor, cues or not. */
  statements: number;
}

export function emptyTally(): Tally {
  return { net: 0, mass: 0, last: 0, conditions: 0, statements: 0 };
}

/** Adds one statement's scores to an actor's tally; `position` is 0 … 1 through the text. */
export function addStatement(tally: Tally, s: ScoredStatement, via: (first: number) => Via, position: number, layer = 1): void {
  for (const sc of s.scores) {
    const w = VIA_WEIGHT[via(sc.first)] * sc.weight * (1 + RECENCY_BONUS * position) * layer;
    tally.net += w * Math.sign(sc.polarity);
    tally.mass += w;
    tally.last = Math.sign(sc.polarity);
  }
  tally.conditions += s.conditions.length;
  tally.statements++;
}

export function label(t: Tally): Stance {
  if (t.conditions > 0) return 'conditional';
  if (t.mass === 0) return 'none';
  if (Math.abs(t.net) < MIN_AGREEMENT * t.mass) return t.last > 0 ? 'support' : t.last < 0 ? 'oppose' : 'none';
  return t.net > 0 ? 'support' : 'oppose';
}

/** Score in [-1, 1]: the net share of the evidence; conditional positions are pulled halfway to 0.
 *  Its sign never contradicts the label: evidence split so evenly that the last cue decided the
 *  label keeps its small share with the label's sign. */
export function scoreOf(t: Tally, stance: Stance): number {
  if (t.mass === 0) return 0;
  let s = t.net / t.mass;
  if (stance === 'support' || stance === 'oppose') s = Math.abs(s) * (stance === 'support' ? 1 : -1);
  return Math.round((stance === 'conditional' ? s / 2 : s) * 1000) / 1000 || 0; // never -0: it does not survive JSON
}

/** Confidence of `none` for an actor only mentioned, and for one that spoke without a cue firing
 *  (a missed cue is likelier there); both read off the calibration table (README). */
const NONE_MENTIONED = 0.92;
const NONE_SPOKE = 0.7;
/** `none` although cues fired (they cancelled out): a coin toss. */
const NONE_CANCELLED = 0.5;
/** A conditional position starts here and rises towards CONDITIONAL_FLOOR + CONDITIONAL_RANGE with each condition. */
const CONDITIONAL_FLOOR = 0.45;
const CONDITIONAL_RANGE = 0.45;
/** Support or oppose: the floor, and how much agreement × amount of evidence adds. */
const POSITION_FLOOR = 0.3;
const POSITION_RANGE = 0.65;

/** Confidence in [0, 1] from how much evidence there is and how much of it agrees (see README). */
export function confidenceOf(t: Tally, stance: Stance): number {
  const strength = 1 - Math.exp(-t.mass);
  let c: number;
  if (stance === 'none') c = t.mass > 0 ? NONE_CANCELLED : t.statements > 0 ? NONE_SPOKE : NONE_MENTIONED;
  else if (stance === 'conditional') c = CONDITIONAL_FLOOR + CONDITIONAL_RANGE * (1 - Math.exp(-t.conditions));
  else c = POSITION_FLOOR + POSITION_RANGE * (Math.abs(t.net) / t.mass) * strength;
  return Math.round(c * 1000) / 1000 || 0;
}
