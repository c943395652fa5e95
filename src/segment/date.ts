/**
 * The text's own date, when it writes one in full near the top ("March 17, 2023",
 * "17 March 2023", "2023-03-17"). Datelines without a year ("MOSCOW, June 14 -") give none,
 * and a `date-assumed` diagnostic says so.
 */
import type { Diagnostic } from '../types';
import { MONTH_WORDS } from '../data/grammar';

/** Month names as a regex alternation (the full-date patterns ignore case). */
const MONTH_NAMES = MONTH_WORDS.join('|');
/** Characters from the top searched for a date. */
const HEAD = 1500;
const ISO = /\b(20\d\d)-(\d\d)-(\d\d)(?!\d)/;
const MDY = new RegExp(`\\b(${MONTH_NAMES})\\.? (\\d{1,2}),? (20\\d\\d)\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2}) (${MONTH_NAMES}),? (20\\d\\d)\\b`, 'i');

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD, or undefined. */
export function textDate(text: string): string | undefined {
  const head = text.slice(0, HEAD);
  const iso = ISO.exec(head);
  if (iso && isDate(`${iso[1]}-${iso[2]}-${iso[3]}`)) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const mdy = MDY.exec(head);
  if (mdy) return ymd(mdy[3], mdy[1], mdy[2]);
  const dmy = DMY.exec(head);
  if (dmy) return ymd(dmy[3], dmy[2], dmy[1]);
  return undefined;
}

function ymd(year: string, month: string, day: string): string | undefined {
  const s = `${year}-${pad(MONTH_WORDS.indexOf(month.toLowerCase()) + 1)}-${pad(Number(day))}`;
  return isDate(s) ? s : undefined;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Capitalised month names: "may 5" is no date. */
const MONTH = `(?:${MONTH_WORDS.map((m) => m[0].toUpperCase() + m.slice(1)).join('|')})`;
/** A day and month with no year after them: "March 21", "21 March" (capitalised: "may 5" is no date). */
const YEARLESS = new RegExp(`\\b(?:${MONTH}\\.? (?:[12]\\d|3[01]|0?[1-9])|(?:[12]\\d|3[01]|0?[1-9]) ${MONTH})\\b(?!,? \\d)`);

/**
 * When neither the caller nor the text gave a full date and the text writes a day without a
 * year near the top ("GENEVA, March 21"): a diagnostic naming the date used instead (today).
 */
export function dateAssumed(text: string, used: string): Diagnostic | undefined {
  const m = YEARLESS.exec(text.slice(0, HEAD));
  if (!m) return undefined;
  return {
    code: 'date-assumed',
    message: `the text writes "${m[0]}" with no year and no date was given, so office holders were picked for ${used} (today); pass a date to choose`,
    start: m.index,
    end: m.index + m[0].length,
  };
}
