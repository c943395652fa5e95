/**
 * Pathological inputs at growing sizes: does analyze() stay linear?
 *
 *   npx tsx test/bench/pathological.ts
 *
 *   quotes      N quote marks (“ ” " mixed, words between, one line): 12.5k … 100k marks
 *   nosentence  one line of words with no sentence end at all: 128 KB … 1 MB
 *   repeats     "Kremlin spokesman Dmitry Peskov said talks were premature. " × 6,250 … 50,000
 *   nosentence-small  the nosentence text at 16 … 128 KB: tokenize() hands wink at most 200,000 chars
 *               at a time, so no sentence is longer than that; above it the nosentence series can
 *               look linear while the cost inside one sentence grows faster. Shown, not summarised.
 *
 * Each size: median of 3 runs (1 run for the largest size when a run takes over 5 s).
 * Per series: size, ms, ms per unit, and the ratio of the largest size's per-unit time to the
 * smallest's (≈1 is linear; above ~1.5 suggests non-linear behaviour). Last line:
 * `pathological: quotes=<ratio> nosentence=<ratio> repeats=<ratio>`.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createAnalyzer } from '../../src/index';

const analyzer = createAnalyzer({ maxLength: 50_000_000 });

// A full GC between runs, so one run's garbage is not billed to the next.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Deterministic pseudo-random numbers (mulberry32), so every run times the same texts. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Russia', 'said', 'talks', 'ceasefire', 'Ukraine', 'the', 'war', 'would', 'not', 'accept', 'a', 'truce', 'Kremlin',
  'spokesman', 'Dmitry', 'Peskov', 'Hamas', 'Israel', 'only', 'if', 'troops', 'withdraw', 'peace', 'plan', 'he', 'rejected', 'calls', 'for'];

/** `marks` quote marks (“ ” " in random order) with 1–3 words between, a full stop every ~10 marks, no line break. */
function quoteText(marks: number): string {
  const r = rng(1);
  const out: string[] = [];
  const q = ['“', '”', '"'];
  for (let i = 0; i < marks; i++) {
    out.push(q[Math.floor(r() * 3)]);
    const n = 1 + Math.floor(r() * 3);
    for (let k = 0; k < n; k++) out.push(WORDS[Math.floor(r() * WORDS.length)]);
    if (i % 10 === 9) out.push('said.');
  }
  return out.join(' ');
}

/** One line of words, `bytes` long, without any sentence end (no . ! ? … and no line break). */
function noSentenceText(bytes: number): string {
  const r = rng(2);
  const out: string[] = [];
  let len = 0;
  while (len < bytes) {
    const w = WORDS[Math.floor(r() * WORDS.length)];
    out.push(w);
    len += w.length + 1;
  }
  return out.join(' ').slice(0, bytes);
}

const REPEATED = 'Kremlin spokesman Dmitry Peskov said talks were premature. ';

interface Series {
  readonly name: string;
  readonly unit: string;
  /** Units per reported "per unit" figure (ms per 1,000 marks, per KB, per 1,000 repeats). */
  readonly per: number;
  readonly perLabel: string;
  readonly sizes: readonly number[];
  readonly make: (size: number) => string;
}

const SERIES: readonly Series[] = [
  { name: 'quotes', unit: 'marks', per: 1000, perLabel: 'ms/1k marks', sizes: [12_500, 25_000, 50_000, 100_000], make: quoteText },
  { name: 'nosentence', unit: 'bytes', per: 1024, perLabel: 'ms/KB', sizes: [128, 256, 512, 1024].map((k) => k * 1024), make: noSentenceText },
  { name: 'repeats', unit: 'repeats', per: 1000, perLabel: 'ms/1k repeats', sizes: [6_250, 12_500, 25_000, 50_000], make: (n) => REPEATED.repeat(n) },
  { name: 'nosentence-small', unit: 'bytes', per: 1024, perLabel: 'ms/KB', sizes: [16, 32, 64, 128].map((k) => k * 1024), make: noSentenceText },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function time(text: string): number {
  gc();
  const t0 = performance.now();
  analyzer.analyze(text);
  return performance.now() - t0;
}

// Warm up: load the model, compile, let the JIT settle on a mid-sized text of each kind.
for (const s of SERIES) for (let i = 0; i < 3; i++) analyzer.analyze(s.make(Math.min(s.sizes[0], 16_384) / 8));

const ratios: Record<string, number> = {};
for (const s of SERIES) {
  console.log(`\n${s.name}`);
  console.log(`  ${s.unit.padStart(10)}  ${'chars'.padStart(10)}  ${'ms'.padStart(9)}  ${s.perLabel.padStart(14)}`);
  const perUnit: number[] = [];
  s.sizes.forEach((size, i) => {
    const text = s.make(size);
    const last = i === s.sizes.length - 1;
    const first = time(text);
    const runs = [first];
    if (!(last && first > 5000)) runs.push(time(text), time(text));
    const ms = median(runs);
    perUnit.push(ms / (size / s.per));
    console.log(`  ${String(size).padStart(10)}  ${String(text.length).padStart(10)}  ${ms.toFixed(1).padStart(9)}  ${perUnit[i].toFixed(3).padStart(14)}${runs.length === 1 ? '  (1 run)' : ''}`);
  });
  ratios[s.name] = perUnit[perUnit.length - 1] / perUnit[0];
  const verdict = ratios[s.name] > 1.5 ? '  <-- non-linear?' : '';
  console.log(`  per-unit ratio largest/smallest: ${ratios[s.name].toFixed(2)}${verdict}`);
}

console.log(`\npathological: quotes=${ratios.quotes.toFixed(2)} nosentence=${ratios.nosentence.toFixed(2)} repeats=${ratios.repeats.toFixed(2)}`);
