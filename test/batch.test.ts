/**
 * analyzeMany(): results as a discriminated union, progress per result, and abort (in this
 * thread, with a stalled input, and with worker threads, which need the build in dist/).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeMany } from '../src/node/batch';
import type { BatchInput, BatchResult } from '../src/types';

const texts = (n: number) => Array.from({ length: n }, (_, i) => `China called for peace talks to end the war, officials said on day ${i}.`);
const DIST = fileURLToPath(new URL('../dist/node.js', import.meta.url));

async function collect(results: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

/** Runs the loop until it throws, and returns the results seen and the error. */
async function untilError(results: AsyncIterable<BatchResult>, each: (r: BatchResult) => void = () => {}) {
  const seen: BatchResult[] = [];
  try {
    for await (const r of results) { seen.push(r); each(r); }
  } catch (e) {
    return { seen, error: e as Error };
  }
  return { seen, error: undefined };
}

describe('analyzeMany results', () => {
  it('are { ok: true, report } or { ok: false, error }, in input order', async () => {
    const input: BatchInput[] = [{ id: 'a', text: texts(1)[0] }, { id: 'bad', text: 42 as unknown as string }, 'Spain called for a ceasefire in the war.'];
    const results = await collect(analyzeMany(input));
    expect(results.map((r) => [r.index, r.id, r.ok])).toEqual([[0, 'a', true], [1, 'bad', false], [2, undefined, true]]);
    const [first, bad] = results;
    if (!first.ok) throw new Error('expected a report');
    expect(first.report.actors.map((a) => a.actor.id)).toContain('CHN');
    if (bad.ok) throw new Error('expected an error');
    expect(bad.error).toMatch(/string/);
    expect(bad.report).toBeUndefined();
  });
});

describe('analyzeMany onProgress', () => {
  it('is called after every result, failures included, with the total of an array', async () => {
    const calls: [number, number | undefined][] = [];
    const input = [...texts(3), { text: 7 as unknown as string }, texts(1)[0]];
    const results = await collect(analyzeMany(input, { onProgress: (done, total) => calls.push([done, total]) }));
    expect(results).toHaveLength(5);
    expect(calls).toEqual([[1, 5], [2, 5], [3, 5], [4, 5], [5, 5]]);
  });

  it('has no total for an iterator or async iterable', async () => {
    async function* gen() { yield* texts(3); }
    const calls: (number | undefined)[][] = [];
    await collect(analyzeMany(gen(), { onProgress: (done, total) => calls.push([done, total]) }));
    await collect(analyzeMany(texts(2)[Symbol.iterator](), { onProgress: (done, total) => calls.push([done, total]) }));
    expect(calls).toEqual([[1, undefined], [2, undefined], [3, undefined], [1, undefined], [2, undefined]]);
  });
});

describe('analyzeMany signal', () => {
  it('an already aborted signal throws an AbortError before any work', async () => {
    const { seen, error } = await untilError(analyzeMany(texts(3), { signal: AbortSignal.abort() }));
    expect(seen).toEqual([]);
    expect(error?.name).toBe('AbortError');
  });

  it('aborting mid-batch stops at once: no further result, an AbortError', async () => {
    const ac = new AbortController();
    const { seen, error } = await untilError(analyzeMany(texts(50), { signal: ac.signal }), (r) => { if (r.index === 1) ac.abort(); });
    expect(seen.map((r) => r.index)).toEqual([0, 1]);
    expect(error?.name).toBe('AbortError');
  });

  it('a reason that is not an AbortError becomes the cause of one', async () => {
    const ac = new AbortController();
    const reason = new Error('user cancelled');
    const { error } = await untilError(analyzeMany(texts(5), { signal: ac.signal }), () => ac.abort(reason));
    expect(error?.name).toBe('AbortError');
    expect(error?.cause).toBe(reason);
  });

  it('does not wait for a stalled input: the pending read gives way to the abort', async () => {
    async function* stalled(): AsyncGenerator<BatchInput> {
      yield texts(1)[0];
      await new Promise(() => {}); // an input that never sends its next line
    }
    const ac = new AbortController();
    const started = Date.now();
    setTimeout(() => ac.abort(), 100);
    const { seen, error } = await untilError(analyzeMany(stalled(), { signal: ac.signal }));
    expect(seen).toHaveLength(1);
    expect(error?.name).toBe('AbortError');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.skipIf(!existsSync(DIST))('with workers, aborting terminates the threads and throws an AbortError', async () => {
    const { analyzeMany: built } = (await import(DIST)) as typeof import('../src/node/batch');
    const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    const before = ports();
    const ac = new AbortController();
    const progress: number[] = [];
    const { seen, error } = await untilError(built(texts(200), { workers: 2, signal: ac.signal, onProgress: (n) => { progress.push(n); if (n === 3) ac.abort(); } }));
    expect(error?.name).toBe('AbortError');
    expect(seen.length).toBe(3);
    expect(progress).toEqual([1, 2, 3]);
    expect(ports()).toBe(before);
  });

  it.skipIf(!existsSync(DIST))('with workers, results carry ok and onProgress counts them', async () => {
    const { analyzeMany: built } = (await import(DIST)) as typeof import('../src/node/batch');
    const calls: [number, number | undefined][] = [];
    const input = [...texts(4), { text: 1 as unknown as string }];
    const results = await collect(built(input, { workers: 2, onProgress: (d, t) => calls.push([d, t]) }));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, false]);
    expect(calls.at(-1)).toEqual([5, 5]);
  });
});

describe('analyzeMany trace', () => {
  it('adds report.trace to every report, as analyze() does, and only when asked', async () => {
    const input = ['Spain called for a ceasefire in the war.', 'Fighting raged as troops advanced. Chile rejected any truce.'];
    const traced = await collect(analyzeMany(input, { trace: true }));
    const plain = await collect(analyzeMany(input));
    for (const r of traced) if (!r.ok || !r.report.trace?.length) throw new Error('expected a traced report');
    for (const r of plain) if (!r.ok || r.report.trace !== undefined) throw new Error('expected no trace');
  });

  it('refuses a trace that is not a boolean', async () => {
    const { error } = await untilError(analyzeMany(['x'], { trace: 'yes' as unknown as boolean }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message).toMatch(/trace must be a boolean/);
  });

  it.skipIf(!existsSync(DIST))('with workers, every report carries its trace', async () => {
    const { analyzeMany: built } = (await import(DIST)) as typeof import('../src/node/batch');
    const results = await collect(built(texts(3), { workers: 2, trace: true }));
    expect(results.every((r) => r.ok && Array.isArray(r.report.trace))).toBe(true);
  });
});
