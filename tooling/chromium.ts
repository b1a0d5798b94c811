/**
 * One place that decides which Chromium the browser tests drive, shared by the widgets'
 * component tests and the docs app's story tests.
 *
 * Order: `CHROMIUM_PATH`, then Debian's `/usr/bin/chromium`, then whatever Playwright installed
 * itself (`npx playwright install chromium`) so a contributor on a laptop is never stuck.
 */
import { existsSync } from 'node:fs';
import { playwright } from '@vitest/browser-playwright';

function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * A fresh browser configuration each call: Vitest refuses one config object shared by two
 * projects ("Cannot define a nested project for a chromium browser").
 */
export function chromiumBrowser() {
  const executablePath = findChromium();
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        ...(executablePath ? { executablePath } : {}),
        args: [
          ...(isRoot ? ['--no-sandbox'] : []),
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}
