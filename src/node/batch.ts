/**
 * analyzeMany(): many documents, in order, optionally spread over worker threads. Memory stays
 * bounded: at most `workers × WINDOW` documents are in flight, and results leave in input order.
 * Node only (worker_threads); the main entry stays free of Node built-ins for edge runtimes.
 */
import { Worker } from 'node:worker_threads';
import { createAnalyzer, type AnalyzerOptions } from '../analyzer';
import type { StanceReport } from '../types';

/** One document: a text, or an object with an id and an optional date. */
export type BatchInput = string | { readonly id?: string; readonly text: string; readonly date?: string };

/** One result, in input order: a report, or the error that document raised. */
export interface BatchResult {
  /** Position in the input (0-based). */
  readonly index: number;
  readonly id?: string;
  readonly report?: StanceReport;
  readonly error?: string;
}

export interface BatchOptions extends AnalyzerOptions {
  /** Worker threads; 1 (default) analyses in this thread. */
  readonly workers?: number;
}

/** Documents in flight per worker. */
const WINDOW = 8;

interface Job { readonly index: number; readonly id?: string; readonly text: unknown; readonly date?: string }

function toJob(item: BatchInput, index: number): Job {
  return typeof item === 'string' ? { index, text: item } : { index, id: item?.id, text: item?.text, date: item?.date };
}

/**
 * Analyses documents one by one and yields a result per document, in input order. A document
 * that fails (not a string, too long, bad date) yields `error` instead of stopping the batch.
 * @example
 * for await (const r of analyzeMany(texts, { workers: 2 })) console.log(r.index, r.report?.actors.length);
 */
export async function* analyzeMany(items: Iterable<BatchInput> | AsyncIterable<BatchInput>, options: BatchOptions = {}): AsyncGenerator<BatchResult> {
  const { workers = 1, ...analyzerOptions } = options;
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`standpoint: workers must be a positive integer, got ${String(workers)}`);
  if (workers === 1) {
    const analyzer = createAnalyzer(analyzerOptions);
    let index = 0;
    for await (const item of items) yield runJob(analyzer, toJob(item, index++));
    return;
  }
  yield* pooled(items, workers, analyzerOptions);
}

/** Runs one job in this thread; errors become results. */
export function runJob(analyzer: ReturnType<typeof createAnalyzer>, job: Job): BatchResult {
  const base = job.id === undefined ? { index: job.index } : { index: job.index, id: job.id };
  try {
    return { ...base, report: analyzer.analyze(job.text as string, job.date === undefined ? {} : { date: job.date }) };
  } catch (e) {
    return { ...base, error: e instanceof Error ? e.message : String(e) };
  }
}

async function* pooled(items: Iterable<BatchInput> | AsyncIterable<BatchInput>, size: number, analyzerOptions: AnalyzerOptions): AsyncGenerator<BatchResult> {
  // The worker sits next to this file in dist/ (the CommonJS build maps import.meta.url to __filename).
  const url = new URL('./worker.js', import.meta.url);
  // Workers inherit the parent's flags; --input-type (set by `node --input-type=module -e …`) is
  // refused for a worker started from a file, so it is left out.
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
  const pool = Array.from({ length: size }, () => new Worker(url, { workerData: analyzerOptions, execArgv }));
  const done = new Map<number, BatchResult>();
  const waiting = new Map<number, () => void>();
  let failure: Error | undefined;
  for (const w of pool) {
    w.on('message', (r: BatchResult) => { done.set(r.index, r); waiting.get(r.index)?.(); });
    w.on('error', (e) => { failure = e; for (const wake of waiting.values()) wake(); });
  }
  const ready = (i: number) => new Promise<void>((resolve) => { if (done.has(i) || failure) resolve(); else waiting.set(i, resolve); });
  let sent = 0;
  let next = 0;
  try {
    for await (const item of items) {
      pool[sent % size].postMessage(toJob(item, sent));
      sent++;
      while (sent - next >= size * WINDOW) yield await take(next++);
    }
    while (next < sent) yield await take(next++);
  } finally {
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
