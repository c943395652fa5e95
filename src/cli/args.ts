/**
 * The command line's words: help texts, each command's option table, parsing with errors a
 * person can act on, and the checks of option values that several commands share.
 */
import { parseArgs } from 'node:util';
import { STANDPOINT_VERSION as VERSION } from '../version';

export const HELP: Readonly<Record<string, string>> = {
  main: `standpoint ${VERSION}: where each state or organisation in a news text stands on a question (built in: ceasefire)

Usage:
  standpoint analyze [FILE|-] [options]       analyse one text (stdin when FILE is - or missing)
  standpoint batch IN.jsonl|- [options]       analyse one JSON document per line, streaming
  standpoint summarize OUT.jsonl|- [options]  actors x stance per period, statements, or actor networks

Run "standpoint <command> --help" for a command's options.`,
  analyze: `Usage: standpoint analyze [FILE|-] [--format table|json|md|html|csv] [--title TEXT] [--trace] [--date YYYY-MM-DD] [--actors FILE] [--question FILE] [--out FILE]

  --format    table (default on a terminal), json (default otherwise), md, html, csv
  --title     the HTML page's title (default: the question's label); only with --format html
  --trace     add the report's trace (every rule that fired, every statement dropped and why); only with --format json
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

/** A mistake in the command line or its input files: main prints it and exits 2. */
export class UsageError extends Error {}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

const STRING = { type: 'string' } as const;
const BOOLEAN = { type: 'boolean' } as const;
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** Each command's options (node:util parseArgs; Node 20 has no --no-X, so --no-progress is its own). */
const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  analyze: { ...HELP_OPTION, format: STRING, title: STRING, trace: BOOLEAN, date: STRING, actors: STRING, question: STRING, out: STRING },
  batch: { ...HELP_OPTION, out: STRING, workers: STRING, actors: STRING, question: STRING, progress: BOOLEAN, 'no-progress': BOOLEAN },
  summarize: { ...HELP_OPTION, format: STRING, by: STRING, weight: STRING, relation: STRING, bom: BOOLEAN, out: STRING },
};

export interface Parsed { positional: string[]; flags: Readonly<Record<string, string | boolean | undefined>> }

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
export function parseCommandArgs(command: string, args: readonly string[]): Parsed {
  const options = OPTIONS[command];
  try {
    const { values, positionals } = parseArgs({ args: joinDashValues(args, options), options, allowPositionals: true, strict: true });
    return { positional: positionals, flags: values };
  } catch (e) {
    throw new UsageError(argsMessage(command, e as Error & { code?: string }));
  }
}

/** parseArgs' own messages quote Node internals; these say what to type instead. */
function argsMessage(command: string, e: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option} for ${command}; see standpoint ${command} --help`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option.startsWith('--')) return `option ${option} needs a value`;
  return e.message;
}

/** An option with a fixed set of values: its value (or the fallback), or a UsageError listing the choices. */
export function choice(flags: Parsed['flags'], name: string, allowed: readonly string[], fallback: string): string {
  const v = flags[name] ?? fallback;
  if (typeof v !== 'string' || !allowed.includes(v)) throw new UsageError(`unknown --${name} ${String(v)}; use one of: ${allowed.join(', ')}`);
  return v;
}

/** An option that only some formats use: its value, or a UsageError when given with another format. */
export function onlyWith(flags: Parsed['flags'], name: string, format: string, formats: readonly string[]): string | boolean | undefined {
  const v = flags[name];
  if (v === undefined) return undefined;
  if (!formats.includes(format)) throw new UsageError(`--${name} applies to --format ${orList(formats)} only, not ${format}`);
  return v;
}

const orList = (xs: readonly string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`);
