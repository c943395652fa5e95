/** Segment stage: tokens, sentences, paragraphs, quotes, all with offsets into the input. */
import type { Diagnostic } from '../types';
import type { Doc } from '../document';
import type { Gazetteer } from '../actors/gazetteer';
import { foldText } from '../actors/trie';
import { tokenize } from './tokens';
import { paragraphs } from './paragraphs';
import { findQuotes } from './quotes';

export function segment(text: string, date: string, gaz: Gazetteer, dateKnown: boolean): Doc {
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
    text, folded: foldText(text), date, dateKnown, gaz, tokens, sentences, paragraphs: paras, paragraphOf, quotes, quoteAt,
    diagnostics, actorMentions: [], actorAt: new Int32Array(tokens.count).fill(-1), persons: [], personKeys: new Map(), personMentions: [],
    personAt: new Int32Array(tokens.count).fill(-1), frames: [],
  };
}
