/**
 * The Vitest browser-mode configuration shared by the widgets' component tests and the docs
 * app's story tests. Which Chromium and which flags is decided in `chromium-launch.ts`.
 */
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './chromium-launch.js';

/**
 * A fresh browser configuration each call: Vitest refuses one config object shared by two
 * projects ("Cannot define a nested project for a chromium browser").
 */
export function chromiumBrowser() {
  const { headless, ...launchOptions } = chromiumLaunchOptions();
  return {
    enabled: true,
    headless,
    provider: playwright({ launchOptions }),
    instances: [{ browser: 'chromium' as const }],
  };
}
