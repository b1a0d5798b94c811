import { defineConfig } from 'vitest/config';

/**
 * The server-side rendering's tests run in Node, where the rendering runs, and drive Chromium
 * themselves through Playwright to open what it wrote (with JavaScript off, then hydrated);
 * the components' own tests run inside Chromium (`vitest.config.ts`).
 */
export default defineConfig({
  test: {
    name: 'widgets-ssr',
    root: `${import.meta.dirname}/../..`,
    include: ['src/ssr/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
