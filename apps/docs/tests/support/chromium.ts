/**
 * Launches Chromium for the Node tests with Playwright, with the executable and flags the Vitest
 * browser tests use (`tooling/chromium-launch.ts` decides both).
 */
import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../../../../tooling/chromium-launch.js';

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
