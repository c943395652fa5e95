/**
 * standpoint as an AWS Lambda function behind API Gateway (REST or HTTP API, proxy integration).
 *
 *   POST body {"text": "...", "date"?: "YYYY-MM-DD"}  → 200 StanceReport (JSON)
 *   missing/invalid body or text → 400, text too long → 413; the handler never throws.
 *
 * Run locally: npx tsx examples/serverless/lambda.ts   (invokes the handler with a sample event)
 */
import { pathToFileURL } from 'node:url';
// In your own project: import { createAnalyzer } from 'standpoint';
import { createAnalyzer } from '../../src/index';

/** Longest text accepted, in UTF-16 code units: far above a news article, keeps invocations cheap. */
export const MAX_TEXT_LENGTH = 200_000;

// Created once, at module scope, during the cold start: Lambda keeps the module loaded between
// invocations of the same execution environment, so warm invocations reuse the compiled analyzer
// instead of compiling the data and loading the language model again on every request.
const analyzer = createAnalyzer({ maxLength: MAX_TEXT_LENGTH });

/** The parts of an API Gateway proxy event (v1 or v2) this handler reads. */
export interface ProxyEvent {
  body?: string | null;
  isBase64Encoded?: boolean;
}

export interface ProxyResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function respond(statusCode: number, body: unknown): ProxyResult {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

const error = (statusCode: number, message: string) => respond(statusCode, { error: message });

export const handler = async (event: ProxyEvent | null | undefined): Promise<ProxyResult> => {
  try {
    const raw = event?.body;
    if (typeof raw !== 'string' || raw === '') {
      return error(400, 'missing request body: send JSON {"text": "...", "date"?: "YYYY-MM-DD"}');
    }
    const source = event?.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;

    let body: unknown;
    try {
      body = JSON.parse(source);
    } catch {
      return error(400, 'request body must be JSON: {"text": "...", "date"?: "YYYY-MM-DD"}');
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return error(400, 'request body must be a JSON object: {"text": "...", "date"?: "YYYY-MM-DD"}');
    }
    const { text, date } = body as { text?: unknown; date?: unknown };
    if (typeof text !== 'string') return error(400, '"text" must be a string');
    if (text.length > MAX_TEXT_LENGTH) {
      return error(413, `"text" is ${text.length} characters long; the limit is ${MAX_TEXT_LENGTH}`);
    }
    if (date !== undefined && date !== null && (typeof date !== 'string' || !DATE_RE.test(date))) {
      return error(400, '"date" must be a string YYYY-MM-DD');
    }

    try {
      return respond(200, analyzer.analyze(text, typeof date === 'string' ? { date } : {}));
    } catch (e) {
      // Input errors from the library (e.g. an impossible date such as 2023-02-30) are the caller's.
      if (e instanceof RangeError || e instanceof TypeError) return error(400, e.message);
      throw e;
    }
  } catch (e) {
    console.error('standpoint handler failed:', e);
    return error(500, 'internal error');
  }
};

// Run directly: invoke the handler once with a sample API Gateway event.
async function main(): Promise<void> {
  const text = [
    'Turkey urges truce as Russia rejects talks',
    'ISTANBUL, March 17 - Turkey called on Friday for an immediate ceasefire in Ukraine, as Russian air strikes and shelling hit towns in the east and troops fought street by street for Bakhmut.',
    '"We call on both sides to agree a ceasefire and return to the negotiating table," Turkish Foreign Minister Mevlut Cavusoglu told reporters in Ankara.',
    'Kremlin spokesman Dmitry Peskov rejected the proposal, saying a ceasefire now would only allow Ukraine to regroup and rearm.',
  ].join('\n');
  const event: ProxyEvent = { body: JSON.stringify({ text, date: '2023-03-17' }), isBase64Encoded: false };
  const result = await handler(event);
  console.log(`status: ${result.statusCode}`);
  if (result.statusCode === 200) {
    const report = JSON.parse(result.body) as { actors: { actor: { id: string }; stance: string }[] };
    for (const a of report.actors) console.log(`  ${a.actor.id.padEnd(6)} ${a.stance}`);
  } else {
    console.log(result.body);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
