import { compile, pipeline } from '../../src/analyzer';
import type { Doc } from '../../src/document';

/** Compiled once per file: compiling the data for every case would dominate the run. */
export const c = compile();

/** The pipeline's document of a text, for cases that look at the actor layer's own values. */
export function docOf(text: string, date = '2024-06-01'): Doc {
  return pipeline(c, text, date).doc;
}

/** Actor ids mentioned in a text (names, demonyms, capitals, seats, and people's actors). */
export function mentioned(text: string, date = '2024-06-01'): string[] {
  const doc = docOf(text, date);
  const ids = doc.actorMentions.map((m) => doc.gaz.actors[m.actor].id);
  for (const p of doc.persons) if (p.actor !== undefined) ids.push(doc.gaz.actors[p.actor].id);
  return [...new Set(ids)];
}

/** Each person found: name → [actor id, role]. */
export function people(text: string, date = '2024-06-01'): Record<string, [string | undefined, string | undefined]> {
  const doc = docOf(text, date);
  return Object.fromEntries(doc.persons.map((p) => [p.name, [p.actor === undefined ? undefined : doc.gaz.actors[p.actor].id, p.role]]));
}

/** Index of the first token written `word` (the nth when asked), or throws: a clearer failure than -1. */
export function at(doc: Doc, word: string, nth = 0): number {
  const found = doc.tokens.value.flatMap((v, k) => (v === word ? [k] : []));
  if (found.length <= nth) throw new Error(`no token "${word}" #${nth} in: ${doc.tokens.value.join(' ')}`);
  return found[nth];
}

/** The text of tokens [first, last), so a span reads like the sentence. */
export function words(doc: Doc, span: readonly [number, number] | undefined): string | undefined {
  return span && doc.text.slice(doc.tokens.start[span[0]], doc.tokens.end[span[1] - 1]);
}

/** Actor id of an actor index, or undefined. */
export function idOf(doc: Doc, actor: number | undefined): string | undefined {
  return actor === undefined ? undefined : doc.gaz.actors[actor].id;
}
