/**
 * An HTML report of the sample article, written next to this file as report.html.
 * Run: npx tsx examples/html-report.ts [article.txt] [out.html]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, toHtml } from '../src/index';

const file = process.argv[2] ?? fileURLToPath(new URL('./sample-article.txt', import.meta.url));
const out = process.argv[3] ?? fileURLToPath(new URL('./report.html', import.meta.url));
const text = readFileSync(file, 'utf8');
writeFileSync(out, toHtml(analyze(text), text, { title: 'Sample article: positions on a ceasefire' }));
console.log(`wrote ${out}`);
