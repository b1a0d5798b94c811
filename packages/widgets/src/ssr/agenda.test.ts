/**
 * `renderAgenda` and what a browser makes of its HTML: every workshop readable with JavaScript
 * off; with the script, the element takes over the very nodes the server wrote (hydration, no
 * second render, no shift), and filters work, under `default-src 'self'` with nothing reported.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'playwright';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import { agendaCss, renderAgenda, RenderError } from './index.js';
import {
  asOtherRelease,
  hydrateAgenda,
  page,
  startPageSite,
  watchedPage,
  type PageServer,
} from './testing.js';

/** Text that would end a `<script>` block and run its own, were it written as it is. */
const HOSTILE = '</script><script>window.hacked = true</script>';

/** The sample summit, its first workshop's title ending with `HOSTILE`. */
function hostileSummit() {
  const summit = structuredClone(montreal2023);
  const title = summit.workshops[0]!.title as { fr: string; en: string };
  title.fr += HOSTILE;
  title.en += HOSTILE;
  return summit;
}

function titles(lang: 'fr' | 'en'): string[] {
  return montreal2023.workshops.map(
    (workshop) => (workshop.title as Record<string, string>)[lang]!,
  );
}

describe('renderAgenda', () => {
  it('writes the programme, its JSON-LD and its data, no text of it able to end a block', async () => {
    const html = await renderAgenda(hostileSummit(), { lang: 'fr', src: '/summit.json' });
    const opening = /^<gics-agenda [^>]*>/.exec(html)![0];
    for (const attribute of ['lang="fr"', 'src="/summit.json"', 'structured-data']) {
      expect(opening).toContain(attribute);
    }
    expect(html).toContain('<template shadowroot="open" shadowrootmode="open"><style>');
    // The two blocks the renderer writes, and no third one made by a title.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain(HOSTILE);
    const block = (kind: string) =>
      JSON.parse(
        new RegExp(`<script type="${kind.replace('+', '\\+')}"[^>]*>(.*?)</script>`, 's').exec(
          html,
        )![1]!,
      );
    const data = block('application/json') as { data: typeof montreal2023; now: number };
    expect((data.data.workshops[0]!.title as { fr: string }).fr).toMatch(/<\/script><script>/);
    expect(typeof data.now).toBe('number');
    const jsonLd = block('application/ld+json') as { '@type': string; subEvent: unknown[] };
    expect(jsonLd['@type']).toBe('Event');
    expect(jsonLd.subEvent).toHaveLength(montreal2023.workshops.length);
    for (const title of titles('fr')) expect(html).toContain(title);
  });

  it('gives the whole style sheet of the element, asked before anything is rendered', async () => {
    vi.resetModules();
    const { agendaCss: freshCss } = await import('./index.js');
    const css = freshCss();
    expect(css).toContain('--gics-color-primary');
    expect(css).toContain('.card');
    expect(css).toContain('.day-heading');
  });

  it('links each workshop to the host’s page with workshop-href, in the cards and the JSON-LD', async () => {
    const html = await renderAgenda(montreal2023, {
      lang: 'en',
      workshopHref: '/workshops/{id}',
      pageUrl: 'https://coop.example/agenda/',
    });
    const first = montreal2023.workshops[0]!.id;
    expect(html).toContain(`href="/workshops/${first}"`);
    expect(html).toContain(`"url":"https://coop.example/workshops/${first}"`);
  });

  it('says why a feed is no summit', async () => {
    const error = await renderAgenda({ hello: 'world' }, { lang: 'en' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RenderError);
    expect((error as RenderError).kind).toBe('not-summit');
  });
});

describe('the rendered agenda in Chromium', () => {
  let browser: Browser;
  let server: PageServer;

  beforeAll(async () => {
    ({ browser, server } = await startPageSite());
    server.set('/agenda.css', 'text/css', agendaCss());
    server.set('/summit.json', 'application/json', JSON.stringify(montreal2023));
    for (const lang of ['fr', 'en'] as const) {
      const agenda = await renderAgenda(hostileSummit(), {
        lang,
        src: '/summit.json',
        stylesheet: '/agenda.css',
      });
      server.set(`/${lang}/`, 'text/html', page(lang, `<main>${agenda}</main>`));
      server.set(
        `/${lang}/other-release/`,
        'text/html',
        page(lang, `<main>${asOtherRelease(agenda)}</main>`),
      );
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A watched page (see `testing.ts`) of a visitor in the event's zone. */
  const eventPage = (javaScriptEnabled: boolean) =>
    watchedPage(browser, { javaScriptEnabled, timezoneId: montreal2023.timeZone });

  it('shows every workshop with JavaScript off', async () => {
    const { page: opened, problems } = await eventPage(false);
    await opened.goto(`${server.origin}/fr/`);
    for (const title of titles('fr')) {
      await expect(
        opened.getByText(title, { exact: false }).filter({ visible: true }).first().isVisible(),
      ).resolves.toBe(true);
      // A title opens nothing without a script: it is a heading's text, not a button.
      // (The first title ends with the hostile text: names are matched as substrings.)
      await expect(opened.getByRole('heading', { name: title }).count()).resolves.toBeGreaterThan(
        0,
      );
      await expect(opened.getByRole('button', { name: title }).count()).resolves.toBe(0);
    }
    expect(problems).toEqual([]);
    await opened.context().close();
  });

  it('hydrates the cards in place, and its filters work', async () => {
    const { page: opened, problems } = await eventPage(true);
    await opened.goto(`${server.origin}/en/`);
    // Before any script: mark the first card and note where it is.
    const before = await opened.evaluate(() => {
      const card = document
        .querySelector('gics-agenda')!
        .shadowRoot!.querySelector<HTMLElement>('[data-id]')!;
      (window as unknown as { markedCard: Element }).markedCard = card;
      card.dataset.marked = 'yes';
      const { x, y, width, height } = card.getBoundingClientRect();
      return {
        box: { x, y, width, height },
        display: getComputedStyle(card).display,
        defined: customElements.get('gics-agenda') !== undefined,
      };
    });
    expect(before.defined).toBe(false);
    await hydrateAgenda(opened);
    const after = await opened.evaluate(() => {
      const agenda = document.querySelector('gics-agenda')!;
      const card = agenda.shadowRoot!.querySelector<HTMLElement>('[data-id]')!;
      const { x, y, width, height } = card.getBoundingClientRect();
      return {
        same: card === (window as unknown as { markedCard: Element }).markedCard,
        marked: card.dataset.marked,
        box: { x, y, width, height },
        display: getComputedStyle(card).display,
        cards: agenda.shadowRoot!.querySelectorAll('[data-id]').length,
        hacked: (window as unknown as { hacked?: boolean }).hacked,
        // The styles the server linked are adopted, and the link is gone.
        adopted: agenda.shadowRoot!.adoptedStyleSheets.length,
        linked: agenda.shadowRoot!.querySelectorAll('link, style').length,
      };
    });
    expect(after.same).toBe(true);
    expect(after.marked).toBe('yes');
    // Styled by the server's style sheet as by the element's own: nothing moves.
    expect(after.box).toEqual(before.box);
    expect(after.display).toBe(before.display);
    expect(before.display).toBe('grid');
    expect(after.cards).toBe(montreal2023.workshops.length);
    expect(after.hacked).toBeUndefined();
    expect(after.adopted).toBeGreaterThan(0);
    expect(after.linked).toBe(0);

    const count = opened.getByRole('status').filter({ hasText: 'workshops' });
    const chip = opened
      .getByRole('group', { name: 'Themes' })
      .getByRole('button', { name: /Circular economy$/ });
    await chip.click();
    await count.filter({ hasText: '4 of 12 workshops' }).waitFor();
    // With the script, a title is the button that opens its workshop.
    const second = titles('en')[1]!;
    await opened.getByRole('button', { name: second, exact: true }).click();
    await opened.getByRole('dialog', { name: second }).waitFor();
    expect(problems).toEqual([]);
    await opened.context().close();
  });

  it('draws again a page another release pre-rendered, which then works, with one warning', async () => {
    const { page: opened, problems } = await eventPage(true);
    await opened.goto(`${server.origin}/en/other-release/`);
    await hydrateAgenda(opened);
    const count = opened.getByRole('status').filter({ hasText: 'workshops' });
    await count.filter({ hasText: '12 workshops' }).waitFor();
    const cards = await opened.evaluate(
      () => document.querySelector('gics-agenda')!.shadowRoot!.querySelectorAll('[data-id]').length,
    );
    expect(cards).toBe(montreal2023.workshops.length);
    await opened
      .getByRole('group', { name: 'Themes' })
      .getByRole('button', { name: /Circular economy$/ })
      .click();
    await count.filter({ hasText: '4 of 12 workshops' }).waitFor();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/<gics-agenda> was pre-rendered by another release: drawn again/);
    await opened.context().close();
  });
});
