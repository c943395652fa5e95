/**
 * cli/summarize.ts: `standpoint summarize`, a batch's output to counts per period and actor, the
 * actor-question GraphML, statements, and actor x actor edges or network; run as the built command.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers';
import { at, cli, records, ROOT, runBatch, useTempDir, why, type Rec, type Report, type Run } from './view';

useTempDir();

describe('batch and summarize', () => {
  let out1: string;

  beforeAll(() => { ({ out1 } = runBatch()); }, 120_000);

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
});
