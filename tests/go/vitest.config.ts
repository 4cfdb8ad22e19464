import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The Go check (`npm run test:go`): it may first fetch a toolchain and library sources, and a
 * cold compile of everything the pages import takes minutes on two cores, so it has its own
 * config, generous time limits, and one file at a time (the go command already uses every core).
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/go/**/*.test.ts'],
    // Limits catch hangs, not slowness: the module-proxy test took over 60 s beside four other Go checks.
    testTimeout: 600_000,
    hookTimeout: 40 * 60_000,
    fileParallelism: false,
  },
});
