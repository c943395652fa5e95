/**
 * The edge example runs in an edge runtime: bundle examples/serverless/edge.ts with esbuild for
 * the browser (wink-nlp and its model inside the bundle, nothing external), evaluate it in
 * edge-runtime's EdgeVM (Web APIs only: no require, no process, no Node built-ins) and call its
 * fetch handler with Requests made inside the VM.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EDGE_ARTICLE, EDGE_DATE, bundleEdge } from './fixtures/edge';
// edge-runtime 4 exports the EdgeVM class of @edge-runtime/vm under the name EdgeRuntime.
import { EdgeRuntime as EdgeVM } from 'edge-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/index';

const TIMEOUT = 120_000;
const ARTICLE = EDGE_ARTICLE;
const DATE = EDGE_DATE;

interface Reply {
  status: number;
  contentType: string | null;
  body: any;
}

/** Code run in the VM after the bundle: exposes a caller that builds the Request inside the VM. */
const HARNESS = `
globalThis.__call = async (method, body) => {
  const init = { method, headers: { 'content-type': 'application/json' } };
  if (body !== undefined) init.body = body;
  const res = await __standpointEdge.default.fetch(new Request('https://edge.example/analyze', init));
  return { status: res.status, contentType: res.headers.get('content-type'), text: await res.text() };
};`;

let dir: string;
let vm: InstanceType<typeof EdgeVM>;

async function call(method: string, body?: string): Promise<Reply> {
  const r = await (vm.context as any).__call(method, body);
  return { status: r.status, contentType: r.contentType, body: r.text ? JSON.parse(r.text) : null };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'standpoint-edge-'));
  const code = await bundleEdge(dir);
  vm = new EdgeVM();
  vm.evaluate(`${code}\n${HARNESS}`);
}, TIMEOUT);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('edge example in EdgeVM', { timeout: TIMEOUT }, () => {
  it('is a Web-only runtime (no require, process or Buffer)', () => {
    expect(vm.evaluate('[typeof require, typeof process, typeof Buffer].join()')).toBe('undefined,undefined,undefined');
  });

  it('the library labels the article as expected in plain Node', () => {
    const report = analyze(ARTICLE, { date: DATE });
    const labels = Object.fromEntries(report.actors.map((a) => [a.actor.id, a.stance]));
    expect(labels).toMatchObject({ CHN: 'support', USA: 'oppose', GBR: 'conditional', RUS: 'none', UKR: 'none' });
  });

  it('POST analyses the article', async () => {
    const r = await call('POST', JSON.stringify({ text: ARTICLE, date: DATE }));
    expect(r.status).toBe(200);
    expect(r.contentType).toMatch(/^application\/json/);
    const stance = (id: string) => r.body.actors.find((a: any) => a.actor.id === id);
    expect(r.body.date).toBe(DATE);
    expect(stance('CHN')?.stance).toBe('support');
    expect(stance('USA')?.stance).toBe('oppose');
    expect(stance('GBR')?.stance).toBe('conditional');
    expect(stance('GBR')?.conditions.map((c: any) => c.kind)).toContain('sovereignty');
    expect(stance('RUS')?.stance).toBe('none');
    expect(stance('UKR')?.stance).toBe('none');
    // The bundle in the edge VM gives exactly the report the library gives in Node.
    expect(r.body).toEqual(JSON.parse(JSON.stringify(analyze(ARTICLE, { date: DATE }))));
  });

  it('GET returns usage', async () => {
    const r = await call('GET');
    expect(r.status).toBe(200);
    expect(r.body.usage).toMatch(/POST/);
  });

  it('other methods get 405', async () => {
    const r = await call('PUT', JSON.stringify({ text: ARTICLE }));
    expect(r.status).toBe(405);
    expect(r.body.error).toMatch(/PUT/);
  });

  it('bad JSON, a missing text and a bad date get 400; a text over the limit gets 413', async () => {
    expect((await call('POST', '{"text": ')).status).toBe(400);
    expect((await call('POST', '{}')).status).toBe(400);
    expect((await call('POST', JSON.stringify({ text: 42 }))).status).toBe(400);
    expect((await call('POST', JSON.stringify({ text: ARTICLE, date: 'March 17' }))).status).toBe(400);
    const tooLong = await call('POST', JSON.stringify({ text: 'war '.repeat(60_000) }));
    expect(tooLong.status).toBe(413);
    expect(tooLong.body.error).toMatch(/limit/);
  });
});
