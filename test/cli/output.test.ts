/**
 * cli/output.ts: --out FILE instead of standard output, and a path that cannot be written (exit 2,
 * one line, no stack); run as the built command (dist/cli.js).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, ARTICLE_LABELS, at, cli, dir, labels, runBatch, useTempDir, why } from './view';

useTempDir();

describe('analyze', () => {
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

describe('batch and summarize', () => {
  beforeAll(() => { runBatch(); }, 120_000);

  it('summarize --out FILE writes the file', () => {
    const r = cli(['summarize', at('out1.jsonl'), '--out', at('summary.csv')]);
    expect(r.status, why(r)).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(at('summary.csv'), 'utf8').split('\r\n')[0]).toBe('date,actor,name,support,oppose,conditional,none');
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
