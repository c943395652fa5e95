/** Segment stage: tokens, sentences, paragraphs, quotes, all with offsets into the input. */
import type { Diagnostic } from '../types';
import type { Segmented } from '../document';
import { foldText } from './fold';
import { tokenize } from './tokens';
import { paragraphs } from './paragraphs';
import { findQuotes } from './quotes';

/** Segments a text; it knows nothing of actors or of the text's date. */
export function segment(text: string): Segmented {
  const { tokens, sentences } = tokenize(text);
  const paras = paragraphs(text, sentences);
  const paragraphOf = new Int32Array(sentences.length).fill(-1);
  for (const p of paras) for (let s = p.firstSentence; s < p.lastSentence; s++) paragraphOf[s] = p.index;
  const diagnostics: Diagnostic[] = [];
  const quotes = findQuotes(text, paras, diagnostics);
  const quoteAt = new Int32Array(tokens.count).fill(-1);
  let t = 0;
  quotes.forEach((q, qi) => {
    while (t < tokens.count && tokens.start[t] < q.innerStart) t++;
    for (let k = t; k < tokens.count && tokens.end[k] <= q.innerEnd; k++) quoteAt[k] = qi;
  });
  return Object.freeze({ text, folded: foldText(text), tokens, sentences, paragraphs: paras, paragraphOf, quotes, quoteAt, diagnostics });
}
