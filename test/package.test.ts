/**
 * The published package, as users get it: a fresh clone of the repository (the tracked files,
 * no dist), `npm pack` there (its prepack script builds), install the tarball into a fresh consumer
 * project, then import it (ESM, CommonJS, standpoint/node), type-check against it and run its bin.
 * Needs git and the npm registry for the dependencies; skip with STANDPOINT_SKIP_PACK=1.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SKIP = process.env.STANDPOINT_SKIP_PACK === '1';
const TIMEOUT = 300_000;

interface Run { command: string; status: number | null; stdout: string; stderr: string }

function run(cmd: string, args: string[], cwd: string, options: SpawnSyncOptions = {}): Run {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 240_000, ...options });
  return {
    command: `${cmd} ${args.join(' ')} (in ${cwd})`,
    status: r.status,
    stdout: String(r.stdout ?? ''),
    stderr: `${String(r.stderr ?? '')}${r.error ? `\n${r.error.message}` : ''}`,
  };
}

/** Fails with the command, its exit status and its output; returns stdout. */
function ok(r: Run): string {
  expect(r.status, `${r.command} exited ${r.status}\nstderr:\n${r.stderr}\nstdout:\n${r.stdout.slice(0, 4000)}`).toBe(0);
  return r.stdout;
}

/** Every file under a directory, relative to it. */
function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, base) : [relative(base, p)];
  });
}

// Seed-like: China calls for talks, the United States opposes a ceasefire now, Britain sets a condition.
const SEED = [
  'Diplomacy stalls as the war grinds on',
  'Russian troops pressed their offensive as artillery shelling and air strikes hit Ukrainian cities.',
  'China called for peace talks to end the war.',
  'The United States said a ceasefire now would be the ratification of Russian conquest.',
  "Britain said any peace deal not predicated on Ukraine's sovereignty is not a peace deal at all.",
].join('\n');
const SEED_EXPECTED = { CHN: 'support', USA: 'oppose', GBR: 'conditional' };

const REQUIRED = [
  'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/worker.js',
  'dist/node.js', 'dist/node.cjs', 'dist/node.d.ts', 'dist/node.d.cts', 'dist/schema.json',
  'README.md', 'CHANGELOG.md', 'LICENSE', 'THIRD_PARTY_NOTICES', 'package.json',
];

/**
 * A fresh clone's files: the tracked tree (with uncommitted edits to tracked files, so the test
 * checks what the next commit ships), no dist and no untracked files. node_modules is linked
 * from this checkout (the build's devDependencies), as `npm ci` would install them.
 */
function freshClone(dest: string): void {
  const stash = run('git', ['stash', 'create'], ROOT).stdout.trim();
  const tree = stash || 'HEAD';
  const archive = join(dest, '..', 'clone.tar');
  ok(run('git', ['archive', '--format=tar', '-o', archive, tree], ROOT));
  mkdirSync(dest);
  ok(run('tar', ['-xf', archive, '-C', dest], ROOT));
  symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'), 'dir');
}

/** `npm pack --json` output, after whatever the prepack build printed to stdout. */
const packJson = (stdout: string) => JSON.parse(stdout.slice(stdout.search(/^\[/m))) as { filename: string; files: { path: string }[] }[];
const FORBIDDEN = /^(src|test|examples|scratch|node_modules)\//;

describe.skipIf(SKIP)('the packed package in a consumer project', { timeout: TIMEOUT }, () => {
  let tmp: string;
  let consumer: string;
  let installed: string;
  let files: string[] = [];
  let tarball = '';

  const node = (file: string, source: string) => {
    writeFileSync(join(consumer, file), source);
    return run(process.execPath, [file], consumer);
  };

  let dryRun: string[] = [];

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'standpoint-pack-'));
    const clone = join(tmp, 'clone');
    freshClone(clone);
    expect(existsSync(join(clone, 'dist'))).toBe(false);
    // The dry run on the clean clone: prepack builds, so the listing has the build.
    dryRun = packJson(ok(run('npm', ['pack', '--dry-run', '--json'], clone)))[0].files.map((f) => f.path);
    // The real pack of the same tree; dist was just built by the dry run's prepack.
    const packed = packJson(ok(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], clone)));
    tarball = join(tmp, packed[0].filename);
    files = packed[0].files.map((f) => f.path);
    consumer = join(tmp, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
    ok(run('npm', ['install', tarball, 'typescript@5.9.3', '@types/node@20', '--no-audit', '--no-fund'], consumer));
    installed = join(consumer, 'node_modules', 'standpoint');
  }, TIMEOUT);

  it('npm pack --dry-run on a clean clone builds first and lists dist/index.js', () => {
    expect(dryRun).toContain('dist/index.js');
    expect([...dryRun].sort()).toEqual([...files].sort());
  });

  afterAll(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

  it('the tarball holds the build, the docs and nothing else', () => {
    expect(existsSync(tarball)).toBe(true);
    for (const f of REQUIRED) expect(files, `${f} missing from the tarball`).toContain(f);
    expect(files.filter((f) => FORBIDDEN.test(f))).toEqual([]);
    expect(files.filter((f) => !/^(dist\/|README\.md$|CHANGELOG\.md$|LICENSE$|THIRD_PARTY_NOTICES$|package\.json$)/.test(f))).toEqual([]);
    expect(files.filter((f) => /\.(ts|mts|cts)$/.test(f) && !/\.d\.c?ts$/.test(f))).toEqual([]);
  });

  it('ships no unused or empty build files: the CLI and the worker are ESM only, no empty chunk', () => {
    expect(files).not.toContain('dist/cli.cjs');
    expect(files).not.toContain('dist/worker.cjs');
    for (const f of files.filter((x) => x.startsWith('dist/'))) {
      expect(readFileSync(join(installed, f), 'utf8').trim(), `${f} is empty`).not.toBe('');
    }
    const code = walk(join(installed, 'dist')).map((f) => readFileSync(join(installed, 'dist', f), 'utf8'));
    for (const src of code) expect(src).not.toMatch(/^import "\.\/chunk-[^"]+";$/m);
  });

  it('names the repository and carries the notice of the bundled Jaro-Winkler code', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(pkg.repository.url).toContain('github.com/standpoint-nlp/standpoint');
    expect(pkg.homepage).toContain('github.com/standpoint-nlp/standpoint');
    expect(pkg.bugs.url).toBe('https://github.com/standpoint-nlp/standpoint/issues');
    const notice = readFileSync(join(installed, 'THIRD_PARTY_NOTICES'), 'utf8');
    expect(notice).toContain('natural');
    expect(notice).toContain('jaro-winkler');
    expect(notice).toContain('Permission is hereby granted');
  });

  it('bundles Jaro-Winkler instead of depending on natural', () => {
    const code = walk(join(installed, 'dist')).filter((f) => /\.(c|m)?js$/.test(f));
    expect(code.length).toBeGreaterThan(0);
    for (const f of code) {
      const src = readFileSync(join(installed, 'dist', f), 'utf8');
      expect(src, `dist/${f} loads natural`).not.toMatch(/require\(\s*["']natural/);
      expect(src, `dist/${f} imports natural`).not.toMatch(/(from\s*|import\s*\(?\s*)["']natural/);
    }
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain('natural');
    expect(existsSync(join(consumer, 'node_modules', 'natural'))).toBe(false);
  });

  it('ESM: import { analyze, toHtml } from "standpoint"', () => {
    const r = node('esm.mjs', `
import { analyze, toHtml } from 'standpoint';
const text = ${JSON.stringify(SEED)};
const report = analyze(text, { date: '2023-03-17' });
const html = toHtml(report, text);
if (!html.includes('</html>')) throw new Error('toHtml gave no page');
console.log(JSON.stringify(Object.fromEntries(report.actors.map((a) => [a.actor.id, a.stance]))));
`);
    expect(JSON.parse(ok(r))).toMatchObject(SEED_EXPECTED);
  });

  it('CommonJS: const { analyze } = require("standpoint")', () => {
    const r = node('cjs.cjs', `
const { analyze } = require('standpoint');
const report = analyze(${JSON.stringify(SEED)}, { date: '2023-03-17' });
console.log(JSON.stringify(Object.fromEntries(report.actors.map((a) => [a.actor.id, a.stance]))));
`);
    expect(JSON.parse(ok(r))).toMatchObject(SEED_EXPECTED);
  });

  // The consumer validates with this checkout's ajv (a devDependency; the package itself has no validator).
  const schemaScript = (load: string) => `
${load}
const Ajv = require(${JSON.stringify(join(ROOT, 'node_modules', 'ajv'))});
const report = analyze(${JSON.stringify(SEED)}, { date: '2023-03-17' });
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
if (!validate(report)) throw new Error(JSON.stringify(validate.errors));
if (validate({ ...report, schemaVersion: 1 })) throw new Error('a broken report passed');
console.log(JSON.stringify({ title: schema.title, id: schema.$id, schemaVersion: report.schemaVersion }));
`;

  it.each([
    ['CommonJS', 'schema.cjs', "const schema = require('standpoint/schema.json');\nconst { analyze } = require('standpoint');"],
    ['ESM', 'schema.mjs', "import schema from 'standpoint/schema.json' with { type: 'json' };\nimport { analyze } from 'standpoint';\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);"],
  ])('standpoint/schema.json (%s) loads from the package and validates a real report', (_, file, load) => {
    const out = JSON.parse(ok(node(file, schemaScript(load)))) as { title: string; id: string; schemaVersion: string };
    const shipped = JSON.parse(readFileSync(join(installed, 'dist', 'schema.json'), 'utf8')) as { title: string; $id: string };
    expect(out).toEqual({ title: 'StanceReport', id: shipped.$id, schemaVersion: expect.stringMatching(/^1\.\d+\.\d+$/) });
    expect(shipped).toEqual(JSON.parse(readFileSync(join(ROOT, 'src', 'report', 'schema.json'), 'utf8')));
  });

  const batchScript = (load: string) => `
${load}
const seed = ${JSON.stringify(SEED)};
const texts = [
  { id: 'seed', text: seed, date: '2023-03-17' },
  { id: 'spain', text: seed.split('\\n').slice(0, 2).join('\\n') + '\\nSpain called for an immediate ceasefire.', date: '2023-03-17' },
  { id: 'russia', text: seed.split('\\n').slice(0, 2).join('\\n') + '\\nRussia rejected any ceasefire.', date: '2023-03-17' },
  { id: 'bad-date', text: seed, date: '2023-13-40' },
];
(async () => {
  const out = [];
  for await (const r of analyzeMany(texts, { workers: 2 })) {
    out.push({ index: r.index, id: r.id, error: r.error !== undefined, labels: r.report && Object.fromEntries(r.report.actors.map((a) => [a.actor.id, a.stance])) });
  }
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
`;
  const BATCH_EXPECTED = [
    { index: 0, id: 'seed', error: false, labels: SEED_EXPECTED },
    { index: 1, id: 'spain', error: false, labels: { ESP: 'support' } },
    { index: 2, id: 'russia', error: false, labels: { RUS: 'oppose' } },
    { index: 3, id: 'bad-date', error: true },
  ];

  it.each([
    ['ESM', 'node-esm.mjs', "import { analyzeMany } from 'standpoint/node';"],
    ['CommonJS', 'node-cjs.cjs', "const { analyzeMany } = require('standpoint/node');"],
  ])('standpoint/node (%s): analyzeMany with 2 workers gives every result in order', (_, file, load) => {
    const results = JSON.parse(ok(node(file, batchScript(load)))) as typeof BATCH_EXPECTED;
    expect(results).toHaveLength(4);
    expect(results).toMatchObject(BATCH_EXPECTED);
  });

  it('standpoint/node: workers start from `node --input-type=module -e` (the flag is not passed on to them)', () => {
    const r = run(process.execPath, ['--input-type=module', '-e', batchScript("import { analyzeMany } from 'standpoint/node';")], consumer);
    expect(JSON.parse(ok(r))).toMatchObject(BATCH_EXPECTED);
  });

  it('types: tsc (NodeNext, strict) accepts ESM and CommonJS consumers', () => {
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true },
      files: ['index.mts', 'index.cts'],
    }, null, 2));
    writeFileSync(join(consumer, 'index.mts'), `
import { analyze, createAnalyzer, toHtml, toCsv, type StanceReport, type ActorStance, type Stance } from 'standpoint';
import { analyzeMany, type BatchResult } from 'standpoint/node';

export const labels = (r: StanceReport): string[] => r.actors.map((a: ActorStance) => \`\${a.actor.id}:\${a.stance}\`);
const report: StanceReport = analyze('text', { date: '2023-03-17' });
export const html: string = toHtml(report, 'text', { title: 'Report' });
export const csv: string = toCsv(report, 'doc-1');
export const custom = createAnalyzer({ actors: [{ id: 'NDF', name: 'Northern Defence Front', kind: 'organization', names: ['NDF'] }] });
export const stance: Stance = report.actors[0]?.stance ?? 'none';
// @ts-expect-error a stance is one of four labels, not any string
export const wrong: Stance = 'maybe';
export async function all(texts: string[]): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of analyzeMany(texts, { workers: 2 })) out.push(r);
  return out;
}
`);
    writeFileSync(join(consumer, 'index.cts'), `
import standpoint = require('standpoint');
const { analyze } = require('standpoint') as typeof standpoint;

export function labels(r: standpoint.StanceReport): string[] {
  return r.actors.map((a: standpoint.ActorStance) => a.actor.id + ':' + a.stance);
}
export const ids: string[] = labels(analyze('text'));
// @ts-expect-error analyze takes a string
standpoint.analyze(42);
`);
    ok(run('npx', ['--no', '--', 'tsc', '-p', '.'], consumer));
  });

  it('the bin: npx standpoint --help exits 0, and analyze reads a file', () => {
    expect(existsSync(join(consumer, 'node_modules', '.bin', 'standpoint'))).toBe(true);
    expect(readFileSync(join(installed, 'dist', 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    const help = ok(run('npx', ['--no', '--', 'standpoint', '--help'], consumer));
    expect(help).toContain('Usage:');
    writeFileSync(join(consumer, 'seed.txt'), SEED);
    const out = ok(run('npx', ['--no', '--', 'standpoint', 'analyze', 'seed.txt', '--format', 'json', '--date', '2023-03-17'], consumer));
    const report = JSON.parse(out) as { actors: { actor: { id: string }; stance: string }[] };
    expect(Object.fromEntries(report.actors.map((a) => [a.actor.id, a.stance]))).toMatchObject(SEED_EXPECTED);
  });

  it('the bin: standpoint batch - --workers 2 (the packed ESM worker) writes a line per input line', () => {
    const input = [JSON.stringify({ id: 'seed', url: 'https://example.org/1', text: SEED, date: '2023-03-17' }), 'not json'].join('\n');
    const r = run('npx', ['--no', '--', 'standpoint', 'batch', '-', '--workers', '2'], consumer, { input });
    expect(r.status, r.stderr).toBe(1);
    const [first, second] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(first).toMatchObject({ id: 'seed', line: 1, url: 'https://example.org/1' });
    expect(Object.fromEntries(first.report.actors.map((a: { actor: { id: string }; stance: string }) => [a.actor.id, a.stance]))).toMatchObject(SEED_EXPECTED);
    expect(second).toMatchObject({ id: '2', line: 2, error: expect.stringMatching(/invalid JSON/) });
    const { version } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { version: string };
    for (const rec of [first, second]) expect(rec).toMatchObject({ schemaVersion: first.report.schemaVersion, standpointVersion: version });
    expect(ok(run('npx', ['--no', '--', 'standpoint', '--version'], consumer)).trim()).toBe(version);
  });
});
