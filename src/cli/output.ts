/**
 * Where results go: --out FILE or standard output. A file that cannot be written is the
 * UsageError `cannot write FILE: reason` (exit 2), said in words with the errno code after them.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { UsageError, type Parsed } from './args';

/** Why a file cannot be written, in words (the errno code after them). */
function writeReason(e: NodeJS.ErrnoException): string {
  const words: Record<string, string> = { ENOENT: 'no such directory', EACCES: 'permission denied', EISDIR: 'it is a directory', ENOTDIR: 'a parent is not a directory', EROFS: 'read-only file system', ENOSPC: 'no space left on the device' };
  const said = e.code ? words[e.code] : undefined;
  return said ? `${said} (${e.code})` : e.message;
}

const cannotWrite = (file: string, e: unknown) => new UsageError(`cannot write ${file}: ${writeReason(e as NodeJS.ErrnoException)}`);

/** Where results go. */
export interface Sink { write(s: string): Promise<void>; close(): Promise<void> }

/**
 * --out FILE, opened now so that a path that cannot be written fails before any work, and written
 * synchronously so that a failure (a full disk) is the next write's error, not a late stream event; else stdout.
 */
export function output(flags: Parsed['flags']): Sink {
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

/** Standard output, waiting for 'drain' when its buffer is full, so a large batch piped to a slow reader stays in constant memory. */
const stdoutSink: Sink = {
  async write(s) {
    if (!process.stdout.write(s)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  },
  async close() {},
};
