import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumBrowser } from '../../tooling/chromium.js';

const here = path.dirname(fileURLToPath(import.meta.url));

// Every story is a test in real Chromium; a play function's assertions and axe (a11y: 'error')
// decide whether it passes.
export default defineConfig({
  plugins: [storybookTest({ configDir: path.join(here, '.storybook') })],
  test: {
    name: 'storybook',
    browser: chromiumBrowser(),
  },
});
