/**
 * Compiles actors and known people into one character trie, once per analyzer.
 * Custom actors and people are merged here: a custom actor with a built-in id adds names to it.
 */
import type { ActorData, ActorKind, PersonData } from '../data/types';
import { createTrie, insert, keyOf, type CharTrie } from './trie';
import { HYPHEN_PARTICLE_WORDS } from '../data/grammar';

export type MentionType = 'name' | 'demonym' | 'capital' | 'seat';

/** What a trie key stands for. */
export type Hit =
  | { readonly t: 'actor'; readonly actor: number; readonly type: MentionType; readonly from?: string; readonly to?: string }
  | { readonly t: 'person'; readonly person: number }
  | { readonly t: 'block' };

export interface CompiledActor {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
}

export interface Gazetteer {
  readonly actors: readonly CompiledActor[];
  readonly byId: ReadonlyMap<string, CompiledActor>;
  readonly people: readonly PersonData[];
  readonly trie: CharTrie<Hit>;
  /** Later-mention forms of known people ("Putin", "Xi", "Burhan") → person indices. */
  readonly surnames: ReadonlyMap<string, readonly number[]>;
}

/** A hyphenated name particle at a word's start ("al-", "bin-"): the surname also stands without it. */
const PARTICLE_PREFIX = new RegExp(`^(?:${HYPHEN_PARTICLE_WORDS.join('|')})-`, 'i');

/** A surname without its hyphenated particle: "al-ansari" → "ansari" (unchanged without one). */
export function bareSurname(word: string): string {
  return word.replace(PARTICLE_PREFIX, '');
}

/** Builds the gazetteer from actor entries, people and phrases that are not actors. */
export function compileGazetteer(actorData: readonly ActorData[], people: readonly PersonData[],
  notActors: readonly string[]): Gazetteer {
  const trie = createTrie<Hit>();
  const actors: CompiledActor[] = [];
  const byId = new Map<string, CompiledActor>();
  for (const a of actorData) {
    let actor = byId.get(a.id);
    if (!actor) {
      actor = { index: actors.length, id: a.id, name: a.name, kind: a.kind };
      actors.push(actor);
      byId.set(a.id, actor);
    }
    const add = (list: readonly string[] | undefined, type: MentionType) => {
      for (const s of list ?? []) insert(trie, keyOf(s), { t: 'actor', actor: actor.index, type, from: a.from, to: a.to });
    };
    add(a.names, 'name');
    add(a.demonyms, 'demonym');
    add(a.capitals, 'capital');
    add(a.seats, 'seat');
  }
  const surnames = new Map<string, number[]>();
  people.forEach((p, i) => {
    for (const s of [p.name, ...(p.aliases ?? [])]) insert(trie, keyOf(s), { t: 'person', person: i });
    for (const s of laterForms(p)) {
      const list = surnames.get(s) ?? [];
      if (!list.includes(i)) list.push(i);
      surnames.set(s, list);
    }
  });
  for (const s of notActors) insert(trie, keyOf(s), { t: 'block' });
  return { actors, byId, people, trie, surnames };
}

/** The forms a later mention of a known person can take: its short form and surnames. */
export function laterForms(p: PersonData): string[] {
  const out = new Set<string>();
  if (p.short) out.add(keyOf(p.short));
  for (const full of [p.name, ...(p.aliases ?? [])]) {
    const words = keyOf(full).split(' ');
    const last = words[words.length - 1];
    if (words.length > 1 && !/^[IVX]+$/.test(last)) out.add(last);
    if (bareSurname(last) !== last) out.add(bareSurname(last));
  }
  return [...out];
}

/** True when an entry dated [from, to) is valid on `date` (ISO strings compare in date order). */
export function validOn(date: string, from?: string, to?: string): boolean {
  return (!from || date >= from) && (!to || date < to);
}
