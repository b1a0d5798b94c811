/**
 * The static site `npm run build` produces works from a sub-path of any static host: it is built
 * once (see `support/build-storybook.ts`), served at `/gics-kit/` by a server that answers 404
 * everywhere else, and opened in Chromium. Every page must load without a failed request, a
 * request to another host, or a script error; the guides' live examples must pass axe.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright';
import { buildStorybook, type StaticBuild } from './support/build-storybook.js';
import { launchChromium } from './support/chromium.js';
import { serveStatic, type StaticSite } from '../../../tooling/static-server.js';

const SUB_PATH = '/gics-kit/';

/** The axe-core the a11y addon runs in the story tests, so both use the same rules. */
const axeScript = createRequire(
  createRequire(import.meta.url).resolve('@storybook/addon-a11y/package.json'),
).resolve('axe-core/axe.min.js');

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'docs' | 'story';
  importPath: string;
  tags?: string[];
}

let build: StaticBuild;
let site: StaticSite;
let browser: Browser;
/** One context for every visit, so its cache spares re-reading the same bundles each time. */
let context: BrowserContext;
let entries: IndexEntry[];

beforeAll(async () => {
  build = await buildStorybook();
  // Says which site is under test: a stale `storybook-static/` is never used silently.
  console.info(`Static build under test (${build.origin}): ${build.dir}`);
  const index = JSON.parse(await readFile(path.join(build.dir, 'index.json'), 'utf8')) as {
    entries: Record<string, IndexEntry>;
  };
  entries = Object.values(index.entries);
  // Files may be reused from the cache between visits, as from a real host.
  site = await serveStatic({ folders: { [SUB_PATH]: build.dir }, maxAge: 600 });
  browser = await launchChromium();
  context = await browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
  await build?.remove();
});

interface Visit {
  page: Page;
  /** Failed requests, HTTP errors, requests to other hosts and uncaught errors, as sentences. */
  problems: string[];
  close(): Promise<void>;
}

async function visit(relativeUrl: string): Promise<Visit> {
  const page = await context.newPage();
  const problems: string[] = [];
  const { origin } = site;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) {
      problems.push(`request to another host: ${url}`);
    }
  });
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  await page.goto(new URL(relativeUrl, site.origin + SUB_PATH).href);
  return { page, problems, close: () => page.close() };
}

/** Runs axe on the given parts of the page and lists the rules they break. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: axeScript });
  return page.evaluate(async (include) => {
    const { axe } = window as unknown as {
      axe: {
        run(
          context: unknown,
          options: unknown,
        ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }>;
      };
    };
    // On a story page the a11y addon runs axe too, and axe allows one run at a time.
    const run = async (attempt = 0): ReturnType<typeof axe.run> => {
      try {
        return await axe.run({ include: [[include]] }, { resultTypes: ['violations'] });
      } catch (error) {
        if (attempt > 40 || !String(error).includes('already running')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
        return run(attempt + 1);
      }
    };
    const results = await run();
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
    );
  }, selector);
}

describe('the static docs, served from a sub-path', () => {
  it('opens on the Introduction, with its live agenda and signup', async () => {
    const { page, problems, close } = await visit('./');
    const preview = page.frameLocator('#storybook-preview-iframe');
    await expect
      .poll(() => preview.getByRole('heading', { level: 1 }).first().textContent(), {
        timeout: 30_000,
      })
      .toBe('GICS Kit');
    await preview.locator('gics-newsletter-signup input[type="email"]').first().waitFor();
    await expect
      .poll(() => preview.locator('gics-agenda [part="count"]').textContent(), { timeout: 20_000 })
      .toBe('12\u00a0ateliers');
    expect(page.url()).toContain(`${SUB_PATH}?path=/docs/introduction`);
    await expect.poll(() => page.getByText('Getting started').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await close();
  }, 120_000);

  it('renders every guide, and its live examples pass axe', async () => {
    const guides = entries.filter(
      (entry) => entry.type === 'docs' && entry.importPath.startsWith('./docs/'),
    );
    expect(guides.map((guide) => guide.title).sort()).toEqual([
      'Guides/Accessibility statement',
      'Guides/Community data',
      'Guides/Embedding in your theme',
      'Guides/Fast, indexable, live',
      'Guides/Getting started',
      'Guides/Newsletter providers',
      'Guides/Privacy and consent',
      'Guides/Running a community of practice',
      'Guides/Summit data',
      'Guides/Theming',
      'Introduction',
    ]);
    for (const guide of guides) {
      const { page, problems, close } = await visit(`iframe.html?id=${guide.id}&viewMode=docs`);
      await page.locator('.sbdocs-content h1').first().waitFor({ timeout: 20_000 });
      // Live widgets have rendered their shadow roots before axe looks at them.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.docs-live *')]
          .filter((element) => element.localName.startsWith('gics-'))
          .every((element) => element.shadowRoot?.childElementCount),
      );
      const violations = (await page.locator('.docs-live').count())
        ? await axeViolations(page, '.docs-live')
        : [];
      expect({ guide: guide.title, problems, violations }).toEqual({
        guide: guide.title,
        problems: [],
        violations: [],
      });
      await close();
    }
  }, 240_000);

  it('shows the Introduction’s live widgets in the toolbar’s language', async () => {
    const { page, problems, close } = await visit(
      'iframe.html?id=introduction--documentation&viewMode=docs&globals=language:en',
    );
    await expect
      .poll(() => page.locator('gics-agenda [part="count"]').textContent(), { timeout: 20_000 })
      .toBe('12 workshops');
    await expect
      .poll(() => page.locator('gics-newsletter-signup label[for="email"]').textContent())
      .toBe('Email address');
    expect(problems).toEqual([]);
    await close();
  }, 120_000);

  it('loads a feed from the site’s own static files, under the sub-path', async () => {
    const { page, problems, close } = await visit(
      'iframe.html?id=widgets-agenda--pretalx-feed&viewMode=story',
    );
    await expect
      .poll(() => page.locator('gics-agenda').getByText('Bylaws for data trusts').count(), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await close();
  }, 120_000);

  it('renders a story on its own page, in the toolbar’s default language', async () => {
    const { page, problems, close } = await visit(
      'iframe.html?id=widgets-newsletter-signup--default&viewMode=story',
    );
    const email = page.locator('gics-newsletter-signup input[type="email"]');
    await email.waitFor({ state: 'visible', timeout: 20_000 });
    await expect
      .poll(() => page.locator('gics-newsletter-signup label[for="email"]').textContent())
      .toBe('Adresse courriel');
    expect(problems).toEqual([]);
    await close();
  }, 120_000);

  it('applies the toolbar’s language, colour scheme and brand theme from the address', async () => {
    const { page, problems, close } = await visit(
      'iframe.html?id=widgets-newsletter-signup--default&viewMode=story' +
        '&globals=language:en;colorScheme:dark;brand:high-contrast',
    );
    const signup = page.locator('gics-newsletter-signup');
    await expect
      .poll(() => signup.locator('label[for="email"]').textContent())
      .toBe('Email address');
    expect(await signup.getAttribute('color-scheme')).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(0, 0, 0)',
    );
    expect(await axeViolations(page, '#storybook-root')).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  }, 120_000);
});
