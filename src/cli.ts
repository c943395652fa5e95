/**
 * The `standpoint` command: analyse one text, stream a JSONL batch, summarise a batch's output.
 * Exit status: 0 success, 1 some documents or lines failed, 2 usage or input errors.
 */
import { closeSync, createReadStream, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createAnalyzer } from './analyzer';
import type { AnalyzerOptions, BatchInput, BatchResult } from './types';
import { validateQuestion } from './validate';
import { analyzeMany } from './node/batch';
import { toHtml } from './format/html';
import { toCsv, toMarkdown, toTable } from './format/text';
import { CorpusSummary } from './format/corpus';
import { PERIODS } from './format/periods';
import { toStatementsCsv } from './format/statements';
import type { Period, Relation, StanceReport, Weighting } from './types';
import { SCHEMA_VERSION, STANDPOINT_VERSION as VERSION } from './version';

const HELP: Readonly<Record<string, string>> = {
  main: `standpoint ${VERSION}: where each state or organisation in a news text stands on a question (built in: ceasefire)

Usage:
  standpoint analyze [FILE|-] [options]       analyse one text (stdin when FILE is - or missing)
  standpoint batch IN.jsonl|- [options]       analyse one JSON document per line, streaming
  standpoint summarize OUT.jsonl|- [options]  actors x stance per period, statements, or actor networks

Run "standpoint <command> --help" for a command's options.`,
  analyze: `Usage: standpoint analyze [FILE|-] [--format table|json|md|html|csv] [--title TEXT] [--date YYYY-MM-DD] [--actors FILE] [--question FILE] [--out FILE]

  --format    table (default on a terminal), json (default otherwise), md, html, csv
  --title     the HTML page's title (default: the question's label); only with --format html
  --date      date that picks office holders (default: the text's own date, else today)
  --actors    JSON file with custom data: an array of actors, or {"actors": [...], "people": [...]}
  --question  JSON file with a question of your own (the QuestionData shape; default: ceasefire)
  --out       write to FILE instead of standard output`,
  batch: `Usage: standpoint batch IN.jsonl|- [--out OUT.jsonl] [--workers N] [--actors FILE] [--question FILE] [--progress|--no-progress]

  Each input line is a JSON object {"id": "...", "text": "...", "date": "YYYY-MM-DD"} (id and date optional;
  - reads standard input). Each input line gives exactly one output line, in input order:
  {"id", "line", ...the input's other fields, "schemaVersion", "standpointVersion", "report"}, or
  {"id", "line", ..., "schemaVersion", "standpointVersion", "error"} for a line that fails (invalid JSON
  or UTF-8, no text, a blank line, a text that fails). Failed lines are also named on stderr; the exit
  status is 1 if any line failed. Ctrl-C (SIGINT) stops the workers and exits 130; the lines written
  so far are whole, input lines 1 to N.

  --out          write to FILE instead of standard output
  --workers      worker threads (default 1)
  --actors       JSON file with custom actors and people (see analyze --help)
  --question     JSON file with a question of your own (see analyze --help)
  --progress     show the progress line on stderr even when it is not a terminal
  --no-progress  never show it (default: shown when stderr is a terminal)`,
  summarize: `Usage: standpoint summarize OUT.jsonl|- [--format csv|graphml|statements|edges|network] [--by day|week|month] [--weight count|confidence] [--relation agreement|conflict] [--bom] [--out FILE]

  Reads the output of standpoint batch (- reads standard input); its failed lines are skipped.
  --format    csv (default): the period, actor, name and a count per stance, one row per actor and period
              graphml: the actor-question two-mode network (Gephi, visone), edges weighted per qualifier
              statements: one row per statement (document id, date, speaker, actor, stance, cues, offsets, text)
              edges: actor x actor agreement and conflict edges per period (CSV edge list)
              network: the actor x actor network summed over periods (GraphML)
  --by        period of csv, edges and network: day (default), week (ISO 8601) or month
  --weight    count (default): each document counts 1; confidence: its label's confidence (csv, graphml, edges, network)
  --relation  agreement or conflict: keep one network only (edges, network; default both)
  --bom       start CSV output with a UTF-8 byte-order mark, for Excel (csv, statements, edges)
  --out       write to FILE instead of standard output
  An option given with a format it does not apply to exits 2.`,
};

class UsageError extends Error {}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

const STRING = { type: 'string' } as const;
const BOOLEAN = { type: 'boolean' } as const;
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** Each command's options (node:util parseArgs; Node 20 has no --no-X, so --no-progress is its own). */
const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  analyze: { ...HELP_OPTION, format: STRING, title: STRING, date: STRING, actors: STRING, question: STRING, out: STRING },
  batch: { ...HELP_OPTION, out: STRING, workers: STRING, actors: STRING, question: STRING, progress: BOOLEAN, 'no-progress': BOOLEAN },
  summarize: { ...HELP_OPTION, format: STRING, by: STRING, weight: STRING, relation: STRING, bom: BOOLEAN, out: STRING },
};

interface Parsed { positional: string[]; flags: Readonly<Record<string, string | boolean | undefined>> }

/**
 * `--name value` with a value that starts with one dash ("-1", "-") becomes `--name=value`,
 * which parseArgs would otherwise refuse as ambiguous: `--workers -1` is a bad number, not an option.
 */
function joinDashValues(args: readonly string[], options: OptionSpec): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i].startsWith('--') ? args[i].slice(2) : undefined;
    const next = args[i + 1];
    const takesValue = name !== undefined && options[name]?.type === 'string';
    if (takesValue && next !== undefined && next.startsWith('-') && !next.startsWith('--')) { out.push(`${args[i]}=${next}`); i++; } else out.push(args[i]);
  }
  return out;
}

/** A command's arguments, or a UsageError naming the unknown option or the missing value. */
function parseCommandArgs(command: string, args: readonly string[]): Parsed {
  const options = OPTIONS[command];
  try {
    const { values, positionals } = parseArgs({ args: joinDashValues(args, options), options, allowPositionals: true, strict: true });
    return { positional: positionals, flags: values };
  } catch (e) {
    throw new UsageError(argsMessage(command, e as Error & { code?: string }));
  }
}

function argsMessage(command: string, e: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option} for ${command}; see standpoint ${command} --help`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option.startsWith('--')) return `option ${option} needs a value`;
  return e.message;
}

/** Reads a file as UTF-8, with errors a person can act on. */
function readText(file: string): string {
  let buf: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new UsageError(`${file} is a directory, not a file`);
    buf = readFileSync(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `cannot read ${file}: no such file` : `cannot read ${file}: ${(e as Error).message}`);
  }
  return decodeUtf8(buf, file);
}

function decodeUtf8(buf: Buffer, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${name} is not valid UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return decodeUtf8(Buffer.concat(chunks), 'standard input');
}

/** Checks up front that an input file exists and is a file. */
function checkFile(file: string): void {
  try {
    if (!statSync(file).isFile()) throw new UsageError(`${file} is not a regular file`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `cannot read ${file}: no such file` : `cannot read ${file}: ${(e as Error).message}`);
  }
}

/**
 * Lines of a file (standard input for "-"), streamed in chunks (constant memory), each decoded
 * as strict UTF-8: yields [lineNumber, text] or [lineNumber, undefined] for a line that is not valid UTF-8.
 */
export async function* lines(file: string): AsyncGenerator<[number, string | undefined]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (b: Buffer) => { try { return decoder.decode(b); } catch { return undefined; } };
  let rest = Buffer.alloc(0);
  let n = 0;
  for await (const chunk of file === '-' ? process.stdin : createReadStream(file)) {
    let buf = rest.length ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let nl: number;
    while ((nl = buf.indexOf(10)) >= 0) {
      const raw = buf.subarray(0, nl > 0 && buf[nl - 1] === 13 ? nl - 1 : nl);
      yield [++n, decode(raw)];
      buf = buf.subarray(nl + 1);
    }
    rest = Buffer.from(buf);
  }
  if (rest.length) yield [++n, decode(rest)];
}

/** A JSON file's value, or a UsageError naming the file. */
function readJson(file: string): unknown {
  const text = readText(file);
  try { return JSON.parse(text); } catch (e) {
    throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}

/** Custom data from --actors (an array of actors, or {actors, people}) and --question (a question as JSON). */
function analyzerOptions(flags: Parsed['flags']): AnalyzerOptions {
  const options: { -readonly [K in keyof AnalyzerOptions]: AnalyzerOptions[K] } = {};
  if (typeof flags.actors === 'string') {
    const data = readJson(flags.actors);
    const d = (Array.isArray(data) ? { actors: data } : data ?? {}) as { actors?: unknown; people?: unknown };
    options.actors = d.actors as AnalyzerOptions['actors'];
    options.people = d.people as AnalyzerOptions['people'];
  }
  if (typeof flags.question === 'string') options.question = questionFile(flags.question);
  return options;
}

/** --question FILE: a question as JSON (or a built-in id as a JSON string), checked as createAnalyzer checks it. */
function questionFile(file: string): AnalyzerOptions['question'] {
  const data = readJson(file);
  if (typeof data === 'string') return data;
  try { return validateQuestion(data); } catch (e) {
    throw new UsageError(`${file}: ${(e as Error).message.replace(/^standpoint: /, '')}`);
  }
}

function choice(flags: Parsed['flags'], name: string, allowed: readonly string[], fallback: string): string {
  const v = flags[name] ?? fallback;
  if (typeof v !== 'string' || !allowed.includes(v)) throw new UsageError(`unknown --${name} ${String(v)}; use one of: ${allowed.join(', ')}`);
  return v;
}

/** An option that only some formats use: its value, or a UsageError when given with another format. */
function onlyWith(flags: Parsed['flags'], name: string, format: string, formats: readonly string[]): string | boolean | undefined {
  const v = flags[name];
  if (v === undefined) return undefined;
  if (!formats.includes(format)) throw new UsageError(`--${name} applies to --format ${orList(formats)} only, not ${format}`);
  return v;
}

const orList = (xs: readonly string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`);

/** Why a file cannot be written, in words (the errno code after them). */
function writeReason(e: NodeJS.ErrnoException): string {
  const words: Record<string, string> = { ENOENT: 'no such directory', EACCES: 'permission denied', EISDIR: 'it is a directory', ENOTDIR: 'a parent is not a directory', EROFS: 'read-only file system', ENOSPC: 'no space left on the device' };
  const said = e.code ? words[e.code] : undefined;
  return said ? `${said} (${e.code})` : e.message;
}

const cannotWrite = (file: string, e: unknown) => new UsageError(`cannot write ${file}: ${writeReason(e as NodeJS.ErrnoException)}`);

/** Where results go. */
interface Sink { write(s: string): Promise<void>; close(): Promise<void> }

/**
 * --out FILE, opened now so that a path that cannot be written fails before any work, and written
 * synchronously so that a failure (a full disk) is the next write's error, not a late stream event; else stdout.
 */
function output(flags: Parsed['flags']): Sink {
  const file = flags.out;
  if (typeof file !== 'string') return stdoutSink;
  let fd: number;
  try { fd = openSync(file, 'w'); } catch (e) { throw cannotWrite(file, e); }
  return {
    async write(s) {
      const buf = Buffer.from(s);
      try { for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off); } catch (e) { throw cannotWrite(file, e); }
    },
    async close() {
      try { closeSync(fd); } catch (e) { throw cannotWrite(file, e); }
    },
  };
}

const stdoutSink: Sink = {
  async write(s) {
    if (!process.stdout.write(s)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  },
  async close() {},
};

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
