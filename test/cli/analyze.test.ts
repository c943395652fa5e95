/**
 * cli/analyze.ts: `standpoint analyze`, one text to one report in the format asked for (json, csv,
 * md, html, table), with --title, --trace and --date, run as the built command (dist/cli.js).
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers';
import { ARTICLE, ARTICLE_LABELS, at, cli, labels, useTempDir, why, type Report, type Run } from './view';

useTempDir();

describe('analyze', () => {
  it('--format json gives a valid report with the expected labels', () => {
    const r = cli(['analyze', at('article.txt'), '--format', 'json']);
    expect(r.status, why(r)).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.question.id).toBe('ceasefire');
    expect(labels(report)).toEqual(ARTICLE_LABELS);
    expect(r.stderr).toBe('');
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
});
