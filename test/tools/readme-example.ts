/**
 * Keeps the README's `npm run example` block true: `npm run readme:example` runs the example and
 * writes its output between the block's markers; test/readme.test.ts fails when they differ.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = `${ROOT}README.md`;
const START = '<!-- output of npm run example: npm run readme:example rewrites it -->\n```\n';
const END = '\n```\n<!-- end of the output of npm run example -->';

/** The example's standard output, exactly as a person running `npm run example` sees it. */
export function exampleOutput(): string {
  const r = spawnSync('npm', ['run', '--silent', 'example'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`npm run example exited ${r.status}:\n${r.stderr}`);
  return r.stdout;
}

/** Where the block's text sits in the README, between the markers. */
function blockRange(readme: string): [number, number] {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END, start);
  if (start < 0 || end < 0) throw new Error('README.md has no npm run example block (its markers are missing)');
  return [start + START.length, end];
}

/** The README's example block, as the example would print it (with its final newline). */
export function readmeExample(readme: string): string {
  const [start, end] = blockRange(readme);
  return `${readme.slice(start, end)}\n`;
}

/** The README with the block replaced by the output. */
export function withExample(readme: string, output: string): string {
  const [start, end] = blockRange(readme);
  return `${readme.slice(0, start)}${output.replace(/\n$/, '')}${readme.slice(end)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const readme = readFileSync(README, 'utf8');
  const next = withExample(readme, exampleOutput());
  if (next === readme) console.log('README.md: the example block is up to date');
  else { writeFileSync(README, next); console.log('README.md: the example block was rewritten from npm run example'); }
}
