import { analyze } from '../../src';
import { LEAD } from '../stance/view';

export { LEAD };

/** A case after the lead, analysed on a fixed date: the text (offsets index it) and its report. */
export function reportOf(body: string, date = '2025-03-01') {
  const text = LEAD + body;
  return { text, report: analyze(text, { date }) };
}

/** The report's entry of one actor, or throws: a clearer failure than undefined access. */
export function actorOf(body: string, id: string) {
  const { text, report } = reportOf(body);
  const a = report.actors.find((x) => x.actor.id === id);
  if (!a) throw new Error(`${id} not in report: ${report.actors.map((x) => x.actor.id).join(', ')}`);
  return { text, actor: a };
}
