import { defineConfig } from 'vitest/config';

/** Tests of the build tooling shared by the packages (run by the root `npm test`). */
export default defineConfig({
  test: {
    name: 'tooling',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    environment: 'node',
  },
});
