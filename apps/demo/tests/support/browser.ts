/**
 * Chromium for the end-to-end tests, and browser sessions that keep a list of everything that
 * went wrong in them, across navigations and reloads: Content-Security-Policy violations (the
 * page's own `securitypolicyviolation` events, reported by a script Playwright adds before the
 * page's scripts, which the policy does not govern), console errors, uncaught exceptions, failed
 * requests and HTTP errors.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright';
import { onTestFailed } from 'vitest';
import { chromiumLaunchOptions } from '../../../../tooling/chromium-launch.js';

declare global {
  interface Window {
    /** Exposed by `openSession`: hands a CSP violation to the test. */
    reportCspViolation?: (description: string) => void;
  }
}

/** Chromium with the executable and flags the Vitest browser tests use. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** CSP violations, as `directive blocked what in where`. */
  cspViolations: string[];
  /** Console errors, uncaught exceptions, failed requests, HTTP errors. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * A fresh browser profile (no storage, no cache) with one page, watched. Call it from a test or
 * a `beforeEach`: when the test fails, what the page went through is printed.
 */
export async function openSession(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Session> {
  const context = await browser.newContext(options);
  const cspViolations: string[] = [];
  const problems: string[] = [];
  await context.exposeFunction('reportCspViolation', (description: string) => {
    cspViolations.push(description);
  });
  await context.addInitScript(() => {
    // Names the element a violation came from, even inside a shadow root (the event is
    // composed, so at the document its target is the host): `span.badge[part=badge]`.
    const describe = (node: EventTarget | undefined): string => {
      if (!(node instanceof Element)) return 'document';
      const classes = [...node.classList].map((name) => `.${name}`).join('');
      const part = node.getAttribute('part');
      return `${node.localName}${classes}${part ? `[part=${part}]` : ''}`;
    };
    // A `<style>` taken out again before its violation is reported leaves the document as the
    // event's target: the report then quotes the last ones added, to say whose they were.
    const stylesAdded: string[] = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof HTMLStyleElement) {
            stylesAdded.push((node.textContent ?? '').replace(/\s+/g, ' ').slice(0, 80));
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const target = describe(event.composedPath()[0]);
        const styles =
          target === 'document' && stylesAdded.length > 0
            ? `; <style> added to the page: ${stylesAdded.slice(-3).join(' | ')}`
            : '';
        window.reportCspViolation?.(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ` +
            `${target} (${event.sourceFile || event.documentURI})${styles}`,
        );
      },
      true,
    );
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // A timeout says what was awaited, not why it never came: say what the page went through.
  onTestFailed(() => {
    console.error(
      `What the page went through (${page.url()}):\n` +
        [...cspViolations, ...problems].map((line) => `  ${line}`).join('\n'),
    );
  });
  return { context, page, cspViolations, problems, close: () => context.close() };
}
