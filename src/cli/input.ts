/**
 * Reading what the commands are given: text and JSON files, standard input, JSONL streamed line
 * by line, and the custom data of --actors and --question. Every failure is a UsageError that
 * names the file, since a person has to fix it.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { AnalyzerOptions } from '../types';
import { validateQuestion } from '../validate';
import { UsageError, type Parsed } from './args';

/** The UsageError for a file that cannot be read; ENOENT in words, other codes as Node says them. */
function cannotRead(file: string, e: unknown): UsageError {
  const code = (e as NodeJS.ErrnoException).code;
  return new UsageError(code === 'ENOENT' ? `cannot read ${file}: no such file` : `cannot read ${file}: ${(e as Error).message}`);
}

/** Reads a file as UTF-8, with errors a person can act on. */
export function readText(file: string): string {
  let buf: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new UsageError(`${file} is a directory, not a file`);
    buf = readFileSync(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw cannotRead(file, e);
  }
  return decodeUtf8(buf, file);
}

/** Strict UTF-8 (a Latin-1 file would otherwise be analysed as mojibake); a leading BOM is dropped. */
function decodeUtf8(buf: Buffer, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${name} is not valid UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)`);
  }
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return decodeUtf8(Buffer.concat(chunks), 'standard input');
}

/** Checks up front that an input file exists and is a file. */
export function checkFile(file: string): void {
  try {
    if (!statSync(file).isFile()) throw new UsageError(`${file} is not a regular file`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw cannotRead(file, e);
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
export function analyzerOptions(flags: Parsed['flags']): AnalyzerOptions {
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
