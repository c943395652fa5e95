/**
 * A JSONL batch: one document per line in, one report per line out, on two worker threads.
 * The same as `standpoint batch IN.jsonl --workers 2`, from code.
 * Run: npx tsx examples/batch-jsonl.ts
 * Worker threads start the built worker (dist/worker.js), so this example uses the build and
 * runs `npm run build` first when dist/ is missing. In your own project: import from 'standpoint/node'.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist/node.js', import.meta.url));
if (!existsSync(built)) {
  console.error('dist/ is missing: running npm run build first');
  execFileSync('npm', ['run', 'build'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: ['ignore', 'ignore', 'inherit'] });
}
const { analyzeMany } = (await import(pathToFileURL(built).href)) as typeof import('../src/node/index');

const articles = [
  'Talks resume\nAir strikes and shelling continued overnight. Qatar said it was ready to host talks between the two sides.',
  'Truce rejected\nShelling went on overnight. Israel rejected calls for a ceasefire in Gaza.',
  'Terms set\nFighting raged in the east. Russia said it would end the war only if Ukraine withdrew its troops.',
];
const dir = mkdtempSync(join(tmpdir(), 'standpoint-'));
const input = join(dir, 'news.jsonl');
writeFileSync(input, articles.map((text, i) => JSON.stringify({ id: `doc-${i + 1}`, text, date: '2025-01-10' })).join('\n'));

const docs = readFileSync(input, 'utf8').split('\n').map((line) => JSON.parse(line));
for await (const r of analyzeMany(docs, { workers: 2 })) {
  if (!r.ok) { console.error(`${r.id}: ${r.error}`); continue; }
  const positions = r.report.actors.filter((a) => a.stance !== 'none').map((a) => `${a.actor.id}=${a.stance}`);
  console.log(`${r.id}: ${positions.join(' ')}`);
}
