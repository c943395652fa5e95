/**
 * cli/input.ts: what the commands read (a file or standard input, strictly UTF-8) and the custom
 * data of --actors and --question FILE; run as the built command (dist/cli.js).
 */
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, ARTICLE_LABELS, at, at0, cli, labels, NDF_ACTORS, useTempDir, why, type Report } from './view';

useTempDir();

describe('analyze', () => {
  it.each([
    ['-', ['-']],
    ['no FILE', []],
  ])('reads standard input with %s', (_, file) => {
    const r = cli(['analyze', ...file, '--format', 'json'], ARTICLE);
    expect(r.status, why(r)).toBe(0);
    expect(labels(JSON.parse(r.stdout))).toEqual(ARTICLE_LABELS);
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
