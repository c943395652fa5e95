/**
 * analyzeMany(): many documents, in order, optionally spread over worker threads. Memory stays
 * bounded: at most `workers × WINDOW` documents are in flight, and results leave in input order.
 * Progress is reported per result; an AbortSignal stops the batch between documents, terminates
 * the workers and makes the generator throw an `AbortError`.
 * Node only (worker_threads); the main entry stays free of Node built-ins for edge runtimes.
 */
import { Worker } from 'node:worker_threads';
import { createAnalyzer } from '../analyzer';
import type { AnalyzerOptions, BatchInput, BatchOptions, BatchResult } from '../types';
import { abortable, abortError } from './abort';

/** Documents in flight per worker. */
const WINDOW = 8;

type Source = Iterable<BatchInput> | AsyncIterable<BatchInput>;

interface Job { readonly index: number; readonly id?: string; readonly text: unknown; readonly date?: string; readonly trace?: boolean }

function toJob(item: BatchInput, index: number): Job {
  return typeof item === 'string' ? { index, text: item } : { index, id: item?.id, text: item?.text, date: item?.date };
}

/**
 * Analyses documents one by one and yields a result per document, in input order. A document
 * that fails (not a string, too long, bad date) yields `{ ok: false, error }` instead of stopping the batch.
 * @example
 * for await (const r of analyzeMany(texts, { workers: 2, onProgress: (n, total) => console.error(n, total) })) {
 *   if (r.ok) console.log(r.index, r.report.actors.length); else console.error(r.index, r.error);
 * }
 */
export async function* analyzeMany(items: Source, options: BatchOptions = {}): AsyncGenerator<BatchResult> {
  const { workers = 1, onProgress, signal, trace, ...analyzerOptions } = options;
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`standpoint: workers must be a positive integer, got ${String(workers)}`);
  if (trace !== undefined && typeof trace !== 'boolean') throw new TypeError(`standpoint: trace must be a boolean, got ${typeof trace}`);
  if (signal?.aborted) throw abortError(signal);
  const total = Array.isArray(items) ? items.length : undefined;
  const source = abortable(items, signal);
  const jobs = trace ? { trace } : {};
  const results = workers === 1 ? inThread(source, analyzerOptions, jobs, signal) : pooled(source, workers, analyzerOptions, jobs, signal);
  let done = 0;
  for await (const r of results) {
    if (signal?.aborted) throw abortError(signal);
    onProgress?.(++done, total);
    yield r;
  }
}

/** What every job of the batch carries besides its document. */
type JobOptions = Pick<Job, 'trace'>;

async function* inThread(source: AsyncIterable<BatchInput>, analyzerOptions: AnalyzerOptions, jobs: JobOptions, signal?: AbortSignal): AsyncGenerator<BatchResult> {
  const analyzer = createAnalyzer(analyzerOptions);
  let index = 0;
  for await (const item of source) {
    if (signal?.aborted) throw abortError(signal);
    yield runJob(analyzer, { ...toJob(item, index++), ...jobs });
    // Analysis is synchronous: let timers and signals (Ctrl-C) run between documents, even when the
    // input is already buffered.
    if (signal) await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Runs one job in this thread; errors become results. */
export function runJob(analyzer: ReturnType<typeof createAnalyzer>, job: Job): BatchResult {
  const base = job.id === undefined ? { index: job.index } : { index: job.index, id: job.id };
  try {
    return { ok: true, ...base, report: analyzer.analyze(job.text as string, { ...(job.date === undefined ? {} : { date: job.date }), ...(job.trace ? { trace: true } : {}) }) };
  } catch (e) {
    return { ok: false, ...base, error: e instanceof Error ? e.message : String(e) };
  }
}

async function* pooled(source: AsyncIterable<BatchInput>, size: number, analyzerOptions: AnalyzerOptions, jobs: JobOptions, signal?: AbortSignal): AsyncGenerator<BatchResult> {
  const pool = startWorkers(size, analyzerOptions);
  const done = new Map<number, BatchResult>();
  const waiting = new Map<number, () => void>();
  let failure: Error | undefined;
  const fail = (e: Error) => { failure ??= e; for (const wake of waiting.values()) wake(); };
  const onAbort = () => fail(abortError(signal!));
  signal?.addEventListener('abort', onAbort, { once: true });
  for (const w of pool) {
    w.on('message', (r: BatchResult) => { done.set(r.index, r); waiting.get(r.index)?.(); });
    w.on('error', fail);
  }
  const ready = (i: number) => new Promise<void>((resolve) => { if (done.has(i) || failure) resolve(); else waiting.set(i, resolve); });
  let sent = 0;
  let next = 0;
  try {
    for await (const item of source) {
      if (failure) throw failure;
      pool[sent % size].postMessage({ ...toJob(item, sent), ...jobs });
      sent++;
      while (sent - next >= size * WINDOW) yield await take(next++);
    }
    while (next < sent) yield await take(next++);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await Promise.all(pool.map((w) => w.terminate()));
  }

  async function take(i: number): Promise<BatchResult> {
    await ready(i);
    if (failure) throw failure;
    const r = done.get(i)!;
    done.delete(i);
    waiting.delete(i);
    return r;
  }
}

function startWorkers(size: number, analyzerOptions: AnalyzerOptions): Worker[] {
  // The worker sits next to this file in dist/ (the CommonJS build maps import.meta.url to __filename).
  const url = new URL('./worker.js', import.meta.url);
  // Workers inherit the parent's flags; --input-type (set by `node --input-type=module -e …`) is
  // refused for a worker started from a file, so it is left out.
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
  return Array.from({ length: size }, () => new Worker(url, { workerData: analyzerOptions, execArgv }));
}
