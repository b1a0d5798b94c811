/**
 * The pre-rendered agenda's layout is final: the grid (its positions in the server's style
 * sheet, every day there for readers without JavaScript) and the list for a visitor in another
 * zone than the event's look the same before and after the element takes them over, under
 * `default-src 'self'` with nothing reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { layoutDayGrid } from '@gics/core/agenda';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import { parseSummitUnworded } from '@gics/core/summit';
import { agendaCss, renderAgenda, renderAgendaWithCss } from './index.js';
import {
  hydrateAgenda,
  measureWidthAtOnce,
  page,
  startPageSite,
  watchedPage,
  type PageServer,
} from './testing.js';

const EVENT_ZONE = montreal2023.timeZone;
/** A visitor's zone six hours from the event's. */
const ELSEWHERE = 'Europe/Paris';

/** The sample summit as the agenda reads it. */
function sampleSummit() {
  const parsed = parseSummitUnworded(montreal2023);
  if (!parsed.ok) throw new Error('The sample summit does not read.');
  return parsed.summit;
}

/** The grid of `day` as the core lays it out for the agenda, in the event's zone. */
function dayGrid(day: string) {
  const summit = sampleSummit();
  return layoutDayGrid(summit, summit.workshops, {
    day,
    timeZone: EVENT_ZONE,
    lang: 'fr',
  });
}

/** A workshop of a day's grid, and where the core places it. */
interface Placed {
  id: string;
  title: string;
  /** The layout's first row and its column (0-based, headings not counted). */
  row: number;
  column: number;
}

function placed(day: string, index: number): Placed {
  const cell = dayGrid(day).cells.at(index)!;
  return {
    id: cell.workshop.id,
    title: (cell.workshop.title as { fr: string }).fr,
    row: cell.rows[0],
    column: cell.column,
  };
}

/**
 * Where each workshop's cell is on the page, and where its column's room heading and its row's
 * time are: a cell placed right starts where both start.
 */
function cellBoxes(page: Page, ids: readonly string[]) {
  return page.evaluate((ids) => {
    const root = document.querySelector('gics-agenda')!.shadowRoot!;
    return ids.map((id) => {
      const cell = root.querySelector(`[data-id="${id}"]`)!.closest('.grid-cell')!;
      const grid = cell.parentElement!;
      const { x, y, width, height } = cell.getBoundingClientRect();
      return {
        box: { x, y, width, height },
        roomXs: [...grid.querySelectorAll(':scope > .grid-room')].map(
          (room) => room.getBoundingClientRect().x,
        ),
        timeYs: [...grid.querySelectorAll(':scope > .grid-time')].map(
          (time) => time.getBoundingClientRect().y,
        ),
      };
    });
  }, ids);
}

/** Checks that each workshop's cell stands in its column and starts on its row. */
async function expectPlaced(page: Page, workshops: readonly Placed[]) {
  const boxes = await cellBoxes(
    page,
    workshops.map((workshop) => workshop.id),
  );
  workshops.forEach((workshop, index) => {
    const { box, roomXs, timeYs } = boxes[index]!;
    expect(box.width, workshop.title).toBeGreaterThan(0);
    expect(box.x, workshop.title).toBeCloseTo(roomXs[workshop.column]!, 0);
    expect(box.y, workshop.title).toBeCloseTo(timeYs[workshop.row]!, 0);
  });
  return boxes.map(({ box }) => box);
}

let browser: Browser;
let server: PageServer;
let gridCss: string;

beforeAll(async () => {
  ({ browser, server } = await startPageSite());
  server.set('/summit.json', 'application/json', JSON.stringify(montreal2023));
  const grid = await renderAgendaWithCss(montreal2023, {
    lang: 'fr',
    view: 'grid',
    src: '/summit.json',
    stylesheet: '/grid/agenda.css',
  });
  gridCss = grid.css;
  server.set('/grid/agenda.css', 'text/css', grid.css);
  server.set('/grid/', 'text/html', page('fr', `<main>${grid.html}</main>`));
  server.set('/list/agenda.css', 'text/css', agendaCss());
  const list = await renderAgenda(montreal2023, {
    lang: 'en',
    src: '/summit.json',
    stylesheet: '/list/agenda.css',
  });
  server.set('/list/', 'text/html', page('en', `<main>${list}</main>`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the pre-rendered grid', () => {
  it('writes its positions as rules, inline or in its style sheet, never as style attributes', async () => {
    const html = await renderAgenda(montreal2023, { lang: 'fr', view: 'grid' });
    expect(html).toMatch(/^<gics-agenda [^>]*view="grid"/);
    expect(html).not.toMatch(/ style="/);
    // Its boxes say their state as HTML reads it: "compact" is not ticked, every room is.
    expect(html).not.toMatch(/ checked="/);
    const boxes = html.match(/<input\s+type="checkbox"[^>]*>/g) ?? [];
    const ticked = boxes.filter((box) => /\schecked[\s/>]/.test(box));
    expect(boxes.length).toBeGreaterThan(1);
    expect(ticked.length).toBe(boxes.length - 1);
    const rule = /\.grid\[data-day="2023-05-17"\]>\.grid-cell:nth-child\(\d+\)\{grid-row:[^}]+\}/;
    expect(html).toMatch(rule);
    expect(gridCss).toMatch(rule);
    expect(gridCss).toContain('.other-day');
    expect(gridCss).toContain('--gics-color-primary');
  });

  it('leaves the other days’ grids out of the hydration: only readers without JavaScript see them', async () => {
    const html = await renderAgenda(montreal2023, { lang: 'fr', view: 'grid' });
    const others = html.split('class="grid-panel other-day"').slice(1);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) {
      const grid = other.slice(other.indexOf('<!--gics-later-->'), other.indexOf('</section>'));
      // Its cards are there, their markers renamed, so Lit's hydration passes over them.
      expect(grid).toContain('class="grid-cell"');
      expect(grid).toContain('<!--gics-part');
      expect(grid).not.toMatch(/<!--lit-(?:part|node)/);
    }
  });

  it('shows every workshop of every day at its row and column with JavaScript off', async () => {
    const { page: opened, problems } = await watchedPage(browser, {
      javaScriptEnabled: false,
      timezoneId: EVENT_ZONE,
    });
    try {
      await opened.goto(`${server.origin}/grid/`);
      for (const workshop of montreal2023.workshops) {
        const title = (workshop.title as { fr: string }).fr;
        await expect(
          opened.getByText(title).filter({ visible: true }).first().isVisible(),
          title,
        ).resolves.toBe(true);
      }
      // A day other than the one the tabs would show, and the last day.
      await expectPlaced(opened, [placed('2023-05-17', 2), placed('2023-05-18', -1)]);
      await expect(opened.getByRole('tab').first().isVisible()).resolves.toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await opened.context().close();
    }
  });

  it('is hydrated in place: the same cards at the same places, its tabs working', async () => {
    const { page: opened, problems } = await watchedPage(browser, {
      javaScriptEnabled: true,
      timezoneId: EVENT_ZONE,
    });
    try {
      await opened.goto(`${server.origin}/grid/`);
      const workshops = [placed('2023-05-16', 1), placed('2023-05-16', -1)];
      // Before any script: the first day alone, its cards placed by the server's style sheet.
      const before = await expectPlaced(opened, workshops);
      await expect(
        opened
          .getByText(placed('2023-05-17', 0).title, { exact: true })
          .filter({ visible: true })
          .isVisible(),
      ).resolves.toBe(false);
      await opened.evaluate((id) => {
        const card = document
          .querySelector('gics-agenda')!
          .shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
        card.dataset.marked = 'yes';
      }, workshops[0]!.id);
      await hydrateAgenda(opened);
      const after = await expectPlaced(opened, workshops);
      expect(after).toEqual(before);
      const state = await opened.evaluate((id) => {
        const root = document.querySelector('gics-agenda')!.shadowRoot!;
        return {
          marked: root.querySelector<HTMLElement>(`[data-id="${id}"]`)!.dataset.marked,
          serverStyles: root.querySelectorAll('link, style').length,
          otherDays: root.querySelectorAll('.other-day').length,
        };
      }, workshops[0]!.id);
      expect(state).toEqual({ marked: 'yes', serverStyles: 0, otherDays: 0 });

      await opened.getByRole('tab').nth(1).click();
      const next = placed('2023-05-17', 2);
      await opened.getByText(next.title, { exact: true }).filter({ visible: true }).waitFor();
      await expectPlaced(opened, [next]);
      expect(problems).toEqual([]);
    } finally {
      await opened.context().close();
    }
  });
});

describe('the pre-rendered grid on a phone', () => {
  it('is taken over as the server drew it, then shows the list, with no warning', async () => {
    const { page: opened, problems } = await watchedPage(browser, {
      javaScriptEnabled: true,
      timezoneId: EVENT_ZONE,
    });
    try {
      // Too narrow for the grid: the server, which cannot know the width, wrote the grid.
      await opened.setViewportSize({ width: 320, height: 800 });
      // The element's width known before its first update.
      await measureWidthAtOnce(opened);
      await opened.goto(`${server.origin}/grid/`);
      const first = placed('2023-05-16', 0);
      await opened.getByText(first.title, { exact: true }).filter({ visible: true }).waitFor();
      await hydrateAgenda(opened);
      await opened.waitForFunction(() => {
        const root = document.querySelector('gics-agenda')!.shadowRoot!;
        return root.querySelector('section.day') !== null && root.querySelector('.grid') === null;
      });
      const titles = await opened.evaluate(
        () =>
          [...document.querySelector('gics-agenda')!.shadowRoot!.querySelectorAll('[data-id]')]
            .length,
      );
      expect(titles).toBe(montreal2023.workshops.length);
      // Lit hydrated the server's grid: no "drawn again" warning.
      expect(problems).toEqual([]);
    } finally {
      await opened.context().close();
    }
  });
  it('stacks every day’s cards in time order without JavaScript: the page scrolls down, not sideways', async () => {
    const { page: opened, problems } = await watchedPage(browser, {
      javaScriptEnabled: false,
      timezoneId: EVENT_ZONE,
    });
    try {
      await opened.setViewportSize({ width: 320, height: 800 });
      await opened.goto(`${server.origin}/grid/`);
      const shown = await opened.evaluate(() => {
        const root = document.querySelector('gics-agenda')!.shadowRoot!;
        const visible = (element: Element) => element.getBoundingClientRect().height > 0;
        return {
          pageWidth: document.documentElement.scrollWidth,
          grids: [...root.querySelectorAll<HTMLElement>('.grid-scroll')].map(
            (scroll) => scroll.scrollWidth - scroll.clientWidth,
          ),
          headings: [...root.querySelectorAll('.grid-room, .grid-time, .grid-corner')].filter(
            visible,
          ).length,
          cards: [...root.querySelectorAll('.grid [data-id]')].filter(visible).map((card) => {
            const { left, right, top } = card.getBoundingClientRect();
            return { id: (card as HTMLElement).dataset.id, left, right, top };
          }),
        };
      });
      expect(shown.pageWidth).toBe(320);
      expect(shown.grids).toEqual(shown.grids.map(() => 0));
      // Each card says its own time and room: the rooms' and times' headings go.
      expect(shown.headings).toBe(0);
      const days = ['2023-05-16', '2023-05-17', '2023-05-18'];
      expect(shown.cards.map((card) => card.id)).toEqual(
        days.flatMap((day) => dayGrid(day).cells.map((cell) => cell.workshop.id)),
      );
      for (const card of shown.cards) {
        expect(card.left, card.id).toBeGreaterThanOrEqual(0);
        expect(card.right, card.id).toBeLessThanOrEqual(320);
      }
      const tops = shown.cards.map((card) => card.top);
      expect(tops).toEqual([...tops].sort((a, b) => a - b));
      expect(problems).toEqual([]);
    } finally {
      await opened.context().close();
    }
  });
});

describe('the pre-rendered list for a visitor in another zone', () => {
  it('offers "Your time" in the row the server drew, moving no card', async () => {
    const { page: opened, problems } = await watchedPage(browser, {
      javaScriptEnabled: true,
      timezoneId: ELSEWHERE,
    });
    try {
      // Every slot on screen: one off screen is laid out at its estimated size
      // (`contain-intrinsic-size`) until the browser first draws it, which it may do at any
      // moment between two measures, moving the cards below it in a list nobody sees.
      await opened.setViewportSize({ width: 1280, height: 4000 });
      await opened.goto(`${server.origin}/list/`);
      const boxes = () =>
        opened.evaluate(() =>
          [...document.querySelector('gics-agenda')!.shadowRoot!.querySelectorAll('[data-id]')].map(
            (card) => {
              const { x, y, width, height } = card.getBoundingClientRect();
              return { x, y, width, height };
            },
          ),
        );
      const yourTime = opened.getByRole('button', { name: 'Your time' });
      const before = await boxes();
      await expect(yourTime.count()).resolves.toBe(0);
      await expect(opened.getByRole('group', { name: 'Times shown in' }).isVisible()).resolves.toBe(
        true,
      );
      await hydrateAgenda(opened);
      await expect(yourTime.isVisible()).resolves.toBe(true);
      expect(await boxes()).toEqual(before);
      expect(before).toHaveLength(montreal2023.workshops.length);

      await yourTime.click();
      await expect(yourTime.getAttribute('aria-pressed')).resolves.toBe('true');
      expect(problems).toEqual([]);
    } finally {
      await opened.context().close();
    }
  });
});
