/**
 * The `standpoint` command: analyse one text, stream a JSONL batch, summarise a batch's output.
 * Exit status: 0 success, 1 some documents or lines failed, 2 usage or input errors.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createAnalyzer } from './analyzer';
import { analyzeMany, type BatchInput, type BatchResult } from './node/batch';
import { toHtml } from './format/html';
import { toCsv, toMarkdown, toTable } from './format/text';
import { CorpusSummary, type Weighting } from './format/corpus';
import type { Relation } from './format/network';
import { PERIODS, type Period } from './format/periods';
import { toStatementsCsv } from './format/statements';
import type { StanceReport } from './types';
import { SCHEMA_VERSION, STANDPOINT_VERSION as VERSION } from './version';
import { choice, HELP, onlyWith, parseCommandArgs, UsageError, type Parsed } from './cli/args';
import { analyzerOptions, checkFile, lines, readStdin, readText } from './cli/input';
import { output, type Sink } from './cli/output';

export { lines } from './cli/input';

function render(format: string, report: StanceReport, text: string, title?: string): string {
  switch (format) {
    case 'json': return `${JSON.stringify(report, null, 2)}\n`;
    case 'md': return toMarkdown(report);
    case 'html': return toHtml(report, text, title === undefined ? {} : { title });
    case 'csv': return toCsv(report);
    default: return toTable(report);
  }
}

async function analyzeCommand(p: Parsed): Promise<number> {
  if (p.positional.length > 1) throw new UsageError('analyze takes one FILE (or - for standard input)');
  const format = choice(p.flags, 'format', ['table', 'json', 'md', 'html', 'csv'], process.stdout.isTTY ? 'table' : 'json');
  const title = onlyWith(p.flags, 'title', format, ['html']) as string | undefined;
  const file = p.positional[0] ?? '-';
  const text = file === '-' ? await readStdin() : readText(file);
  const date = p.flags.date;
  const analyzer = createAnalyzer(analyzerOptions(p.flags));
  const report = analyzer.analyze(text, typeof date === 'string' ? { date } : {});
  const out = output(p.flags);
  await out.write(render(format, report, text, title));
  await out.close();
  return 0;
}

/** --progress / --no-progress, else a progress line only when stderr is a terminal. */
function progressWanted(flags: Parsed['flags']): boolean {
  if (flags.progress && flags['no-progress']) throw new UsageError('give --progress or --no-progress, not both');
  if (flags.progress || flags['no-progress']) return flags.progress === true;
  return Boolean(process.stderr.isTTY);
}

/** Progress on stderr (lines done and lines per second), rewritten in place on a terminal; then a summary. */
function progress(show: boolean) {
  const tty = Boolean(process.stderr.isTTY);
  const start = Date.now();
  const rate = (n: number) => (n / Math.max(0.001, (Date.now() - start) / 1000)).toFixed(1);
  let last = 0;
  return {
    tick(n: number) {
      if (!show || Date.now() - last < 200) return;
      last = Date.now();
      process.stderr.write(tty ? `\r${n} lines, ${rate(n)} lines/s` : `progress: ${n} lines, ${rate(n)} lines/s\n`);
    },
    end(n: number, failed: number, interrupted = false) {
      if (show && tty) process.stderr.write('\r\x1b[K');
      const what = interrupted ? `interrupted: ${n} lines written (input lines 1-${n})` : `${n} lines written`;
      process.stderr.write(`batch: ${what}, ${n - failed} reports, ${failed} failed, ${rate(n)} lines/s\n`);
    },
  };
}

/** One input line of a batch: where it is, its id and other fields, and its job or why it failed. */
interface BatchLine { readonly line: number; readonly id: string; readonly extra: Readonly<Record<string, unknown>>; readonly job?: BatchInput; readonly error?: string }

/** Fields of an output line; an input field of the same name is not passed through. */
const RESERVED = new Set(['id', 'line', 'schemaVersion', 'standpointVersion', 'report', 'error']);

function parseBatchLine(line: number, raw: string | undefined): BatchLine {
  const failed = (error: string, id = String(line), extra = {}): BatchLine => ({ line, id, extra, error });
  if (raw === undefined) return failed('not valid UTF-8 text');
  if (raw.trim() === '') return failed('blank line');
  let doc: unknown;
  try { doc = JSON.parse(raw); } catch (e) { return failed(`invalid JSON (${(e as Error).message})`); }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return failed('expected a JSON object with a "text" field');
  const { id: rawId, text, ...extra } = doc as Record<string, unknown>;
  const id = rawId === undefined ? String(line) : String(rawId);
  if (typeof text !== 'string') return failed('"text" must be a string', id, extra);
  return { line, id, extra, job: { id, text, date: typeof extra.date === 'string' ? extra.date : undefined } };
}

/**
 * An output line: id, line, the input's other fields untouched, the versions (so that an error
 * line, which has no report, says which release wrote it too), then the report or the error.
 */
function batchRecord(b: BatchLine, outcome: { report: StanceReport } | { error: string }): string {
  const rec: Record<string, unknown> = Object.create(null);
  rec.id = b.id;
  rec.line = b.line;
  for (const [k, v] of Object.entries(b.extra)) if (!RESERVED.has(k)) rec[k] = v;
  rec.schemaVersion = SCHEMA_VERSION;
  rec.standpointVersion = VERSION;
  return `${JSON.stringify(Object.assign(rec, outcome))}\n`;
}

function batchOptions(p: Parsed): { file: string; workers: number; show: boolean } {
  const file = p.positional[0];
  if (!file || p.positional.length > 1) throw new UsageError('batch takes one input file (IN.jsonl, or - for standard input)');
  const workers = Number(p.flags.workers ?? 1);
  if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers must be a positive integer, got ${String(p.flags.workers)}`);
  return { file, workers, show: progressWanted(p.flags) };
}

type Outcome = { report: StanceReport } | { error: string };
type Progress = ReturnType<typeof progress>;

/**
 * Writes batch lines in input order. Lines read and not yet written wait in a queue: the jobs in
 * flight, each followed by the failed lines read after it; a failed line with no job before it goes out at once.
 */
function orderedOutput(out: Sink, bar: Progress) {
  const queue: BatchLine[] = [];
  const counts = { written: 0, failed: 0 };
  let stopped = false;
  const emit = async (b: BatchLine, outcome: Outcome) => {
    if (stopped) return;
    if ('error' in outcome) { counts.failed++; process.stderr.write(`line ${b.line}: ${b.job ? `id ${b.id}: ` : ''}${outcome.error}\n`); }
    await out.write(batchRecord(b, outcome));
    bar.tick(++counts.written);
  };
  const flush = async () => { while (queue.length > 0 && !queue[0].job) { const b = queue.shift()!; await emit(b, { error: b.error! }); } };
  return {
    counts,
    flush,
    /** Writes nothing more (an interrupted batch): the output stays the lines written so far. */
    stop() { stopped = true; },
    async read(b: BatchLine) { queue.push(b); if (!b.job) await flush(); },
    /** Results come in input order: r is the job at the head of the queue. */
    async result(r: BatchResult) {
      await emit(queue.shift()!, r.ok ? { report: r.report } : { error: r.error.replace(/^standpoint: /, '') });
      await flush();
    },
  };
}

/**
 * One output line per input line, in input order: {id, line, …fields, report} or {id, line, …fields, error}.
 * Failed lines are also named on stderr; the exit status is 1 if any line failed.
 */
async function batchCommand(p: Parsed): Promise<number> {
  const { file, workers, show } = batchOptions(p);
  const custom = analyzerOptions(p.flags);
  createAnalyzer(custom); // fail fast on bad custom data, before reading anything
  if (file !== '-') checkFile(file);
  const out = output(p.flags);
  const bar = progress(show);
  const ordered = orderedOutput(out, bar);
  async function* jobs(): AsyncGenerator<BatchInput> {
    for await (const [line, raw] of lines(file)) {
      const b = parseBatchLine(line, raw);
      await ordered.read(b);
      if (b.job) yield b.job;
    }
  }
  const interrupted = await untilInterrupted(async (signal) => {
    for await (const r of analyzeMany(jobs(), { ...custom, workers, signal })) {
      await ordered.result(r);
      // Lines already read from a chunk come as microtasks only; one turn of the event loop per result lets a SIGINT in.
      await nextTurn();
    }
    await ordered.flush();
  });
  if (interrupted) ordered.stop();
  await out.close();
  bar.end(ordered.counts.written, ordered.counts.failed, interrupted);
  if (interrupted) return 130;
  return ordered.counts.failed > 0 ? 1 : 0;
}

/**
 * Runs work with a signal that SIGINT (Ctrl-C) aborts; true when it was interrupted. analyzeMany
 * then stops between documents and terminates its workers; every line already written is whole,
 * so the output is valid JSONL. A second Ctrl-C kills the process as usual.
 */
async function untilInterrupted(work: (signal: AbortSignal) => Promise<void>): Promise<boolean> {
  const ac = new AbortController();
  const onSigint = () => ac.abort();
  process.once('SIGINT', onSigint);
  try {
    await work(ac.signal);
    return false;
  } catch (e) {
    if (ac.signal.aborted && (e as Error).name === 'AbortError') return true;
    throw e;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

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

async function summarizeCommand(p: Parsed): Promise<number> {
  const o = summarizeOptions(p);
  if (o.file !== '-') checkFile(o.file);
  const out = output(p.flags);
  const sink = o.format === 'statements' ? statementsSink(out, o.bom) : summarySink(out, o);
  const failed = await readReports(o.file, sink);
  await sink.end();
  await out.close();
  return failed > 0 ? 1 : 0;
}

const COMMANDS: Readonly<Record<string, (p: Parsed) => Promise<number>>> = {
  analyze: analyzeCommand, batch: batchCommand, summarize: summarizeCommand,
};

/** Runs the CLI with arguments (without node and the script); returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') { process.stdout.write(`${HELP.main}\n`); return command ? 0 : 2; }
    if (command === '--version') { process.stdout.write(`${VERSION}\n`); return 0; }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command "${command}"; commands: ${Object.keys(COMMANDS).join(', ')}`);
    const parsed = parseCommandArgs(command, rest);
    if (parsed.flags.help) { process.stdout.write(`${HELP[command]}\n`); return 0; }
    return await run(parsed);
  } catch (e) {
    // Library errors already begin with "standpoint:"; say it once.
    process.stderr.write(`standpoint: ${(e as Error).message.replace(/^standpoint: /, '')}\n`);
    return 2;
  }
}
