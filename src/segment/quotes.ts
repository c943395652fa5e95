/**
 * Quotation spans, found in one linear pass per paragraph. Curly marks are unambiguous;
 * a straight " opens when nothing is open and closes otherwise; curly single quotes count
 * when they open at a word start and close at a word end (so apostrophes are skipped).
 * A quote still open at the end of its paragraph ends there: if the next paragraph opens
 * with a quote mark it is the journalistic run-on convention (`continues` on the next quote),
 * otherwise the report gets an `unclosed-quote` diagnostic.
 */
import type { Diagnostic } from '../types';
import type { Paragraph } from './paragraphs';

export interface Quote {
  /** Offsets of the whole quote, marks included (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Offsets of the quoted words. */
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly paragraph: number;
  /** False when the paragraph ended before a closing mark. */
  readonly closed: boolean;
  /** True when this quote carries on an unclosed quote of the previous paragraph. */
  readonly continues: boolean;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPENERS = '“"‘';

/** Finds the quotes of every paragraph; unclosed ones add a diagnostic. */
export function findQuotes(text: string, paras: readonly Paragraph[], diagnostics: Diagnostic[]): Quote[] {
  const quotes: Quote[] = [];
  let runOn = false;
  for (const p of paras) {
    const opensWithQuote = OPENERS.includes(text[firstNonSpace(text, p.start, p.end)] ?? '');
    const last = quotes[quotes.length - 1];
    if (runOn && last && !opensWithQuote) {
      diagnostics.push({ code: 'unclosed-quote', message: 'quotation mark opened but never closed in this paragraph', start: last.start, end: last.end });
    }
    runOn = scanParagraph(text, p, runOn && opensWithQuote, quotes);
  }
  const last = quotes[quotes.length - 1];
  if (runOn && last) diagnostics.push({ code: 'unclosed-quote', message: 'quotation mark opened but never closed', start: last.start, end: last.end });
  return quotes;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i])) i++;
  return i;
}

/** Scans one paragraph; returns true when a quote was left open at its end. */
function scanParagraph(text: string, p: Paragraph, continues: boolean, out: Quote[]): boolean {
  let open = -1;
  let mark = '';
  let first = true;
  const push = (end: number, innerEnd: number, closed: boolean) => {
    out.push({ start: open, end, innerStart: open + 1, innerEnd, paragraph: p.index, closed, continues: continues && first });
    first = false;
    open = -1;
  };
  for (let i = p.start; i < p.end; i++) {
    const c = text[i];
    if (open < 0) {
      if (c === '“' || c === '"') { open = i; mark = '"'; }
      else if (c === '‘' && isWordChar(text[i + 1]) && !isWordChar(text[i - 1])) { open = i; mark = "'"; }
    } else if (mark === '"' && (c === '”' || c === '"')) {
      push(i + 1, i, true);
    } else if (mark === "'" && c === '’' && !isWordChar(text[i + 1]) && !/\s/.test(text[i - 1])) {
      push(i + 1, i, true);
    }
  }
  if (open < 0) return false;
  let end = p.end;
  while (end > open + 1 && /\s/.test(text[end - 1])) end--;
  push(end, end, false);
  return true;
}
