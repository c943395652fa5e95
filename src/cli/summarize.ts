/**
 * `standpoint summarize`: reads batch output (or bare reports) line by line and writes one
 * table or network: actors x stance per period, the statements, or actor x actor edges.
 */
import { CorpusSummary } from '../format/corpus';
import { PERIODS } from '../format/periods';
import { toStatementsCsv } from '../format/statements';
import type { Period, Relation, StanceReport, Weighting } from '../types';
import { choice, onlyWith, UsageError, type Parsed } from './args';
import { checkFile, lines } from './input';
import { output, type Sink } from './output';

const SUMMARY_FORMATS = ['csv', 'graphml', 'statements', 'edges', 'network'] as const;
type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** The formats each summarize option changes; given with another format it is an error, not ignored. */
const SUMMARY_OPTION_FORMATS: Readonly<Record<string, readonly SummaryFormat[]>> = {
  by: ['csv', 'edges', 'network'],
  weight: ['csv', 'graphml', 'edges', 'network'],
  relation: ['edges', 'network'],
  bom: ['csv', 'statements', 'edges'],
};

interface SummaryOptions {
  readonly file: string;
  readonly format: SummaryFormat;
  readonly by: Period;
  readonly weight: Weighting;
  readonly relation?: Relation;
  readonly bom: boolean;
}

function summarizeOptions(p: Parsed): SummaryOptions {
  const file = p.positional[0];
  if (!file || p.positional.length > 1) throw new UsageError('summarize takes one file (the output of standpoint batch, or - for standard input)');
  const format = choice(p.flags, 'format', SUMMARY_FORMATS, 'csv') as SummaryFormat;
  for (const [name, formats] of Object.entries(SUMMARY_OPTION_FORMATS)) onlyWith(p.flags, name, format, formats);
  return {
    file,
    format,
    by: choice(p.flags, 'by', PERIODS, 'day') as Period,
    weight: choice(p.flags, 'weight', ['count', 'confidence'], 'count') as Weighting,
    relation: p.flags.relation === undefined ? undefined : choice(p.flags, 'relation', ['agreement', 'conflict'], '') as Relation,
    bom: p.flags.bom === true,
  };
}

/** Where summarize puts each report read: a statement table written as it goes, or a CorpusSummary written at the end. */
interface ReportSink { add(report: StanceReport, id: string): Promise<void>; end(): Promise<void> }

/** `--format statements`: the header once, then toStatementsCsv rows per report, streamed (constant memory). */
function statementsSink(out: Sink, bom: boolean): ReportSink {
  let started = false;
  const start = async () => { if (!started) { started = true; await out.write(toStatementsCsv([], { bom })); } };
  return {
    async add(report, id) { await start(); await out.write(toStatementsCsv(report, { id, header: false })); },
    end: start,
  };
}

/** The other formats count over the whole corpus, so they are written once, after the last line. */
function summarySink(out: Sink, o: SummaryOptions): ReportSink {
  const summary = new CorpusSummary({ by: o.by, weight: o.weight });
  const render: Record<Exclude<SummaryFormat, 'statements'>, () => string> = {
    csv: () => summary.toCsv({ bom: o.bom }),
    graphml: () => summary.toGraphml(),
    edges: () => summary.toEdgesCsv({ relation: o.relation, bom: o.bom }),
    network: () => summary.toActorGraphml({ relation: o.relation }),
  };
  return {
    async add(report) { summary.add(report); },
    async end() { await out.write(render[o.format as keyof typeof render]()); },
  };
}

/** The report of one summarize input line (a batch line or a bare report) and its document id, or undefined for a failed batch line. */
function summaryLine(line: number, raw: string): { report: StanceReport; id: string } | undefined {
  const rec = JSON.parse(raw) as { id?: unknown; report?: StanceReport; error?: unknown };
  // A batch line that failed has no report; batch already counted it.
  if (rec.report === undefined && typeof rec.error === 'string') return undefined;
  const report = rec.report ?? (rec as unknown as StanceReport);
  if (!Array.isArray(report?.actors) || typeof report.date !== 'string') throw new Error('no report in this line');
  return { report, id: rec.report !== undefined && rec.id !== undefined ? String(rec.id) : String(line) };
}

/** Feeds every report of the file to the sink; returns how many lines were not reports (named on stderr). */
async function readReports(file: string, sink: ReportSink): Promise<number> {
  let failed = 0;
  let batchErrors = 0;
  for await (const [line, raw] of lines(file)) {
    if (raw === undefined) { failed++; process.stderr.write(`line ${line}: not valid UTF-8 text\n`); continue; }
    if (raw.trim() === '') continue;
    let doc: ReturnType<typeof summaryLine>;
    try { doc = summaryLine(line, raw); } catch (e) {
      failed++;
      process.stderr.write(`line ${line}: ${(e as Error).message}\n`);
      continue;
    }
    if (doc) await sink.add(doc.report, doc.id); else batchErrors++;
  }
  if (batchErrors > 0) process.stderr.write(`summarize: ${batchErrors} failed batch lines (with "error", no report) skipped\n`);
  return failed;
}

export async function summarizeCommand(p: Parsed): Promise<number> {
  const o = summarizeOptions(p);
  if (o.file !== '-') checkFile(o.file);
  const out = output(p.flags);
  const sink = o.format === 'statements' ? statementsSink(out, o.bom) : summarySink(out, o);
  const failed = await readReports(o.file, sink);
  await sink.end();
  await out.close();
  return failed > 0 ? 1 : 0;
}
