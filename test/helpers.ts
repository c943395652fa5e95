import { analyze, type StanceReport } from '../src';

/** Stance label per actor id. */
export function labels(report: StanceReport): Record<string, string> {
  return Object.fromEntries(report.actors.map((a) => [a.actor.id, a.stance]));
}

/** The report's actor entry for an id, or throws (a clearer failure than undefined access). */
export function actor(report: StanceReport, id: string) {
  const a = report.actors.find((x) => x.actor.id === id);
  if (!a) throw new Error(`actor ${id} not in report: ${report.actors.map((x) => x.actor.id).join(', ')}`);
  return a;
}

/** Analyses and returns the labels, for table-driven tests. */
export function labelsOf(text: string, date?: string): Record<string, string> {
  return labels(analyze(text, date ? { date } : {}));
}
