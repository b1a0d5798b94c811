import { defineConfig } from 'vitest/config';

/** Tests of the package's scripts (the generators), in Node; the components' tests run in Chromium. */
export default defineConfig({
  test: {
    name: 'widgets-scripts',
    root: import.meta.dirname,
    include: ['*.test.ts'],
    environment: 'node',
  },
});
