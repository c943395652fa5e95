import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const OUT = 'dist';

// natural is a devDependency: the one function used (Jaro-Winkler) is bundled into dist by
// its deep path, so users never install natural's database drivers or WordNet.
const common: Options = {
  outDir: OUT,
  clean: false, // the two builds run in parallel: dist is emptied once, below
  splitting: true,
  platform: 'node',
  target: 'es2022',
  noExternal: [/^natural\//],
  external: ['wink-nlp', 'wink-eng-lite-web-model'],
};

/**
 * esbuild gives a module that only re-exports (src/index.ts, re-exported by src/node/index.ts)
 * its own empty chunk and a bare `import "./chunk-….js"` to it (evanw/esbuild#2922). Bundlers
 * then warn about that import under `"sideEffects": false`, so the chunk and its imports go.
 */
function dropEmptyChunks(): void {
  const isEmpty = (f: string) => f.startsWith('chunk-') && readFileSync(join(OUT, f), 'utf8').trim() === '';
  const js = readdirSync(OUT).filter((f) => f.endsWith('.js'));
  const empty = js.filter(isEmpty);
  for (const chunk of empty) rmSync(join(OUT, chunk));
  for (const f of js.filter((x) => !empty.includes(x))) {
    const src = readFileSync(join(OUT, f), 'utf8');
    const kept = empty.reduce((s, chunk) => s.split(`import "./${chunk}";\n`).join(''), src);
    if (kept !== src) writeFileSync(join(OUT, f), kept);
  }
}

export default defineConfig((): Options[] => {
  rmSync(OUT, { recursive: true, force: true });
  return [
    {
      // ESM: index, the library, no Node built-ins (edge-safe); node: analyzeMany with worker
      // threads; worker: its thread (also started by the CommonJS build); cli: the `standpoint` command.
      ...common,
      entry: { index: 'src/index.ts', node: 'src/node/index.ts', worker: 'src/node/worker.ts', cli: 'src/bin.ts' },
      format: ['esm'],
      dts: { entry: { index: 'src/index.ts', node: 'src/node/index.ts' } },
      // The report's JSON Schema ships as `standpoint/schema.json` (package.json exports).
      onSuccess: async () => { dropEmptyChunks(); copyFileSync('src/report/schema.json', join(OUT, 'schema.json')); },
    },
    {
      // CommonJS, for require(): the two entry points only (the CLI and the worker are ESM).
      ...common,
      entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
      format: ['cjs'],
      dts: { entry: { index: 'src/index.ts', node: 'src/node/index.ts' } },
      // CommonJS has no import.meta: the one use (locating the worker) reads __filename instead.
      esbuildOptions(options) {
        options.define = { ...options.define, 'import.meta.url': 'importMetaUrl' };
        options.inject = [...(options.inject ?? []), 'src/node/cjs-url.ts'];
      },
    },
  ];
});
