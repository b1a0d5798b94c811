import { defineConfig } from 'vitest/config';
import { chromiumBrowser } from '../../tooling/chromium.js';

export default defineConfig({
  test: {
    name: 'widgets',
    include: ['src/**/*.test.ts'],
    // A real HTTP server speaking each newsletter provider's wire format; its address reaches
    // the browser tests through `inject('newsletterServer')`.
    globalSetup: ['src/newsletter/testing/provider-server.ts'],
    browser: chromiumBrowser(),
  },
});
