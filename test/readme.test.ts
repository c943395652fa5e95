/**
 * The README tells the truth: its `npm run example` block is what `npm run example` prints
 * (rewrite it with `npm run readme:example`), and the files it points to exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exampleOutput, readmeExample } from './tools/readme-example';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('the npm run example block is the example\'s real output (npm run readme:example rewrites it)', () => {
    expect(readmeExample(README)).toBe(exampleOutput());
  }, 120_000);

  it('every image and local link points to a file that exists', () => {
    const targets = [...README.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((t) => !/^[a-z]+:/.test(t));
    for (const t of targets) expect(existsSync(join(ROOT, t)), `README links to ${t}`).toBe(true);
  });

  it('says why the worker pool and the line reader are hand-written', () => {
    expect(README).toMatch(/worker pool and the line reader/);
  });
});
