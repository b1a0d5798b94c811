import { defineConfig } from 'vitest/config';
import { chromiumBrowser } from '../../tooling/chromium.js';

export default defineConfig({
  test: {
    name: 'widgets',
    include: ['src/**/*.test.ts'],
    browser: chromiumBrowser(),
  },
});
