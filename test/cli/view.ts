/**
 * Shared by the tests of the built `standpoint` command (dist/cli.js), run as a user runs it: a
 * child process with arguments, files in a temporary directory and standard input.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

/** The repository root (two levels up from test/cli/): the CLI runs with it as its working directory. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The built command. */
export const CLI = join(ROOT, 'dist', 'cli.js');

/** A finished run: the exit status and what the command wrote. */
export interface Run { status: number | null; stdout: string; stderr: string }

/** Runs the CLI with arguments and optional standard input (text or bytes). */
export function cli(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    cwd: ROOT, input: input ?? '', encoding: 'utf8', timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Explains a failed run in an assertion message. */
export const why = (r: Run) => `exit ${r.status}\nstdout: ${r.stdout.slice(0, 2000)}\nstderr: ${r.stderr}`;

/** The parts of a JSON report the cases read. */
export interface Report {
  date: string;
  question: { id: string };
  actors: { actor: { id: string; name: string; kind: string }; stance: string }[];
}
/** A report's labels: actor id -> stance. */
export const labels = (r: Report) => Object.fromEntries(r.actors.map((a) => [a.actor.id, a.stance]));

/** Body sentences carry the war words (the headline does not count towards the domain check). */
export const WAR = 'Artillery shelling and air strikes pounded the valley as troops clashed.';

/** An article with one actor per stance (article.txt); ARTICLE_LABELS are its labels. */
export const ARTICLE = [
  'Fighting intensifies in the east',
  'Air strikes and shelling hit the city overnight as troops advanced.',
  'Spain called for an immediate ceasefire.',
  'Russia rejected any ceasefire and said its troops would keep fighting.',
  'France said a truce is acceptable only if Russian troops withdraw.',
].join('\n');
/** The labels of ARTICLE. */
export const ARTICLE_LABELS = { ESP: 'support', RUS: 'oppose', FRA: 'conditional' };

/** An article with markup in its headline and body (script.txt), for the HTML escaping. */
export const SCRIPT_ARTICLE = [
  'Shelling hits the port <script>alert(1)</script>',
  WAR,
  'Spain called for an immediate ceasefire.',
  'A reader wrote <script>alert(1)</script> in the comments.',
].join('\n');

/** An article naming an actor that only NDF_ACTORS knows (ndf.txt). */
export const NDF_ARTICLE = [
  'Fighting rages in the north',
  WAR,
  'The Northern Defence Front rejected any ceasefire on Tuesday.',
  'Spain called for an immediate ceasefire.',
].join('\n');

/** The --actors file (actors.json) that adds the Northern Defence Front. */
export const NDF_ACTORS = { actors: [{ id: 'NDF', name: 'Northern Defence Front', kind: 'organization', names: ['Northern Defence Front', 'NDF'] }] };

/** The test file's temporary directory (set by useTempDir's beforeAll). */
export let dir: string;
/** A path in the temporary directory. */
export const at = (name: string) => join(dir, name);

/** A path resolved lazily (the temporary directory exists only after beforeAll). */
export function at0(name: string) { return () => at(name); }

/**
 * Call once at the top of a test file: before its cases, builds dist/ if it is missing and makes
 * the temporary directory with the fixture files (article.txt, script.txt, ndf.txt, latin1.txt and
 * the actors files); after them, removes it.
 */
export function useTempDir(): void {
  beforeAll(() => {
    if (!existsSync(CLI)) {
      const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
      if (b.status !== 0) throw new Error(`npm run build failed (exit ${b.status}):\n${b.stderr}\n${b.stdout}`);
    }
    dir = mkdtempSync(join(tmpdir(), 'standpoint-cli-'));
    writeFileSync(at('article.txt'), ARTICLE);
    writeFileSync(at('script.txt'), SCRIPT_ARTICLE);
    writeFileSync(at('ndf.txt'), NDF_ARTICLE);
    writeFileSync(at('latin1.txt'), Buffer.from([0x66, 0xff, 0xfe, 0x0a]));
    writeFileSync(at('actors.json'), JSON.stringify(NDF_ACTORS));
    const dup = NDF_ACTORS.actors[0];
    writeFileSync(at('dup-actors.json'), JSON.stringify({ actors: [dup, dup] }));
    writeFileSync(at('broken-actors.json'), '{"actors": [');
  }, 180_000);

  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });
}

/** A batch input line: a war-news document with `body`, a date and an id (none when undefined). */
export const doc = (id: string | number | undefined, body: string, date: string) => JSON.stringify({ ...(id === undefined ? {} : { id }), text: `War news\n${WAR}\n${body}`, date });
/** The batch input (in.jsonl), good and bad lines mixed: [line content, expected {id, labels, date} or the reason the line fails]. */
export const INPUT: (string | Buffer)[] = [
  doc('a', 'Spain called for an immediate ceasefire.', '2023-03-17'), // 1
  doc('b', 'Russia rejected any ceasefire and said its troops would keep fighting.', '2023-03-17'), // 2
  '{"id":"c", "text": broken', // 3 malformed JSON
  JSON.stringify({ id: 'd', text: 42 }), // 4 text is a number
  '', // 5 blank
  doc('e', 'France said a truce is acceptable only if Russian troops withdraw.', '2023-03-18'), // 6
  doc('f', 'Spain called for an immediate ceasefire.', '2023-13-40'), // 7 invalid date
  Buffer.concat([Buffer.from('{"id":"g","text":"caf'), Buffer.from([0xe9, 0x20, 0xff]), Buffer.from('"}')]), // 8 not UTF-8
  doc(undefined, 'Spain called for an immediate ceasefire.', '2023-03-18'), // 9 no id: the line number
  '[1, 2]', // 10 not an object
  doc(7, 'Germany called for an immediate ceasefire.', '2023-03-18'), // 11 numeric id
  doc('h', 'Russia rejected any ceasefire.', '2023-03-18'), // 12
];
/** The good lines of INPUT, in order, with their id, date and labels. */
export const GOOD = [
  { id: 'a', line: 1, date: '2023-03-17', labels: { ESP: 'support' } },
  { id: 'b', line: 2, date: '2023-03-17', labels: { RUS: 'oppose' } },
  { id: 'e', line: 6, date: '2023-03-18', labels: { FRA: 'conditional', RUS: 'none' } },
  { id: '9', line: 9, date: '2023-03-18', labels: { ESP: 'support' } },
  { id: '7', line: 11, date: '2023-03-18', labels: { DEU: 'support' } },
  { id: 'h', line: 12, date: '2023-03-18', labels: { RUS: 'oppose' } },
];
/** The bad lines of INPUT: [line, id, reason]: the id is the document's when the line has one, else the line number. */
export const BAD: [number, string, RegExp][] = [
  [3, '3', /invalid JSON/], [4, 'd', /"text" must be a string/], [5, '5', /blank line/], [7, 'f', /2023-13-40/],
  [8, '8', /UTF-8/], [10, '10', /JSON object/],
];

/** The version fields on every batch output line, in their order. */
export const VERSIONS = ['schemaVersion', 'standpointVersion'];
/** Their values, from src/version.ts and package.json. */
export const versions = { schemaVersion: /SCHEMA_VERSION = '([^']+)'/.exec(readFileSync(join(ROOT, 'src', 'version.ts'), 'utf8'))![1], standpointVersion: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string };

/** A batch output line. */
export interface Rec { id: string; line: number; date?: string; report?: Report; error?: string }
/** The lines of a batch output. */
export const records = (s: string) => s.trimEnd().split('\n').map((l) => JSON.parse(l) as Rec);

/**
 * Writes INPUT to in.jsonl and batches it into out1.jsonl: the run (`first`) the batch cases check
 * and the output (`out1`, '' when no file was written) the summarize cases read. Call in a beforeAll.
 */
export function runBatch(): { first: Run; out1: string } {
  writeFileSync(at('in.jsonl'), Buffer.concat(INPUT.map((l) => Buffer.concat([Buffer.from(l), Buffer.from('\n')]))));
  const first = cli(['batch', at('in.jsonl'), '--out', at('out1.jsonl')]);
  const out1 = existsSync(at('out1.jsonl')) ? readFileSync(at('out1.jsonl'), 'utf8') : '';
  return { first, out1 };
}
