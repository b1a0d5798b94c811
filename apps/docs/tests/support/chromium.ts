/**
 * Launches Chromium for the Node tests with Playwright, choosing the browser the same way as the
 * Vitest browser tests (`tooling/chromium.ts`): `CHROMIUM_PATH`, then Debian's
 * `/usr/bin/chromium`, then Playwright's own download on a contributor's laptop.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright';

function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  return chromium.launch({
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
  });
}
