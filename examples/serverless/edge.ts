/**
 * standpoint as an edge function (Vercel Edge Functions, Cloudflare Workers, Deno Deploy, …):
 * a Web-standard fetch handler. No Node built-ins here (no `node:` imports, no `process`,
 * no `Buffer`), only Request / Response / JSON.
 *
 *   POST /  {"text": "...", "date": "YYYY-MM-DD"}  → 200 StanceReport (JSON)
 *   GET  /                                         → 200 usage
 *   bad JSON or missing text → 400, text too long → 413, other methods → 405
 */
// In your own project: import { createAnalyzer } from 'standpoint';
import { createAnalyzer } from '../../src/index';
import { MAX_TEXT_LENGTH, parseRequest } from './request';

export { MAX_TEXT_LENGTH };

// Created once per isolate, at module scope: the data is compiled on the first request's
// isolate start, and every later request served by the same (warm) isolate reuses it.
const analyzer = createAnalyzer({ maxLength: MAX_TEXT_LENGTH });

/** Vercel: run this function on the Edge runtime. Cloudflare Workers ignore it. */
export const config = { runtime: 'edge' };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

const error = (status: number, message: string, headers?: Record<string, string>) =>
  json(status, { error: message }, headers);

const USAGE = {
  service: 'standpoint',
  question: analyzer.question,
  usage: 'POST a JSON body {"text": "<news article>", "date"?: "YYYY-MM-DD"}; the response is a StanceReport.',
  maxTextLength: MAX_TEXT_LENGTH,
};

async function handle(request: Request): Promise<Response> {
  if (request.method === 'GET' || request.method === 'HEAD') return json(200, USAGE);
  if (request.method !== 'POST') return error(405, `method ${request.method} not allowed; use POST`, { allow: 'GET, HEAD, POST' });

  const parsed = parseRequest(await request.text());
  if (!parsed.ok) return error(parsed.status, parsed.message);
  const { text, date } = parsed;

  try {
    const report = analyzer.analyze(text, typeof date === 'string' ? { date } : {});
    return json(200, report);
  } catch (e) {
    // Input errors from the library (e.g. an impossible date such as 2023-02-30) are the caller's.
    if (e instanceof RangeError || e instanceof TypeError) return error(400, e.message);
    return error(500, 'internal error');
  }
}

export default {
  async fetch(request: Request): Promise<Response> {
    try {
      return await handle(request);
    } catch {
      return error(500, 'internal error');
    }
  },
};
