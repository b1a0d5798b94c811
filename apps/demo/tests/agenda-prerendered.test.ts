/**
 * The agenda pages as the server sends them: pre-rendered. With JavaScript off the whole
 * programme is on the page; with it, `gics.js` fetches the hydration support first and the
 * agenda takes over the cards the server wrote (the same nodes, in the same place), under the
 * site's strict policy, and its filters work. Pages without a pre-rendered element never fetch
 * the hydration support.
 */
import { describe, expect, it } from 'vitest';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import { openSession, type Session } from './support/browser.js';
import { useFreshDemo } from './support/fresh-demo.js';
import { takeOver } from './support/hydration.js';

const fresh = useFreshDemo({ session: false });

/**
 * A session of a visitor in the summit's zone: one elsewhere is offered "Your time" in the
 * toolbar once the agenda runs (the server cannot know the visitor's zone), a line more above
 * the cards.
 */
async function visitor(): Promise<Session> {
  return openSession(fresh.browser, { timezoneId: montreal2023.timeZone });
}

/** Runs `test` in a fresh session, then expects no CSP violation and no problem in it. */
async function cleanly(test: (session: Session) => Promise<void>): Promise<void> {
  const session = await visitor();
  try {
    await test(session);
    expect(session.cspViolations).toEqual([]);
    expect(session.problems).toEqual([]);
  } finally {
    await session.close();
  }
}

function titles(lang: 'fr' | 'en'): string[] {
  return montreal2023.workshops.map(
    (workshop) => (workshop.title as Record<string, string>)[lang]!,
  );
}

/** Whether `pathname` was asked for by the page. */
function requested(paths: string[], pathname: string): boolean {
  return paths.includes(pathname);
}

describe('the pre-rendered agenda pages', () => {
  it('show every workshop and the JSON-LD with JavaScript off', async () => {
    const context = await fresh.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${fresh.demo.origin}/fr/agenda/`);
      for (const title of titles('fr')) {
        await expect(
          page.getByText(title).filter({ visible: true }).first().isVisible(),
        ).resolves.toBe(true);
      }
      const jsonLd = await page
        .locator('gics-agenda > script[type="application/ld+json"]')
        .textContent();
      expect(JSON.parse(jsonLd!)).toMatchObject({ '@type': 'Event' });
    } finally {
      await context.close();
    }
  });

  it('say which features need JavaScript, none of which shows with it off', async () => {
    const context = await fresh.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const needs = { fr: 'Avec JavaScript', en: 'With JavaScript' };
      const features =
        /filtr|filter|étoile|star|télécharg|download|détails|details|préférés|favourites/i;
      for (const lang of ['fr', 'en'] as const) {
        await page.goto(`${fresh.demo.origin}/${lang}/agenda/`);
        const lead = (await page.locator('main .lead').textContent())!.replace(/\s+/g, ' ');
        // What every visitor gets comes first; the features come after the words saying they
        // need JavaScript.
        const split = lead.indexOf(needs[lang]);
        expect(split, lead).toBeGreaterThan(0);
        expect(lead.slice(0, split)).not.toMatch(features);
        expect(lead.slice(split)).toMatch(features);
        // And with it off, none of them is offered: no filter, search, star or download.
        await expect(page.getByRole('combobox').count()).resolves.toBe(0);
        await expect(page.getByRole('searchbox').count()).resolves.toBe(0);
        await expect(
          page.getByRole('button', { name: /ajouter à mon programme|save to my agenda/i }).count(),
        ).resolves.toBe(0);
        await expect(
          page.getByRole('button', { name: /télécharger|download/i }).count(),
        ).resolves.toBe(0);
      }
    } finally {
      await context.close();
    }
  });

  it('hydrate the cards the server wrote, then filter, under the strict policy', () =>
    cleanly(async ({ page }) => {
      const paths: string[] = [];
      page.on('request', (request) => paths.push(new URL(request.url()).pathname));
      const taken = await takeOver(page, `${fresh.demo.origin}/en/agenda/`, 'gics-agenda');
      expect(taken.definedBefore).toBe(false);
      const count = page.getByRole('status').filter({ hasText: 'workshops' });
      await count.waitFor();
      expect(taken.same).toBe(true);
      expect(taken.after).toEqual(taken.before);
      expect(requested(paths, '/vendor/gics/hydrate-support.js')).toBe(true);

      await page
        .getByRole('group', { name: 'Themes' })
        .getByRole('button', { name: /Circular economy$/ })
        .click();
      await count.filter({ hasText: '4 of 12 workshops' }).waitFor();
    }));

  it('leave the hydration support to pages that need it', () =>
    cleanly(async ({ page }) => {
      const paths: string[] = [];
      page.on('request', (request) => paths.push(new URL(request.url()).pathname));
      await page.goto(`${fresh.demo.origin}/en/members/`);
      await page.waitForFunction(() => customElements.get('gics-members') !== undefined);
      expect(requested(paths, '/vendor/gics/gics.js')).toBe(true);
      expect(requested(paths, '/vendor/gics/hydrate-support.js')).toBe(false);
    }));
});
