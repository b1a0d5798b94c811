import { defineConfig } from 'vitest/config';
import { chromiumBrowser } from '../../tooling/chromium.js';

export default defineConfig({
  test: {
    name: 'widgets',
    include: ['src/**/*.test.ts'],
    // The server-side rendering's tests run in Node (src/ssr/vitest.config.ts).
    exclude: ['src/ssr/**', '**/node_modules/**'],
    // Real HTTP servers on 127.0.0.1: one speaking each newsletter provider's wire format
    // (`inject('newsletterServer')`), one serving agenda data and its failures
    // (`inject('agendaServer')`), one serving member directories and Murmurations answers
    // (`inject('membersServer')`), one receiving practice submissions
    // (`inject('practiceServer')`), one serving the practices library's data and its failures
    // (`inject('practicesServer')`).
    globalSetup: [
      'src/newsletter/testing/provider-server.ts',
      'src/agenda/testing/agenda-server.ts',
      'src/practice-form/testing/practice-server.ts',
      'src/practices/testing/practices-server.ts',
      'src/members/testing/members-server.ts',
    ],
    browser: chromiumBrowser(),
    // Time limits catch a hang, nothing more: on a loaded two-core CI machine, where the docs,
    // demo and consumer suites drive Chromium at the same time, an axe pass over the whole
    // agenda has taken 17 s. Speed is measured by the benchmarks, not here.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
  // Pre-bundled up front: found late, a dependency makes Vite re-optimise and reload the test
  // page in the middle of a run.
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/guard.js',
      'lit/directives/repeat.js',
      'lit/directives/style-map.js',
      'axe-core',
    ],
  },
});
