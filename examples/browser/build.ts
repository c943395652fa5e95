/**
 * Builds the page to try standpoint in a browser: esbuild bundles main.ts with the library,
 * wink-nlp and its English model for the browser platform (no Node built-ins can get in: esbuild
 * would fail to resolve them) into one classic script, next to a copy of index.html.
 * Run: npm run example:browser [-- OUTDIR]   (default examples/browser/dist), then open
 * OUTDIR/index.html in a browser, from disk or from any static file server.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const DEFAULT_OUTDIR = join(HERE, 'dist');

export interface BrowserBuild {
  outdir: string;
  /** Size of app.js in bytes, and gzipped (what a server sending gzip would transfer). */
  bytes: number;
  gzipBytes: number;
  /** Bytes in app.js per package (`standpoint` for this repository's own code). */
  byPackage: Record<string, number>;
}

export async function buildBrowserExample(outdir = DEFAULT_OUTDIR): Promise<BrowserBuild> {
  await mkdir(outdir, { recursive: true });
  const result = await build({
    entryPoints: [join(HERE, 'main.ts')],
    outfile: join(outdir, 'app.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    loader: { '.txt': 'text' },
    metafile: true,
    logLevel: 'warning',
  });
  await copyFile(join(HERE, 'index.html'), join(outdir, 'index.html'));
  const code = await readFile(join(outdir, 'app.js'));
  const byPackage: Record<string, number> = {};
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? 'standpoint';
      byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
    }
  }
  return { outdir, bytes: code.length, gzipBytes: gzipSync(code).length, byPackage };
}

const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildBrowserExample(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_OUTDIR);
  const parts = Object.entries(out.byPackage).sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${mb(n)}`);
  console.log(`wrote ${join(out.outdir, 'index.html')} and app.js: ${mb(out.bytes)} (${mb(out.gzipBytes)} gzipped; ${parts.join(', ')})`);
}
