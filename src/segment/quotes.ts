/**
 * Quotation spans, found in one linear pass per paragraph. Curly marks are unambiguous;
 * a straight " opens when nothing is open and closes otherwise; curly single quotes count
 * when they open at a word start and close at a word end (so apostrophes are skipped), and so do
 * straight single quotes that open at a word start and find a closer in the same paragraph.
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

/** A straight ' that closes a quote: after a word or punctuation, before a space, punctuation or the
 *  end; not a plural possessive ("the states' rights"). */
function straightCloser(text: string, i: number): boolean {
  if (text[i] !== "'" || !/[\p{L}\p{N}.,!?]/u.test(text[i - 1] ?? '') || isWordChar(text[i + 1])) return false;
  return !(text[i - 1] === 's' && text[i + 1] === ' ' && /\p{Ll}/u.test(text[i + 2] ?? ''));
}

/** A straight ' that opens a quote ('We ask for one thing only,' he said): at a word start after a
 *  space or the paragraph start, with a closer later in the paragraph (`lastCloser`, found once per
 *  paragraph so the scan stays linear); an apostrophe ('90s) has none. */
function straightOpener(text: string, i: number, lastCloser: number): boolean {
  return /\p{L}/u.test(text[i + 1] ?? '') && (i === 0 || /[\s(\[—–-]/.test(text[i - 1])) && lastCloser > i + 1;
}

/** Offset of the last straight closer in [from, to), or -1. */
function lastStraightCloser(text: string, from: number, to: number): number {
  for (let j = to - 1; j > from; j--) if (text[j] === "'" && straightCloser(text, j)) return j;
  return -1;
}

/** Scans one paragraph; returns true when a quote was left open at its end. */
function scanParagraph(text: string, p: Paragraph, continues: boolean, out: Quote[]): boolean {
  let open = -1;
  let mark = '';
  let first = true;
  let lastCloser: number | undefined;
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
      else if (c === "'" && straightOpener(text, i, lastCloser ??= lastStraightCloser(text, p.start, p.end))) { open = i; mark = 's'; }
    } else if (mark === '"' && (c === '”' || c === '"')) {
      push(i + 1, i, true);
    } else if (mark === "'" && c === '’' && !isWordChar(text[i + 1]) && !/\s/.test(text[i - 1])) {
      push(i + 1, i, true);
    } else if (mark === 's' && straightCloser(text, i)) {
      push(i + 1, i, true);
    }
  }
  if (open < 0) return false;
  let end = p.end;
  while (end > open + 1 && /\s/.test(text[end - 1])) end--;
  push(end, end, false);
  return true;
}
