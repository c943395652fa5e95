/**
 * The report's optional `trace` (`analyze(text, { trace: true })`): every statement frame in text
 * order with the ids that fired, or why it counts for nothing, so any label can be audited.
 */
import type { TraceAgent, TraceEntry } from '../types';
import type { Doc, Frame } from '../document';
import type { DropReason } from '../data/reasons';
import type { ScoredStatement } from '../stance';
import { partsOf, type FrameNote, type Notes, type Skip } from '../stance/notes';
import type { Agent } from '../document';
import { trim } from './index';

export function buildTrace(doc: Doc, scored: readonly ScoredStatement[], notes: Notes): TraceEntry[] {
  const byFrame = new Map(scored.map((s) => [s.frame, s]));
  return doc.frames.map((f) => traceEntry(doc, f, byFrame.get(f), notes.get(f)));
}

function traceEntry(doc: Doc, f: Frame, s: ScoredStatement | undefined, note: FrameNote | undefined): TraceEntry {
  const t = doc.tokens;
  const { start, end } = trim(doc.text, t.start[f.first], t.end[f.last - 1]);
  const scores = (s?.scores ?? []).map((x) => ({ cues: x.cues, polarity: x.polarity, ...span(doc, x.first, x.last) }));
  const conditions = (s?.conditions ?? []).map((x) => ({ cue: x.marker, kinds: x.kinds, ...span(doc, x.first, x.last) }));
  const fired = [...scores.flatMap((x) => x.cues), ...conditions.flatMap((x) => [x.cue, ...x.kinds.map((k) => `kind.${k}`)])];
  const rules = fired.length ? [...new Set([...fired, ...f.agents.flatMap((a) => (a.rule ? [a.rule] : []))])] : [];
  return {
    agents: f.agents.map((a) => traceAgent(doc, a)),
    verb: f.via === 'quote' ? 'quote' : t.value[f.verb],
    via: f.via,
    text: doc.text.slice(start, end), start, end,
    rules, scores, conditions,
    ...(rules.length ? {} : { dropped: droppedReason(f, note) }),
    skipped: skippedParts(doc, f, note?.skipped ?? []),
  };
}

/** Why a frame that fired nothing counts for nothing. */
function droppedReason(f: Frame, note: FrameNote | undefined): DropReason {
  if (f.embedded && f.reason) return f.reason;
  if (f.agents.every((a) => a.actor === undefined)) return 'unknown-actor';
  return note?.dropped ?? 'no-score';
}

function traceAgent(doc: Doc, a: Agent): TraceAgent {
  const { start, end } = span(doc, a.first, a.last);
  return {
    ...(a.actor !== undefined ? { actor: doc.gaz.actors[a.actor].id } : {}),
    text: doc.text.slice(start, end), start, end,
    ...(a.person !== undefined ? { speaker: doc.persons[a.person].name } : {}),
    ...(a.rule ? { rule: a.rule } : {}),
  };
}

/** Excluded ranges and skipped clauses and cues inside the frame, in text order, as character offsets. */
function skippedParts(doc: Doc, f: Frame, skipped: readonly Skip[]): TraceEntry['skipped'] {
  return partsOf(f, skipped).map((p) => ({ reason: p.reason, ...span(doc, p.first, p.last) }));
}

/** Character offsets of tokens [first, last). */
function span(doc: Doc, first: number, last: number): { start: number; end: number } {
  return { start: doc.tokens.start[first], end: doc.tokens.end[last - 1] };
}
