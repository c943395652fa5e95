/**
 * Periods of a corpus summary: a report's date (YYYY-MM-DD) to its day, ISO 8601 week
 * (`2023-W11`, weeks start on Monday and belong to the year of their Thursday) or month (`2023-03`).
 */
import type { Period } from '../types';

export const PERIODS: readonly Period[] = ['day', 'week', 'month'];

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The label of the period a date falls in; a date that is not YYYY-MM-DD is its own period. */
export function periodOf(date: string, by: Period): string {
  if (by === 'day' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (by === 'month') return date.slice(0, 7);
  return isoWeek(date);
}

/** ISO 8601 week label, e.g. 2021-01-03 → `2020-W53`, 2024-12-30 → `2025-W01`. */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7);
  return `${year}-W${pad(week)}`;
}
