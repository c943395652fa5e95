/**
 * Attribution stage: statement frames for every body sentence (speech and action verbs with
 * their subjects), then quotations with their speakers. Headings and link lines are skipped:
 * they are nobody's voice.
 */
import type { Diagnostic } from '../types';
import type { Doc, Frame, WithActors } from '../document';
import type { Compiled } from '../compiled';
import { sentenceFrames } from './frames';
import { quoteFrame } from './quotes';
import { nominalFrames } from './nominal';

/** Layer 3: the statement frames in text order, frozen, and what attribution found wrong. */
export interface Attribution {
  readonly frames: readonly Frame[];
  readonly diagnostics: readonly Diagnostic[];
}

export function attribute(input: WithActors, c: Compiled): Attribution {
  const frames: Frame[] = [];
  const diagnostics: Diagnostic[] = [];
  // The stages below read the frames found so far through the view (pronouns look back at them).
  const doc: Doc = { ...input, frames };
  let lastQuote: Frame | undefined;
  let qi = 0;
  for (const p of doc.paragraphs) {
    while (qi < doc.quotes.length && doc.quotes[qi].start < p.start) qi++;
    if (p.kind !== 'body') continue;
    const paraFrames: Frame[] = [];
    const bySentence = new Map<number, readonly Frame[]>();
    for (let s = p.firstSentence; s < p.lastSentence; s++) {
      const sentence = doc.sentences[s];
      const found = sentenceFrames(doc, c, sentence);
      bySentence.set(s, found);
      paraFrames.push(...found);
      frames.push(...found);
      // Quotes that end in this sentence can now find their speaker (it may follow them).
      for (; qi < doc.quotes.length && doc.quotes[qi].paragraph === p.index
        && (doc.quotes[qi].end <= sentence.end || s === p.lastSentence - 1); qi++) {
        const q = doc.quotes[qi];
        const runOn = q.continues || lastQuote?.quote !== undefined && doc.quotes[lastQuote.quote].paragraph === p.index;
        const f = quoteFrame(doc, qi, nearby(doc, qi, bySentence), runOn ? lastQuote : lastStatement(paraFrames), diagnostics);
        if (f && f.via === 'quote') { frames.push(f); paraFrames.push(f); }
        if (f) lastQuote = { ...f, quote: qi };
      }
    }
  }
  frames.push(...nominalFrames(doc, c));
  frames.sort((a, b) => a.verb - b.verb);
  return Object.freeze({ frames: Object.freeze(frames.map((f) => Object.freeze(f))), diagnostics: Object.freeze(diagnostics) });
}

/** Verb frames of the sentences a quote touches: its speaker is there (keeps many quotes linear). */
function nearby(doc: Doc, qi: number, bySentence: ReadonlyMap<number, readonly Frame[]>): Frame[] {
  const q = doc.quotes[qi];
  const t = doc.tokens;
  const out: Frame[] = [];
  const first = tokenAt(doc, q.start), last = tokenAt(doc, Math.max(q.start, q.end - 1));
  for (let s = t.sentence[first]; s <= t.sentence[last]; s++) out.push(...(bySentence.get(s) ?? []));
  return out;
}

/** Index of the token at or after character offset `at` (binary search). */
function tokenAt(doc: Doc, at: number): number {
  const t = doc.tokens;
  let lo = 0, hi = t.count - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (t.end[mid] <= at) lo = mid + 1; else hi = mid; }
  return Math.max(0, lo);
}

/** The paragraph's last top-level statement, for a quote with no speaker of its own. */
function lastStatement(frames: readonly Frame[]): Frame | undefined {
  for (let i = frames.length - 1; i >= 0; i--) if (!frames[i].embedded && frames[i].agents[0].actor !== undefined) return frames[i];
  return undefined;
}
