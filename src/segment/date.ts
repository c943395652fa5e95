/**
 * The text's own date, when it writes one in full near the top ("March 17, 2023",
 * "17 March 2023", "2023-03-17"). Datelines without a year ("MOSCOW, June 14 -") give none.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Characters from the top searched for a date. */
const HEAD = 1500;
const ISO = /\b(20\d\d)-(\d\d)-(\d\d)(?!\d)/;
const MDY = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\.? (\d{1,2}),? (20\d\d)\b/i;
const DMY = /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December),? (20\d\d)\b/i;

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
  const s = `${year}-${pad(MONTHS.indexOf(month.toLowerCase()) + 1)}-${pad(Number(day))}`;
  return isDate(s) ? s : undefined;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
