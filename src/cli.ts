/**
 * The `standpoint` command: analyse one text, stream a JSONL batch, summarise a batch's output.
 * Exit status: 0 success, 1 some documents or lines failed, 2 usage or input errors.
 */
import { createReadStream, createWriteStream, readFileSync, statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createAnalyzer, type AnalyzerOptions } from './analyzer';
import { analyzeMany, type BatchInput } from './node/batch';
import { toHtml } from './format/html';
import { toCsv, toMarkdown, toTable } from './format/text';
import { CorpusSummary } from './format/corpus';
import type { StanceReport } from './types';

const VERSION = '0.1.0';

const HELP: Readonly<Record<string, string>> = {
  main: `standpoint ${VERSION}: where each state or organisation in a news text stands on a question (built in: ceasefire)

Usage:
  standpoint analyze [FILE|-] [options]     analyse one text (stdin when FILE is - or missing)
  standpoint batch IN.jsonl [options]       analyse one JSON document per line, streaming
  standpoint summarize OUT.jsonl [options]  actors x stance counts per day, or the actor-question network

Run "standpoint <command> --help" for a command's options.`,
  analyze: `Usage: standpoint analyze [FILE|-] [--format table|json|md|html|csv] [--date YYYY-MM-DD] [--actors FILE] [--out FILE]

  --format   table (default on a terminal), json (default otherwise), md, html, csv
  --date     date that picks office holders (default: the text's own date, else today)
  --actors   JSON file with custom data: an array of actors, or {"actors": [...], "people": [...]}
  --out      write to FILE instead of standard output`,
  batch: `Usage: standpoint batch IN.jsonl [--out OUT.jsonl] [--workers N] [--actors FILE]

  Each input line is a JSON object {"id": "...", "text": "...", "date": "YYYY-MM-DD"} (id and date optional).
  Each output line is {"id", "line", "report"}. Bad lines are reported on stderr with their line number
  and skipped; the exit status is 1 if any line failed. A progress line is shown on a terminal.

  --out      write to FILE instead of standard output
  --workers  worker threads (default 1)
  --actors   JSON file with custom actors and people (see analyze --help)`,
  summarize: `Usage: standpoint summarize OUT.jsonl [--format csv|graphml] [--out FILE]

  csv (default): date, actor, name and a count per stance, one row per actor and day.
  graphml: the actor-question two-mode network (Gephi, visone), edges weighted per qualifier.`,
};

class UsageError extends Error {}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

const STRING = { type: 'string' } as const;
const BOOLEAN = { type: 'boolean' } as const;
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** Each command's options (node:util parseArgs; Node 20 has no --no-X, so --no-progress is its own). */
const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  analyze: { ...HELP_OPTION, format: STRING, date: STRING, actors: STRING, question: STRING, out: STRING },
  batch: { ...HELP_OPTION, out: STRING, workers: STRING, actors: STRING, question: STRING, progress: BOOLEAN, 'no-progress': BOOLEAN },
  summarize: { ...HELP_OPTION, format: STRING, out: STRING },
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
 * Lines of a file, streamed in chunks (constant memory), each decoded as strict UTF-8:
 * yields [lineNumber, text] or [lineNumber, undefined] for a line that is not valid UTF-8.
 */
export async function* lines(file: string): AsyncGenerator<[number, string | undefined]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (b: Buffer) => { try { return decoder.decode(b); } catch { return undefined; } };
  let rest = Buffer.alloc(0);
  let n = 0;
  for await (const chunk of createReadStream(file)) {
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

/** Custom data from --actors: an array of actors, or {actors, people}. */
function customData(flags: Parsed['flags']): AnalyzerOptions {
  const file = flags.actors;
  if (typeof file !== 'string') return {};
  let data: unknown;
  try { data = JSON.parse(readText(file)); } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (Array.isArray(data)) return { actors: data };
  const d = data as { actors?: unknown; people?: unknown };
  return { actors: d.actors as AnalyzerOptions['actors'], people: d.people as AnalyzerOptions['people'] };
}

function choice(flags: Parsed['flags'], name: string, allowed: readonly string[], fallback: string): string {
  const v = flags[name] ?? fallback;
  if (typeof v !== 'string' || !allowed.includes(v)) throw new UsageError(`unknown --${name} ${String(v)}; use one of: ${allowed.join(', ')}`);
  return v;
}

function output(flags: Parsed['flags']): Writable {
  const out = flags.out;
  return typeof out === 'string' ? createWriteStream(out) : process.stdout;
}

async function write(stream: Writable, s: string): Promise<void> {
  if (!stream.write(s)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

async function close(stream: Writable): Promise<void> {
  if (stream === process.stdout) return;
  await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

function render(format: string, report: StanceReport, text: string): string {
  switch (format) {
    case 'json': return `${JSON.stringify(report, null, 2)}\n`;
    case 'md': return toMarkdown(report);
    case 'html': return toHtml(report, text);
    case 'csv': return toCsv(report);
    default: return toTable(report);
  }
}

async function analyzeCommand(p: Parsed): Promise<number> {
  if (p.positional.length > 1) throw new UsageError('analyze takes one FILE (or - for standard input)');
  const format = choice(p.flags, 'format', ['table', 'json', 'md', 'html', 'csv'], process.stdout.isTTY ? 'table' : 'json');
  const file = p.positional[0] ?? '-';
  const text = file === '-' ? await readStdin() : readText(file);
  const date = p.flags.date;
  const analyzer = createAnalyzer(customData(p.flags));
  const report = analyzer.analyze(text, typeof date === 'string' ? { date } : {});
  const out = output(p.flags);
  await write(out, render(format, report, text));
  await close(out);
  return 0;
}

/** Progress on stderr, only when it is a terminal: documents done and documents per second. */
function progress() {
  const tty = process.stderr.isTTY;
  const start = Date.now();
  let last = 0;
  return {
    tick(n: number) {
      if (!tty || Date.now() - last < 200) return;
      last = Date.now();
      process.stderr.write(`\r${n} documents, ${(n / Math.max(0.001, (last - start) / 1000)).toFixed(1)} docs/s`);
    },
    end(n: number, failed: number) {
      const secs = Math.max(0.001, (Date.now() - start) / 1000);
      if (tty) process.stderr.write('\r\x1b[K');
      process.stderr.write(`batch: ${n} documents written, ${failed} failed, ${(n / secs).toFixed(1)} docs/s\n`);
    },
  };
}

async function batchCommand(p: Parsed): Promise<number> {
  const file = p.positional[0];
  if (!file || p.positional.length > 1) throw new UsageError('batch takes one input file (IN.jsonl)');
  const workers = Number(p.flags.workers ?? 1);
  if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers must be a positive integer, got ${String(p.flags.workers)}`);
  const custom = customData(p.flags);
  createAnalyzer(custom); // fail fast on bad custom data, before reading anything
  checkFile(file);
  const out = output(p.flags);
  const lineOf = new Map<number, number>();
  let failed = 0;
  let written = 0;
  const fail = (line: number, why: string) => { failed++; process.stderr.write(`line ${line}: ${why}\n`); };
  async function* jobs(): AsyncGenerator<BatchInput> {
    let index = 0;
    for await (const [line, raw] of lines(file)) {
      if (raw === undefined) { fail(line, 'not valid UTF-8 text'); continue; }
      if (raw.trim() === '') continue;
      let doc: { id?: unknown; text?: unknown; date?: unknown };
      try { doc = JSON.parse(raw); } catch (e) { fail(line, `invalid JSON (${(e as Error).message})`); continue; }
      if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) { fail(line, 'expected a JSON object with a "text" field'); continue; }
      if (typeof doc.text !== 'string') { fail(line, '"text" must be a string'); continue; }
      lineOf.set(index++, line);
      yield { id: doc.id === undefined ? undefined : String(doc.id), text: doc.text, date: typeof doc.date === 'string' ? doc.date : undefined };
    }
  }
  const bar = progress();
  for await (const r of analyzeMany(jobs(), { ...custom, workers })) {
    const line = lineOf.get(r.index)!;
    lineOf.delete(r.index);
    if (r.error !== undefined) { fail(line, `${r.id === undefined ? '' : `id ${r.id}: `}${r.error}`); continue; }
    await write(out, `${JSON.stringify({ id: r.id ?? String(line), line, report: r.report })}\n`);
    bar.tick(++written);
  }
  await close(out);
  bar.end(written, failed);
  return failed > 0 ? 1 : 0;
}

async function summarizeCommand(p: Parsed): Promise<number> {
  const file = p.positional[0];
  if (!file || p.positional.length > 1) throw new UsageError('summarize takes one file (the output of standpoint batch)');
  const format = choice(p.flags, 'format', ['csv', 'graphml'], 'csv');
  checkFile(file);
  const summary = new CorpusSummary();
  let failed = 0;
  for await (const [line, raw] of lines(file)) {
    if (raw === undefined) { failed++; process.stderr.write(`line ${line}: not valid UTF-8 text\n`); continue; }
    if (raw.trim() === '') continue;
    try {
      const rec = JSON.parse(raw) as { report?: StanceReport };
      const report = rec.report ?? (rec as unknown as StanceReport);
      if (!Array.isArray(report?.actors) || typeof report.date !== 'string') throw new Error('no report in this line');
      summary.add(report);
    } catch (e) {
      failed++;
      process.stderr.write(`line ${line}: ${(e as Error).message}\n`);
    }
  }
  const out = output(p.flags);
  await write(out, format === 'graphml' ? summary.toGraphml() : summary.toCsv());
  await close(out);
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
