/**
 * Marks inside an evidence span: where its cue words and condition phrases are (character
 * offsets into the text), for readers that highlight them (toHtml). The stance stage keeps token
 * ranges of whole scores only, so the cues named by a score are found again in its own range.
 */
import type { ConditionKind, EvidenceMark } from '../types';
import type { Doc } from '../document';
import type { CompiledQuestion } from '../lexicon/compile';
import type { Scored } from '../document';
import { matchAll } from '../lexicon/match';
import { markers } from '../stance/conditions';

interface ConditionFound { readonly kinds: readonly ConditionKind[]; readonly marker: string; readonly first: number; readonly last: number }

const none = () => false;

function mark(doc: Doc, kind: EvidenceMark['kind'], id: string, first: number, last: number): EvidenceMark {
  return { kind, id, start: doc.tokens.start[first], end: doc.tokens.end[last - 1] };
}

/** The cue words of a score: the matches in its range whose entry it names. */
export function cueMarks(doc: Doc, q: CompiledQuestion, sc: Scored): EvidenceMark[] {
  const ids = new Set(sc.cues);
  return matchAll(q.cues, doc.tokens, sc.first, sc.last).filter((m) => ids.has(m.entry.id)).map((m) => mark(doc, 'cue', m.entry.id, m.first, m.last));
}

/** A condition's phrase (one mark per kind) and the contingency marker nearest to it. */
export function conditionMarks(doc: Doc, q: CompiledQuestion, cond: ConditionFound): EvidenceMark[] {
  const t = doc.tokens;
  const out = cond.kinds.map((k) => mark(doc, 'condition', k, cond.first, cond.last));
  const from = doc.sentences[t.sentence[cond.first]].first;
  const next = doc.sentences[t.sentence[cond.last - 1] + 1];
  const to = next ? next.last : doc.sentences[t.sentence[cond.last - 1]].last;
  const found = markers(t, q, from, to, none).filter((m) => m.entry.id === cond.marker);
  const distance = (first: number) => Math.abs(first < cond.first ? cond.first - first : first - cond.last);
  const nearest = found.sort((a, b) => distance(a.last) - distance(b.last))[0];
  if (nearest) out.unshift(mark(doc, 'cue', cond.marker, nearest.first, nearest.last));
  return out;
}

/** The marks clipped to [start, end) (a condition may run on past a quote's end), in text order. */
export function within(marks: readonly EvidenceMark[], start: number, end: number): EvidenceMark[] {
  return marks.map((m) => ({ ...m, start: Math.max(m.start, start), end: Math.min(m.end, end) }))
    .filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
}
