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
import { MAX_TEXT_LENGTH, parseRequest } from './request';

export { MAX_TEXT_LENGTH };

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

    const parsed = parseRequest(source);
    if (!parsed.ok) return error(parsed.status, parsed.message);
    const { text, date } = parsed;

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
