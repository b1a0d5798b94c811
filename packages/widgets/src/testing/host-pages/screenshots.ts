/**
 * Screenshots of the agenda and the signup form in the host pages of `profiles.ts`, for the
 * "Embedding in your theme" guide and for a person to look at after a change to the styles.
 *
 *   npx tsup && npx tsx src/testing/host-pages/screenshots.ts [output folder]
 *
 * It serves the CDN build (`dist/cdn/gics.js`), as a site would load it, and writes
 * `<element>-<profile>-<width>-<lang>-<scheme>.png` (the folder defaults to a temporary one).
 * With `--docs`, it writes only the guide's set into `apps/docs/static/embedding/`.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import { chromiumLaunchOptions } from '../../../../../tooling/chromium-launch.js';
import { serveStatic } from '../../../../../tooling/static-server.js';
import { HOST_PROFILES, type HostProfileName } from './profiles.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const widgets = path.resolve(here, '../../..');
const docsOnly = process.argv.includes('--docs');
const folder = docsOnly
  ? path.resolve(widgets, '../../apps/docs/static/embedding')
  : (process.argv.slice(2).find((arg) => !arg.startsWith('--')) ??
    mkdtempSync(path.join(tmpdir(), 'gics-host-pages-')));
mkdirSync(folder, { recursive: true });

/** During the summit, so the cards show "happening now". */
const DURING = '2023-05-17T10:45:00-04:00';

const ELEMENTS = {
  agenda: `<gics-agenda src="/summit.json" now="${DURING}"></gics-agenda>`,
  grid: `<gics-agenda src="/summit.json" now="${DURING}" view="grid"></gics-agenda>`,
  signup: `<gics-newsletter-signup action="/subscribe" name-field="optional"
    sender-name="Coopérative Exemple"
    sender-contact="123, rue de la Coopération, Montréal (Québec) H2X 1Y4"></gics-newsletter-signup>`,
};

function hostPage(css: string, lang: string, markup: string): string {
  const title = lang === 'fr' ? 'Notre coopérative' : 'Our co-op';
  const intro =
    lang === 'fr'
      ? 'Le texte de la page suit le thème du site.'
      : 'The page text follows the site theme.';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width"><title>${title}</title>
    <style>${css} .site-header { padding: 0 1rem; }</style>
    <script type="module" src="/cdn/gics.js"></script></head>
    <body><header class="site-header"><p>${title}</p></header>
    <main><p>${intro}</p>${markup}</main></body></html>`;
}

type Shot = {
  element: keyof typeof ELEMENTS;
  profile: HostProfileName;
  width: number;
  lang: 'fr' | 'en';
  scheme: 'light' | 'dark';
};

function allShots(): Shot[] {
  const shots: Shot[] = [];
  for (const element of ['agenda', 'grid', 'signup'] as const) {
    if (docsOnly && element === 'grid') continue;
    for (const profile of HOST_PROFILES.map((candidate) => candidate.name)) {
      if (!docsOnly && profile !== 'plain' && profile !== 'root-62.5%') continue;
      for (const width of [1280, 320]) {
        for (const lang of ['fr', 'en'] as const) {
          for (const scheme of ['light', 'dark'] as const) {
            const inDocs =
              lang === 'en' && scheme === 'light' && (width === 1280 || profile === 'root-62.5%');
            if (docsOnly && !inDocs) continue;
            shots.push({ element, profile, width, lang, scheme });
          }
        }
      }
    }
  }
  return shots;
}

const files: Record<string, string> = {
  '/summit.json': JSON.stringify(montreal2023),
};
for (const profile of HOST_PROFILES) {
  for (const lang of ['fr', 'en']) {
    for (const [element, markup] of Object.entries(ELEMENTS)) {
      files[`/${element}-${profile.name}-${lang}.html`] = hostPage(profile.css, lang, markup);
    }
  }
}
const site = await serveStatic({ folders: { '/cdn/': path.join(widgets, 'dist/cdn') }, files });
const { headless, ...launchOptions } = chromiumLaunchOptions();
const browser = await chromium.launch({ headless, ...launchOptions });
try {
  for (const shot of allShots()) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.width === 320 ? 720 : 800 },
      colorScheme: shot.scheme,
    });
    await page.goto(`${site.origin}/${shot.element}-${shot.profile}-${shot.lang}.html`);
    if (shot.element === 'signup') {
      await page.locator('gics-newsletter-signup button').first().waitFor();
    } else {
      await page.locator('gics-agenda .card').first().waitFor();
    }
    // The grid's interesting part is below the filters (on a phone, the grid is a list).
    if (shot.element === 'grid' && shot.width > 320) {
      await page.locator('gics-agenda .grid-scroll').scrollIntoViewIfNeeded();
    }
    // Under a fixed header, the interesting part is a day heading stuck below it.
    if (shot.profile === 'fixed-header' && shot.element === 'agenda') {
      await page.evaluate(() => window.scrollTo(0, 900));
    }
    const name = `${shot.element}-${shot.profile.replace('%', '')}-${shot.width}-${shot.lang}-${shot.scheme}.png`;
    // The guide's images stay small: the signup form and the top of the agenda only.
    const clip = docsOnly
      ? {
          x: 0,
          y: 0,
          width: shot.element === 'signup' ? Math.min(shot.width, 680) : shot.width,
          height: 600,
        }
      : undefined;
    await page.screenshot({ path: path.join(folder, name), ...(clip ? { clip } : {}) });
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(folder);
