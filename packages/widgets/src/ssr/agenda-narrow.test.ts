/**
 * A pre-rendered agenda on a phone: the server cannot know the width, so it writes the filters'
 * button and panel as at any width, and the styles fold the panel from the first paint. The
 * element takes over the very nodes the server wrote, nothing moves, and the button works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import { agendaCss, renderAgenda } from './index.js';
import { hydrateAgenda, page, startPageSite, watchedPage, type PageServer } from './testing.js';

/** What a visitor sees of the filters, and where the first card is. */
function readFilters(opened: Page) {
  return opened.evaluate(() => {
    const root = document.querySelector('gics-agenda')!.shadowRoot!;
    const shown = (selector: string) =>
      [...root.querySelectorAll(selector)].some((node) => node.getClientRects().length > 0);
    const button = root.querySelector('[aria-controls="filters-panel"]')!;
    (window as unknown as { firstButton?: Element }).firstButton ??= button;
    const { x, y, width, height } = root.querySelector('[data-id]')!.getBoundingClientRect();
    return {
      button: shown('[aria-controls="filters-panel"]') ? button.textContent!.trim() : '',
      expanded: button.getAttribute('aria-expanded'),
      sameButton: button === (window as unknown as { firstButton?: Element }).firstButton,
      search: shown('input[type="search"]'),
      chips: shown('[part="chip"]'),
      selects: shown('[part="filters"] select'),
      firstCard: { x, y, width, height },
    };
  });
}

describe('a pre-rendered agenda at 320 px', () => {
  let browser: Browser;
  let server: PageServer;

  beforeAll(async () => {
    ({ browser, server } = await startPageSite());
    server.set('/agenda.css', 'text/css', agendaCss());
    server.set('/summit.json', 'application/json', JSON.stringify(montreal2023));
    const agenda = await renderAgenda(montreal2023, {
      lang: 'fr',
      src: '/summit.json',
      stylesheet: '/agenda.css',
    });
    server.set('/fr/', 'text/html', page('fr', `<main>${agenda}</main>`));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('folds its filters before any script, hydrates in place, and its button opens them', async () => {
    const { page: opened, problems } = await watchedPage(browser, {
      timezoneId: montreal2023.timeZone,
    });
    await opened.setViewportSize({ width: 320, height: 800 });
    await opened.goto(`${server.origin}/fr/`);
    // The server's HTML, styled: the search box, the button, the panel folded.
    const before = await readFilters(opened);
    expect(before).toMatchObject({
      button: 'Filtres ▾',
      expanded: 'false',
      search: true,
      chips: false,
      selects: false,
    });

    await hydrateAgenda(opened);
    const after = await readFilters(opened);
    expect(after).toEqual({ ...before, sameButton: true });

    await opened.getByRole('button', { name: 'Filtres' }).click();
    await opened
      .getByRole('group', { name: 'Thèmes' })
      .getByRole('button', { name: /Économie circulaire$/ })
      .click();
    await opened.getByRole('button', { name: 'Filtres (1)' }).waitFor();
    await opened.getByRole('status').filter({ hasText: '4\u00a0ateliers sur 12' }).waitFor();
    expect(await readFilters(opened)).toMatchObject({ expanded: 'true', chips: true });
    expect(problems).toEqual([]);
    await opened.context().close();
  });
});
