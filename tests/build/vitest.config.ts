import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Build tests: real `astro build` runs on small copies of the site (slow, so kept apart). */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/build/**/*.test.ts'],
    // Only a hang bound: a fixture build that takes 15 s idle can take minutes on a loaded machine.
    testTimeout: 900_000,
    fileParallelism: false,
  },
});
