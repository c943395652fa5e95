/**
 * Long-running fuzzer: the properties of test/property.test.ts over many more inputs.
 *
 *   npx tsx test/fuzz/fuzz.ts [--runs N] [--seed S] [--skip determinism|json] [--shrink-seconds T] [--keep-going]
 *
 * Inputs are mostly short (every generator at a small scale), ~2% a few thousand chars and
 * ~0.1% one ~20k-char line. Progress goes to stderr about every 10 s; the last stdout line is
 * `fuzz: runs=<n> failures=<0|1> seed=<seed> elapsed=<s>s`. On failure the shrunk counterexample
 * is printed (JSON) and the exit code is 1. Nothing is kept per run, so the fuzzer's own memory
 * stays flat (the heap figure in the progress lines is the whole process, wink-nlp included).
 * `--skip` turns off a check (repeatable), e.g. to keep fuzzing past a known determinism bug.
 * Shrinking stops after `--shrink-seconds` (default 30): the smallest failing text so far is printed.
 * `--keep-going` does not stop at the first failure: it counts failures by kind (no shrinking),
 * prints the shortest text of each kind at the end, and the last line reports failures=<count>.
 */
import fc from 'fast-check';
import { analyze } from '../../src/index';
import { checkText, fuzzText, type Checks } from './arbitraries';

function parseArgs(argv: string[]): { runs: number; seed: number; checks: Checks; shrinkMs: number; keepGoing: boolean } {
  let runs = 1_000_000;
  let keepGoing = false;
  let shrinkSeconds = 30;
  let seed = Date.now() ^ (process.pid << 8);
  const skip = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--runs') runs = Number(value());
    else if (flag === '--seed') seed = Number(value());
    else if (flag === '--skip') skip.add(String(value()));
    else if (flag === '--shrink-seconds') shrinkSeconds = Number(value());
    else if (flag === '--keep-going') keepGoing = true;
    else if (flag === '--help' || flag === '-h') {
      console.log('usage: npx tsx test/fuzz/fuzz.ts [--runs N] [--seed S] [--skip determinism|json] [--shrink-seconds T] [--keep-going]');
      process.exit(0);
    } else {
      console.error(`fuzz: unknown argument ${argv[i]}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(runs) || runs < 1) { console.error('fuzz: --runs must be a positive integer'); process.exit(2); }
  if (!Number.isInteger(seed)) { console.error('fuzz: --seed must be an integer'); process.exit(2); }
  if (!(shrinkSeconds >= 0)) { console.error('fuzz: --shrink-seconds must be a number >= 0'); process.exit(2); }
  for (const s of skip) if (s !== 'determinism' && s !== 'json') { console.error(`fuzz: --skip takes determinism or json, got ${s}`); process.exit(2); }
  return { runs, seed: seed | 0, checks: { determinism: !skip.has('determinism'), json: !skip.has('json') }, shrinkMs: shrinkSeconds * 1000, keepGoing };
}

const { runs, seed, checks, shrinkMs, keepGoing } = parseArgs(process.argv.slice(2));
const DATE = '2024-06-01';
const run = (text: string) => analyze(text, { date: DATE });

const PROGRESS_MS = 10_000;
const t0 = performance.now();
let calls = 0;
let failedAt = -1; // predicate calls before the first failure; later calls are shrinking
let shrinkUntil = Infinity;
let shrinkCut = false;
let lastReport = t0;
/** --keep-going: failures by kind (message without numbers and quoted text), with the shortest text. */
const kinds = new Map<string, { count: number; message: string; text: string }>();
let failures = 0;
const kindOf = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\d+/g, 'N').slice(0, 160);

const progress = (now: number) => {
  const s = (now - t0) / 1000;
  const done = failedAt < 0 ? calls : failedAt;
  const shrink = failedAt < 0 ? (failures ? ` failures=${failures}` : '') : ` shrinking=${calls - failedAt}`;
  const heap = (process.memoryUsage().heapUsed / 1e6).toFixed(0);
  process.stderr.write(`fuzz: ${done}/${runs} runs, ${(done / s).toFixed(0)} runs/s, ${s.toFixed(0)}s, heap ${heap} MB${shrink}\n`);
};

const property = fc.property(fuzzText(), (text) => {
  calls++;
  if ((calls & 63) === 0) {
    const now = performance.now();
    if (now - lastReport >= PROGRESS_MS) { lastReport = now; progress(now); }
  }
  // Out of shrinking time: pass every remaining candidate, so fast-check settles on the smallest so far.
  if (failedAt >= 0 && (shrinkCut || performance.now() > shrinkUntil)) { shrinkCut = true; return; }
  try {
    checkText(text, run, checks);
  } catch (e) {
    if (keepGoing) {
      failures++;
      const kind = kindOf(e);
      const k = kinds.get(kind);
      if (!k) kinds.set(kind, { count: 1, message: e instanceof Error ? e.message : String(e), text });
      else { k.count++; if (text.length < k.text.length) { k.text = text; k.message = e instanceof Error ? e.message : String(e); } }
      return;
    }
    if (failedAt < 0) { failedAt = calls - 1; shrinkUntil = performance.now() + shrinkMs; }
    throw e;
  }
});

process.stderr.write(`fuzz: runs=${runs} seed=${seed}${checks.determinism ? '' : ' (no determinism check)'}${checks.json ? '' : ' (no JSON check)'}\n`);
const result = fc.check(property, { numRuns: runs, seed });
const elapsed = ((performance.now() - t0) / 1000).toFixed(1);

if (result.failed) {
  const [text] = result.counterexample ?? [''];
  const err = result.errorInstance;
  console.log(`fuzz: counterexample after ${result.numRuns} runs, shrunk ${result.numShrinks} times${shrinkCut ? ` (shrinking stopped after ${shrinkMs / 1000}s)` : ''} (replay: --seed ${seed})`);
  console.log(`fuzz: error: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
  console.log(`fuzz: text (${(text as string).length} chars): ${JSON.stringify(text)}`);
  if (err instanceof Error && err.name !== 'InvariantError' && err.stack) console.log(err.stack);
}
for (const [kind, k] of kinds) {
  console.log(`fuzz: ${k.count} × ${kind}`);
  console.log(`fuzz:   shortest (${k.text.length} chars): ${k.message}`);
  console.log(`fuzz:   text: ${JSON.stringify(k.text)}`);
}
const failed = keepGoing ? failures : result.failed ? 1 : 0;
console.log(`fuzz: runs=${result.numRuns} failures=${failed} seed=${seed} elapsed=${elapsed}s`);
process.exitCode = failed ? 1 : 0;
