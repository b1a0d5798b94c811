import { defineConfig } from 'vitest/config';

// The end-to-end tests run in Node and drive Chromium themselves through Playwright, launched
// with the executable and flags of the repository's browser tests (see `tests/support/browser.ts`
// and `tooling/chromium-launch.ts`).
export default defineConfig({
  test: {
    name: 'demo',
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // One Chromium and one demo server at a time: two cores, shared with other work.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
