/**
 * Title matching over lower-cased tokens, compiled once from the TITLES synonym sets.
 * Forms are split into words the way the tokenizer splits text ("secretary-general" →
 * secretary, -, general), and indexed by their last word so a leftward scan finds them.
 */
import { TITLES, TITLE_MODIFIERS, HONORIFICS } from '../data/titles';

export interface TitleMatch {
  readonly role: string;
  /** First token of the title (inclusive). */
  readonly first: number;
  readonly gender?: 'm' | 'f';
  readonly actor?: string;
}

interface Form { readonly words: string[]; readonly role: string; readonly gender?: 'm' | 'f'; readonly actor?: string }

export interface TitleIndex {
  readonly byLast: ReadonlyMap<string, readonly Form[]>;
  readonly modifiers: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
}

const split = (form: string) => form.split(/\s+|(?=-)|(?<=-)/).filter(Boolean);

export function compileTitles(): TitleIndex {
  const byLast = new Map<string, Form[]>();
  const add = (words: string[], t: (typeof TITLES)[number]) => {
    const list = byLast.get(words[words.length - 1]) ?? [];
    list.push({ words, role: t.role, gender: t.gender, actor: t.actor });
    byLast.set(words[words.length - 1], list);
  };
  // The tokenizer keeps some hyphenated words whole ("vice-president") and splits others.
  for (const t of TITLES) for (const f of t.forms) {
    add(split(f), t);
    if (f.includes('-')) add(f.split(/\s+/), t);
  }
  for (const list of byLast.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byLast, modifiers: new Set(TITLE_MODIFIERS), honorifics: new Set(HONORIFICS) };
}

/** The longest title whose last word is token `j`, or undefined. */
export function titleEndingAt(index: TitleIndex, lower: readonly string[], j: number, floor = 0): TitleMatch | undefined {
  const forms = index.byLast.get(lower[j]);
  if (!forms) return undefined;
  for (const f of forms) {
    const first = j - f.words.length + 1;
    if (first < floor) continue;
    let ok = true;
    for (let k = 0; k < f.words.length - 1 && ok; k++) ok = lower[first + k] === f.words[k];
    if (ok) return { role: f.role, first, gender: f.gender, actor: f.actor };
  }
  return undefined;
}
