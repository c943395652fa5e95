/** Segment stage: tokens, sentences, paragraphs, quotes, all with offsets into the input. */
import type { Diagnostic } from '../types';
import type { Doc } from '../document';
import { foldText } from './fold';
import { tokenize } from './tokens';
import { paragraphs } from './paragraphs';
import { findQuotes } from './quotes';

/** The segmented text: every field later stages read, none they fill (those start empty). */
export type Segmented = Omit<Doc, 'gaz'>;

/** Segments a text; it knows nothing of actors (the pipeline adds the gazetteer to the Doc). */
export function segment(text: string, date: string, dateKnown: boolean): Segmented {
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
  return {
    text, folded: foldText(text), date, dateKnown, tokens, sentences, paragraphs: paras, paragraphOf, quotes, quoteAt,
    diagnostics, actorMentions: [], actorAt: new Int32Array(tokens.count).fill(-1), persons: [], personKeys: new Map(), personMentions: [],
    personAt: new Int32Array(tokens.count).fill(-1), frames: [],
  };
}
