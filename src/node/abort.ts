/**
 * AbortSignal helpers for analyzeMany(): the error to throw, and an input iterator whose pending
 * `next()` gives way as soon as the signal fires (a slow stream must not hold an aborted batch).
 */

/** The signal's reason when it is already an AbortError, else an AbortError with the reason as its cause. */
export function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  const e = new Error('standpoint: analyzeMany was aborted', { cause: reason });
  e.name = 'AbortError';
  return e;
}

/** Iterates `items`; when `signal` aborts, throws an AbortError at once and closes the input. */
export async function* abortable<T>(items: Iterable<T> | AsyncIterable<T>, signal?: AbortSignal): AsyncGenerator<T> {
  if (!signal) { yield* items; return; }
  const it = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => { onAbort = () => reject(abortError(signal)); });
  aborted.catch(() => {});
  signal.addEventListener('abort', onAbort, { once: true });
  let finished = false;
  try {
    for (;;) {
      if (signal.aborted) throw abortError(signal);
      const r = await Promise.race([it.next(), aborted]);
      if (r.done) { finished = true; return; }
      yield r.value;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    // Not awaited: an async source busy in next() answers return() only after that, and abort must be prompt.
    if (!finished) Promise.resolve(it.return?.()).catch(() => {});
  }
}
