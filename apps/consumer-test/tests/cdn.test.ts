/**
 * The CDN build as published: plain HTML pages that load only files from the packed tarball's
 * `dist/cdn/` (no bundler, no node_modules), opened in Chromium.
 *
 * `gics.js` is the autoloader: it fetches the module of each element on the page, and only
 * those. The duplicate-load cases publish the same folder twice, under `/plugin/` and `/theme/`,
 * the way a site ends up with one copy from a plugin and another from its theme: two separate
 * module graphs. A second autoloader stands down; an element module of the second copy skips
 * each tag the first defined, says so once per tag, and throws nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import { launchChromium, openWatchedPage, type WatchedPage } from '../src/chromium.js';
import { serveStatic, type StaticSite } from '../../../tooling/static-server.js';

const firstWorkshopTitle = montreal2023.workshops[0]!.title.en;
/** A pretalx widget feed written for the core's importer tests (read here, not shipped). */
const pretalxFeed = readFileSync(
  fileURLToPath(
    new URL('../../../packages/core/src/importers/fixtures/pretalx-widget.json', import.meta.url),
  ),
  'utf8',
);
const pretalxTitle = (JSON.parse(pretalxFeed) as { talks: Array<{ title: string }> }).talks[0]!
  .title;

/** A page with an agenda and a signup form, loading the given scripts in order. */
function page(scripts: string[], body = ''): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>GICS Kit from the CDN build</title>
    <link rel="icon" href="data:," />
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </head>
  <body>
    <main>
      <!-- A test types faster than any person: no anti-bot delay here (its own widget tests
           cover it), or a quick submit would be answered with a pretend success. -->
      <gics-newsletter-signup
        action="/subscribe"
        min-submit-time="0"
        sender-name="Coopérative Exemple"
        sender-contact="1 rue de l'Exemple, Montréal · info@example.org"
        privacy-url="/privacy"
      ></gics-newsletter-signup>
      <gics-agenda src="/summit.json"></gics-agenda>
    </main>
    ${body}
  </body>
</html>`;
}

/** The "already defined" warnings, by tag. */
function duplicateWarnings(warnings: string[]): Record<string, number> {
  const byTag: Record<string, number> = {};
  for (const warning of warnings) {
    const tag = /<(gics-[a-z-]+)> is already defined/.exec(warning)?.[1];
    if (tag) byTag[tag] = (byTag[tag] ?? 0) + 1;
  }
  return byTag;
}

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  const cdn = path.join(inject('consumer').widgetsPackage, 'dist', 'cdn');
  site = await serveStatic({
    folders: { '/cdn/': cdn, '/plugin/': cdn, '/theme/': cdn },
    files: {
      '/summit.json': JSON.stringify(montreal2023),
      '/one-copy.html': page(['/cdn/gics.js']),
      '/two-full-copies.html': page(['/plugin/gics.js', '/theme/gics.js']),
      '/agenda-then-full.html': page(['/plugin/agenda.js', '/theme/gics.js']),
      '/two-element-copies.html': page([
        '/plugin/agenda.js',
        '/theme/agenda.js',
        '/theme/newsletter-signup.js',
      ]),
      '/added-later.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8" />
        <title>Un badge ajouté plus tard</title><link rel="icon" href="data:," />
        <script type="module" src="/cdn/gics.js"></script></head>
        <body><main><p>Rien ici pour l’instant.</p></main></body></html>`,
      '/pretalx.json': pretalxFeed,
      '/pretalx.html': `<!doctype html><html lang="en"><head><meta charset="utf-8" />
        <title>A pretalx feed</title><link rel="icon" href="data:," />
        <script type="module" src="/cdn/agenda.js"></script></head>
        <body><main><gics-agenda src="/pretalx.json"></gics-agenda></main></body></html>`,
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens `pathname` and waits until the agenda and the signup form are on screen. */
async function visit(pathname: string): Promise<WatchedPage> {
  const watched = await openWatchedPage(browser);
  await watched.page.goto(site.origin + pathname);
  await watched.page.getByText(firstWorkshopTitle, { exact: true }).first().waitFor();
  await watched.page.getByRole('textbox', { name: 'Email address' }).waitFor();
  return watched;
}

describe('dist/cdn/gics.js from the tarball', () => {
  it('loads the modules of the elements on the page, and renders them with no build step', async () => {
    const { page, errors, problems, warnings } = await visit('/one-copy.html');
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
    expect(warnings.filter((warning) => warning.includes('[gics]'))).toEqual([]);
    // Only the CDN folder and the agenda data were fetched: nothing from node_modules.
    expect(site.requests.filter((p) => !p.startsWith('/cdn/') && !p.endsWith('.html'))).toEqual([
      '/summit.json',
    ]);
    const fetched = site.requests.filter((p) => p.startsWith('/cdn/'));
    expect(fetched).toEqual(
      expect.arrayContaining(['/cdn/gics.js', '/cdn/agenda.js', '/cdn/newsletter-signup.js']),
    );
    // Not the modules of elements the page does not use, nor what a GICS summit does not need
    // (importers, calendar export, dialog, providers); Lit once, in its shared chunk.
    expect(fetched).not.toContain('/cdn/theme-badge.js');
    expect(fetched).not.toContain('/cdn/workshop-card.js');
    expect(
      fetched.filter((p) => /^\/cdn\/chunks\/[a-z-]+-(importers|calendar|detail|json)-/.test(p)),
    ).toEqual([]);
    expect(fetched.filter((p) => /^\/cdn\/chunks\/lit-[\w-]+\.js$/.test(p))).toHaveLength(1);
    await page.close();
  });

  it('loads an element added to the page later, once, and defines nothing it was not given', async () => {
    const watched = await openWatchedPage(browser);
    const { page } = watched;
    const before = site.requests.length;
    await page.goto(`${site.origin}/added-later.html`);
    // The autoloader has run (it claims the page) and found nothing to load.
    await page.waitForFunction(() => Symbol.for('gics-kit.autoloader') in globalThis);
    const fetched = () => site.requests.slice(before).filter((p) => p.startsWith('/cdn/'));
    expect(fetched()).toEqual(['/cdn/gics.js']);
    expect(await page.evaluate(() => customElements.get('gics-theme-badge'))).toBeUndefined();
    await page.evaluate(() => {
      const badge = document.createElement('gics-theme-badge');
      badge.setAttribute('name', 'Économie circulaire');
      document.querySelector('main')!.append(badge);
      document.querySelector('main')!.append(document.createElement('gics-theme-badge'));
    });
    await page.getByText('Économie circulaire').waitFor();
    expect(fetched().filter((p) => p === '/cdn/theme-badge.js')).toHaveLength(1);
    expect(await page.evaluate(() => customElements.get('gics-agenda'))).toBeUndefined();
    expect(watched.errors).toEqual([]);
    expect(watched.problems).toEqual([]);
    await page.close();
  });

  it('loads the pretalx importer from next to agenda.js only when the feed needs it', async () => {
    const watched = await openWatchedPage(browser);
    const before = site.requests.length;
    await watched.page.goto(`${site.origin}/pretalx.html`);
    await watched.page.getByText(pretalxTitle, { exact: true }).first().waitFor();
    expect(watched.errors).toEqual([]);
    expect(watched.problems).toEqual([]);
    const fetched = site.requests.slice(before);
    expect(
      fetched.some((p) => /^\/cdn\/chunks\/agenda(?:-worker)?-schedules-[\w-]+\.js$/.test(p)),
    ).toBe(true);
    await watched.page.close();
  });

  it('says the agenda could not be reached when the module that reads its feed cannot be fetched, and Try again recovers', async () => {
    const watched = await openWatchedPage(browser);
    const { page } = watched;
    let blocked = true;
    await page.route('**/cdn/chunks/agenda-feed-read-*.js', (route) =>
      blocked ? route.abort('connectionfailed') : route.continue(),
    );
    await page.goto(`${site.origin}/pretalx.html`);
    await page
      .getByText('We could not reach the agenda’s server. Check your connection, then try again.')
      .waitFor();
    blocked = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText(pretalxTitle, { exact: true }).first().waitFor();
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('says the calendar file could not be prepared when its module cannot be fetched, and recovers', async () => {
    const { page, errors } = await visit('/one-copy.html');
    let blocked = true;
    await page.route('**/cdn/chunks/agenda-download-*.js', (route) =>
      blocked ? route.abort('connectionfailed') : route.continue(),
    );
    await page.getByRole('button', { name: firstWorkshopTitle, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: firstWorkshopTitle });
    await dialog.getByRole('button', { name: 'Download (.ics)' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'The calendar file could not be prepared. Check your connection, then try again.',
    );
    // Said where it was asked for, not again behind the dialog; gone with the dialog.
    expect(await page.locator('gics-agenda .base > [role="alert"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: firstWorkshopTitle, exact: true }).click();
    await dialog.getByRole('button', { name: 'Download (.ics)' }).waitFor();
    expect(await dialog.getByRole('alert').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Download (.ics)' }).click();
    await alert.waitFor();
    blocked = false;
    const downloaded = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download (.ics)' }).click();
    expect((await downloaded).suggestedFilename()).toMatch(/\.ics$/);
    await alert.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says the network failed when the provider module cannot be fetched, and recovers', async () => {
    const { page } = await visit('/one-copy.html');
    let blocked = true;
    await page.route('**/cdn/chunks/newsletter-signup-json-*.js', (route) =>
      blocked ? route.abort('connectionfailed') : route.continue(),
    );
    await page.getByRole('textbox', { name: 'Email address' }).fill('ada@example.org');
    await page
      .getByRole('checkbox', { name: 'Yes, I agree to receive the newsletter by email.' })
      .check();
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.getByText('We could not reach the newsletter service.').waitFor();
    // The address the visitor typed is still there, and the form can be sent again.
    expect(await page.getByRole('textbox', { name: 'Email address' }).inputValue()).toBe(
      'ada@example.org',
    );
    blocked = false;
    const posted = page.waitForRequest((request) => request.url().endsWith('/subscribe'));
    await page.getByRole('button', { name: 'Try again' }).click();
    expect((await posted).method()).toBe('POST');
    await page.close();
  });
});

describe('two copies of GICS Kit on one page', () => {
  it('a second autoloader stands down with one warning, and each element loads once', async () => {
    const { page, errors, problems, warnings } = await visit('/two-full-copies.html');
    expect(site.requests).toEqual(expect.arrayContaining(['/plugin/gics.js', '/theme/gics.js']));
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
    expect(
      warnings.filter((warning) => warning.includes('autoloader is already on this page')),
    ).toHaveLength(1);
    expect(duplicateWarnings(warnings)).toEqual({});
    expect(site.requests.filter((p) => p.startsWith('/theme/') && p !== '/theme/gics.js')).toEqual(
      [],
    );
    await page.close();
  });

  it('agenda.js from one copy, then gics.js from another: the agenda is left to the first', async () => {
    const { page, errors, problems, warnings } = await visit('/agenda-then-full.html');
    expect(site.requests).toEqual(expect.arrayContaining(['/plugin/agenda.js', '/theme/gics.js']));
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
    expect(duplicateWarnings(warnings)).toEqual({});
    expect(site.requests).not.toContain('/theme/agenda.js');
    // The signup form, loaded by the second copy's autoloader, works.
    await page.getByRole('textbox', { name: 'Email address' }).fill('ada@example.org');
    expect(await page.getByRole('textbox', { name: 'Email address' }).inputValue()).toBe(
      'ada@example.org',
    );
    await page.close();
  });

  it('the same element module from two copies: the second skips its tag with one warning', async () => {
    const { page, errors, problems, warnings } = await visit('/two-element-copies.html');
    expect(site.requests).toEqual(
      expect.arrayContaining(['/plugin/agenda.js', '/theme/agenda.js']),
    );
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
    expect(duplicateWarnings(warnings)).toEqual({ 'gics-agenda': 1 });
    await page.getByRole('textbox', { name: 'Email address' }).fill('ada@example.org');
    expect(await page.getByRole('textbox', { name: 'Email address' }).inputValue()).toBe(
      'ada@example.org',
    );
    await page.close();
  });
});
