/**
 * Chromium for these Node-side tests, launched with the same executable and flags as the
 * Vitest browser tests (`tooling/chromium-launch.ts` decides both), and a page that records
 * what a visitor's console would show.
 */
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../../../tooling/chromium-launch.js';

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

export interface WatchedPage {
  page: Page;
  /** Uncaught exceptions and rejected promises. */
  errors: string[];
  /** `console.warn` texts. */
  warnings: string[];
  /** `console.error` texts and failed requests. */
  problems: string[];
}

export async function openWatchedPage(browser: Browser): Promise<WatchedPage> {
  const page = await browser.newPage();
  // The machine is shared and slow: be patient before calling a wait failed.
  page.setDefaultTimeout(30_000);
  const watched: WatchedPage = { page, errors: [], warnings: [], problems: [] };
  page.on('pageerror', (error) => watched.errors.push(error.stack ?? error.message));
  page.on('console', (message) => {
    if (message.type() === 'warning') watched.warnings.push(message.text());
    if (message.type() === 'error') watched.problems.push(message.text());
  });
  page.on('requestfailed', (request) =>
    watched.problems.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) watched.problems.push(`${response.url()}: ${response.status()}`);
  });
  return watched;
}
