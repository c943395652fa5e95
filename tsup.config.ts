import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

// natural is a devDependency: the one function used (Jaro-Winkler) is bundled into dist by
// its deep path, so users never install natural's database drivers or WordNet.
export default defineConfig({
  // index: the library, no Node built-ins (edge-safe); node: analyzeMany with worker threads;
  // worker: its thread; cli: the `standpoint` command. ESM shares chunks; CJS is for require().
  entry: { index: 'src/index.ts', node: 'src/node/index.ts', worker: 'src/node/worker.ts', cli: 'src/bin.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', node: 'src/node/index.ts' } },
  clean: true,
  splitting: true,
  platform: 'node',
  target: 'es2022',
  noExternal: [/^natural\//],
  external: ['wink-nlp', 'wink-eng-lite-web-model'],
  // The report's JSON Schema ships as `standpoint/schema.json` (package.json exports).
  onSuccess: () => copyFile('src/report/schema.json', 'dist/schema.json'),
  // CommonJS has no import.meta: the one use (locating the worker) reads __filename instead.
  esbuildOptions(options, { format }) {
    if (format !== 'cjs') return;
    options.define = { ...options.define, 'import.meta.url': 'importMetaUrl' };
    options.inject = [...(options.inject ?? []), 'src/node/cjs-url.ts'];
  },
});
