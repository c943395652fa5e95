/**
 * Tokens with character offsets, from one wink-nlp pass. wink's tokenisation is lossless
 * (preceding spaces + token values rebuild the text), so offsets are running sums.
 * Very long texts are read in chunks at paragraph breaks so memory stays bounded and time linear.
 */
import { wink } from '../nlp';
import { QUOTES_WORDS } from '../data/grammar';

/** Cheap test before the regex: ends with 's or ’s. */
function endsPossessive(v: string): boolean {
  const n = v.length;
  if (n < 3) return false;
  const s = v.charCodeAt(n - 1) | 32, q = v.charCodeAt(n - 2);
  return s === 115 && (q === 39 || q === 0x2019);
}

const QUOTES = new Set(QUOTES_WORDS);

const CLITIC = /^(?:s|re|ll|ve|d|m|t|em)$/i;

/** How many quote marks are glued to the front of a word token ("’Foreign" → 1); 0 for a bare mark. */
function leadingQuotes(v: string): number {
  let k = 0;
  while (k < v.length && QUOTES.has(v[k])) k++;
  if (k === 0 || k === v.length || !/[\p{L}\p{N}]/u.test(v[k])) return 0;
  return CLITIC.test(v.slice(k)) ? 0 : k; // "’s", "’re", "’ll" are clitics, not quoted words
}

/** Whitespace only (wink gives line breaks and odd spaces as tokens). */
function isBlank(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x200b) && c !== 0x3000 && c !== 0xfeff) return v.trim() === '';
  }
  return true;
}

/** A word with a possessive glued on: "Israel’s" → "Israel" + "’s". */
const POSSESSIVE = /^(.*[\p{L}\p{N}.])(['’][sS])$/u;

/** Longest piece handed to one `readDoc` call; cut at a line break at or before it. */
const CHUNK_CHARS = 200_000;

/** Struct-of-arrays token table; index i describes token i. */
export interface Tokens {
  readonly text: string;
  readonly count: number;
  /** The token as written. */
  readonly value: string[];
  readonly lower: string[];
  readonly lemma: string[];
  readonly pos: string[];
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Sentence index of each token. */
  readonly sentence: Int32Array;
}

export interface Sentence {
  readonly index: number;
  /** First token (inclusive) and last token (exclusive). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
}

/** Where to cut the text into `readDoc` pieces: offsets just after a line break. */
function chunkBounds(text: string): number[] {
  const cuts = [0];
  let from = 0;
  while (text.length - from > CHUNK_CHARS) {
    let cut = text.lastIndexOf('\n', from + CHUNK_CHARS);
    if (cut <= from) cut = from + CHUNK_CHARS; // one giant line: cut anyway, mid-sentence
    else cut += 1;
    cuts.push(cut);
    from = cut;
  }
  cuts.push(text.length);
  return cuts;
}

/** Token columns under construction: offsets in growable typed arrays (no boxed numbers, one copy at the end). */
interface Columns {
  readonly value: string[];
  readonly lemma: string[];
  readonly pos: string[];
  readonly lower: string[];
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
  sentenceOf: Int32Array<ArrayBuffer>;
  n: number;
}

function push(c: Columns, v: string, lem: string, tag: string, start: number, end: number): void {
  if (c.n === c.starts.length) { c.starts = grow(c.starts); c.ends = grow(c.ends); c.sentenceOf = grow(c.sentenceOf); }
  c.value.push(v); c.lemma.push(lem); c.pos.push(tag); c.lower.push(v.toLowerCase());
  c.starts[c.n] = start; c.ends[c.n] = end; c.sentenceOf[c.n] = -1;
  c.n++;
}

/** Reads `text` with wink and returns tokens (whitespace dropped) and sentences split at line breaks. */
export function tokenize(text: string): { tokens: Tokens; sentences: Sentence[] } {
  const nlp = wink();
  const c: Columns = { value: [], lemma: [], pos: [], lower: [], starts: new Int32Array(256), ends: new Int32Array(256), sentenceOf: new Int32Array(256), n: 0 };
  const sentences: Sentence[] = [];
  const bounds = chunkBounds(text);
  for (let k = 0; k + 1 < bounds.length; k++) readPiece(nlp, text, bounds[k], bounds[k + 1], c, sentences);
  const tokens: Tokens = {
    text, count: c.n, value: c.value, lemma: c.lemma, pos: c.pos, lower: c.lower,
    start: c.starts.slice(0, c.n), end: c.ends.slice(0, c.n), sentence: c.sentenceOf.slice(0, c.n),
  };
  return { tokens, sentences };
}

/** Reads text[base, end) with wink, appends its tokens and its sentences (split at line breaks). */
function readPiece(nlp: ReturnType<typeof wink>, text: string, base: number, end: number, c: Columns, sentences: Sentence[]): void {
  const its = nlp.its;
  const piece = text.slice(base, end);
  const doc = nlp.readDoc(piece);
  const tk = doc.tokens();
  const vals = tk.out() as string[];
  const lems = tk.out(its.lemma as never) as string[];
  const tags = tk.out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as number[][];
  // Map wink token index -> our index (-1 for whitespace tokens such as line breaks).
  // Offsets: wink is lossless, so each token is the next occurrence of its value.
  const map = new Int32Array(vals.length);
  const wide = new Uint8Array(vals.length); // extra tokens of ours where one wink token was split
  let at = 0;
  for (let i = 0; i < vals.length; i++) {
    const v = vals[i];
    if (tags[i] === 'SPACE' || isBlank(v)) { map[i] = -1; continue; }
    const found = piece.indexOf(v, at);
    const pos = found < 0 ? at : found;
    map[i] = c.n;
    pushWinkToken(c, v, lems[i] ?? v, tags[i] ?? 'X', base + pos);
    wide[i] = c.n - map[i] - 1;
    at = pos + v.length;
  }
  for (const [a, b] of spans) splitAtBreaks(text, map, wide, a, b, c.starts, c.ends, c.sentenceOf, sentences);
}

/** One wink token at offset `from`. wink's word cache sometimes keeps "Israel’s" or "’Foreign" whole
 *  (after it has seen it so): possessives and glued quote marks are split here, so tokens never
 *  depend on which texts were read before. */
function pushWinkToken(c: Columns, v: string, lemma: string, tag: string, from: number): void {
  const lead = leadingQuotes(v);
  for (let q = 0; q < lead; q++) push(c, v[q], v[q], 'PUNCT', from + q, from + q + 1);
  const core = lead > 0 ? v.slice(lead) : v;
  const start = from + lead;
  const poss = endsPossessive(core) ? POSSESSIVE.exec(core) : null;
  if (poss) {
    const stem = poss[1];
    push(c, stem, stem.toLowerCase(), tag, start, start + stem.length);
    push(c, poss[2], poss[2].toLowerCase(), 'PART', start + stem.length, start + core.length);
    return;
  }
  const lem = lemma.toLowerCase();
  push(c, core, lead > 0 ? lem.slice(lem.length > lead && leadingQuotes(lem) === lead ? lead : 0) : lem, tag, start, start + core.length);
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** True when a line break lies in text[from, to) (the gap between two tokens). */
function breakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Adds wink sentence [a, b] (inclusive wink indices), split wherever a line break lies between tokens. */
function splitAtBreaks(text: string, map: Int32Array, wide: Uint8Array, a: number, b: number,
  starts: Int32Array, ends: Int32Array, sentenceOf: Int32Array, out: Sentence[]): void {
  let first = -1, last = -1;
  const close = () => {
    if (first < 0) return;
    const s: Sentence = { index: out.length, first, last: last + 1, start: starts[first], end: ends[last] };
    for (let t = first; t <= last; t++) sentenceOf[t] = s.index;
    out.push(s);
    first = -1;
  };
  for (let w = a; w <= b; w++) {
    const t = map[w];
    if (t < 0) continue;
    if (first >= 0 && breakBetween(text, ends[last], starts[t])) close();
    if (first < 0) first = t;
    last = t + wide[w];
  }
  close();
}
