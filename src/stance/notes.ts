/**
 * Why a scored statement, or a part of it, gave nothing: recorded by the stance stage where the
 * rule decides, only when `analyze(text, { trace: true })` asks (the report's `trace`).
 */
import type { Frame } from '../document';
import type { DropReason } from '../data/reasons';

/** A part of a statement's words [first, last) (tokens) that counts for nothing, with why. */
export interface Skip {
  readonly reason: DropReason;
  readonly first: number;
  readonly last: number;
}

export interface FrameNote {
  /** Why the whole statement counts for nothing; undefined when a score or condition came of it. */
  readonly dropped?: DropReason;
  readonly skipped: readonly Skip[];
}

/** Notes of the scored frames, filled by `scoreStatements` when given. */
export type Notes = Map<Frame, FrameNote>;

/** The frame's excluded ranges and `skipped` parts, clipped to its words, in text order. */
export function partsOf(f: Frame, skipped: readonly Skip[]): Skip[] {
  return [...f.excluded.map(([first, last, reason]) => ({ reason, first, last })), ...skipped]
    .map((p) => ({ reason: p.reason, first: Math.max(p.first, f.first), last: Math.min(p.last, f.last) }))
    .filter((p) => p.first < p.last)
    .sort((a, b) => a.first - b.first);
}

/**
 * Why a statement whose range holds cues gave no score: `no-score` when its own words hold one,
 * else the first skipped part (a dropped clause or cue, a range cut out of its words) that held
 * one. `before` counts cue and marker starts before each token.
 */
export function emptyReason(before: Int32Array, f: Frame, skipped: readonly Skip[]): DropReason {
  const parts = partsOf(f, skipped);
  const off = new Uint8Array(f.last - f.first);
  for (const p of parts) off.fill(1, p.first - f.first, p.last - f.first);
  for (let k = f.first; k < f.last; k++) if (!off[k - f.first] && before[k + 1] > before[k]) return 'no-score';
  return parts.find((p) => before[p.last] > before[p.first])?.reason ?? 'no-score';
}
