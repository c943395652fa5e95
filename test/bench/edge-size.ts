/**
 * Edge bundle size and cold/warm start of examples/serverless/edge.ts in edge-runtime's EdgeVM.
 * Run: npx tsx test/bench/edge-size.ts
 *
 *   bundle  esbuild as in test/edge.test.ts (platform browser, iife, nothing external: wink-nlp and
 *           its model inside), minified as a deploy would be; the unminified size is printed too
 *   cold    fresh EdgeVM: evaluate the bundle + the first POST (median of 5)
 *   warm    POST on the same VM once warm (median of 50)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EDGE_ARTICLE, EDGE_DATE, bundleEdge } from '../fixtures/edge';
// edge-runtime 4 exports the EdgeVM class of @edge-runtime/vm under the name EdgeRuntime.
import { EdgeRuntime as EdgeVM } from 'edge-runtime';

const COLD_RUNS = 5;
const WARM_RUNS = 50;
const ARTICLE = EDGE_ARTICLE;
const BODY = JSON.stringify({ text: ARTICLE, date: EDGE_DATE });

/** Run in the VM after the bundle: a POST built from VM-side Request, resolving to the status. */
const HARNESS = `
globalThis.__post = async (body) => {
  const res = await __standpointEdge.default.fetch(new Request('https://edge.example/analyze', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body,
  }));
  await res.text();
  return res.status;
};`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (n: number) => (n / 1024).toFixed(0);

const dir = await mkdtemp(join(tmpdir(), 'standpoint-edge-'));
try {
  const bundle = (minify: boolean) => bundleEdge(dir, minify);
  const plain = await bundle(false);
  const minified = await bundle(true);
  const raw = Buffer.byteLength(minified);
  const gzip = gzipSync(minified).length;
  const code = `${minified}\n${HARNESS}`;

  const post = async (vm: InstanceType<typeof EdgeVM>) => {
    const status = await (vm.context as any).__post(BODY);
    if (status !== 200) throw new Error(`edge handler answered ${status}`);
  };

  const cold: number[] = [];
  let vm!: InstanceType<typeof EdgeVM>;
  for (let i = 0; i < COLD_RUNS; i++) {
    const t0 = performance.now();
    vm = new EdgeVM();
    vm.evaluate(code);
    await post(vm);
    cold.push(performance.now() - t0);
  }

  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const t0 = performance.now();
    await post(vm);
    warm.push(performance.now() - t0);
  }

  console.log(`unminified: ${kb(Buffer.byteLength(plain))}KB, gzip ${kb(gzipSync(plain).length)}KB`);
  console.log(`cold runs (ms): ${cold.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`warm: min ${Math.min(...warm).toFixed(1)} ms, max ${Math.max(...warm).toFixed(1)} ms over ${WARM_RUNS} runs`);
  console.log(`edge: bundle=${kb(raw)}KB gzip=${kb(gzip)}KB cold=${median(cold).toFixed(0)}ms warm=${median(warm).toFixed(1)}ms`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
