import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'consumer-test',
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['src/global-setup.ts'],
    // One file at a time: each installs packages, builds or drives Chromium, and the machine
    // has two cores shared with other work.
    fileParallelism: false,
    // npm install, tsc and vite build take tens of seconds here, minutes on a busy machine.
    hookTimeout: 600_000,
    testTimeout: 300_000,
  },
});
