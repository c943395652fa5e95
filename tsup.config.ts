import { defineConfig } from 'tsup';

// natural is a devDependency: the one function used (Jaro-Winkler) is bundled into dist by
// its deep path, so users never install natural's database drivers or WordNet.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  noExternal: [/^natural\//],
  external: ['wink-nlp', 'wink-eng-lite-web-model'],
});
