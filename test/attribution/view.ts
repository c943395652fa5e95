import { analyze } from '../../src';
import { compile, pipeline } from '../../src/analyzer';

/** A war-news lead so the domain gate is open; the case text follows it. */
export const LEAD = 'Air strikes, shelling and missile attacks continued as the war entered its third year.\n';

/** Statements of a text as the public report gives them: [actor, speaker, via, text]. */
export function statements(body: string, date = '2024-06-01') {
  return analyze(LEAD + body, { date }).statements.map((s) => [s.actor, s.speaker, s.via, s.text] as const);
}

/** Compiled once per file: compiling the data for every case would dominate the run. */
const c = compile();

/** The attribution stage's frames of a whole text, as words rather than token indices, so a case reads like the sentence. */
export function framesOf(text: string, date = '2025-03-01') {
  const { doc } = pipeline(c, text, date);
  const t = doc.tokens;
  const words = (first: number, last: number) => doc.text.slice(t.start[first], t.end[last - 1]);
  return doc.frames.map((f) => ({
    actors: f.agents.map((a) => (a.actor === undefined ? '?' : doc.gaz.actors[a.actor].id)),
    speakers: f.agents.map((a) => (a.person === undefined ? undefined : doc.persons[a.person].name)),
    rules: f.agents.map((a) => a.rule),
    agentText: f.agents.map((a) => words(a.first, a.last)),
    verb: t.value[f.verb],
    via: f.via,
    text: words(f.first, f.last),
    embedded: f.embedded,
    reason: f.reason,
    excluded: f.excluded.map(([a, b, why]) => [why, words(a, b)] as const),
  }));
}

/** The frames of a case after the lead (the lead has none: its verbs are no speech or position-taking acts). */
export function frames(body: string, date?: string) {
  return framesOf(LEAD + body, date);
}

/** The one frame whose verb (or first quoted word) is `verb`, or throws: a clearer failure than undefined access. */
export function frameAt(body: string, verb: string, date?: string) {
  const all = frames(body, date);
  const found = all.filter((f) => f.verb === verb);
  if (found.length !== 1) throw new Error(`${found.length} frames at "${verb}"; verbs: ${all.map((f) => f.verb).join(', ')}`);
  return found[0];
}
