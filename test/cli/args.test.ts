/**
 * cli/args.ts (and the dispatch in cli.ts): options and usage errors, the "standpoint:" prefix,
 * --help and each command's usage line, --version; run as the built command (dist/cli.js).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, cli, dir, ROOT, useTempDir, why } from './view';

useTempDir();

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
