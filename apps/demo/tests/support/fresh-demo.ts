/**
 * The lifecycle the end-to-end test files share: one Chromium for the file and, for each test,
 * an empty data directory, a demo server on it and (unless turned off) a fresh browser session,
 * all closed or removed after the test.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium, openSession, type Session } from './browser.js';
import { startDemo, temporaryDataDir, type RunningDemo } from './demo.js';

/** Filled in by the hooks: read it inside tests and hooks, not at the top of the file. */
export interface FreshDemo {
  browser: Browser;
  data: Awaited<ReturnType<typeof temporaryDataDir>>;
  /** A test that restarts the server puts the new one here, so it is stopped afterwards. */
  demo: RunningDemo;
  /** Only with `session` (the default). */
  session: Session;
}

export function useFreshDemo({
  session = true,
  cleanPages = false,
}: {
  /** Open a browser session for each test. */
  session?: boolean;
  /** After each test, expect no CSP violation and no problem in its session. */
  cleanPages?: boolean;
} = {}): FreshDemo {
  const fresh = {} as FreshDemo;
  beforeAll(async () => {
    fresh.browser = await launchChromium();
  });
  afterAll(async () => {
    await fresh.browser?.close();
  });
  beforeEach(async () => {
    fresh.data = await temporaryDataDir();
    fresh.demo = await startDemo({ dataDir: fresh.data.dir });
    if (session) fresh.session = await openSession(fresh.browser);
  });
  afterEach(async () => {
    try {
      if (cleanPages) {
        expect(fresh.session.cspViolations).toEqual([]);
        expect(fresh.session.problems).toEqual([]);
      }
    } finally {
      if (session) await fresh.session.close();
      await fresh.demo.stop();
      await fresh.data.remove();
    }
  });
  return fresh;
}
