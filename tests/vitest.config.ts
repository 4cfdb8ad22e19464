import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit tests only: browser tests live in tests/e2e and run with Playwright against a build. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // These bounds only catch a hang. A test that takes 3 s idle took over 60 s with three CI runs
    // and five builds sharing two cores (load 40), and failed there while being right.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
