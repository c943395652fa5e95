/**
 * CSV for spreadsheets: CRLF, BOM, quoting, the formula guard; the per-actor table with its new
 * columns and the old positional call; the statement table (one row per statement, DNA agreement).
 */
import { describe, expect, it } from 'vitest';
import { analyze, toCsv, toStatementsCsv, CSV_COLUMNS, STATEMENT_COLUMNS, type StanceReport } from '../../src';
import { csvCell, csvDocument } from '../../src/format/csv';
import { SEED_LIKE, QUOTES } from '../fixtures/articles';
import { parseCsv } from '../helpers';


const report = analyze(SEED_LIKE, { date: '2023-03-17' });

describe('CSV cells and documents', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['plain', 'plain'],
    ['', ''],
  ])('guards and quotes %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('writes numbers as numbers, negative ones unguarded, and undefined as empty', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('ends every line with CRLF, optionally starts with a BOM, optionally without a header', () => {
    const doc = csvDocument(['a', 'b'], [['x', 1], ['y', 2]]);
    expect(doc).toBe('a,b\r\nx,1\r\ny,2\r\n');
    expect(csvDocument(['a'], [['x']], { bom: true })).toBe('\uFEFFa\r\nx\r\n');
    expect(csvDocument(['a'], [['x']], { header: false })).toBe('x\r\n');
    expect(doc.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('toCsv (one row per actor)', () => {
  it('has the 0.1.0 columns first, then date, question and the best evidence offsets', () => {
    const [header, ...rows] = parseCsv(toCsv(report, { id: 'doc-1' }), true);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(header.slice(0, 11)).toEqual(['id', 'actor', 'name', 'kind', 'stance', 'score', 'confidence', 'conditions', 'speakers', 'mentions', 'evidence']);
    expect(rows).toHaveLength(report.actors.length);
    for (const [i, row] of rows.entries()) {
      const a = report.actors[i];
      expect(row).toHaveLength(header.length);
      expect(row[0]).toBe('doc-1');
      expect(row[header.indexOf('date')]).toBe('2023-03-17');
      expect(row[header.indexOf('question')]).toBe('ceasefire');
      const [start, end] = [row[header.indexOf('evidence_start')], row[header.indexOf('evidence_end')]];
      if (a.evidence.length) expect(SEED_LIKE.slice(Number(start), Number(end))).toBe(a.evidence[0].text);
      else expect([start, end]).toEqual(['', '']);
    }
  });

  it('takes options: header off, BOM on', () => {
    const csv = toCsv(report, { header: false, bom: true });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv.slice(1), true)).toHaveLength(report.actors.length);
  });

  it('still takes the deprecated positional (id, header) call', () => {
    expect(toCsv(report, 'doc-1', false)).toBe(toCsv(report, { id: 'doc-1', header: false }));
    expect(toCsv(report, 'doc-2')).toBe(toCsv(report, { id: 'doc-2' }));
    expect(toCsv(report)).toBe(toCsv(report, {}));
  });

  it('guards an actor name a spreadsheet would run as a formula', () => {
    const spoiled: StanceReport = { ...report, actors: report.actors.map((a, i) => (i ? a : { ...a, actor: { ...a.actor, name: '=cmd|calc' } })) };
    expect(parseCsv(toCsv(spoiled), true)[1][2]).toBe("'=cmd|calc");
  });
});

describe('toStatementsCsv (one row per statement)', () => {
  const quotes = analyze(QUOTES, { date: '2023-03-17' });
  const col = (name: (typeof STATEMENT_COLUMNS)[number]) => STATEMENT_COLUMNS.indexOf(name);

  it('writes every statement of every report, with the document id, offsets into its text and DNA agreement', () => {
    const [header, ...rows] = parseCsv(toStatementsCsv([{ id: 'seed', report }, { id: 'quotes', report: quotes }]), true);
    expect(header).toEqual([...STATEMENT_COLUMNS]);
    expect(rows).toHaveLength(report.statements.length + quotes.statements.length);
    const texts: Record<string, string> = { seed: SEED_LIKE, quotes: QUOTES };
    for (const row of rows) {
      expect(row).toHaveLength(header.length);
      expect(texts[row[col('id')]].slice(Number(row[col('start')]), Number(row[col('end')]))).toBe(row[col('text')]);
      expect(row[col('agreement')]).toBe({ support: '1', oppose: '0', conditional: '', none: '' }[row[col('stance')]]);
      expect(row[col('question')]).toBe('ceasefire');
      expect(row[col('date')]).toBe('2023-03-17');
    }
    const chn = rows.find((r) => r[col('actor')] === 'CHN' && r[col('stance')] === 'support');
    expect(chn?.[col('actor_name')]).toBe('China');
    expect(chn?.[col('cues')]).toMatch(/support\./);
    expect(rows.some((r) => r[col('actor')] === 'GBR' && r[col('stance')] === 'conditional' && r[col('speaker')] === 'Jamie Davies')).toBe(true);
    expect(rows.some((r) => r[col('stance')] === 'oppose' && r[col('agreement')] === '0')).toBe(true);
  });

  it('names bare reports by their index, a single report by options.id', () => {
    const byIndex = parseCsv(toStatementsCsv([report, quotes]), true).slice(1).map((r) => r[0]);
    expect(new Set(byIndex)).toEqual(new Set(['0', '1']));
    const single = parseCsv(toStatementsCsv(report, { id: 'x', header: false }), true);
    expect(single).toHaveLength(report.statements.length);
    expect(single.every((r) => r[0] === 'x')).toBe(true);
  });

  it('guards statement text and writes CRLF with an optional BOM', () => {
    const s = report.statements[0];
    const spoiled: StanceReport = { ...report, statements: [{ ...s, text: '-1+1 "quoted", then\nmore' }] };
    const csv = toStatementsCsv(spoiled, { bom: true });
    expect(csv.startsWith('\uFEFFid,date,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1), true)[1][col('text')]).toBe('\'-1+1 "quoted", then\nmore');
  });
});
