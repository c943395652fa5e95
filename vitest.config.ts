import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Type tests of the public surface (test/**/*.test-d.ts): `vitest run` (and so `npm test`)
    // checks them with tsc, and a type error anywhere in the project fails the run.
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
