import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import '../define/gics-agenda.js';
import type { GicsAgendaErrorEvent } from '../events/agenda-error.js';
import type { GicsAgendaLoadEvent } from '../events/agenda-load.js';
import { agendaMessages } from '../i18n/agenda.js';
import { FIRST_PAINT_CARDS } from '../internal/progressive.js';
import { cleanupFixtures, expectNoAxeViolations } from '../testing/helpers.js';
import type { GicsAgenda } from './agenda.js';
import { PREVIEW_FROM_BYTES } from './feed-read.js';
import { loadSummit } from './load.js';
import { $, $$, cardTitles, mountAgenda, nextOutcome, text } from './testing/helpers.js';

const server = inject('agendaServer');
/** A pretalx feed of 1,000 talks (about 300 KB): read on the page, its preview first. */
const FEED = `${server}/big/1000/schedule/widgets/schedule.json`;
const initialUrl = location.href;

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanupFixtures();
  history.replaceState(null, '', initialUrl);
  vi.restoreAllMocks();
});

/** What the agenda showed the first time cards were on screen before its summit was loaded. */
interface PreviewSeen {
  /** The cards, as nodes. */
  cards: HTMLElement[];
  titles: string[];
  /** When the preview was drawn (`performance.now()`). */
  at: number;
  count: string;
  toolbarInert: boolean;
  filtersInert: boolean;
  /** `gics-agenda-load` events fired by then. */
  loads: number;
}

/** The page's layout shifts (the Layout Instability API), as they are reported. */
function watchLayoutShifts(): { after: (time: number) => number; stop: () => void } {
  const shifts: Array<{ startTime: number; value: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      shifts.push({
        startTime: entry.startTime,
        value: (entry as unknown as { value: number }).value,
      });
    }
  });
  observer.observe({ type: 'layout-shift' });
  return {
    /** The layout shift score of what moved after `time`. */
    after: (time) =>
      shifts.filter((shift) => shift.startTime > time).reduce((sum, shift) => sum + shift.value, 0),
    stop: () => observer.disconnect(),
  };
}

/**
 * Watches `agenda` (mounted, not yet loaded) for a preview: cards drawn while its summit is not
 * loaded. `during` runs at that moment, in the task that drew them, before the whole is read.
 */
function watchPreview(
  agenda: GicsAgenda,
  during?: () => void,
): { seen: () => PreviewSeen | undefined } {
  let seen: PreviewSeen | undefined;
  let loads = 0;
  agenda.addEventListener('gics-agenda-load', () => (loads += 1));
  const observer = new MutationObserver(() => {
    const cards = agenda.shadowRoot ? $$(agenda, 'article.card') : [];
    if (seen || cards.length === 0 || agenda.loadedSummit !== undefined) return;
    seen = {
      cards,
      titles: cardTitles(agenda),
      at: performance.now(),
      count: text($(agenda, '.count')),
      toolbarInert: $(agenda, '.toolbar').inert,
      filtersInert: $(agenda, '.filters').inert,
      loads,
    };
    during?.();
  });
  observer.observe(agenda.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return { seen: () => seen };
}

/** Mounts an agenda reading `src` and watches it for a preview. */
async function mountWatched(
  attributes: string,
  during?: (agenda: GicsAgenda) => void,
): Promise<{
  agenda: GicsAgenda;
  outcome: Promise<GicsAgendaLoadEvent | GicsAgendaErrorEvent>;
  seen: () => PreviewSeen | undefined;
}> {
  const { agenda, outcome } = await mountAgenda(attributes, { wait: false, width: '1000px' });
  const { seen } = watchPreview(agenda, during && (() => during(agenda)));
  return { agenda, outcome, seen };
}

describe('a large feed’s preview', () => {
  it('draws the first screen from the earliest workshops before the whole feed is read', async () => {
    const shifts = watchLayoutShifts();
    const { agenda, outcome, seen } = await mountWatched(`src="${FEED}"`);
    const event = await outcome;
    // Two frames for the whole's render to be laid out, and its shifts (if any) reported.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    shifts.stop();
    expect(event.type).toBe('gics-agenda-load');
    const preview = seen();
    expect(preview).toBeDefined();
    // The first screen's cards, no event yet, and nothing said of the rest.
    expect(preview!.cards).toHaveLength(FIRST_PAINT_CARDS);
    expect(preview!.loads).toBe(0);
    expect(preview!.count).toBe(agendaMessages.en.loading);
    expect(preview!.toolbarInert).toBe(true);
    expect(preview!.filtersInert).toBe(true);
    // The whole keeps the same card nodes, with the same titles, and nothing on screen moves.
    const cards = $$(agenda, 'article.card').slice(0, FIRST_PAINT_CARDS);
    expect(cards.every((card, index) => card === preview!.cards[index])).toBe(true);
    expect(cardTitles(agenda).slice(0, FIRST_PAINT_CARDS)).toEqual(preview!.titles);
    expect(shifts.after(preview!.at)).toBe(0);
    expect(text($(agenda, '.count'))).toBe('1,000 workshops');
    expect($(agenda, '.toolbar').inert).toBe(false);
    expect($(agenda, '.filters').inert).toBe(false);
    expect(agenda.loadedSummit?.workshops).toHaveLength(1000);
  });

  it.each(['fr', 'en'])(
    'has no axe violations as the preview shows, light and dark (%s)',
    async (lang) => {
      // The preview lasts a few tasks: the agenda's shadow root as it is then is copied, with
      // its style sheets and its language, and checked once the whole has settled.
      const copies: HTMLElement[] = [];
      const copyOf = (agenda: GicsAgenda, scheme: 'light' | 'dark') => {
        const copy = document.createElement('div');
        copy.lang = lang;
        copy.dataset.fixture = '';
        copy.setAttribute('color-scheme', scheme);
        const root = copy.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = agenda.shadowRoot!.adoptedStyleSheets;
        root.innerHTML = agenda.shadowRoot!.innerHTML;
        document.body.append(copy);
        copies.push(copy);
      };
      const { agenda, outcome } = await mountAgenda(`src="${FEED}"`, {
        wait: false,
        width: '1000px',
        lang,
      });
      const { seen } = watchPreview(agenda, () => {
        copyOf(agenda, 'light');
        copyOf(agenda, 'dark');
      });
      await outcome;
      expect(seen()?.count).toBe(agendaMessages[lang as 'fr' | 'en'].loading);
      expect(copies).toHaveLength(2);
      for (const copy of copies) {
        expect(copy.shadowRoot!.querySelectorAll('article.card')).toHaveLength(FIRST_PAINT_CARDS);
        await expectNoAxeViolations(copy);
      }
    },
  );

  it('draws the first screen of a large GICS summit from its preview too', async () => {
    const { outcome, seen } = await mountWatched(`src="${server}/big/1500/summit.json"`);
    expect((await outcome).type).toBe('gics-agenda-load');
    expect(seen()?.titles[0]).toBe('Trial workshop 1');
  });

  it('draws the first screen of a feed the load worker reads from the preview it posts first', async () => {
    const { agenda, outcome, seen } = await mountWatched(
      `src="${server}/big/2500/schedule/widgets/schedule.json"`,
    );
    expect((await outcome).type).toBe('gics-agenda-load');
    expect(seen()?.loads).toBe(0);
    expect(seen()?.titles.slice(0, 2)).toEqual(['Séance d’essai 1', 'Séance d’essai 2']);
    const cards = $$(agenda, 'article.card').slice(0, FIRST_PAINT_CARDS);
    expect(cards.every((card, index) => card === seen()!.cards[index])).toBe(true);
    expect(agenda.loadedSummit?.workshops).toHaveLength(2500);
  });

  it('keeps a star given during the preview', async () => {
    let starred: string | undefined;
    const changes: string[] = [];
    const { agenda, outcome, seen } = await mountWatched(`src="${FEED}"`, (shown) => {
      const star = $(shown, 'article.card button.fav');
      starred = star.dataset.favorite;
      star.click();
    });
    agenda.addEventListener('gics-favorite-change', (event) =>
      changes.push(event.detail.workshopId),
    );
    await outcome;
    expect(seen()).toBeDefined();
    expect(starred).toBeDefined();
    expect(changes).toEqual([starred]);
    expect(agenda.favoriteIds).toEqual([starred]);
    expect($(agenda, `button.fav[data-favorite="${starred}"]`).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(JSON.parse(localStorage.getItem('gics-agenda:favorites:summit-2030')!)).toEqual([
      starred,
    ]);
  });

  it('shows the whole feed’s error when the whole cannot be read after its preview', async () => {
    const { agenda, outcome, seen } = await mountWatched(`src="${server}/big/1500/broken.json"`);
    const event = await outcome;
    expect(seen()).toBeDefined();
    expect(event.type).toBe('gics-agenda-error');
    expect($$(agenda, 'article.card')).toEqual([]);
    expect($(agenda, '[part="error"]')).toBeTruthy();
    expect(agenda.loadedSummit).toBeUndefined();
  });

  it('gives way to a new src set during the preview: the large feed never shows', async () => {
    const loads: GicsAgendaLoadEvent[] = [];
    const { agenda, seen } = await mountWatched(`src="${FEED}"`, (shown) => {
      shown.src = `${server}/summit.json`;
    });
    agenda.addEventListener('gics-agenda-load', (event) => loads.push(event));
    await nextOutcome(agenda);
    expect(seen()).toBeDefined();
    expect(loads).toHaveLength(1);
    expect(loads[0]!.detail.summit.id).toBe('gics-montreal-2023');
    // Long enough for the large feed's whole to have been read, were it still loading.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(loads).toHaveLength(1);
    expect(agenda.loadedSummit?.id).toBe('gics-montreal-2023');
    expect(cardTitles(agenda).some((title) => title.startsWith('Séance d’essai'))).toBe(false);
  });

  it('is not drawn where it would not be the first screen of the whole', async () => {
    const cases: Array<[string, () => void]> = [
      ['themes="1"', () => {}],
      ['view="grid"', () => {}],
      ['view="mine"', () => {}],
      ['structured-data', () => {}],
      ['sync-url', () => history.replaceState(null, '', `${initialUrl.split('?')[0]}?q=essai`)],
      ['sync-url', () => history.replaceState(null, '', `${initialUrl.split('?')[0]}?view=grid`)],
      ['', () => history.replaceState(null, '', `${initialUrl.split('#')[0]}#workshop-TALK0`)],
    ];
    for (const [attributes, arrange] of cases) {
      arrange();
      const { outcome, seen } = await mountWatched(`src="${FEED}" ${attributes}`);
      await outcome;
      expect(seen(), attributes).toBeUndefined();
      cleanupFixtures();
      history.replaceState(null, '', initialUrl);
    }
  });

  it('is drawn with sync-url when the address chooses nothing', async () => {
    const { outcome, seen } = await mountWatched(`src="${FEED}" sync-url`);
    await outcome;
    expect(seen()).toBeDefined();
  });

  it('is not drawn for a small feed, a frab feed or a summit set as an object', async () => {
    for (const src of [
      `${server}/big/300/schedule/widgets/schedule.json`,
      `${server}/congress.json`,
    ]) {
      const { outcome, seen } = await mountWatched(`src="${src}"`);
      expect((await outcome).type).toBe('gics-agenda-load');
      expect(seen(), src).toBeUndefined();
      cleanupFixtures();
    }
    const feed = (await (await fetch(`${server}/big/1500/summit.json`)).json()) as unknown;
    const { agenda, outcome } = await mountAgenda('', { wait: false });
    const { seen } = watchPreview(agenda);
    agenda.summit = feed;
    await outcome;
    expect(seen()).toBeUndefined();
  });
});

describe('loadSummit with a preview hook', () => {
  it('shows the preview the load worker read and posted, before handing on the whole', async () => {
    const order: string[] = [];
    const talks = 2500;
    const outcome = await loadSummit(`${server}/big/${talks}/schedule/widgets/schedule.json`, {
      preview: async (feed, late) => {
        const workshops = 'summit' in feed ? feed.summit.workshops.length : -1;
        order.push(`preview:${workshops}:${late() ? 'late' : 'in time'}`);
        // The whole waits for the preview to be shown.
        await new Promise((resolve) => setTimeout(resolve, 50));
        order.push('shown');
      },
    });
    order.push('outcome');
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.summit.workshops).toHaveLength(talks);
    expect(order).toEqual([`preview:36:in time`, 'shown', 'outcome']);
  });

  it('hands a feed read on the page to the preview once parsed, and a small one not at all', async () => {
    const calls: unknown[] = [];
    const preview = async (feed: { summit: unknown } | { json: unknown }) => void calls.push(feed);
    await loadSummit(`${server}/big/1000/schedule/widgets/schedule.json`, { preview });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ json: { talks: expect.any(Array) } });
    const small = await (await fetch(`${server}/big/300/schedule/widgets/schedule.json`)).text();
    expect(small.length).toBeLessThan(PREVIEW_FROM_BYTES);
    await loadSummit(`${server}/big/300/schedule/widgets/schedule.json`, { preview });
    expect(calls).toHaveLength(1);
  });
});
