import { defineConfig } from 'vitest/config';
import { chromiumBrowser } from '../../tooling/chromium.js';

// The end-to-end tests run in Node and drive Chromium themselves through Playwright, launched
// with the options the repository's browser tests use (`tooling/chromium.ts` decides which
// Chromium and which flags), handed to the test files through `inject('chromiumLaunchOptions')`.
const { launchOptions = {} } = chromiumBrowser().provider.options;

export default defineConfig({
  test: {
    name: 'demo',
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    provide: { chromiumLaunchOptions: launchOptions },
    // One Chromium and one demo server at a time: two cores, shared with other work.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
