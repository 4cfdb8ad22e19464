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
    // Limits catch hangs, not slowness: the module-proxy test took over 60 s beside four other Go checks,
    // and the site's blocks took over 40 min to compile cold in three clean clones side by side, each
    // with its own Go cache, beside a site build (load 25-37 on two cores). CI stops at 90 min.
    testTimeout: 600_000,
    hookTimeout: 80 * 60_000,
    fileParallelism: false,
  },
});
