/**
 * The practices pages as the server sends them: the library pre-rendered. With JavaScript off,
 * every approved practice is on the page with its structured data, and the page says how to
 * share a practice without the form; with it, the library takes over the cards the server wrote
 * (the same nodes, in the same place), under the site's strict policy, and its search works.
 */
import { describe, expect, it } from 'vitest';
import { gicsCommunity } from '@gics/core/samples/community';
import { localize } from '@gics/core/summit';
import { openSession } from './support/browser.js';
import { takeOver } from './support/hydration.js';
import { useFreshDemo } from './support/fresh-demo.js';

const fresh = useFreshDemo({ session: false });

const PAGES = {
  fr: { path: '/fr/pratiques/', noScript: 'Le formulaire demande JavaScript.' },
  en: { path: '/en/practices/', noScript: 'The form needs JavaScript.' },
} as const;

describe('the pre-rendered practices pages', () => {
  it('show every practice, their JSON-LD and another way to share one with JavaScript off', async () => {
    const context = await fresh.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      for (const lang of ['fr', 'en'] as const) {
        await page.goto(`${fresh.demo.origin}${PAGES[lang].path}`);
        const library = page.locator('gics-practices');
        for (const practice of gicsCommunity.practices) {
          const title = localize(practice.title, lang);
          await expect(
            library.getByText(title, { exact: true }).first().isVisible(),
            title,
          ).resolves.toBe(true);
        }
        const jsonLd = await page
          .locator('gics-practices > script[type="application/ld+json"]')
          .textContent();
        expect(JSON.parse(jsonLd!)).toMatchObject({ '@type': 'ItemList' });
        // The form has nothing to show without its script: the page offers the email instead.
        // (Playwright's text and role locators skip what is inside <noscript>: CSS finds it.)
        const note = page.locator('section.share noscript p');
        await expect(note.isVisible()).resolves.toBe(true);
        expect((await note.textContent())!.replace(/\s+/g, ' ')).toContain(PAGES[lang].noScript);
        await expect(note.locator('a').getAttribute('href')).resolves.toBe(
          'mailto:bonjour@coop.example',
        );
        await expect(page.getByRole('searchbox').count()).resolves.toBe(0);
      }
    } finally {
      await context.close();
    }
  });

  it('hydrate the cards the server wrote, then search, under the strict policy', async () => {
    const session = await openSession(fresh.browser);
    try {
      const { page } = session;
      const taken = await takeOver(page, `${fresh.demo.origin}/en/practices/`, 'gics-practices');
      expect(taken.definedBefore).toBe(false);
      expect(taken.same).toBe(true);
      expect(taken.after).toEqual(taken.before);

      const library = page.locator('gics-practices');
      const title = localize(gicsCommunity.practices[0]!.title, 'en');
      await library.getByRole('searchbox', { name: 'Search' }).fill(title);
      await library
        .locator('[part="count"]')
        .filter({ hasText: /^\d+ of \d+ practices$/ })
        .waitFor();
      await library.getByRole('link', { name: title }).waitFor();
      expect(session.cspViolations).toEqual([]);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
