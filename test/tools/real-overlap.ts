/**
 * Real articles are scored, never copied: lists every run of nine words that a file of the project
 * (src, test, examples, README) shares with a restored real text in .corpus-real/, so a sentence
 * borrowed by mistake is found before it is committed. `npx tsx test/tools/real-overlap.ts`;
 * exits 1 when it finds one. Without .corpus-real/ it says so and exits 0.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REAL = join(ROOT, '.corpus-real');
/** Nine words in a row: eight already flag stock diplomatic phrases ("would continue to play a constructive role in"). */
const RUN = 9;
/** Project files that could hold a copied sentence. */
const PLACES = ['src', 'test', 'examples', 'README.md', 'CHANGELOG.md'];
const TEXT_FILE = /\.(?:ts|mjs|js|json|md|txt|html)$/;

/** Every run of RUN lower-case words in a text. */
function runs(text: string): Set<string> {
  const words = text.toLowerCase().match(/\w+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i++) out.add(words.slice(i, i + RUN).join(' '));
  return out;
}

/** Project files under a place, skipping built and fetched folders. */
function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return TEXT_FILE.test(path) ? [path] : [];
  return readdirSync(path).filter((f) => f !== 'dist' && f !== 'node_modules').flatMap((f) => files(join(path, f)));
}

if (!existsSync(REAL)) {
  console.log('real-overlap: .corpus-real/ is not restored here (see ../shared/corpus/real/README.md); nothing to check');
  process.exit(0);
}
const real = new Set<string>();
for (const f of readdirSync(REAL).filter((f) => f.endsWith('.txt'))) for (const r of runs(readFileSync(join(REAL, f), 'utf8'))) real.add(r);
let found = 0;
for (const file of PLACES.flatMap((p) => files(join(ROOT, p)))) {
  for (const r of runs(readFileSync(file, 'utf8'))) {
    if (!real.has(r)) continue;
    console.log(`${file.slice(ROOT.length)}: "${r}"`);
    found++;
  }
}
console.log(`real-overlap: ${found} run(s) of ${RUN} words shared with the real texts`);
process.exit(found ? 1 : 0);
