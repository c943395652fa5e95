/**
 * CSV written for spreadsheets (RFC 4180): CRLF line ends, fields quoted when they hold a quote,
 * comma or line break, an optional UTF-8 byte-order mark (Excel reads UTF-8 only with it), and
 * text cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a CR)
 * prefixed with an apostrophe (the OWASP "CSV injection" guard). Numbers are written as they are,
 * so a negative score stays a number.
 */
import type { CsvOptions } from '../types';

/** A cell: text (guarded), a number (written as is) or nothing (empty). */
export type Cell = string | number | undefined;

const FORMULA = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, guarded and quoted as needed. */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const s = FORMULA.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document: the header (unless `header: false`), then one CRLF-terminated line per row. */
export function csvDocument(columns: readonly string[], rows: Iterable<readonly Cell[]>, options: CsvOptions = {}): string {
  const lines: string[] = options.header === false ? [] : [columns.map(csvCell).join(',')];
  for (const r of rows) lines.push(r.map(csvCell).join(','));
  return `${options.bom ? '\uFEFF' : ''}${lines.map((l) => `${l}\r\n`).join('')}`;
}
