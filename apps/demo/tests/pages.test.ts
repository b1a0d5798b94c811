/**
 * Every page of the site, in both languages and both colour schemes, under the server's real
 * Content-Security-Policy: it loads the widgets, shows them working, and nothing is blocked,
 * logged as an error, missing, or failing axe's WCAG 2.2 AA rules.
 *
 * These visits only read, so one server (with its own empty data directory) serves the file.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { launchChromium, openSession } from './support/browser.js';
import { startDemo, temporaryDataDir, type RunningDemo } from './support/demo.js';
import { TEXT, type Lang } from './support/site.js';

interface PageCase {
  path: string;
  lang: Lang;
  heading: string;
  /** The same page in the other language, linked from the language switcher. */
  counterpart: string;
  agenda?: boolean;
}

const PAGES: PageCase[] = [
  { path: '/fr/', lang: 'fr', heading: 'Coopérative Exemple', counterpart: '/en/' },
  { path: '/en/', lang: 'en', heading: 'Coopérative Exemple', counterpart: '/fr/' },
  {
    path: '/fr/agenda/',
    lang: 'fr',
    heading: 'Agenda du Sommet de Montréal 2023',
    counterpart: '/en/agenda/',
    agenda: true,
  },
  {
    path: '/en/agenda/',
    lang: 'en',
    heading: 'Montréal 2023 summit agenda',
    counterpart: '/fr/agenda/',
    agenda: true,
  },
  { path: '/fr/pratiques/', lang: 'fr', heading: 'Pratiques', counterpart: '/en/practices/' },
  { path: '/en/practices/', lang: 'en', heading: 'Practices', counterpart: '/fr/pratiques/' },
  {
    path: '/fr/membres/',
    lang: 'fr',
    heading: 'Membres de la communauté',
    counterpart: '/en/members/',
  },
  { path: '/en/members/', lang: 'en', heading: 'Community members', counterpart: '/fr/membres/' },
  {
    path: '/fr/confidentialite/',
    lang: 'fr',
    heading: 'Confidentialité',
    counterpart: '/en/privacy/',
  },
  { path: '/en/privacy/', lang: 'en', heading: 'Privacy', counterpart: '/fr/confidentialite/' },
];

const SWITCH_TO = { fr: 'English', en: 'Français' } as const;

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/**
 * axe's WCAG 2.x A and AA rules on the page as it is. axe is evaluated through Playwright (the
 * DevTools protocol), which the page's CSP does not govern, so the policy stays as strict as
 * for visitors.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: unknown): Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    });
    return result.violations;
  });
  return (violations as AxeViolation[]).map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`,
  );
}

let demo: RunningDemo;
let data: Awaited<ReturnType<typeof temporaryDataDir>>;
let browser: Browser;

beforeAll(async () => {
  data = await temporaryDataDir();
  [demo, browser] = await Promise.all([startDemo({ dataDir: data.dir }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
  await data?.remove();
});

describe.each(PAGES)('$path', (page) => {
  it('works under the CSP, light and dark, with no violation, error or axe finding', async () => {
    const session = await openSession(browser, { colorScheme: 'light' });
    try {
      const { page: tab } = session;
      const text = TEXT[page.lang];
      const response = await tab.goto(demo.origin + page.path);
      expect(response?.status()).toBe(200);
      const csp = response?.headers()['content-security-policy'] ?? '';
      for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'"]) {
        expect(csp.split(/\s*;\s*/)).toContain(directive);
      }

      expect(await tab.locator('html').getAttribute('lang')).toBe(page.lang);
      await tab.getByRole('heading', { level: 1, name: page.heading }).waitFor();
      for (const landmark of ['banner', 'main', 'contentinfo'] as const) {
        expect(await tab.getByRole(landmark).count(), landmark).toBe(1);
      }
      const switcher = tab.getByRole('link', { name: SWITCH_TO[page.lang] });
      expect(await switcher.getAttribute('href')).toBe(page.counterpart);

      // The footer's signup form, its topics read from /summit.json. (The practices page has an
      // email field and theme boxes of its own.)
      const footer = tab.getByRole('contentinfo');
      await footer.getByRole('textbox', { name: text.email }).waitFor();
      await footer.getByRole('checkbox', { name: text.circular }).waitFor();
      if (page.agenda) {
        await tab.getByRole('status').filter({ hasText: text.allWorkshops }).waitFor();
      }
      // A practices library is checked once its cards are there.
      for (const library of await tab.locator('gics-practices').all()) {
        await library.locator('[part="card"]').first().waitFor();
      }

      expect(await axeViolations(tab), 'light').toEqual([]);
      await tab.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(tab), 'dark').toEqual([]);

      expect(session.cspViolations).toEqual([]);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('navigation', () => {
  it('sends / to the visitor’s language', async () => {
    for (const [locale, expected] of [
      ['en-CA', '/en/'],
      ['fr-CA', '/fr/'],
    ] as const) {
      const session = await openSession(browser, { locale });
      await session.page.goto(`${demo.origin}/`);
      expect(new URL(session.page.url()).pathname).toBe(expected);
      await session.close();
    }
  });

  it('switches language to the same page, and skips to the content from the keyboard', async () => {
    const session = await openSession(browser);
    const { page } = session;
    await page.goto(`${demo.origin}/fr/agenda/`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Montréal 2023 summit agenda' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/en/agenda/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.getByRole('main').evaluate((main) => main === document.activeElement)).toBe(
      true,
    );
    expect(session.cspViolations).toEqual([]);
    await session.close();
  });

  it('leads from the home page’s community of practice to its practices and its members', async () => {
    for (const [home, practices, members] of [
      ['/fr/', '/fr/pratiques/', '/fr/membres/'],
      ['/en/', '/en/practices/', '/en/members/'],
    ] as const) {
      const session = await openSession(browser);
      await session.page.goto(`${demo.origin}${home}`);
      const links = await session.page
        .getByRole('main')
        .getByRole('link')
        .evaluateAll((found) => found.map((link) => link.getAttribute('href')));
      expect(links, home).toEqual(expect.arrayContaining([practices, members]));
      await session.close();
    }
  });

  it('answers an unknown address with the 404 page, under the same policy', async () => {
    const session = await openSession(browser);
    const response = await session.page.goto(`${demo.origin}/fr/nulle-part`);
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await session.page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
    await session.page.getByRole('link', { name: 'Back to the home page' }).waitFor();
    expect(await axeViolations(session.page)).toEqual([]);
    expect(session.cspViolations).toEqual([]);
    // The document's own 404 is the only failure.
    expect(session.problems).toEqual([
      `HTTP 404: ${demo.origin}/fr/nulle-part`,
      'console error: Failed to load resource: the server responded with a status of 404 (Not Found)',
    ]);
    await session.close();
  });
});
