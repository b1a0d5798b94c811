/**
 * A long pre-rendered agenda hydrated in parts (agenda/later-lists.ts): the lists of cards
 * after the first screen are written with markers Lit's hydration passes over, and hydrated in
 * background tasks; every card stays the server's node, and nothing a visitor does before a
 * list's turn is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import type { Summit } from '@gics/core/summit';
import { FIRST_CARDS } from '../internal/progressive.js';
import { longSummit } from '../agenda/testing/long-summit.js';
import { agendaCss, renderAgenda } from './index.js';
import { laterMarkers } from './agenda.js';
import {
  asOtherRelease,
  hydrateAgenda,
  page,
  startPageSite,
  watchedPage,
  type PageServer,
} from './testing.js';

const COUNT = 1000;

/** `COUNT` workshops, each with a title of its own. */
function numberedSummit(): Summit {
  const summit = longSummit(COUNT);
  return {
    ...summit,
    workshops: summit.workshops.map((workshop, index) => ({
      ...workshop,
      title: { fr: `Atelier n° ${index + 1} des communs`, en: `Commons workshop no. ${index + 1}` },
    })),
  };
}

/** The ids of the workshops in reading order, as the list shows them. */
function readingOrder(summit: Summit): string[] {
  return [...summit.workshops]
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .map((workshop) => workshop.id);
}

describe('laterMarkers', () => {
  it('renames the markers of a list left for later, up to the closing of its part', () => {
    const html =
      '<ul><!--lit-part A--><!--gics-later--><!--lit-part--><!--lit-part B--><!--lit-node 0-->' +
      '<li>x</li><!--/lit-part--><!--/lit-part--><!--/lit-part--></ul>' +
      '<ul><!--lit-part--><!--lit-part B--><li>y</li><!--/lit-part--><!--/lit-part--></ul>';
    expect(laterMarkers(html)).toBe(
      '<ul><!--lit-part A--><!--gics-later--><!--gics-part--><!--gics-part B--><!--gics-node 0-->' +
        '<li>x</li><!--/gics-part--><!--/gics-part--><!--/lit-part--></ul>' +
        '<ul><!--lit-part--><!--lit-part B--><li>y</li><!--/lit-part--><!--/lit-part--></ul>',
    );
  });
});

describe(`a pre-rendered agenda of ${COUNT.toLocaleString('en-CA')} workshops`, () => {
  let browser: Browser;
  let server: PageServer;
  let html: string;
  const summit = numberedSummit();
  const order = readingOrder(summit);
  const lastId = order.at(-1)!;
  const lastIndex = summit.workshops.findIndex((workshop) => workshop.id === lastId);
  const lastTitle = `Commons workshop no. ${lastIndex + 1}`;

  beforeAll(async () => {
    ({ browser, server } = await startPageSite());
    server.set('/summit.json', 'application/json', JSON.stringify(summit));
    server.set('/agenda.css', 'text/css', agendaCss());
    html = await renderAgenda(summit, {
      lang: 'en',
      src: '/summit.json',
      stylesheet: '/agenda.css',
    });
    server.set('/en/', 'text/html', page('en', `<main>${html}</main>`));
    server.set(
      '/en/other-release/',
      'text/html',
      page('en', `<main>${asOtherRelease(html)}</main>`),
    );
    // The last list's cards as no template of this release draws them: Lit refuses it.
    const last = html.lastIndexOf('<!--gics-part ');
    const digest = /^<!--gics-part ([\w+/=]+)-->/.exec(html.slice(last))![1]!;
    const refused = `${html.slice(0, last)}<!--gics-part ${[...digest].reverse().join('')}-->${html.slice(last + `<!--gics-part ${digest}-->`.length)}`;
    server.set('/en/refused/', 'text/html', page('en', `<main>${refused}</main>`));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('leaves for later every list after the first screen, with markers of its own', () => {
    const lists = html.split('<ul class="cards" role="list">').slice(1);
    const later = lists.filter((list) => list.includes('<!--gics-later-->'));
    expect(later.length).toBeGreaterThan(lists.length / 2);
    let rank = 0;
    for (const list of lists) {
      const cards = list.slice(0, list.indexOf('</ul>')).match(/data-id=/g)!.length;
      const isLater = list.includes('<!--gics-later-->');
      expect(isLater).toBe(rank >= FIRST_CARDS);
      if (isLater) expect(list.slice(0, list.indexOf('</ul>'))).not.toMatch(/<!--lit-node/);
      rank += cards;
    }
    expect(rank).toBe(COUNT);
  });

  /**
   * Loads the elements' script into `opened` and waits until every list is hydrated; as the
   * agenda's load event fires, counts the lists still waiting and clicks the star of `starred`.
   */
  async function hydrate(
    opened: Page,
    atLoad: { star?: string; lang?: string } = {},
  ): Promise<void> {
    await opened.evaluate(({ star: id, lang }) => {
      const agenda = document.querySelector('gics-agenda')!;
      agenda.addEventListener(
        'gics-agenda-load',
        () => {
          const root = agenda.shadowRoot!;
          const waiting = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
          let count = 0;
          while (waiting.nextNode()) {
            if ((waiting.currentNode as Comment).data.startsWith('gics-part')) count += 1;
          }
          (window as unknown as { waitingAtLoad: number }).waitingAtLoad = count;
          if (id) root.querySelector<HTMLElement>(`[data-id="${id}"] [data-favorite]`)!.click();
          if (lang) agenda.setAttribute('lang', lang);
        },
        { once: true },
      );
    }, atLoad);
    await opened.addScriptTag({ url: '/client/client.js', type: 'module' });
    // Every list hydrated: no marker of a list left for later remains.
    await opened.waitForFunction(() => {
      const agenda = document.querySelector('gics-agenda');
      if (!agenda?.shadowRoot || !('waitingAtLoad' in window)) return false;
      const walker = document.createTreeWalker(agenda.shadowRoot, NodeFilter.SHOW_COMMENT);
      while (walker.nextNode()) {
        if ((walker.currentNode as Comment).data.startsWith('gics-')) {
          if ((walker.currentNode as Comment).data !== 'gics-later') return false;
        }
      }
      return true;
    });
  }

  /** Marks every card the server drew, before any script runs. */
  const markCards = (opened: Page) =>
    opened.evaluate(() => {
      const cards = [
        ...document.querySelector('gics-agenda')!.shadowRoot!.querySelectorAll('[data-id]'),
      ];
      (window as unknown as { serverCards: Element[] }).serverCards = cards;
      return cards.length;
    });

  /** How many of the cards on show now are the server's marked nodes, and how many there are. */
  const serverCardsKept = (opened: Page) =>
    opened.evaluate(() => {
      const marked = new Set((window as unknown as { serverCards: Element[] }).serverCards);
      const cards = [
        ...document.querySelector('gics-agenda')!.shadowRoot!.querySelectorAll('[data-id]'),
      ];
      return { cards: cards.length, kept: cards.filter((card) => marked.has(card)).length };
    });

  const star = (opened: Page, id: string) =>
    opened.locator(`gics-agenda [data-id="${id}"] [data-favorite]`);

  it('hydrates every list keeping the server’s nodes; a star on the last card works and stays', async () => {
    const { page: opened, problems } = await watchedPage(browser, {
      timezoneId: summit.timeZone,
    });
    await opened.goto(`${server.origin}/en/`);
    expect(await markCards(opened)).toBe(COUNT);
    await hydrate(opened);
    // The later lists waited for the background: the first update left them to it.
    expect(
      await opened.evaluate(() => (window as unknown as { waitingAtLoad: number }).waitingAtLoad),
    ).toBeGreaterThan(0);
    expect(await serverCardsKept(opened)).toEqual({ cards: COUNT, kept: COUNT });

    // The last card's list is Lit's: its star draws, and the favourite is kept.
    await expect(star(opened, lastId).getAttribute('aria-pressed')).resolves.toBe('false');
    await star(opened, lastId).click();
    await opened.locator(`gics-agenda [data-id="${lastId}"] [aria-pressed="true"]`).waitFor();
    expect(await serverCardsKept(opened)).toEqual({ cards: COUNT, kept: COUNT });

    // A search finds a card of the last list.
    await opened.getByRole('searchbox').fill(lastTitle);
    await opened
      .getByRole('status')
      .filter({ hasText: /^1 of 1\D?000 workshops$/ })
      .waitFor();
    await opened.getByRole('heading', { name: lastTitle }).waitFor();

    // Back on the page, the favourite comes back on the server's card.
    await opened.reload();
    await markCards(opened);
    await hydrate(opened);
    await expect(star(opened, lastId).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await serverCardsKept(opened)).toEqual({ cards: COUNT, kept: COUNT });
    expect(problems).toEqual([]);
    await opened.context().close();
  });

  it('loses nothing the visitor does before a list’s turn', async () => {
    const { page: opened, problems } = await watchedPage(browser, {
      timezoneId: summit.timeZone,
    });
    await opened.goto(`${server.origin}/en/`);
    await markCards(opened);
    // As the summit settles, before any background task: a star on the last card.
    await hydrate(opened, { star: lastId });
    expect(
      await opened.evaluate(() => (window as unknown as { waitingAtLoad: number }).waitingAtLoad),
    ).toBeGreaterThan(0);
    await expect(star(opened, lastId).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await serverCardsKept(opened)).toEqual({ cards: COUNT, kept: COUNT });
    // Its list is Lit's too: the star goes off again.
    await star(opened, lastId).click();
    await opened.locator(`gics-agenda [data-id="${lastId}"] [aria-pressed="false"]`).waitFor();
    expect(problems).toEqual([]);
    await opened.context().close();
  });

  it('says every card and heading in French when the agenda’s language changes before its lists’ turn', async () => {
    const { page: opened, problems } = await watchedPage(browser, {
      timezoneId: summit.timeZone,
    });
    await opened.goto(`${server.origin}/en/`);
    await markCards(opened);
    const lastHeading = () =>
      opened.evaluate(() =>
        [...document.querySelector('gics-agenda')!.shadowRoot!.querySelectorAll('.slot-heading')]
          .at(-1)!
          .textContent!.trim(),
      );
    const english = await lastHeading();
    await hydrate(opened, { lang: 'fr' });
    expect(
      await opened.evaluate(() => (window as unknown as { waitingAtLoad: number }).waitingAtLoad),
    ).toBeGreaterThan(0);
    await opened
      .getByRole('heading', { name: `Atelier n° ${lastIndex + 1} des communs`, exact: true })
      .waitFor();
    const french = await lastHeading();
    expect(french).not.toBe(english);
    expect(french).toMatch(/\d\sh/);
    expect(await serverCardsKept(opened)).toEqual({ cards: COUNT, kept: COUNT });
    expect(problems).toEqual([]);
    await opened.context().close();
  });

  it('draws again a long page another release pre-rendered, every list with it', async () => {
    const { page: opened, problems } = await watchedPage(browser, {
      timezoneId: summit.timeZone,
    });
    await opened.goto(`${server.origin}/en/other-release/`);
    await hydrateAgenda(opened);
    const drawn = await opened.evaluate(() => {
      const root = document.querySelector('gics-agenda')!.shadowRoot!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
      let left = 0;
      while (walker.nextNode()) {
        if (/^\/?gics-(?:part|node)/.test((walker.currentNode as Comment).data)) left += 1;
      }
      return { cards: root.querySelectorAll('[data-id]').length, left };
    });
    expect(drawn).toEqual({ cards: COUNT, left: 0 });
    await star(opened, lastId).click();
    await opened.locator(`gics-agenda [data-id="${lastId}"] [aria-pressed="true"]`).waitFor();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/<gics-agenda> was pre-rendered by another release: drawn again/);
    await opened.context().close();
  });

  it('draws again a list Lit refuses to hydrate, with one warning, the others kept', async () => {
    const { page: opened, problems } = await watchedPage(browser, {
      timezoneId: summit.timeZone,
    });
    await opened.goto(`${server.origin}/en/refused/`);
    await markCards(opened);
    await hydrate(opened);
    const kept = await serverCardsKept(opened);
    expect(kept.cards).toBe(COUNT);
    // Only the refused list's cards are new.
    expect(kept.kept).toBeGreaterThan(COUNT - 10);
    expect(kept.kept).toBeLessThan(COUNT);
    await star(opened, lastId).click();
    await opened.locator(`gics-agenda [data-id="${lastId}"] [aria-pressed="true"]`).waitFor();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/could not be hydrated: drawn again/);
    await opened.context().close();
  });
});
