/** Folding for matching, shared by every stage: one char in, one char out, so offsets never move. */

const foldCache = new Map<number, string>();
const BACKTICK = 96;
/** One char folded for matching: curly apostrophes straightened, accents dropped. Length-preserving. */
function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  let f = foldCache.get(code);
  if (f === undefined) {
    if (c === '’' || c === '‘' || c === '`' || c === '´') f = "'";
    else {
      const base = c.normalize('NFD')[0];
      f = base.length === 1 && /\p{L}/u.test(base) ? base : c;
    }
    foldCache.set(code, f);
  }
  return f;
}

/** Characters foldChar may change: beyond ASCII, and the backtick. */
const FOLDABLE = /[^\x00-\x5f\x61-\x7f]/;
/** Folds a whole text or key, keeping every offset (each char maps to exactly one char). */
export function foldText(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && code !== BACKTICK) continue;
    out += text.slice(from, i) + foldChar(text[i]);
    from = i + 1;
  }
  return out + text.slice(from);
}
