/**
 * Paragraphs (one per line) and what kind of unit each is. Headlines, standfirsts and
 * subheads ("heading") and link lines ("Also read | …") are not anyone's voice: actors named
 * there count as mentions, but nothing said there is attributed (annotation guideline 6).
 */
import type { Sentence } from './tokens';
import { LINK_LINE_WORDS } from '../data/grammar';

export type UnitKind = 'heading' | 'link' | 'body';

export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly kind: UnitKind;
  /** Sentences [first, last). */
  readonly firstSentence: number;
  readonly lastSentence: number;
}

/** A line that introduces another article: "Also read | …", "Read: …", "READ MORE: …". */
const LINK_LINE = new RegExp(`^\\s*(?:${LINK_LINE_WORDS.join('|')})\\s*[|:\\-–—]`, 'i');
/** Ends like a sentence: a full stop, ? or !, maybe followed by closing quotes or brackets. */
const TERMINAL = /[.!?…]["”’')\]]*\s*$/;
/** Unterminated lines shorter than this are headings (subheads, bylines, captions). */
const MAX_HEADING_CHARS = 160;

/** Splits text into non-empty lines, classifies them, and assigns sentences to them. */
export function paragraphs(text: string, sentences: readonly Sentence[]): Paragraph[] {
  const out: Paragraph[] = [];
  let s = 0;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    if (line.trim() !== '') {
      const firstSentence = s;
      while (s < sentences.length && sentences[s].start < to) s++;
      const kind = classify(line, out.length === 0, text.length > to);
      out.push({ index: out.length, start: from, end: to, kind, firstSentence, lastSentence: s });
    }
    from = to + 1;
  }
  return out;
}

function classify(line: string, first: boolean, more: boolean): UnitKind {
  if (LINK_LINE.test(line)) return 'link';
  if (!more && first) return 'body'; // a one-line text is all body
  if (!TERMINAL.test(line) && (first || line.length < MAX_HEADING_CHARS)) return 'heading';
  return 'body';
}
