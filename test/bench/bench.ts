/**
 * npm run bench: standpoint against wink-nlp's own readDoc, side by side in one process.
 *   warm      analyze() ms/doc vs readDoc (default pipe) ms/doc on the same texts, interleaved rounds, medians
 *   cold      a fresh node process to its first report vs a fresh process that loads wink and reads the text
 *   scaling   time per character at 1 KB, 100 KB, 1 MB and 10 MB (10 MB / 1 KB ratio)
 *   batch     documents/s of analyzeMany on 1 and 2 worker threads (fresh processes), and the
 *             machine's ceiling: how wink readDoc alone scales from 1 to 2 threads
 *   memory    peak RSS of a process streaming 10,000 documents through analyzeMany
 * Uses the built dist/ (run `npm run build` first; `npm run bench` does). Texts: ../shared/corpus
 * when present, else the project's held-out fixtures. Last line: the figures issue #6 asks for.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const { createAnalyzer } = await import(pathToFileURL(dist).href);

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (x: number, d = 3) => x.toFixed(d);

function corpus(): string[] {
  const dirs = [join(root, '..', 'shared', 'corpus', 'seed'), join(root, '..', 'shared', 'corpus', 'dev')].filter(existsSync);
  const sources = dirs.length ? dirs : [join(root, 'test', 'fixtures', 'heldout')];
  return sources.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(d, f), 'utf8')).text as string));
}

const texts = corpus();
const analyzer = createAnalyzer({ maxLength: 20_000_000 });
const wink = winkNLP(model);
console.log(`texts: ${texts.length} (${Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length)} chars each on average)`);

// Warm: interleaved rounds, so both see the same machine state.
function warm(): number {
  for (let i = 0; i < 3; i++) for (const t of texts) { analyzer.analyze(t); wink.readDoc(t); }
  const a: number[] = [], w: number[] = [];
  for (let r = 0; r < (quick ? 7 : 21); r++) {
    let t0 = performance.now();
    for (const t of texts) analyzer.analyze(t);
    a.push((performance.now() - t0) / texts.length);
    t0 = performance.now();
    for (const t of texts) wink.readDoc(t);
    w.push((performance.now() - t0) / texts.length);
  }
  console.log(`warm: analyze ${fmt(median(a))} ms/doc, readDoc ${fmt(median(w))} ms/doc`);
  return median(a) / median(w);
}

// Cold: whole fresh processes, from spawn to exit after the first report.
function cold(): number {
  const text = JSON.stringify(texts[0]);
  const ours = `import { analyze } from ${JSON.stringify(pathToFileURL(dist).href)}; analyze(${text});`;
  const theirs = `import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model'; winkNLP(model).readDoc(${text});`;
  const run = (code: string) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root });
    if (r.status !== 0) throw new Error(String(r.stderr));
    return performance.now() - t0;
  };
  const a: number[] = [], w: number[] = [];
  for (let i = 0; i < (quick ? 3 : 7); i++) { a.push(run(ours)); w.push(run(theirs)); }
  console.log(`cold: standpoint ${fmt(median(a), 0)} ms, wink alone ${fmt(median(w), 0)} ms`);
  return median(a) / median(w);
}

// Scaling: per-character time as one text grows from 1 KB to 10 MB.
function scaling(): number {
  const joined = texts.join('\n');
  const sizes = quick ? [1e3, 1e5, 1e6] : [1e3, 1e5, 1e6, 1e7];
  const perChar: number[] = [];
  for (const size of sizes) {
    let text = joined;
    while (text.length < size) text += `\n${joined}`;
    text = text.slice(0, size);
    const reps = Math.max(1, Math.round(3e5 / size));
    const runs: number[] = [];
    for (let r = 0; r < (size >= 1e7 ? 1 : 3); r++) {
      const t0 = performance.now();
      for (let i = 0; i < reps; i++) analyzer.analyze(text);
      runs.push((performance.now() - t0) / reps);
    }
    perChar.push(median(runs) / size);
    console.log(`scaling: ${(size / 1e3).toLocaleString('en')} KB in ${fmt(median(runs), 1)} ms, ${fmt((median(runs) / size) * 1e6, 1)} ns/char`);
  }
  return perChar[perChar.length - 1] / perChar[0];
}

// Batch: documents per second through analyzeMany, each run in a fresh process so the
// one-thread run gets no head start from this process's warm JIT and word cache.
function batch(workers: number): number {
  const code = `
    import { analyzeMany } from ${JSON.stringify(pathToFileURL(join(root, 'dist', 'node.js')).href)};
    const texts = ${JSON.stringify(texts)};
    const docs = Array.from({ length: ${quick ? 600 : 3000} }, (_, i) => texts[i % texts.length]);
    const t0 = performance.now();
    let n = 0;
    for await (const r of analyzeMany(docs, { workers: ${workers} })) if (r.report) n++;
    console.log(n / ((performance.now() - t0) / 1000));`;
  const rate = Number(child(code));
  console.log(`batch: ${workers} worker${workers > 1 ? 's' : ''}: ${fmt(rate, 0)} docs/s`);
  return rate;
}

// The machine's own ceiling: wink readDoc alone, the same work per thread, on 1 and on 2 threads.
async function ceiling(): Promise<void> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
    for (const t of workerData.texts) nlp.readDoc(t);
    const t0 = performance.now();
    for (let i = 0; i < ${quick ? 400 : 1500}; i++) nlp.readDoc(workerData.texts[i % workerData.texts.length]);
    parentPort.postMessage(performance.now() - t0);`;
  const run = (k: number) => Promise.all(Array.from({ length: k }, () => new Promise<number>((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: { texts } });
    w.once('message', (ms: number) => { resolve(ms); void w.terminate(); });
    w.once('error', reject);
  })));
  const [one] = await run(1);
  const two = await run(2);
  console.log(`batch: wink readDoc alone scales ${fmt((2 * one) / Math.max(...two), 2)}x on 2 threads here (the same work per thread: ${fmt(one, 0)} ms alone, ${two.map((x) => fmt(x, 0)).join(' and ')} ms side by side)`);
}

// Memory: a child process streams 10,000 generated documents and reports its peak RSS.
function memory(): number {
  const code = `
    import { analyzeMany } from ${JSON.stringify(pathToFileURL(join(root, 'dist', 'node.js')).href)};
    const texts = ${JSON.stringify(texts.slice(0, 8))};
    async function* docs() { for (let i = 0; i < ${quick ? 2000 : 10000}; i++) yield { id: String(i), text: texts[i % texts.length] }; }
    let n = 0;
    for await (const r of analyzeMany(docs())) if (r.report) n++;
    console.log(JSON.stringify({ n, maxRssKB: process.resourceUsage().maxRSS }));`;
  const { n, maxRssKB } = JSON.parse(child(code));
  console.log(`memory: ${n} documents streamed, peak RSS ${fmt(maxRssKB / 1024, 0)} MB`);
  return maxRssKB / 1024;
}

/** Runs an ES module in a fresh node process; returns its last line of output. */
function child(code: string): string {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim().split('\n').pop()!;
}

const warmRatio = warm();
const coldRatio = cold();
const scale = scaling();
const one = batch(1);
const two = batch(2);
await ceiling();
const peak = memory();
console.log(`bench: warmRatio=${fmt(warmRatio, 2)} coldRatio=${fmt(coldRatio, 2)} scaling=${fmt(scale, 2)} batchSpeedup=${fmt(two / one, 2)} peakRssMB=${fmt(peak, 0)}`);
