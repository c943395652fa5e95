/**
 * The built `standpoint` command (dist/cli.js), run as a user runs it: a child process with
 * arguments, files in a temporary directory and standard input.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from './helpers';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');

interface Run { status: number | null; stdout: string; stderr: string }

/** Runs the CLI with arguments and optional standard input (text or bytes). */
function cli(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    cwd: ROOT, input: input ?? '', encoding: 'utf8', timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Explains a failed run in an assertion message. */
const why = (r: Run) => `exit ${r.status}\nstdout: ${r.stdout.slice(0, 2000)}\nstderr: ${r.stderr}`;

interface Report {
  date: string;
  question: { id: string };
  actors: { actor: { id: string; name: string; kind: string }; stance: string }[];
}
const labels = (r: Report) => Object.fromEntries(r.actors.map((a) => [a.actor.id, a.stance]));


// Body sentences carry the war words (the headline does not count towards the domain check).
const WAR = 'Artillery shelling and air strikes pounded the valley as troops clashed.';

const ARTICLE = [
  'Fighting intensifies in the east',
  'Air strikes and shelling hit the city overnight as troops advanced.',
  'Spain called for an immediate ceasefire.',
  'Russia rejected any ceasefire and said its troops would keep fighting.',
  'France said a truce is acceptable only if Russian troops withdraw.',
].join('\n');
const ARTICLE_LABELS = { ESP: 'support', RUS: 'oppose', FRA: 'conditional' };

const SCRIPT_ARTICLE = [
  'Shelling hits the port <script>alert(1)</script>',
  WAR,
  'Spain called for an immediate ceasefire.',
  'A reader wrote <script>alert(1)</script> in the comments.',
].join('\n');

const NDF_ARTICLE = [
  'Fighting rages in the north',
  WAR,
  'The Northern Defence Front rejected any ceasefire on Tuesday.',
  'Spain called for an immediate ceasefire.',
].join('\n');

const NDF_ACTORS = { actors: [{ id: 'NDF', name: 'Northern Defence Front', kind: 'organization', names: ['Northern Defence Front', 'NDF'] }] };

let dir: string;
const at = (name: string) => join(dir, name);

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

describe('analyze', () => {
  it('--format json gives a valid report with the expected labels', () => {
    const r = cli(['analyze', at('article.txt'), '--format', 'json']);
    expect(r.status, why(r)).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.question.id).toBe('ceasefire');
    expect(labels(report)).toEqual(ARTICLE_LABELS);
    expect(r.stderr).toBe('');
  });

  it.each([
    ['-', ['-']],
    ['no FILE', []],
  ])('reads standard input with %s', (_, file) => {
    const r = cli(['analyze', ...file, '--format', 'json'], ARTICLE);
    expect(r.status, why(r)).toBe(0);
    expect(labels(JSON.parse(r.stdout))).toEqual(ARTICLE_LABELS);
  });

  it('defaults to json when standard output is not a terminal', () => {
    const r = cli(['analyze', at('article.txt')]);
    expect(r.status, why(r)).toBe(0);
    expect(labels(JSON.parse(r.stdout))).toEqual(ARTICLE_LABELS);
  });

  it('--format csv gives the header and one row per actor', () => {
    const r = cli(['analyze', at('article.txt'), '--format', 'csv']);
    expect(r.status, why(r)).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header.slice(0, 11)).toEqual(['id', 'actor', 'name', 'kind', 'stance', 'score', 'confidence', 'conditions', 'speakers', 'mentions', 'evidence']);
    expect(header.slice(11)).toEqual(['date', 'question', 'evidence_start', 'evidence_end']);
    expect(rows).toHaveLength(Object.keys(ARTICLE_LABELS).length);
    for (const row of rows) expect(row).toHaveLength(header.length);
    expect(Object.fromEntries(rows.map((row) => [row[1], row[4]]))).toEqual(ARTICLE_LABELS);
    expect(rows.find((row) => row[1] === 'FRA')?.[7]).toContain('withdrawal');
  });

  it('--format csv names the best evidence of every position taken, a conditional one included', () => {
    // README: "Each label comes with evidence spans"; Evidence.polarity is "0 for a pure condition".
    const r = cli(['analyze', at('article.txt'), '--format', 'csv']);
    expect(r.status, why(r)).toBe(0);
    const [, ...rows] = parseCsv(r.stdout);
    for (const row of rows.filter((x) => x[4] !== 'none')) expect(row[10], `${row[1]} ${row[4]} has no evidence`).not.toBe('');
  });

  it('--format md contains a Markdown table of actors', () => {
    const r = cli(['analyze', at('article.txt'), '--format', 'md']);
    expect(r.status, why(r)).toBe(0);
    const lines = r.stdout.split('\n');
    const head = lines.indexOf('| actor | stance | confidence | conditions | best evidence |');
    expect(head, r.stdout).toBeGreaterThanOrEqual(0);
    expect(lines[head + 1]).toBe('| --- | --- | --- | --- | --- |');
    const rows = lines.slice(head + 2).filter((l) => l.startsWith('|'));
    expect(rows).toHaveLength(3);
    for (const [id, stance] of Object.entries(ARTICLE_LABELS)) expect(rows.some((l) => l.startsWith(`| ${id} | ${stance} |`)), id).toBe(true);
  });

  it('--format html is a full, self-contained HTML document', () => {
    const r = cli(['analyze', at('article.txt'), '--format', 'html']);
    expect(r.status, why(r)).toBe(0);
    const html = r.stdout;
    expect(html.trimStart().toLowerCase().startsWith('<!doctype html>')).toBe(true);
    for (const tag of ['<html', '<head>', '<meta charset="utf-8">', '<title>', '<body>', '</body>', '</html>']) expect(html).toContain(tag);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import/i);
    for (const id of Object.keys(ARTICLE_LABELS)) expect(html).toContain(`<code>${id}</code>`);
  });

  it('--format html escapes markup in the article', () => {
    const r = cli(['analyze', at('script.txt'), '--format', 'html']);
    expect(r.status, why(r)).toBe(0);
    expect(r.stdout).not.toMatch(/<script/i);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('--title sets the HTML page title, escaped; without it the title is the question\'s label', () => {
    const r = cli(['analyze', at('article.txt'), '--format', 'html', '--title', 'Ukraine <talks> & "truce"']);
    expect(r.status, why(r)).toBe(0);
    expect(r.stdout).toContain('<title>Ukraine &lt;talks&gt; &amp; &quot;truce&quot;</title>');
    const plain = cli(['analyze', at('article.txt'), '--format', 'html']);
    const label = (JSON.parse(cli(['analyze', at('article.txt'), '--format', 'json']).stdout) as { question: { label: string } }).question.label;
    expect(/<title>([^<]*)<\/title>/.exec(plain.stdout)?.[1]).toBe(label.replace(/'/g, '&#39;'));
  });

  it.each([['json', ['--format', 'json']], ['csv', ['--format', 'csv']], ['json', []]])('--title with --format %s exits 2', (format, flags) => {
    const r = cli(['analyze', at('article.txt'), ...flags, '--title', 'T']);
    expect(r.status, why(r)).toBe(2);
    expect(r.stderr).toBe(`standpoint: --title applies to --format html only, not ${format}\n`);
    expect(r.stdout).toBe('');
  });

  it('--trace adds the trace to JSON, every entry fired or dropped with a reason; other formats exit 2', () => {
    const r = cli(['analyze', at('article.txt'), '--format', 'json', '--trace']);
    expect(r.status, why(r)).toBe(0);
    const report = JSON.parse(r.stdout) as { trace?: { rules: string[]; dropped?: string }[] };
    expect(report.trace?.length).toBeGreaterThan(0);
    for (const e of report.trace ?? []) expect(e.rules.length > 0 || typeof e.dropped === 'string').toBe(true);
    expect(JSON.parse(cli(['analyze', at('article.txt'), '--format', 'json']).stdout)).not.toHaveProperty('trace');
    const md = cli(['analyze', at('article.txt'), '--format', 'md', '--trace']);
    expect(md.status, why(md)).toBe(2);
    expect(md.stderr).toBe('standpoint: --trace applies to --format json only, not md\n');
  });

  it('--format table prints aligned columns', () => {
    const r = cli(['analyze', at('article.txt'), '--format', 'table']);
    expect(r.status, why(r)).toBe(0);
    const [header, rule, ...rows] = r.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^actor\s+stance\s+confidence\s+conditions\s+best evidence$/);
    expect(rule).toMatch(/^-+( {2}-+){4}$/);
    expect(rows).toHaveLength(3);
    // Every column starts where its header starts, and the rule's dashes sit under the headers.
    const starts = ['stance', 'confidence', 'conditions', 'best evidence'].map((h) => header.indexOf(h));
    for (const s of starts) expect(rule[s - 1]).toBe(' ');
    for (const row of rows) {
      const id = row.slice(0, starts[0]).trim();
      expect(row.slice(starts[0], starts[1]).trim()).toBe(ARTICLE_LABELS[id as keyof typeof ARTICLE_LABELS]);
      expect(row.slice(starts[1], starts[2]).trim()).toMatch(/^\d\.\d\d$/);
      for (const s of starts) if (s - 1 < row.length) expect(row[s - 1], row).toBe(' ');
    }
  });

  it('--date YYYY-MM-DD is accepted and used', () => {
    const r = cli(['analyze', at('article.txt'), '--format', 'json', '--date', '2023-03-17']);
    expect(r.status, why(r)).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.date).toBe('2023-03-17');
    expect(labels(report)).toEqual(ARTICLE_LABELS);
    const inline = cli(['analyze', at('article.txt'), '--format=json', '--date=2023-03-17']);
    expect(inline.stdout).toBe(r.stdout);
  });

  it('a dateline without a year gives a date-assumed diagnostic, unless --date is given', () => {
    const text = ARTICLE.replace('Air strikes', 'GENEVA, March 21 - Air strikes');
    const codes = (r: Run) => (JSON.parse(r.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    expect(codes(cli(['analyze', '-', '--format', 'json'], text))).toEqual(['date-assumed']);
    expect(codes(cli(['analyze', '-', '--format', 'json', '--date', '2023-03-21'], text))).toEqual([]);
    const batch = cli(['batch', '-'], [JSON.stringify({ text }), JSON.stringify({ text, date: '2023-03-21' })].join('\n'));
    expect(batch.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).report.diagnostics.map((d: { code: string }) => d.code))).toEqual([['date-assumed'], []]);
  });

  it('--date with an impossible date exits 2 naming the value', () => {
    const r = cli(['analyze', at('article.txt'), '--date', '2023-13-40']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('2023-13-40');
    expect(r.stdout).toBe('');
  });

  it.each([
    ['json', (s: string) => expect(labels(JSON.parse(s))).toEqual(ARTICLE_LABELS)],
    ['html', (s: string) => expect(s).toContain('</html>')],
  ])('--out FILE writes the %s report to the file, not to stdout', (format, check) => {
    const file = at(`out.${format}`);
    const r = cli(['analyze', at('article.txt'), '--format', format, '--out', file]);
    expect(r.status, why(r)).toBe(0);
    expect(r.stdout).toBe('');
    check(readFileSync(file, 'utf8'));
  });
});

describe('custom actors (--actors)', () => {
  it('adds a custom actor that gets a label', () => {
    const r = cli(['analyze', at('ndf.txt'), '--format', 'json', '--actors', at('actors.json')]);
    expect(r.status, why(r)).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(labels(report)).toEqual({ NDF: 'oppose', ESP: 'support' });
    expect(report.actors.find((a) => a.actor.id === 'NDF')?.actor).toEqual({ id: 'NDF', name: 'Northern Defence Front', kind: 'organization' });
  });

  it('does not know the custom actor without --actors', () => {
    const r = cli(['analyze', at('ndf.txt'), '--format', 'json']);
    expect(r.status, why(r)).toBe(0);
    expect(labels(JSON.parse(r.stdout))).toEqual({ ESP: 'support' });
  });

  it('accepts a bare array of actors', () => {
    writeFileSync(at('actors-array.json'), JSON.stringify(NDF_ACTORS.actors));
    const r = cli(['analyze', at('ndf.txt'), '--format', 'json', '--actors', at('actors-array.json')]);
    expect(r.status, why(r)).toBe(0);
    expect(labels(JSON.parse(r.stdout))).toEqual({ NDF: 'oppose', ESP: 'support' });
  });

  it.each([['analyze', at0('ndf.txt')], ['batch', at0('in.jsonl')]])('%s: duplicate ids exit 2 quoting the entry', (command, file) => {
    const r = cli([command, file(), '--actors', at('dup-actors.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('duplicate id "NDF"');
    expect(r.stderr).toContain('{"id":"NDF","name":"Northern Defence Front"');
    expect(r.stdout).toBe('');
  });

  it('an actors file that is not JSON exits 2 naming the file', () => {
    const r = cli(['analyze', at('ndf.txt'), '--actors', at('broken-actors.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(at('broken-actors.json'));
    expect(r.stderr).toMatch(/not valid JSON/);
  });
});

/** A path resolved lazily (the temporary directory exists only after beforeAll). */
function at0(name: string) { return () => at(name); }

describe('usage and input errors', () => {
  it.each<[string, () => string[], string | Buffer | undefined, RegExp[]]>([
    ['a missing file', () => ['analyze', at('nope.txt')], undefined, [/nope\.txt/, /no such file/]],
    ['a file that is not UTF-8', () => ['analyze', at('latin1.txt')], undefined, [/latin1\.txt/, /UTF-8/]],
    ['standard input that is not UTF-8', () => ['analyze', '-'], Buffer.from([0x66, 0xff, 0xfe, 0x0a]), [/standard input/, /UTF-8/]],
    ['a directory', () => ['analyze', dir], undefined, [/directory/]],
    ['two files', () => ['analyze', at('article.txt'), at('ndf.txt')], undefined, [/one FILE/]],
    ['--format xml', () => ['analyze', at('article.txt'), '--format', 'xml'], undefined, [/xml/, /table, json, md, html, csv/]],
    ['an option without its value', () => ['analyze', at('article.txt'), '--format'], undefined, [/--format needs a value/]],
    ['an unknown option', () => ['analyze', at('article.txt'), '--bogus'], undefined, [/unknown option --bogus for analyze/, /standpoint analyze --help/]],
    ['an unknown short option', () => ['analyze', at('article.txt'), '-x'], undefined, [/unknown option -x/]],
    ['an option of another command', () => ['batch', at('in.jsonl'), '--format', 'json'], undefined, [/unknown option --format for batch/]],
    ['summarize --workers', () => ['summarize', at('article.txt'), '--workers', '2'], undefined, [/unknown option --workers for summarize/]],
    ['a value-taking option given as a flag', () => ['batch', at('in.jsonl'), '--out', '--workers', '2'], undefined, [/--out needs a value/]],
    ['an unknown command', () => ['frobnicate'], undefined, [/unknown command "frobnicate"/, /analyze, batch, summarize/]],
    ['batch of a missing file', () => ['batch', at('nope.jsonl')], undefined, [/nope\.jsonl/, /no such file/]],
    ['batch without a file', () => ['batch'], undefined, [/batch takes one input file/]],
    ['summarize of a missing file', () => ['summarize', at('nope.jsonl')], undefined, [/nope\.jsonl/, /no such file/]],
    ['summarize --format xml', () => ['summarize', at('article.txt'), '--format', 'xml'], undefined, [/csv, graphml/]],
  ])('%s exits 2 with a message', (_, args, input, patterns) => {
    const r = cli(args(), input);
    expect(r.status, why(r)).toBe(2);
    for (const p of patterns) expect(r.stderr).toMatch(p);
    expect(r.stderr).toMatch(/^standpoint: /);
    expect(r.stdout).toBe('');
  });

  it.each<[string, () => string[]]>([
    ['an impossible --date', () => ['analyze', at('article.txt'), '--date', '2023-13-40']],
    ['duplicate custom actors', () => ['analyze', at('ndf.txt'), '--actors', at('dup-actors.json')]],
    ['a missing file', () => ['analyze', at('nope.txt')]],
  ])('the message for %s carries the "standpoint:" prefix once', (_, args) => {
    const r = cli(args());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^standpoint: /);
    expect(r.stderr).not.toMatch(/standpoint: standpoint:/);
  });

  it.each(['analyze', 'batch', 'summarize'])('%s --help prints its usage and exits 0', (command) => {
    for (const flag of ['--help', '-h']) {
      const r = cli([command, flag]);
      expect(r.status, why(r)).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: standpoint ${command} `));
      expect(r.stderr).toBe('');
    }
  });

  it('--help prints the main usage and exits 0', () => {
    const r = cli(['--help']);
    expect(r.status, why(r)).toBe(0);
    for (const c of ['analyze', 'batch', 'summarize']) expect(r.stdout).toContain(`standpoint ${c}`);
  });

  it('no command prints the usage on stdout and exits 2', () => {
    const r = cli([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('Usage:');
    for (const c of ['analyze', 'batch', 'summarize']) expect(r.stdout).toContain(`standpoint ${c}`);
  });

  it('--version prints the package version', () => {
    const r = cli(['--version']);
    expect(r.status, why(r)).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it.each(['analyze', 'batch', 'summarize'])('the README\'s Command line section gives %s --help\'s usage line', (command) => {
    const usage = /^Usage: standpoint (.*)$/m.exec(cli([command, '--help']).stdout)?.[1];
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Command line'), readme.indexOf('## How labels are decided'));
    expect(section).toContain(`- \`${usage}\``);
  });

  it('--version is the standpointVersion written into reports (one source: STANDPOINT_VERSION)', () => {
    const report = JSON.parse(cli(['analyze', at('article.txt'), '--format', 'json']).stdout) as { standpointVersion: string };
    expect(cli(['--version']).stdout.trim()).toBe(report.standpointVersion);
    expect(readFileSync(join(ROOT, 'src', 'cli.ts'), 'utf8')).not.toMatch(/VERSION = '\d/);
  });
});

describe('batch and summarize', () => {
  const doc = (id: string | number | undefined, body: string, date: string) => JSON.stringify({ ...(id === undefined ? {} : { id }), text: `War news\n${WAR}\n${body}`, date });
  // [line content, expected {id, labels, date} or the reason the line fails]
  const INPUT: (string | Buffer)[] = [
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
  const GOOD = [
    { id: 'a', line: 1, date: '2023-03-17', labels: { ESP: 'support' } },
    { id: 'b', line: 2, date: '2023-03-17', labels: { RUS: 'oppose' } },
    { id: 'e', line: 6, date: '2023-03-18', labels: { FRA: 'conditional', RUS: 'none' } },
    { id: '9', line: 9, date: '2023-03-18', labels: { ESP: 'support' } },
    { id: '7', line: 11, date: '2023-03-18', labels: { DEU: 'support' } },
    { id: 'h', line: 12, date: '2023-03-18', labels: { RUS: 'oppose' } },
  ];
  // [line, id, reason]: the id is the document's when the line has one, else the line number.
  const BAD: [number, string, RegExp][] = [
    [3, '3', /invalid JSON/], [4, 'd', /"text" must be a string/], [5, '5', /blank line/], [7, 'f', /2023-13-40/],
    [8, '8', /UTF-8/], [10, '10', /JSON object/],
  ];

  let first: Run;
  let out1: string;
  const VERSIONS = ['schemaVersion', 'standpointVersion'];
  const versions = { schemaVersion: /SCHEMA_VERSION = '([^']+)'/.exec(readFileSync(join(ROOT, 'src', 'version.ts'), 'utf8'))![1], standpointVersion: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string };

  beforeAll(() => {
    writeFileSync(at('in.jsonl'), Buffer.concat(INPUT.map((l) => Buffer.concat([Buffer.from(l), Buffer.from('\n')]))));
    first = cli(['batch', at('in.jsonl'), '--out', at('out1.jsonl')]);
    out1 = existsSync(at('out1.jsonl')) ? readFileSync(at('out1.jsonl'), 'utf8') : '';
  }, 120_000);

  interface Rec { id: string; line: number; date?: string; report?: Report; error?: string }
  const records = (s: string) => s.trimEnd().split('\n').map((l) => JSON.parse(l) as Rec);

  it('exits 1 and names each bad line by its number on stderr', () => {
    expect(first.status, why(first)).toBe(1);
    for (const [line, , reason] of BAD) {
      const msg = first.stderr.split('\n').find((l) => l.startsWith(`line ${line}: `));
      expect(msg, `no message for line ${line} in:\n${first.stderr}`).toBeDefined();
      expect(msg).toMatch(reason);
    }
    const named = [...first.stderr.matchAll(/^line (\d+): /gm)].map((m) => Number(m[1])).sort((a, b) => a - b);
    expect(named).toEqual(BAD.map(([l]) => l));
    expect(first.stderr).toMatch(/12 lines written, 6 reports, 6 failed/);
    expect(first.stdout).toBe('');
  });

  it('writes exactly one line per input line, in input order, bad lines in the middle included', () => {
    const lines = out1.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(INPUT.length);
    const recs = lines.map((l) => JSON.parse(l) as Rec);
    expect(recs.map((r) => r.line)).toEqual(INPUT.map((_, i) => i + 1));
    const good = recs.filter((r) => r.report !== undefined);
    good.forEach((rec, i) => {
      expect(Object.keys(rec)).toEqual(['id', 'line', 'date', ...VERSIONS, 'report']);
      expect({ id: rec.id, line: rec.line, date: rec.report!.date, labels: labels(rec.report!) }).toEqual(GOOD[i]);
    });
    const bad = recs.filter((r) => r.report === undefined);
    expect(bad.map((r) => [r.line, r.id])).toEqual(BAD.map(([line, id]) => [line, id]));
    bad.forEach((rec, i) => {
      expect(Object.keys(rec).filter((k) => k !== 'date')).toEqual(['id', 'line', ...VERSIONS, 'error']);
      expect(rec.error).toMatch(BAD[i][2]);
    });
  });

  it('puts schemaVersion and standpointVersion on every line, report and error lines alike, equal to the report\'s own', () => {
    const recs = records(out1) as (Rec & Record<string, unknown>)[];
    expect(recs).toHaveLength(INPUT.length);
    for (const rec of recs) expect(rec, `line ${rec.line}`).toMatchObject(versions);
    for (const rec of recs.filter((x) => x.report)) {
      const report = rec.report as unknown as typeof versions;
      expect([report.schemaVersion, report.standpointVersion]).toEqual([versions.schemaVersion, versions.standpointVersion]);
    }
    expect(recs.filter((x) => x.error !== undefined)).toHaveLength(BAD.length);
  });

  it('batch - reads standard input and writes the same lines', () => {
    const r = cli(['batch', '-'], readFileSync(at('in.jsonl')));
    expect(r.status, why(r)).toBe(1);
    expect(r.stdout).toBe(out1);
    expect(r.stderr).toMatch(/12 lines written, 6 reports, 6 failed/);
  });

  it('keeps the input line\'s other fields, untouched, in its output line (reports and errors alike)', () => {
    const meta = { url: 'https://example.org/a?x=1&y=2', outlet: 'Example Times', title: 'Talks “resume”', tags: ['war', 1, null], nested: { a: { b: [true] } } };
    const input = [
      JSON.stringify({ id: 'p1', ...meta, text: `War news\n${WAR}\nSpain called for an immediate ceasefire.`, date: '2023-03-17' }),
      JSON.stringify({ id: 'p2', ...meta, text: null }),
      JSON.stringify({ ...meta, text: `War news\n${WAR}\nRussia rejected any ceasefire.`, line: 99, report: 'mine', error: 'mine', schemaVersion: 'mine', standpointVersion: 'mine' }),
    ].join('\n');
    const r = cli(['batch', '-'], input);
    expect(r.status, why(r)).toBe(1);
    const [a, b, c] = records(r.stdout) as (Rec & Record<string, unknown>)[];
    expect(a).toMatchObject({ id: 'p1', line: 1, ...meta, date: '2023-03-17' });
    expect(Object.keys(a)).toEqual(['id', 'line', ...Object.keys(meta), 'date', ...VERSIONS, 'report']);
    expect(b).toEqual({ id: 'p2', line: 2, ...meta, ...versions, error: '"text" must be a string' });
    // id, line, the versions, report and error are the output's own: an input field of that name is not copied.
    expect(c).toMatchObject({ id: '3', line: 3, ...meta, ...versions });
    expect(labels(c.report!)).toEqual({ RUS: 'oppose' });
    expect(c.error).toBeUndefined();
  });

  it.each([['a blank last line', 'x\n\n'], ['no final newline', 'x']])('counts %s exactly', (_, tail) => {
    const good = doc('g1', 'Spain called for an immediate ceasefire.', '2023-03-17');
    const r = cli(['batch', '-'], `${good}\n${tail}`);
    expect(r.status).toBe(1);
    const recs = records(r.stdout);
    expect(recs.map((x) => x.line)).toEqual(tail === 'x' ? [1, 2] : [1, 2, 3]);
    expect(recs.slice(1).map((x) => x.error)).toEqual(tail === 'x' ? [expect.stringMatching(/invalid JSON/)] : [expect.stringMatching(/invalid JSON/), 'blank line']);
  });

  it('writes the same lines to stdout without --out', () => {
    const r = cli(['batch', at('in.jsonl')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(out1);
  });

  it('--workers 2 writes a byte-identical file', () => {
    const r = cli(['batch', at('in.jsonl'), '--out', at('out2.jsonl'), '--workers', '2']);
    expect(r.status, why(r)).toBe(1);
    expect(readFileSync(at('out2.jsonl')).equals(readFileSync(at('out1.jsonl')))).toBe(true);
    const named = [...r.stderr.matchAll(/^line (\d+): /gm)].map((m) => Number(m[1])).sort((a, b) => a - b);
    expect(named).toEqual(BAD.map(([l]) => l));
  });

  it('--workers 3 keeps the order over more documents than the workers hold at once', () => {
    const bodies = ['Spain called for an immediate ceasefire.', 'Russia rejected any ceasefire.', 'France said a truce is acceptable only if Russian troops withdraw.'];
    const many = Array.from({ length: 60 }, (_, i) => doc(`n${i}`, bodies[i % 3], '2023-03-17'));
    writeFileSync(at('many.jsonl'), `${many.join('\n')}\n`);
    const one = cli(['batch', at('many.jsonl'), '--workers', '1']);
    const three = cli(['batch', at('many.jsonl'), '--workers', '3']);
    expect(one.status, why(one)).toBe(0);
    expect(three.status, why(three)).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    const ids = one.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(many.map((_, i) => `n${i}`));
  });

  it('--workers 2 keeps one line per input line in order when bad lines sit between more jobs than are in flight', () => {
    const many = Array.from({ length: 50 }, (_, i) => (i % 7 === 3 ? `bad ${i}` : i % 11 === 5 ? '' : doc(`m${i}`, 'Spain called for an immediate ceasefire.', '2023-03-17')));
    const input = `${many.join('\n')}\n`;
    const one = cli(['batch', '-', '--workers', '1'], input);
    const two = cli(['batch', '-', '--workers', '2'], input);
    expect(two.stdout).toBe(one.stdout);
    const recs = records(two.stdout);
    expect(recs.map((r) => r.line)).toEqual(many.map((_, i) => i + 1));
    expect(recs.map((r) => r.error === undefined)).toEqual(many.map((l) => l.startsWith('{')));
    const failed = many.filter((l) => !l.startsWith('{')).length;
    expect(two.status).toBe(1);
    expect(two.stderr).toContain(`50 lines written, ${50 - failed} reports, ${failed} failed`);
  });

  it.each(['0', '-1', '1.5', 'two'])('--workers %s exits 2', (n) => {
    const r = cli(['batch', at('in.jsonl'), '--workers', n]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--workers must be a positive integer/);
    expect(r.stderr).toContain(n);
  });

  /** What summarize should count: per date and actor, the reports' stances. */
  function expectedCsv(): string[] {
    const counts = new Map<string, { date: string; id: string; name: string; c: Record<string, number> }>();
    for (const l of out1.trim().split('\n')) {
      const { report } = JSON.parse(l) as { report?: Report };
      if (!report) continue; // a failed line
      for (const a of report.actors) {
        const k = `${report.date} ${a.actor.id}`;
        const row = counts.get(k) ?? { date: report.date, id: a.actor.id, name: a.actor.name, c: { support: 0, oppose: 0, conditional: 0, none: 0 } };
        row.c[a.stance]++;
        counts.set(k, row);
      }
    }
    return [...counts.values()].map((r) => [r.date, r.id, r.name, r.c.support, r.c.oppose, r.c.conditional, r.c.none].join(','));
  }

  it('summarize: csv counts per day and actor match the reports; the failed batch lines are skipped', () => {
    const r = cli(['summarize', at('out1.jsonl')]);
    expect(r.status, why(r)).toBe(0);
    expect(r.stderr).toMatch(/6 failed batch lines .* skipped/);
    const [header, ...rows] = r.stdout.trimEnd().split('\r\n');
    expect(header).toBe('date,actor,name,support,oppose,conditional,none');
    expect([...rows].sort()).toEqual(expectedCsv().sort());
    expect(rows).toEqual([...rows].sort((a, b) => a.split(',')[0].localeCompare(b.split(',')[0]) || a.split(',')[1].localeCompare(b.split(',')[1])));
    expect(rows).toContain('2023-03-17,ESP,Spain,1,0,0,0');
    expect(rows).toContain('2023-03-18,RUS,Russia,0,1,0,1');
  });

  it('summarize --format graphml gives the actor-question network', () => {
    const r = cli(['summarize', at('out1.jsonl'), '--format', 'graphml']);
    expect(r.status, why(r)).toBe(0);
    const xml = r.stdout;
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml).toContain('<graphml');
    expect(xml.trimEnd().endsWith('</graphml>')).toBe(true);
    const actors = new Set(expectedCsv().map((row) => row.split(',')[1]));
    const nodes = [...xml.matchAll(/<node id="([^"]*)"/g)].map((m) => m[1]);
    expect(nodes.sort()).toEqual(['q:ceasefire', ...[...actors].map((a) => `a:${a}`)].sort());
    expect(xml.match(/<node\b/g)).toHaveLength(xml.match(/<\/node>/g)?.length ?? -1);
    const edges = [...xml.matchAll(/<edge [^>]*source="a:([^"]+)" target="q:ceasefire">(.*?)<\/edge>/g)]
      .map((m) => `${m[1]} ${/<data key="qualifier">([^<]+)<\/data>/.exec(m[2])?.[1]} ${/<data key="weight">([^<]+)<\/data>/.exec(m[2])?.[1]}`);
    expect(xml.match(/<edge\b/g)).toHaveLength(edges.length);
    expect(edges.sort()).toEqual(['DEU support 1', 'ESP support 2', 'FRA conditional 1', 'RUS oppose 2']);
    expect(xml).toContain('<key id="qualifier" for="edge"');
  });

  it('summarize: a bad line exits 1 with its line number, and the good lines still count', () => {
    const lines = out1.trimEnd().split('\n');
    const mixed = [lines[0], lines[1], 'not json', lines[2], '{"foo": 1}', ...lines.slice(3)];
    writeFileSync(at('mixed.jsonl'), `${mixed.join('\n')}\n`);
    const r = cli(['summarize', at('mixed.jsonl')]);
    expect(r.status).toBe(1);
    const named = [...r.stderr.matchAll(/^line (\d+): /gm)].map((m) => Number(m[1]));
    expect(named).toEqual([3, 5]);
    expect([...r.stdout.trimEnd().split('\r\n').slice(1)].sort()).toEqual(expectedCsv().sort());
  });

  it('summarize - reads standard input', () => {
    const r = cli(['summarize', '-'], out1);
    expect(r.status, why(r)).toBe(0);
    expect(r.stdout).toBe(cli(['summarize', at('out1.jsonl')]).stdout);
  });

  const csvRows = (r: Run) => r.stdout.trimEnd().split('\r\n');
  const goodReports = () => records(out1).filter((x) => x.report !== undefined) as (Rec & { report: Report & { statements: unknown[] } })[];

  it.each([
    ['week', 'week', '2023-W11'],
    ['month', 'month', '2023-03'],
  ])('summarize --by %s: one row per actor and period, the first column named for the period', (by, column, period) => {
    const r = cli(['summarize', at('out1.jsonl'), '--by', by]);
    expect(r.status, why(r)).toBe(0);
    expect(csvRows(r)).toEqual([
      `${column},actor,name,support,oppose,conditional,none`,
      `${period},DEU,Germany,1,0,0,0`, `${period},ESP,Spain,2,0,0,0`, `${period},FRA,France,0,0,1,0`, `${period},RUS,Russia,0,2,0,1`,
    ]);
  });

  it('summarize --weight confidence sums the labels\' confidences', () => {
    const r = cli(['summarize', at('out1.jsonl'), '--by', 'month', '--weight', 'confidence']);
    expect(r.status, why(r)).toBe(0);
    const sum = (id: string, stance: string) => goodReports().flatMap((x) => (x.report.actors as unknown as { actor: { id: string }; stance: string; confidence: number }[])
      .filter((a) => a.actor.id === id && a.stance === stance).map((a) => a.confidence)).reduce((a, b) => a + b, 0);
    const row = csvRows(r).find((l) => l.startsWith('2023-03,ESP,'))!.split(',');
    expect(Number(row[3])).toBeCloseTo(sum('ESP', 'support'), 3);
    expect(Number(row[3])).toBeLessThan(2);
    expect(Number(csvRows(r).find((l) => l.startsWith('2023-03,RUS,'))!.split(',')[4])).toBeCloseTo(sum('RUS', 'oppose'), 3);
  });

  it('summarize --format edges: agreement and conflict edges per period; --relation keeps one; --by week merges the days', () => {
    const all = cli(['summarize', at('out1.jsonl'), '--format', 'edges']);
    expect(all.status, why(all)).toBe(0);
    expect(csvRows(all)).toEqual([
      'period,question,source,target,relation,weight',
      '2023-03-17,ceasefire,ESP,RUS,conflict,1',
      '2023-03-18,ceasefire,DEU,ESP,agreement,1', '2023-03-18,ceasefire,DEU,RUS,conflict,1', '2023-03-18,ceasefire,ESP,RUS,conflict,1',
    ]);
    const agreement = cli(['summarize', at('out1.jsonl'), '--format', 'edges', '--relation', 'agreement']);
    expect(csvRows(agreement).slice(1)).toEqual(['2023-03-18,ceasefire,DEU,ESP,agreement,1']);
    const weekly = cli(['summarize', at('out1.jsonl'), '--format', 'edges', '--by', 'week', '--relation', 'conflict']);
    expect(csvRows(weekly).slice(1)).toEqual(['2023-W11,ceasefire,DEU,RUS,conflict,1', '2023-W11,ceasefire,ESP,RUS,conflict,1']);
  });

  it('summarize --format network: the actor x actor GraphML summed over periods, --relation conflict only', () => {
    const r = cli(['summarize', at('out1.jsonl'), '--format', 'network', '--relation', 'conflict']);
    expect(r.status, why(r)).toBe(0);
    expect(r.stdout.startsWith('<?xml')).toBe(true);
    expect(r.stdout.trimEnd().endsWith('</graphml>')).toBe(true);
    const edges = [...r.stdout.matchAll(/<edge [^>]*source="a:([^"]+)" target="a:([^"]+)">(.*?)<\/edge>/g)]
      .map((m) => [m[1], m[2], ...['relation', 'weight', 'periods'].map((k) => new RegExp(`<data key="${k}">([^<]+)<`).exec(m[3])?.[1])].join(' '));
    expect(edges.sort()).toEqual(['DEU RUS conflict 1 1', 'ESP RUS conflict 2 2']);
    const weekly = cli(['summarize', at('out1.jsonl'), '--format', 'network', '--by', 'week']);
    expect(weekly.stdout).toContain('<data key="relation">agreement</data>');
    expect(weekly.stdout).not.toMatch(/<data key="periods">2</);
  });

  it('summarize --format statements: the header once, one row per statement of every report, ids from the batch lines', () => {
    const r = cli(['summarize', at('out1.jsonl'), '--format', 'statements']);
    expect(r.status, why(r)).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual(['id', 'date', 'speaker', 'actor', 'actor_name', 'question', 'stance', 'agreement', 'via', 'verb', 'cues', 'start', 'end', 'text']);
    expect(r.stdout.match(/^id,date,/gm)).toHaveLength(1);
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    const expected = goodReports().flatMap((x) => x.report.statements.map(() => [x.id, x.report.date]));
    expect(rows.map((row) => [row[0], row[1]])).toEqual(expected);
    expect(rows.filter((row) => row[0] === 'a').map((row) => [row[3], row[6], row[7]])).toEqual([['ESP', 'support', '1']]);
  });

  it('summarize --format statements of a file with no reports is the header alone', () => {
    const r = cli(['summarize', '-', '--format', 'statements'], '{"id":"x","line":1,"error":"blank line"}\n');
    expect(r.status, why(r)).toBe(0);
    expect(r.stdout).toBe('id,date,speaker,actor,actor_name,question,stance,agreement,via,verb,cues,start,end,text\r\n');
  });

  it.each(['csv', 'statements', 'edges'])('summarize --format %s --bom starts with one UTF-8 byte-order mark', (format) => {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'summarize', at('out1.jsonl'), '--format', format, '--bom'], { cwd: ROOT, timeout: 60_000 });
    expect(r.status, String(r.stderr)).toBe(0);
    expect([...r.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r.stdout.indexOf(Buffer.from([0xef, 0xbb, 0xbf]), 3)).toBe(-1);
    const plain = cli(['summarize', at('out1.jsonl'), '--format', format]);
    expect(r.stdout.subarray(3).toString('utf8')).toBe(plain.stdout);
    expect(plain.stdout.charCodeAt(0)).not.toBe(0xfeff);
  });

  it.each<[string, string[], string]>([
    ['an unknown format', ['--format', 'xml'], 'unknown --format xml; use one of: csv, graphml, statements, edges, network'],
    ['an unknown period', ['--by', 'year'], 'unknown --by year; use one of: day, week, month'],
    ['an unknown weight', ['--weight', 'mean'], 'unknown --weight mean; use one of: count, confidence'],
    ['an unknown relation', ['--format', 'edges', '--relation', 'friends'], 'unknown --relation friends; use one of: agreement, conflict'],
    ['--by without a value', ['--by'], 'option --by needs a value'],
    ['--relation with csv', ['--relation', 'conflict'], '--relation applies to --format edges or network only, not csv'],
    ['--by with graphml', ['--format', 'graphml', '--by', 'week'], '--by applies to --format csv, edges or network only, not graphml'],
    ['--weight with statements', ['--format', 'statements', '--weight', 'confidence'], '--weight applies to --format csv, graphml, edges or network only, not statements'],
    ['--bom with network', ['--format', 'network', '--bom'], '--bom applies to --format csv, statements or edges only, not network'],
  ])('summarize with %s exits 2 naming it', (_, flags, message) => {
    const r = cli(['summarize', at('out1.jsonl'), ...flags]);
    expect(r.status, why(r)).toBe(2);
    expect(r.stderr).toBe(`standpoint: ${message}\n`);
    expect(r.stdout).toBe('');
  });

  it('summarize --out FILE writes the file', () => {
    const r = cli(['summarize', at('out1.jsonl'), '--out', at('summary.csv')]);
    expect(r.status, why(r)).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(at('summary.csv'), 'utf8').split('\r\n')[0]).toBe('date,actor,name,support,oppose,conditional,none');
  });
});

describe('--question FILE', () => {
  const SANCTIONS = {
    id: 'sanctions', label: 'Should sanctions be imposed or tightened?',
    targets: [{ id: 'target.sanctions', polarity: 1, patterns: ['sanctions', 'embargo'] }],
    predicates: [
      { id: 'support.call-for', polarity: 1, patterns: ['call for', 'urge', 'back', 'impose', 'tighten'] },
      { id: 'oppose.reject', polarity: -1, patterns: ['veto', 'block', 'reject', 'lift', 'ease'] },
    ],
    phrases: [], negators: ['not', "n't", 'never', 'no'], hedges: ['may', 'might', 'could'],
    conditions: [{ id: 'cond.only-if', patterns: ['only if', 'unless'] }],
    conditionKinds: [{ kind: 'other', patterns: ['exemption', 'exemptions'] }],
    offTopic: [], domain: ['sanctions', 'embargo'],
  };
  const TEXT = 'The EU called for tougher sanctions. Hungary vetoed the sanctions package.';
  const EXPECTED = { EU: 'support', HUN: 'oppose' };

  beforeAll(() => {
    writeFileSync(at('sanctions.json'), JSON.stringify(SANCTIONS));
    writeFileSync(at('bad-question.json'), JSON.stringify({ ...SANCTIONS, targets: [{ id: 'target.sanctions', polarity: 2, patterns: ['sanctions'] }] }));
    writeFileSync(at('proto-question.json'), '{"id": "q", "label": "Q", "__proto__": {"x": 1}}');
    writeFileSync(at('broken-question.json'), '{"id": ');
  });

  it('analyze answers the question in the file', () => {
    const r = cli(['analyze', '-', '--format', 'json', '--question', at('sanctions.json')], TEXT);
    expect(r.status, why(r)).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.question.id).toBe('sanctions');
    expect(labels(report)).toEqual(EXPECTED);
  });

  it.each(['1', '2'])('batch --workers %s answers it in every line', (workers) => {
    const input = [JSON.stringify({ id: 's1', text: TEXT }), JSON.stringify({ id: 's2', text: TEXT })].join('\n');
    const r = cli(['batch', '-', '--question', at('sanctions.json'), '--workers', workers], input);
    expect(r.status, why(r)).toBe(0);
    const recs = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { report: Report });
    expect(recs).toHaveLength(2);
    for (const rec of recs) {
      expect(rec.report.question.id).toBe('sanctions');
      expect(labels(rec.report)).toEqual(EXPECTED);
    }
  });

  it.each<[string, string, RegExp[]]>([
    ['a cue with polarity 2', 'bad-question.json', [/bad-question\.json/, /polarity must be 1 or -1/, /"target\.sanctions"/]],
    ['a __proto__ key', 'proto-question.json', [/proto-question\.json/, /__proto__/]],
    ['a file that is not JSON', 'broken-question.json', [/broken-question\.json/, /not valid JSON/]],
    ['a missing file', 'nope-question.json', [/nope-question\.json/, /no such file/]],
  ])('%s exits 2 quoting the problem, for analyze and batch', (_, file, patterns) => {
    for (const command of ['analyze', 'batch']) {
      const r = cli([command, '-', '--question', at(file)], TEXT);
      expect(r.status, why(r)).toBe(2);
      for (const p of patterns) expect(r.stderr).toMatch(p);
      expect(r.stderr).toMatch(/^standpoint: /);
      expect(r.stdout).toBe('');
    }
  });
});

describe('batch interrupted by SIGINT (Ctrl-C)', () => {
  interface Interrupted { code: number | null; signal: string | null; stdout: string; stderr: string; ms: number }

  /** Starts a batch on an input that never ends, sends SIGINT once `after` lines are out, and waits for the exit. */
  function interrupt(args: string[], after: number): Promise<Interrupted> {
    return new Promise((resolve, reject) => {
      const p = spawn(process.execPath, ['dist/cli.js', 'batch', '-', ...args], { cwd: ROOT });
      let stdout = '';
      let stderr = '';
      let sentAt = 0;
      const timer = setTimeout(() => { p.kill('SIGKILL'); reject(new Error(`no exit after SIGINT; stderr: ${stderr}`)); }, 60_000);
      p.stdout.on('data', (d: Buffer) => {
        stdout += d.toString('utf8');
        if (!sentAt && stdout.split('\n').length > after) { sentAt = Date.now(); p.kill('SIGINT'); }
      });
      p.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
      p.on('error', reject);
      p.on('exit', (code, signal) => { clearTimeout(timer); p.stdin.destroy(); resolve({ code, signal, stdout, stderr, ms: Date.now() - sentAt }); });
      p.stdin.on('error', () => {});
      feed(p.stdin);
    });
  }

  // 400 documents, a bad line among them, and standard input left open: the batch cannot end by itself.
  function feed(stdin: NodeJS.WritableStream): void {
    for (let i = 0; i < 400; i++) stdin.write(`${i === 2 ? 'not json' : JSON.stringify({ id: `s${i}`, text: `War news\n${WAR}\nSpain called for an immediate ceasefire.` })}\n`);
  }

  /** The same with --out FILE: SIGINT once the file holds 5 lines. */
  function interruptFile(args: string[], file: string): Promise<Interrupted> {
    return new Promise((resolve, reject) => {
      const p = spawn(process.execPath, ['dist/cli.js', 'batch', '-', ...args], { cwd: ROOT });
      let stderr = '';
      let sentAt = 0;
      const poll = setInterval(() => {
        if (!sentAt && existsSync(file) && readFileSync(file, 'utf8').split('\n').length > 5) { sentAt = Date.now(); p.kill('SIGINT'); }
      }, 20);
      const timer = setTimeout(() => { p.kill('SIGKILL'); reject(new Error(`no exit after SIGINT; stderr: ${stderr}`)); }, 60_000);
      p.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
      p.on('error', reject);
      p.on('exit', (code, signal) => { clearInterval(poll); clearTimeout(timer); p.stdin.destroy(); resolve({ code, signal, stdout: '', stderr, ms: Date.now() - sentAt }); });
      p.stdin.on('error', () => {});
      feed(p.stdin);
    });
  }

  it.each([['1', false], ['2', false], ['2', true]])('--workers %s (--out FILE: %s): exit 130 promptly, the output so far is whole JSONL lines 1..N', async (workers, toFile) => {
    const file = at(`interrupted-${workers}.jsonl`);
    // With --out, stdout stays empty: SIGINT goes once the file has lines.
    const r = toFile ? await interruptFile(['--workers', workers, '--out', file], file) : await interrupt(['--workers', workers], 5);
    if (toFile) { expect(r.stdout).toBe(''); r.stdout = readFileSync(file, 'utf8'); }
    expect(r.code, r.stderr).toBe(130);
    expect(r.signal).toBeNull();
    expect(r.ms).toBeLessThan(10_000);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const recs = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; report?: unknown; error?: string; schemaVersion?: string });
    expect(recs.length).toBeGreaterThanOrEqual(5);
    expect(recs.length).toBeLessThan(400);
    expect(recs.map((x) => x.line)).toEqual(recs.map((_, i) => i + 1));
    expect(recs[2].error).toMatch(/invalid JSON/);
    for (const rec of recs) expect(rec.schemaVersion).toBeDefined();
    const failed = recs.filter((x) => x.error !== undefined).length;
    expect(r.stderr).toContain(`batch: interrupted: ${recs.length} lines written (input lines 1-${recs.length}), ${recs.length - failed} reports, ${failed} failed`);
  }, 90_000);
});

describe('batch progress line', () => {
  const input = () => Array.from({ length: 3 }, (_, i) => JSON.stringify({ id: `p${i}`, text: `War news\n${WAR}\nSpain called for an immediate ceasefire.` })).join('\n');
  const progressLines = (stderr: string) => stderr.split('\n').filter((l) => /^progress: \d+ lines, [\d.]+ lines\/s$/.test(l));

  it('is off by default when stderr is not a terminal', () => {
    const r = cli(['batch', '-'], input());
    expect(r.status, why(r)).toBe(0);
    expect(progressLines(r.stderr)).toEqual([]);
    expect(r.stderr).toMatch(/^batch: 3 lines written, 3 reports, 0 failed/m);
  });

  it('--progress forces it on (a line per update, no carriage returns, off a terminal)', () => {
    const r = cli(['batch', '-', '--progress'], input());
    expect(r.status, why(r)).toBe(0);
    expect(progressLines(r.stderr).length).toBeGreaterThanOrEqual(1);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).toMatch(/^batch: 3 lines written/m);
  });

  it('--no-progress forces it off', () => {
    const r = cli(['batch', '-', '--no-progress'], input());
    expect(r.status, why(r)).toBe(0);
    expect(progressLines(r.stderr)).toEqual([]);
    expect(r.stderr).not.toContain('\r');
  });

  // A terminal on stderr, from util-linux `script` (skipped where it is missing).
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript).each([
    ['shows it by default', [], true],
    ['--no-progress hides it', ['--no-progress'], false],
  ])('on a terminal: %s', (_, flags, shown) => {
    writeFileSync(at('progress.jsonl'), input());
    const command = [process.execPath, join(ROOT, 'dist', 'cli.js'), 'batch', at('progress.jsonl'), '--out', at('progress.out'), ...flags].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(/\r\d+ lines, [\d.]+ lines\/s/.test(r.stdout), JSON.stringify(r.stdout)).toBe(shown);
    expect(r.stdout).toMatch(/batch: 3 lines written/);
  });

  it('--progress with --no-progress exits 2', () => {
    const r = cli(['batch', '-', '--progress', '--no-progress'], input());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--progress or --no-progress, not both/);
  });
});

describe('an --out that cannot be written', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a missing directory', () => at('no-such-dir/out.json'), /no such directory/],
    ['a directory', () => dir, /is a directory/],
    ['a path under a file', () => join(at('article.txt'), 'out.json'), /not a directory/],
  ];
  const commands: [string, () => string[], string?][] = [
    ['analyze', () => ['analyze', at('article.txt'), '--format', 'json']],
    ['batch', () => ['batch', '-'], JSON.stringify({ id: 'x', text: ARTICLE })],
    ['summarize', () => ['summarize', at('article.txt')]],
  ];
  it.each(cases)('%s: "standpoint: cannot write <path>: <reason>", exit 2, no stack', (_, path, reason) => {
    for (const [name, args, input] of commands) {
      const r = cli([...args(), '--out', path()], input);
      expect(r.status, `${name}: ${why(r)}`).toBe(2);
      expect(r.stderr.trimEnd(), name).toMatch(new RegExp(`^standpoint: cannot write ${path().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
      expect(r.stderr, name).toMatch(reason);
      expect(r.stderr.trimEnd().split('\n'), name).toHaveLength(1);
      expect(r.stderr, name).not.toMatch(/^\s+at /m);
    }
  });

  it.skipIf(!existsSync('/dev/full'))('a full disk (/dev/full) while writing: the same message, exit 2', () => {
    for (const [name, args, input] of commands.slice(0, 2)) {
      const r = cli([...args(), '--out', '/dev/full'], input);
      expect(r.status, `${name}: ${why(r)}`).toBe(2);
      expect(r.stderr, name).toMatch(/^standpoint: cannot write \/dev\/full: no space left on the device \(ENOSPC\)$/m);
      expect(r.stderr, name).not.toMatch(/^\s+at /m);
    }
  });
});
