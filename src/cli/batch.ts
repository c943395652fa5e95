/**
 * `standpoint batch`: a JSONL file streamed through analyzeMany, one output line per input line
 * in input order, a progress line on stderr, and Ctrl-C that leaves whole lines behind (exit 130).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createAnalyzer } from '../analyzer';
import { analyzeMany } from '../node/batch';
import type { BatchInput, BatchResult, StanceReport } from '../types';
import { SCHEMA_VERSION, STANDPOINT_VERSION as VERSION } from '../version';
import { UsageError, type Parsed } from './args';
import { analyzerOptions, checkFile, lines } from './input';
import { output, type Sink } from './output';

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
      // At most five updates a second: a fast batch would otherwise spend its time on stderr.
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

type Outcome = { report: StanceReport } | { error: string };

/**
 * An output line: id, line, the input's other fields untouched, the versions (so that an error
 * line, which has no report, says which release wrote it too), then the report or the error.
 */
function batchRecord(b: BatchLine, outcome: Outcome): string {
  // No prototype: an input field named __proto__ stays a plain field of the output line.
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
export async function batchCommand(p: Parsed): Promise<number> {
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
