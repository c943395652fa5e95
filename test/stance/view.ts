import { analyze } from '../../src';
import { compile, pipeline } from '../../src/analyzer';
import { segment } from '../../src/segment';
import { matchAll, type Match } from '../../src/lexicon/match';

/** A war-news lead so the domain gate is open; the case text follows it. */
export const LEAD = 'Air strikes, shelling and missile attacks continued as the war entered its third year.\n';

/** One actor's position after the lead, as the report gives it: label (or 'absent'), condition kinds, the entry and the report. */
export function stanceOf(body: string, id: string, date = '2025-03-01') {
  const report = analyze(LEAD + body, { date });
  const a = report.actors.find((x) => x.actor.id === id);
  return { stance: a?.stance ?? 'absent', kinds: (a?.conditions ?? []).map((c) => c.kind), actor: a, report };
}

/** Compiled once per file: compiling the data for every case would dominate the run. */
export const c = compile();

/** The stance stage's output for a case after the lead, as words rather than token indices, so a case reads like the sentence. */
export function scored(body: string, date = '2025-03-01') {
  return scoredText(LEAD + body, date);
}

/** The same for a whole text without the lead, for the domain gate's cases. */
export function scoredText(text: string, date = '2025-03-01') {
  const { doc, scored: all } = pipeline(c, text, date);
  const t = doc.tokens;
  const words = (first: number, last: number) => text.slice(t.start[first], t.end[last - 1]);
  return all.map((s) => ({
    actors: s.frame.agents.map((a) => (a.actor === undefined ? '?' : doc.gaz.actors[a.actor].id)),
    verb: t.value[s.frame.verb],
    scores: s.scores.map((x) => ({ words: words(x.first, x.last), polarity: x.polarity, weight: x.weight, cues: x.cues })),
    conditions: s.conditions.map((x) => ({ kinds: x.kinds, marker: x.marker, words: words(x.first, x.last) })),
  }));
}

/** The only score of a case, or throws: one-construction cases must compose exactly one. */
export function onlyScore(body: string) {
  const scores = scored(body).flatMap((s) => s.scores);
  if (scores.length !== 1) throw new Error(`${scores.length} scores: ${JSON.stringify(scores)}`);
  return scores[0];
}

/** Tokens of a bare sentence with the question's cue matches, for the token-level rules (no pipeline needed). */
export function tokensOf(text: string) {
  const t = segment(text).tokens;
  const items = matchAll(c.question.cues, t, 0, t.count);
  const words = (first: number, last: number) => text.slice(t.start[first], t.end[last - 1]);
  /** The cue match with this id (the first one), or throws. */
  const cue = (id: string): Match => {
    const m = items.find((x) => x.entry.id === id);
    if (!m) throw new Error(`no ${id} in "${text}": ${items.map((x) => x.entry.id).join(', ')}`);
    return m;
  };
  return { t, items, words, cue };
}
