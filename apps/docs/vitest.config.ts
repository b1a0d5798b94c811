import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumBrowser } from '../../tooling/chromium.js';

const here = path.dirname(fileURLToPath(import.meta.url));

// `npm test` runs both projects:
// - storybook: every story is a test in real Chromium; a play function's assertions and axe
//   (a11y: 'error') decide whether it passes.
// - docs: Node tests of the docs themselves (tokens and themes match the widgets, examples are
//   valid) and of the static build, served from a sub-path and opened in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [storybookTest({ configDir: path.join(here, '.storybook') })],
        test: {
          name: 'storybook',
          browser: chromiumBrowser(),
          setupFiles: [path.join(here, '.storybook/vitest.setup.ts')],
          // A story's test includes axe over everything it shows: for "1,000 workshops" that is
          // a thousand cards, close to a minute on a busy two-core machine.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'docs',
          root: here,
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          // The static-build test runs `storybook build` once (tens of seconds on two cores).
          hookTimeout: 180_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
