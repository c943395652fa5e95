/**
 * Who a quotation belongs to: the speech verb after it in its sentence ("…,” X said), else the
 * one before it ("X said: “…”"), else the speaker of the paragraph's previous quote ("…,” he
 * said. “…”"), else the previous quote's speaker when it runs on from the last paragraph, else
 * the last statement in the paragraph. Quotes inside a reported statement are that statement's.
 */
import type { Diagnostic } from '../types';
import type { Doc, Frame } from '../document';
import type { Quote } from '../segment/quotes';

/** Furthest a speech verb may follow a quote's closing mark, in tokens. */
const MAX_AFTER = 14;
/** Quotes shorter than this are scare quotes; no diagnostic when nobody said them. */
const MIN_QUOTE_WORDS = 4;

/** Token range [first, last) of a quote's words. */
export function quoteTokens(doc: Doc, qi: number): [number, number] | undefined {
  const t = doc.tokens;
  const q = doc.quotes[qi];
  let lo = 0, hi = t.count;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (t.start[mid] < q.innerStart) lo = mid + 1; else hi = mid; }
  let last = lo;
  while (last < t.count && doc.quoteAt[last] === qi) last++;
  return last > lo ? [lo, last] : undefined;
}

/** The frame that speaks quote qi: a new quote frame, or the reported frame that already holds it. */
export function quoteFrame(doc: Doc, qi: number, frames: readonly Frame[], previous: Frame | undefined,
  diagnostics: Diagnostic[]): Frame | undefined {
  const span = quoteTokens(doc, qi);
  if (!span) return undefined;
  const [first, last] = span;
  const holder = frames.find((f) => !f.embedded && f.via === 'reported' && f.first <= first && last <= f.last);
  if (holder) return holder;
  const q = doc.quotes[qi];
  const speaker = after(doc, frames, last) ?? before(doc, frames, first) ?? previous?.agents;
  if (!speaker) {
    if (q.innerEnd - q.innerStart > 0 && last - first >= MIN_QUOTE_WORDS) {
      diagnostics.push({ code: 'unattributed-quote', message: 'quotation with no speaker found', start: q.start, end: q.end });
    }
    return undefined;
  }
  return { agents: speaker, verb: first, via: 'quote', first, last, excluded: [], quote: qi, embedded: false };
}

/** The speech frame right after the quote's close, in the same sentence. */
function after(doc: Doc, frames: readonly Frame[], last: number) {
  const t = doc.tokens;
  const sentence = t.sentence[Math.min(last, t.count - 1)];
  for (const f of frames) {
    if (f.embedded || f.via !== 'reported' || f.verb < last || f.verb - last > MAX_AFTER) continue;
    if (t.sentence[f.verb] !== sentence && t.sentence[f.verb] !== t.sentence[last - 1]) continue;
    if (quoteBetween(doc, last, f.verb)) continue;
    return f.agents;
  }
  return undefined;
}

/** The speech frame before the quote's opening, in the same sentence, with no other quote between. */
function before(doc: Doc, frames: readonly Frame[], first: number) {
  const t = doc.tokens;
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    if (f.embedded || f.via !== 'reported' || f.verb >= first) continue;
    if (t.sentence[f.verb] !== t.sentence[first]) return undefined;
    if (quoteBetween(doc, f.verb, first - 1)) return undefined;
    return f.agents;
  }
  return undefined;
}

function quoteBetween(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.quoteAt[k] >= 0) return true;
  return false;
}

export type { Quote };
