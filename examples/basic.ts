/**
 * The main example: analyse a sample article and print one row per actor.
 * Run: npm run example   (or: npx tsx examples/basic.ts [file])
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/index';

const file = process.argv[2] ?? fileURLToPath(new URL('./sample-article.txt', import.meta.url));
const text = readFileSync(file, 'utf8');
const report = analyze(text);

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const rows = report.actors.map((a) => [
  a.actor.id,
  a.stance,
  a.confidence.toFixed(2),
  a.conditions.map((c) => c.kind).join(', ') || '-',
  clip(a.evidence[0]?.text ?? '', 70),
]);
const header = ['actor', 'stance', 'conf', 'conditions', 'best evidence'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
console.log(`Question: ${report.question.label}\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
