/**
 * Attribution stage: statement frames for every body sentence (speech and action verbs with
 * their subjects), then quotations with their speakers. Headings and link lines are skipped:
 * they are nobody's voice.
 */
import type { Doc, Frame } from '../document';
import type { Compiled } from '../compiled';
import { sentenceFrames } from './frames';
import { quoteFrame } from './quotes';
import { nominalFrames } from './nominal';

export function attribute(doc: Doc, c: Compiled): void {
  let lastQuote: Frame | undefined;
  let qi = 0;
  for (const p of doc.paragraphs) {
    while (qi < doc.quotes.length && doc.quotes[qi].start < p.start) qi++;
    if (p.kind !== 'body') continue;
    const paraFrames: Frame[] = [];
    for (let s = p.firstSentence; s < p.lastSentence; s++) {
      const sentence = doc.sentences[s];
      const frames = sentenceFrames(doc, c, sentence);
      paraFrames.push(...frames);
      doc.frames.push(...frames);
      // Quotes that end in this sentence can now find their speaker (it may follow them).
      for (; qi < doc.quotes.length && doc.quotes[qi].paragraph === p.index
        && (doc.quotes[qi].end <= sentence.end || s === p.lastSentence - 1); qi++) {
        const q = doc.quotes[qi];
        const runOn = q.continues || lastQuote?.quote !== undefined && doc.quotes[lastQuote.quote].paragraph === p.index;
        const f = quoteFrame(doc, qi, paraFrames, runOn ? lastQuote : lastStatement(paraFrames));
        if (f && f.via === 'quote') { doc.frames.push(f); paraFrames.push(f); }
        if (f) lastQuote = { ...f, quote: qi };
      }
    }
  }
  doc.frames.push(...nominalFrames(doc, c));
  doc.frames.sort((a, b) => a.verb - b.verb);
}

/** The paragraph's last top-level statement, for a quote with no speaker of its own. */
function lastStatement(frames: readonly Frame[]): Frame | undefined {
  for (let i = frames.length - 1; i >= 0; i--) if (!frames[i].embedded && frames[i].agents[0].actor !== undefined) return frames[i];
  return undefined;
}
