/**
 * `renderPractices` and `renderMembers` and what a browser makes of their HTML, as for the
 * agenda: every entry readable with JavaScript off; with the script, the element takes over the
 * nodes the server wrote, under `default-src 'self'` with nothing reported, and its search works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { memberIndexOf, parseCommunityUnworded } from '@gics/core/community';
import { gicsCommunity } from '@gics/core/samples/community';
import { membersCss, practicesCss, renderMembers, renderPractices } from './index.js';
import {
  asOtherRelease,
  measureWidthAtOnce,
  page,
  startPageSite,
  watchedPage,
  type PageServer,
} from './testing.js';

/** The two elements, what each shows of the sample community, and a word that finds one. */
const ELEMENTS = [
  {
    tag: 'gics-practices',
    render: renderPractices,
    css: practicesCss,
    entries: () => gicsCommunity.practices.map((practice) => practice.title.en),
    search: 'board',
  },
  {
    tag: 'gics-members',
    render: renderMembers,
    css: membersCss,
    entries: () => {
      const parsed = parseCommunityUnworded(gicsCommunity);
      if (!parsed.ok) throw new Error('The community sample does not read.');
      return memberIndexOf(parsed.community).members.map((member) => member.name);
    },
    search: 'Rosemont',
  },
] as const;

/** Where a card is, and how it is displayed. */
interface CardPlace {
  box: { x: number; y: number; width: number; height: number };
  display: string;
}

/**
 * The first card of the `tag` element on `opened` before and after the element's script takes
 * the server's HTML over, and whether it is the very node the server wrote.
 */
async function takeOver(
  opened: Page,
  tag: string,
): Promise<{ before: CardPlace; after: CardPlace & { same: boolean } }> {
  const before = await opened.evaluate((tag) => {
    const card = document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('[data-id]')!;
    (window as unknown as { serverCard: Element }).serverCard = card;
    const { x, y, width, height } = card.getBoundingClientRect();
    return { box: { x, y, width, height }, display: getComputedStyle(card).display };
  }, tag);
  await opened.addScriptTag({ url: '/client/client.js', type: 'module' });
  const after = await opened.evaluate(async (tag) => {
    await customElements.whenDefined(tag);
    const host = document.querySelector(tag) as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await host.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await host.updateComplete;
    const card = host.shadowRoot!.querySelector<HTMLElement>('[data-id]')!;
    const { x, y, width, height } = card.getBoundingClientRect();
    return {
      same: card === (window as unknown as { serverCard: Element }).serverCard,
      box: { x, y, width, height },
      display: getComputedStyle(card).display,
    };
  }, tag);
  return { before, after };
}

let browser: Browser;
let server: PageServer;
/** Each element's page with its styles in a `<style>` block, which the strict policy refuses. */
const inlineStyled = new Map<string, string>();

beforeAll(async () => {
  ({ browser, server } = await startPageSite());
  for (const element of ELEMENTS) {
    server.set(`/${element.tag}.css`, 'text/css', element.css());
    const html = await element.render(gicsCommunity, {
      lang: 'en',
      stylesheet: `/${element.tag}.css`,
    });
    server.set(`/${element.tag}/`, 'text/html', page('en', `<main>${html}</main>`));
    server.set(
      `/${element.tag}/other-release/`,
      'text/html',
      page('en', `<main>${asOtherRelease(html)}</main>`),
    );
    server.set(
      `/${element.tag}/dark/`,
      'text/html',
      page('en', `<link rel="stylesheet" href="/dark.css"><main>${html}</main>`),
    );
    const dark = await element.render(gicsCommunity, {
      lang: 'en',
      stylesheet: `/${element.tag}.css`,
      colorScheme: 'dark',
    });
    server.set(
      `/${element.tag}/dark-scheme/`,
      'text/html',
      page('en', `<link rel="stylesheet" href="/dark.css"><main>${dark}</main>`),
    );
    server.set(
      `/${element.tag}/declared-dark/`,
      'text/html',
      page('en', `<link rel="stylesheet" href="/declared-dark.css"><main>${html}</main>`),
    );
    const inline = await element.render(gicsCommunity, { lang: 'en' });
    inlineStyled.set(
      element.tag,
      page('en', `<link rel="stylesheet" href="/declared-dark.css"><main>${inline}</main>`),
    );
  }
  server.set('/dark.css', 'text/css', 'html { background: #111; color: #eee; }');
  server.set(
    '/declared-dark.css',
    'text/css',
    'html { color-scheme: dark; background: #111; color: #eee; }',
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(ELEMENTS)('<$tag> rendered on the server', (element) => {
  it('writes every entry, its JSON-LD and its data', async () => {
    const html = await element.render(gicsCommunity, { lang: 'en', src: '/community.json' });
    expect(html).toMatch(new RegExp(`^<${element.tag} [^>]*src="/community.json"`));
    expect(html).toContain('<script type="application/ld+json" data-gics-structured-data>');
    expect(html).toContain('<script type="application/json" data-gics-data>');
    for (const entry of element.entries()) {
      expect(html).toContain(entry);
    }
  });

  it('shows every entry with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const opened = await context.newPage();
      await opened.goto(`${server.origin}/${element.tag}/`);
      for (const entry of element.entries()) {
        await expect(
          opened.getByText(entry).filter({ visible: true }).first().isVisible(),
        ).resolves.toBe(true);
        // Nor is a button that would open an entry's dialog.
        await expect(
          opened.getByRole('button', { name: entry, exact: true }).count(),
        ).resolves.toBe(0);
      }
      // Without a script its search and filters would do nothing: they are not offered.
      await expect(opened.locator(element.tag).getByRole('searchbox').isVisible()).resolves.toBe(
        false,
      );
      // Theme badges show their colour, which a browser would set through the CSSOM.
      const badges = await opened.locator(`${element.tag} .badge`).evaluateAll((nodes) =>
        nodes.map((node) => {
          const hex = node.getAttribute('data-color')!;
          const [red, green, blue] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
          const swatch = node.querySelector('.swatch')!;
          return [getComputedStyle(swatch).backgroundColor, `rgb(${red}, ${green}, ${blue})`];
        }),
      );
      for (const [shown, color] of badges) expect(shown).toBe(color);
      if (element.tag === 'gics-practices') expect(badges.length).toBeGreaterThan(0);
      // No filter is chosen in what the server wrote: no box may read as ticked.
      await expect(opened.locator(`${element.tag} input:checked`).count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });

  it('keeps its text readable on a dark page with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const opened = await context.newPage();
      await opened.goto(`${server.origin}/${element.tag}/dark/`);
      // Undefined, the element cannot tell the page is dark: its light palette keeps its own
      // dark text rather than the page's light one.
      const card = opened.locator(`${element.tag} [data-id]`).first();
      await expect(card.evaluate((node) => getComputedStyle(node).color)).resolves.toBe(
        'rgb(27, 31, 36)',
      );
    } finally {
      await context.close();
    }
  });

  it('rendered with colorScheme dark, shows the dark palette from its first paint and keeps it', async () => {
    const { page: opened, problems } = await watchedPage(browser);
    try {
      await opened.goto(`${server.origin}/${element.tag}/dark-scheme/`);
      const colours = () =>
        opened.evaluate((tag) => {
          const host = document.querySelector(tag)!;
          const card = host.shadowRoot!.querySelector('[data-id]')!;
          return {
            scheme: host.getAttribute('color-scheme'),
            text: getComputedStyle(card).color,
            surface: getComputedStyle(host).getPropertyValue('--_gics-color-surface').trim(),
          };
        }, element.tag);
      // Before its script runs (as with JavaScript off): the dark palette, its own light text.
      const before = await colours();
      expect(before).toEqual({ scheme: 'dark', text: 'rgb(230, 237, 243)', surface: '#161b22' });
      const { after } = await takeOver(opened, element.tag);
      expect(after.same).toBe(true);
      expect(await colours()).toEqual(before);
      expect(problems).toEqual([]);
    } finally {
      await opened.context().close();
    }
  });

  it.each([
    ['its style sheet linked', 'declared-dark/'],
    ['its styles inline', 'declared-dark/inline/'],
  ])(
    'on a page that declares color-scheme: dark, %s, is dark before its script and stays dark',
    async (_, address) => {
      const { page: opened, problems } = await watchedPage(browser);
      try {
        const url = `${server.origin}/${element.tag}/${address}`;
        if (address.endsWith('inline/')) {
          // Answered without the site's policy, which has no 'unsafe-inline' for styles.
          const body = inlineStyled.get(element.tag)!;
          await opened.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
        }
        await opened.goto(url);
        const colours = () =>
          opened.evaluate((tag) => {
            const root = document.querySelector(tag)!.shadowRoot!;
            return {
              surface: getComputedStyle(root.querySelector('.base')!).backgroundColor,
              text: getComputedStyle(root.querySelector('[data-id]')!).color,
            };
          }, element.tag);
        // Before its script runs (as with JavaScript off): the scheme the page declares, the dark
        // palette with its own light text.
        await expect(colours()).resolves.toEqual({
          surface: 'rgb(22, 27, 34)',
          text: 'rgb(230, 237, 243)',
        });
        const { after } = await takeOver(opened, element.tag);
        expect(after.same).toBe(true);
        // The script reads the page's light text: the same dark palette, the page's own text.
        await expect(colours()).resolves.toEqual({
          surface: 'rgb(22, 27, 34)',
          text: 'rgb(238, 238, 238)',
        });
        expect(problems).toEqual([]);
      } finally {
        await opened.context().close();
      }
    },
  );

  it('on a phone, hydrates its cards in place though it knows its width first', async () => {
    const { page: opened, problems } = await watchedPage(browser);
    try {
      await opened.setViewportSize({ width: 320, height: 800 });
      await measureWidthAtOnce(opened);
      await opened.goto(`${server.origin}/${element.tag}/`);
      const { after } = await takeOver(opened, element.tag);
      expect(after.same).toBe(true);
      // The server's HTML was taken over as it is: no "drawn again" warning.
      expect(problems).toEqual([]);
      if (element.tag === 'gics-practices') {
        // Then drawn at its width: the filters folded behind their button.
        const fold = opened.locator(element.tag).getByRole('button', { name: /^Filters/ });
        await expect.poll(() => fold.getAttribute('aria-expanded')).toBe('false');
      }
    } finally {
      await opened.context().close();
    }
  });

  it('hydrates its cards in place, and its search works', async () => {
    const { page: opened, problems } = await watchedPage(browser);
    try {
      await opened.goto(`${server.origin}/${element.tag}/`);
      const { before, after } = await takeOver(opened, element.tag);
      expect(after.same).toBe(true);
      expect(after.box).toEqual(before.box);
      expect(after.display).toBe(before.display);

      const count = opened.locator(`${element.tag} [part="count"]`);
      const all = await count.textContent();
      await opened.locator(element.tag).getByRole('searchbox').fill(element.search);
      await expect.poll(() => count.textContent(), { timeout: 10_000 }).not.toBe(all);
      expect(problems).toEqual([]);
    } finally {
      await opened.context().close();
    }
  });

  it('draws again what another release pre-rendered, which then works, with one warning', async () => {
    const { page: opened, problems } = await watchedPage(browser);
    try {
      await opened.goto(`${server.origin}/${element.tag}/other-release/`);
      await opened.addScriptTag({ url: '/client/client.js', type: 'module' });
      const count = opened.locator(`${element.tag} [part="count"]`);
      await expect.poll(() => count.textContent(), { timeout: 10_000 }).toMatch(/\d/);
      const all = await count.textContent();
      await opened.locator(element.tag).getByRole('searchbox').fill(element.search);
      await expect.poll(() => count.textContent(), { timeout: 10_000 }).not.toBe(all);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(`<${element.tag}> was pre-rendered by another release`);
    } finally {
      await opened.context().close();
    }
  });
});
