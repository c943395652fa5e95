import { analyze, type StanceReport } from '../src';

/** Stance label per actor id. */
export function labels(report: StanceReport): Record<string, string> {
  return Object.fromEntries(report.actors.map((a) => [a.actor.id, a.stance]));
}

/** The report's actor entry for an id, or throws (a clearer failure than undefined access). */
export function actor(report: StanceReport, id: string) {
  const a = report.actors.find((x) => x.actor.id === id);
  if (!a) throw new Error(`actor ${id} not in report: ${report.actors.map((x) => x.actor.id).join(', ')}`);
  return a;
}

/** Analyses and returns the labels, for table-driven tests. */
export function labelsOf(text: string, date?: string): Record<string, string> {
  return labels(analyze(text, date ? { date } : {}));
}

/** RFC 4180 reader: quoted fields, doubled quotes; rows end at CRLF, and also at a bare LF unless
 *  `crlfOnly` (then a bare LF is field content, so a test can tell the two apart). */
export function parseCsv(s: string, crlfOnly = false): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => { row.push(field); rows.push(row); row = []; field = ''; };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && s[i + 1] === '\n') { endRow(); i++; } else if (c === '\n' && !crlfOnly) endRow(); else field += c;
  }
  if (field || row.length) endRow();
  return rows;
}
