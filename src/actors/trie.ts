/**
 * A character trie over data strings (actor names, people), matched at token starts and
 * accepted only where a match ends on a token end. Matching by characters means data strings
 * never need tokenising (cheap to compile), and one walk finds the longest entry.
 */
import { foldText } from '../segment/fold';

/**
 * One node. Most nodes of a name trie have one child ("Zelensk…" has no branches), so a lone
 * child sits inline (`code`, `only`) and a Map is made only where the trie branches: compiling
 * builds ~5k Maps instead of ~30k, which is most of a cold start's own cost.
 * Every node has all fields, so all share one shape.
 */
interface Node<T> {
  code: number;
  only: Node<T> | null;
  next: Map<number, Node<T>> | null;
  items: T[] | null;
}

const node = <T>(): Node<T> => ({ code: -1, only: null, next: null, items: null });

/** The child of `n` for char code `c`. */
function child<T>(n: Node<T>, c: number): Node<T> | undefined {
  if (n.next !== null) return n.next.get(c);
  return n.code === c && n.only !== null ? n.only : undefined;
}

const hasChildren = <T>(n: Node<T>) => n.next !== null || n.only !== null;

export interface CharTrie<T> {
  readonly root: Node<T>;
}

/** True when some key starts with this char code (a fast reject before walking the trie). */
export function canStart<T>(trie: CharTrie<T>, code: number): boolean {
  return child(trie.root, code) !== undefined || (hasChildren(trie.root) && code >= 65 && code <= 90);
}

const SPACE = 32;

export function createTrie<T>(): CharTrie<T> {
  return { root: node<T>() };
}

/** Adds `key` (already folded, single spaces) with `item`. */
export function insert<T>(trie: CharTrie<T>, key: string, item: T): void {
  let n = trie.root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let next = child(n, c);
    if (!next) {
      next = node<T>();
      if (!hasChildren(n)) { n.code = c; n.only = next; }
      else {
        if (n.next === null) { n.next = new Map([[n.code, n.only!]]); n.only = null; n.code = -1; }
        n.next.set(c, next);
      }
    }
    n = next;
  }
  (n.items ??= []).push(item);
}

/**
 * Longest entry starting at `from` in `folded` (the text folded by `foldText`) that ends where
 * `endsToken[pos]` is set. A run of spaces or tabs in the text matches one space in a key;
 * line breaks never match. `caps` lower-cases letters after a word's first, so an all-capitals
 * dateline ("KYIV") reaches "Kyiv". Returns [endOffset, items] or undefined.
 */
export function longestAt<T>(trie: CharTrie<T>, folded: string, from: number,
  endsToken: Uint8Array, caps = false): [number, T[]] | undefined {
  let n: Node<T> | undefined = trie.root;
  let best: [number, T[]] | undefined;
  let i = from;
  let wordStart = true;
  while (n !== undefined && hasChildren(n) && i < folded.length) {
    let c = folded.charCodeAt(i);
    if (c === SPACE || c === 9 || c === 0xa0) {
      n = child(n, SPACE);
      while (i < folded.length && isBlank(folded.charCodeAt(i))) i++;
      wordStart = true;
    } else {
      if (caps && !wordStart && c >= 65 && c <= 90) c += 32;
      n = child(n, c);
      i++;
      wordStart = c === 45 || c === 39; // after "-" or "'" a capital may follow (Guinea-Bissau)
    }
    if (n !== undefined && n.items !== null && endsToken[i] === 1) best = [i, n.items];
  }
  return best;
}

const isBlank = (c: number) => c === SPACE || c === 9 || c === 0xa0;

/** A data string as a trie key: folded, whitespace collapsed to single spaces. */
export function keyOf(s: string): string {
  return foldText(s.trim().replace(/\s+/g, ' '));
}
