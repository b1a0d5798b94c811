/**
 * Which Chromium the tests drive, and with which flags: the one place that decides, for the
 * Vitest browser tests (`chromium.ts`) and for the Node tests that launch Chromium themselves
 * with Playwright (docs, demo, consumer-test).
 *
 * Only `node:fs` here, so a Node test can import it without loading Vitest's browser provider.
 */
import { existsSync } from 'node:fs';

/** The part of Playwright's `LaunchOptions` we set; pass it to `chromium.launch()` as is. */
export interface ChromiumLaunchOptions {
  headless: boolean;
  executablePath?: string;
  args: string[];
}

/**
 * `CHROMIUM_PATH` first, then Debian's `/usr/bin/chromium`; `undefined` lets Playwright use the
 * browser it downloaded itself (`npx playwright install chromium`), so a contributor on a
 * laptop is never stuck.
 */
function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Chromium's sandbox refuses to start as root (containers, CI). */
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** A fresh object each call: the Vitest provider adds to `args`. */
export function chromiumLaunchOptions(): ChromiumLaunchOptions {
  const executablePath = findChromium();
  return {
    headless: true,
    ...(executablePath ? { executablePath } : {}),
    args: [
      ...(isRoot ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
