/**
 * The statement table of a corpus, as Discourse Network Analyzer users code it by hand: one row
 * per attributed statement (document, date, speaker, actor, question, stance, cues, offsets, text).
 * `agreement` follows DNA's qualifier: 1 for support, 0 for oppose, empty for conditional and
 * none; the `stance` column always holds the label itself.
 */
import type { IdentifiedReport, Stance, StanceReport, StatementsCsvOptions } from '../types';
import { csvDocument, type Cell } from './csv';

/** Columns of `toStatementsCsv`. */
export const STATEMENT_COLUMNS = ['id', 'date', 'speaker', 'actor', 'actor_name', 'question', 'stance', 'agreement',
  'via', 'verb', 'cues', 'start', 'end', 'text'] as const;
/** DNA's agreement qualifier: 1 agrees with the question, 0 disagrees, empty when neither. */
export function agreementOf(stance: Stance): number | undefined {
  return stance === 'support' ? 1 : stance === 'oppose' ? 0 : undefined;
}

/**
 * One CSV row per statement of every report, in input then text order. Offsets point into each
 * document's text (`text.slice(start, end)` is the `text` column).
 * @example
 * writeFileSync('statements.csv', toStatementsCsv([{ id: 'doc-1', report }], { bom: true }));
 */
export function toStatementsCsv(reports: StanceReport | readonly (StanceReport | IdentifiedReport)[], options: StatementsCsvOptions = {}): string {
  const list = Array.isArray(reports) ? reports.map(identified) : [{ id: options.id ?? '', report: reports as StanceReport }];
  return csvDocument(STATEMENT_COLUMNS, list.flatMap(statementRows), options);
}

function identified(r: StanceReport | IdentifiedReport, index: number): IdentifiedReport {
  return 'report' in r && !('actors' in r) ? r : { id: String(index), report: r as StanceReport };
}

function statementRows({ id, report }: IdentifiedReport): Cell[][] {
  const names = new Map(report.actors.map((a) => [a.actor.id, a.actor.name]));
  return report.statements.map((s) => [
    id, report.date, s.speaker, s.actor, names.get(s.actor), report.question.id, s.stance, agreementOf(s.stance),
    s.via, s.cue, s.cues.join(';'), s.start, s.end, s.text,
  ]);
}
