/**
 * Plain-text renderings of a report: Markdown for notes and issues, CSV for spreadsheets,
 * and an aligned table for terminals. One row per actor, strongest position first.
 */
import type { ActorCsvOptions, ActorStance, StanceReport } from '../types';
import { csvDocument, type Cell } from './csv';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The columns shared by every format. */
function row(a: ActorStance, width: number): string[] {
  return [
    a.actor.id,
    a.stance,
    a.confidence.toFixed(2),
    a.conditions.map((c) => c.kind).join(', ') || '-',
    clip(oneLine(a.evidence[0]?.text ?? ''), width),
  ];
}

const HEADER = ['actor', 'stance', 'confidence', 'conditions', 'best evidence'];

/**
 * Renders a report as Markdown: a table of actors, then each position's evidence and speakers.
 * @example
 * console.log(toMarkdown(analyze(text)));
 */
export function toMarkdown(report: StanceReport): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `**${report.question.label}** (question \`${report.question.id}\`, office holders as of ${report.date})`,
    '',
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...report.actors.map((a) => `| ${row(a, 120).map(cell).join(' | ')} |`),
  ];
  for (const a of report.actors.filter((x) => x.stance !== 'none')) {
    lines.push('', `### ${a.actor.name} (${a.actor.id}): ${a.stance}`);
    if (a.speakers.length) lines.push(`Speakers: ${a.speakers.map((s) => (s.role ? `${s.name} (${s.role})` : s.name)).join(', ')}`);
    for (const c of a.conditions) lines.push(`- condition **${c.kind}**: “${oneLine(c.text)}”`);
    for (const e of a.evidence) lines.push(`- ${e.via}${e.speaker ? `, ${e.speaker}` : ''}: “${oneLine(e.text)}” \`${e.cues.join(' ')}\``);
  }
  return `${lines.join('\n')}\n`;
}

/** CSV columns of `toCsv`: the first eleven are those of 0.1.0, in the same order. */
export const CSV_COLUMNS = ['id', 'actor', 'name', 'kind', 'stance', 'score', 'confidence', 'conditions', 'speakers', 'mentions', 'evidence',
  'date', 'question', 'evidence_start', 'evidence_end'] as const;

/**
 * Renders a report as CSV for spreadsheets, one row per actor (see `CsvOptions`: CRLF, guarded
 * cells, optional BOM). `evidence` is the best evidence on one line; `evidence_start` and
 * `evidence_end` are its offsets in the text.
 * @example
 * writeFileSync('positions.csv', toCsv(analyze(text), { id: 'doc-1', bom: true }));
 */
export function toCsv(report: StanceReport, options?: ActorCsvOptions): string;
/** @deprecated Use `toCsv(report, { id, header })`. */
export function toCsv(report: StanceReport, id?: string, header?: boolean): string;
export function toCsv(report: StanceReport, options: ActorCsvOptions | string = {}, header?: boolean): string {
  const o: ActorCsvOptions = typeof options === 'string' ? { id: options, header } : (options ?? {});
  return csvDocument(CSV_COLUMNS, report.actors.map((a) => actorRow(report, a, o.id ?? '')), o);
}

function actorRow(report: StanceReport, a: ActorStance, id: string): Cell[] {
  const best = a.evidence[0];
  return [
    id, a.actor.id, a.actor.name, a.actor.kind, a.stance, a.score, a.confidence,
    a.conditions.map((c) => c.kind).join(';'), a.speakers.map((s) => s.name).join(';'), a.mentions,
    oneLine(best?.text ?? ''), report.date, report.question.id, best?.start, best?.end,
  ];
}

/** Renders a report as an aligned text table for a terminal. */
export function toTable(report: StanceReport, evidenceWidth = 70): string {
  const rows = report.actors.map((a) => row(a, evidenceWidth));
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}
