/**
 * cli/batch.ts: `standpoint batch`, JSONL in and out, one line per input line in input order (bad
 * lines included), --workers, Ctrl-C (exit 130) and the progress line; run as the built command.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  at, BAD, cli, doc, GOOD, INPUT, labels, records, ROOT, runBatch, useTempDir, VERSIONS, versions, WAR, why,
  type Rec, type Run,
} from './view';

useTempDir();

describe('batch and summarize', () => {
  let first: Run;
  let out1: string;

  beforeAll(() => { ({ first, out1 } = runBatch()); }, 120_000);

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
