/**
 * Calibration of `confidence`: every gold actor of the annotated corpora, grouped by the
 * confidence standpoint gave its label, with the share of labels that were right.
 *   npx tsx test/bench/calibration.ts [DIR ...]   (default: ../shared/corpus/seed and dev)
 * Prints a Markdown table for the README.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [join(root, '..', 'shared', 'corpus', 'seed'), join(root, '..', 'shared', 'corpus', 'dev')];
const bins = Array.from({ length: 10 }, () => ({ n: 0, right: 0, sum: 0 }));

for (const dir of dirs.filter(existsSync)) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const doc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string; gold: { actor: string; stance: string }[] };
    const report = analyze(doc.text);
    for (const g of doc.gold) {
      const a = report.actors.find((x) => x.actor.id === g.actor);
      const conf = a?.confidence ?? 0.5;
      const bin = bins[Math.min(9, Math.floor(conf * 10))];
      bin.n++;
      bin.sum += conf;
      if ((a?.stance ?? 'none') === g.stance) bin.right++;
    }
  }
}

console.log('| confidence | labels | mean confidence | accuracy |');
console.log('| --- | ---: | ---: | ---: |');
bins.forEach((b, i) => {
  if (!b.n) return;
  console.log(`| ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)} | ${b.n} | ${(b.sum / b.n).toFixed(2)} | ${(b.right / b.n).toFixed(2)} |`);
});
const total = bins.reduce((s, b) => ({ n: s.n + b.n, right: s.right + b.right }), { n: 0, right: 0 });
console.log(`\n${total.n} labels, ${(total.right / total.n).toFixed(3)} right overall`);
