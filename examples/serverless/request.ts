/**
 * The request shape both serverless examples accept, checked in one place (Web-standard only,
 * so the edge handler can import it): a JSON object {"text": "...", "date"?: "YYYY-MM-DD"}.
 */

/** Longest text accepted, in UTF-16 code units: far above a news article, keeps requests cheap. */
export const MAX_TEXT_LENGTH = 200_000;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export type Parsed = { ok: true; text: string; date?: string } | { ok: false; status: 400 | 413; message: string };

/** Parses and checks a JSON request body. */
export function parseRequest(source: string): Parsed {
  let body: unknown;
  try {
    body = JSON.parse(source);
  } catch {
    return { ok: false, status: 400, message: 'request body must be JSON: {"text": "...", "date"?: "YYYY-MM-DD"}' };
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, status: 400, message: 'request body must be a JSON object: {"text": "...", "date"?: "YYYY-MM-DD"}' };
  }
  const { text, date } = body as { text?: unknown; date?: unknown };
  if (typeof text !== 'string') return { ok: false, status: 400, message: '"text" must be a string' };
  if (text.length > MAX_TEXT_LENGTH) {
    return { ok: false, status: 413, message: `"text" is ${text.length} characters long; the limit is ${MAX_TEXT_LENGTH}` };
  }
  if (date !== undefined && date !== null && (typeof date !== 'string' || !DATE_RE.test(date))) {
    return { ok: false, status: 400, message: '"date" must be a string YYYY-MM-DD' };
  }
  return typeof date === 'string' ? { ok: true, text, date } : { ok: true, text };
}
