import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import '../define/gics-agenda.js';
import type { GicsAgendaErrorEvent } from '../events/agenda-error.js';
import type { GicsAgendaLoadEvent } from '../events/agenda-load.js';
import type { GicsFavoriteChangeEvent } from '../events/favorite-change.js';
import type { GicsWorkshopOpenEvent } from '../events/workshop-open.js';
import { cleanupFixtures, expectNoAxeViolations, underStrictCsp } from '../testing/helpers.js';
import {
  $,
  $$,
  byRole,
  cardTitles,
  focused,
  mountAgenda,
  nextOutcome,
  text,
  until,
} from './testing/helpers.js';
import { crowdedDay, longSummit } from './testing/long-summit.js';
import { FIRST_CARDS, FIRST_PAINT_CARDS, MORE_CARDS } from '../internal/progressive.js';
import { runElementBaseTests } from '../testing/element-base-tests.js';
import type { GicsAgenda } from './agenda.js';

const server = inject('agendaServer');
const deadUrl = inject('agendaDeadUrl');
const SUMMIT = `src="${server}/summit.json"`;
/** During the summit: 17 May 2023, 10:45 in Montréal. */
const DURING = '2023-05-17T10:45:00-04:00';
const STORAGE_KEY = 'gics-agenda:favorites:gics-montreal-2023';
const initialUrl = location.href;

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanupFixtures();
  history.replaceState(null, '', initialUrl);
  vi.restoreAllMocks();
});

async function hits(path: string): Promise<number> {
  return (await fetch(`${server}/__hits${path}`)).json();
}

describe('loading data', () => {
  it('fetches src once, shows a skeleton with aria-busy, then the days', async () => {
    const { agenda, outcome } = await mountAgenda(`src="${server}/slow.json?ms=400"`, {
      wait: false,
    });
    await agenda.updateComplete;
    expect($(agenda, '[part="base"]').getAttribute('aria-busy')).toBe('true');
    expect(text($(agenda, '[role="status"]'))).toBe('Loading the agenda…');
    expect($$(agenda, '.bone').length).toBeGreaterThan(0);
    await expectNoAxeViolations(agenda);
    const event = (await outcome) as GicsAgendaLoadEvent;
    expect(event.type).toBe('gics-agenda-load');
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail.summit.id).toBe('gics-montreal-2023');
    expect(event.detail.warnings).toEqual([]);
    expect($(agenda, '[part="base"]').getAttribute('aria-busy')).toBe('false');
    expect(cardTitles(agenda)).toHaveLength(12);
    expect(await hits('/slow.json')).toBe(1);
  });

  it('shows a summit set as a property, checked leniently', async () => {
    const { agenda } = await mountAgenda('', { summit: montreal2023 });
    expect(cardTitles(agenda)).toHaveLength(12);
  });

  it('draws its first update in a task after the one that added it', async () => {
    // The task that runs the page's modules and upgrades the element stays short (a long one
    // holds every keystroke and frame of the page meanwhile).
    const agenda = document.createElement('gics-agenda') as GicsAgenda;
    agenda.summit = montreal2023;
    document.body.append(agenda);
    for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
    expect(agenda.hasUpdated).toBe(false);
    expect(agenda.shadowRoot?.querySelector('[part="base"]') ?? null).toBeNull();
    await agenda.updateComplete;
    expect(agenda.hasUpdated).toBe(true);
    await vi.waitFor(() => expect(cardTitles(agenda)).toHaveLength(12));
    agenda.remove();
  });

  const failures = [
    ['missing.json', 'not-found', 'was not found at this address'],
    ['broken.json', 'server', 'having a problem'],
    ['invalid.json', 'not-json', 'not a readable JSON file'],
    ['other.json', 'not-summit', 'not a GICS summit agenda'],
  ] as const;
  for (const [file, kind, words] of failures) {
    it(`says what went wrong: ${kind}`, async () => {
      const { agenda, outcome } = await mountAgenda(`src="${server}/${file}"`);
      const event = (await outcome) as GicsAgendaErrorEvent;
      expect(event.type).toBe('gics-agenda-error');
      expect(event.detail.kind).toBe(kind);
      expect(event.detail.src).toBe(`${server}/${file}`);
      const alert = $(agenda, '[role="alert"]');
      expect(text(alert)).toContain('The agenda could not be shown');
      expect(text(alert)).toContain(words);
      expect(byRole(agenda, 'button', 'Try again')).toBeTruthy();
      await expectNoAxeViolations(agenda);
    });
  }

  it('says so when the server cannot be reached, in French', async () => {
    const { agenda, outcome } = await mountAgenda(`src="${deadUrl}"`, { lang: 'fr-CA' });
    expect(((await outcome) as GicsAgendaErrorEvent).detail.kind).toBe('network');
    expect(text($(agenda, '[role="alert"]'))).toContain('Impossible de joindre le serveur');
    expect(byRole(agenda, 'button', 'Réessayer')).toBeTruthy();
  });

  it('"Try again" fetches again and shows the agenda', async () => {
    const path = `/flaky/${crypto.randomUUID()}.json`;
    const { agenda } = await mountAgenda(`src="${server}${path}"`);
    expect(text($(agenda, '[role="alert"]'))).toContain('having a problem');
    const loaded = nextOutcome(agenda);
    await userEvent.click(byRole(agenda, 'button', 'Try again'));
    expect((await loaded).type).toBe('gics-agenda-load');
    expect(cardTitles(agenda)).toHaveLength(12);
    expect(await hits(path)).toBe(2);
  });

  it('shows the valid workshops of a partial summit and reports the others once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { agenda, outcome } = await mountAgenda(`src="${server}/partial.json"`);
    const event = (await outcome) as GicsAgendaLoadEvent;
    expect(cardTitles(agenda)).toHaveLength(12);
    const dropped = event.detail.warnings.filter((w) => w.code === 'record_dropped');
    expect(dropped.map((w) => w.where)).toEqual(['workshops[12]', 'workshops[13]']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('<gics-agenda>');
  });

  it('says when a summit has no workshops', async () => {
    const { agenda } = await mountAgenda(`src="${server}/empty.json"`);
    expect(text($(agenda, '.empty'))).toBe('There are no workshops in the agenda yet.');
    await expectNoAxeViolations(agenda);
  });

  for (const [file, format] of [
    ['pretalx.json', 'pretalx'],
    ['frab.json', 'frab'],
  ] as const) {
    it(`reads a ${format} feed through the core importer`, async () => {
      const { agenda, outcome } = await mountAgenda(`src="${server}/${file}"`);
      const event = (await outcome) as GicsAgendaLoadEvent;
      expect(event.type).toBe('gics-agenda-load');
      expect(event.detail.format).toBe(format);
      expect(cardTitles(agenda).length).toBe(event.detail.summit.workshops.length);
      expect(cardTitles(agenda).length).toBeGreaterThan(0);
    });
  }

  it('refuses a feed forced into the wrong format', async () => {
    const { outcome } = await mountAgenda(`src="${server}/pretalx.json" format="frab"`);
    expect(((await outcome) as GicsAgendaErrorEvent).detail.kind).toBe('not-summit');
  });
});

describe('list view and languages', () => {
  it('groups by day then time slot, in French', async () => {
    const { agenda } = await mountAgenda(SUMMIT, { lang: 'fr' });
    const days = $$(agenda, 'h2.day-heading').map(text);
    expect(days).toEqual(['mardi 16 mai', 'mercredi 17 mai', 'jeudi 18 mai']);
    const firstSlot = text($(agenda, 'h3.slot-heading'));
    expect(firstSlot).toMatch(/^9 h\s–\s10 h$/);
    const card = $(agenda, '.card');
    expect(text(card)).toContain('Leadership coopératif');
    expect($(agenda, '[part="count"]').textContent).toBe('12\u00a0ateliers');
  });

  it('speaks English with en-CA dates', async () => {
    const { agenda } = await mountAgenda(SUMMIT, { lang: 'en' });
    expect(text($(agenda, 'h2.day-heading'))).toBe('Tuesday, May 16');
    expect(text($(agenda, '[part="count"]'))).toBe('12 workshops');
  });

  it('follows the time-zone toggle', async () => {
    const { agenda } = await mountAgenda(`${SUMMIT} time-zone="event"`, { lang: 'fr' });
    const eventButton = byRole(agenda, 'button', 'Heure de Montréal');
    expect(eventButton.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(byRole(agenda, 'button', 'Votre heure'));
    await agenda.updateComplete;
    expect(byRole(agenda, 'button', 'Votre heure').getAttribute('aria-pressed')).toBe('true');
    // The browser runs in UTC here: 9 h in Montréal is 13 h, and the zone is named.
    expect(text($(agenda, '.card-time'))).toMatch(/^13 h\s–\s14 h UTC/);
  });

  it('renders data as text, never as markup', async () => {
    const summit = structuredClone(montreal2023) as typeof montreal2023;
    (summit.workshops[0] as { title: unknown }).title = '<img src=x onerror=alert(1)>';
    const { agenda } = await mountAgenda('', { summit });
    expect($$(agenda, 'img')).toHaveLength(0);
    expect(cardTitles(agenda)).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('filters', () => {
  it('theme chips are toggle buttons that filter and announce the count', async () => {
    const { agenda } = await mountAgenda(SUMMIT);
    // The test page is phone-sized: the filters but the search box are behind their button.
    await userEvent.click(byRole(agenda, 'button', 'Filters'));
    const chip = byRole(agenda, 'button', 'Circular economy');
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(chip);
    await agenda.updateComplete;
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    expect(cardTitles(agenda)).toHaveLength(4);
    expect(text($(agenda, '[role="status"][part="count"]'))).toBe('4 of 12 workshops');
    await expectNoAxeViolations(agenda);
  });

  it('searches without caring about case or accents, after a short pause', async () => {
    const { agenda } = await mountAgenda(SUMMIT, { lang: 'fr' });
    await userEvent.type($(agenda, 'input[type="search"]'), 'ECONOMIE');
    await until(() => cardTitles(agenda).length < 12);
    expect(cardTitles(agenda)).toContain('L’économie circulaire, à la manière des coopérateurs');
  });

  it('filters by format, language, day and room, and clears in one click', async () => {
    const { agenda } = await mountAgenda(SUMMIT);
    await userEvent.click(byRole(agenda, 'button', 'Filters'));
    await userEvent.selectOptions($(agenda, '#filter-day'), '2023-05-17');
    await agenda.updateComplete;
    expect($$(agenda, 'h2.day-heading').map(text)).toEqual(['Wednesday, May 17']);
    await userEvent.selectOptions($(agenda, '#filter-room'), 'Grande salle');
    await agenda.updateComplete;
    expect($$(agenda, '.card').every((card) => text(card).includes('Main Hall'))).toBe(true);
    await userEvent.selectOptions($(agenda, '#filter-language'), 'en');
    await agenda.updateComplete;
    expect(cardTitles(agenda)).toHaveLength(2); // one in English, one bilingual
    await userEvent.selectOptions($(agenda, '#filter-format'), 'workshop');
    await agenda.updateComplete;
    expect(text($(agenda, '.empty'))).toContain('No workshops match these filters.');
    await expectNoAxeViolations(agenda);
    await userEvent.click($$(agenda, '.empty button')[0]!);
    await agenda.updateComplete;
    expect(cardTitles(agenda)).toHaveLength(12);
  });

  it('says « Tous » or « Toutes » as each filter’s noun asks, in French', async () => {
    const { agenda } = await mountAgenda(SUMMIT, { lang: 'fr' });
    const first = (id: string) => text($(agenda, `#filter-${id} option`));
    expect([first('format'), first('language'), first('day'), first('room')]).toEqual([
      'Tous',
      'Toutes',
      'Tous',
      'Toutes',
    ]);
  });

  it('preselects themes from the attribute and can hide the filters', async () => {
    const { agenda } = await mountAgenda(`${SUMMIT} themes="numerisation" hide-filters`);
    expect(cardTitles(agenda)).toHaveLength(4);
    expect($$(agenda, '[part="filters"]')).toHaveLength(0);
  });

  it('reflects filters and view in the URL with sync-url, and reads them back', async () => {
    // Wide enough for the grid, and for the filters not to fold.
    const { agenda } = await mountAgenda(`${SUMMIT} sync-url`, { width: '960px' });
    await userEvent.click(byRole(agenda, 'button', 'Digitalization'));
    await agenda.updateComplete;
    expect(new URL(location.href).searchParams.get('theme')).toBe('numerisation');
    await userEvent.click(byRole(agenda, 'button', 'Grid'));
    await agenda.updateComplete;
    expect(new URL(location.href).searchParams.get('view')).toBe('grid');
    cleanupFixtures();
    const { agenda: again } = await mountAgenda(`${SUMMIT} sync-url`);
    expect(again.view).toBe('grid');
    expect(byRole(again, 'button', 'Digitalization').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('favourites and my agenda', () => {
  it('stars a workshop, keeps it per summit, and tells the host', async () => {
    const { agenda } = await mountAgenda(SUMMIT);
    const changes: GicsFavoriteChangeEvent[] = [];
    agenda.addEventListener('gics-favorite-change', (event) => changes.push(event));
    const star = $$(agenda, '[part="favorite-button"]')[0]!;
    expect(text(star)).toMatch(/^Save to my agenda: /);
    expect(text(star)).toContain(cardTitles(agenda)[0]);
    await userEvent.click(star);
    await agenda.updateComplete;
    expect(star.getAttribute('aria-pressed')).toBe('true');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.detail).toEqual({
      workshopId: 'ouverture-leadership-climat',
      favorite: true,
      favoriteIds: ['ouverture-leadership-climat'],
    });
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toEqual(['ouverture-leadership-climat']);
    cleanupFixtures();
    const { agenda: again } = await mountAgenda(SUMMIT);
    expect($$(again, '[part="favorite-button"]')[0]!.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the count of favourites on "My agenda" in the button\'s text colour, whatever the page sets', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(['ouverture-leadership-climat']));
    // The page's own text colour (no scheme set: the element follows the page), then dark.
    for (const scheme of ['', 'color-scheme="dark"']) {
      const { agenda } = await mountAgenda(`${SUMMIT} ${scheme}`);
      const mine = byRole(agenda, 'button', 'My agenda 1');
      const count = mine.querySelector('.pill')!;
      const button = getComputedStyle(mine);
      const pill = getComputedStyle(count);
      expect(text(count)).toBe('1');
      // Its digits and outline are the button's text, on the button's own background.
      expect(pill.color).toBe(button.color);
      expect(pill.borderTopColor).toBe(button.color);
      expect(pill.backgroundColor).toBe('rgba(0, 0, 0, 0)');
      expect(button.color).not.toBe(button.backgroundColor);
      cleanupFixtures();
    }
  });

  it('lists favourites in "my agenda" with conflicts in words, and exports them', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify([
        'ouverture-leadership-climat',
        ...montreal2023.workshops.slice(5, 7).map((w) => w.id),
      ]),
    );
    const { agenda } = await mountAgenda(`${SUMMIT} view="mine"`);
    expect(cardTitles(agenda)).toHaveLength(3);
    expect(text($(agenda, '.conflict-summary'))).toBe('⚠ 1 time conflict in your agenda');
    const conflicts = $$(agenda, '[part="conflict"]').map(text);
    expect(conflicts).toHaveLength(2);
    expect(conflicts[0]).toMatch(/^⚠ Time conflict with “.+”$/);
    await expectNoAxeViolations(agenda);
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    await userEvent.click(byRole(agenda, 'button', 'Download my agenda (.ics)'));
    await until(() => clicks.length === 1); // the calendar export loads on first use
    expect(clicks[0]).toMatch(/\.ics$/);
  });

  it('keeps favourites for the visit when storage is blocked, and says so quietly', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const { agenda } = await mountAgenda(SUMMIT, { lang: 'fr' });
    await userEvent.click($$(agenda, '[part="favorite-button"]')[1]!);
    await agenda.updateComplete;
    expect($$(agenda, '[part="favorite-button"]')[1]!.getAttribute('aria-pressed')).toBe('true');
    expect(text($(agenda, '[part="notice"]'))).toContain('sera oublié à la fin de cette visite');
    await userEvent.click(byRole(agenda, 'button', 'Mon programme'));
    await agenda.updateComplete;
    expect(cardTitles(agenda)).toHaveLength(1);
  });

  it('sets the download apart from the first day, and keeps room around its label on a phone', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(['ouverture-leadership-climat']));
    for (const lang of ['fr', 'en']) {
      const { agenda } = await mountAgenda(`${SUMMIT} view="mine"`, { lang, width: '288px' });
      const download = $(agenda, '.mine-actions .action');
      const heading = $(agenda, '.day-heading');
      const gap = heading.getBoundingClientRect().top - download.getBoundingClientRect().bottom;
      const dayGap = parseFloat(getComputedStyle($(agenda, '.day')).rowGap);
      expect(gap, lang).toBeGreaterThanOrEqual(dayGap);
      // The French label wraps at this width: its lines stay clear of the button's border.
      const label = document.createRange();
      label.selectNodeContents(download);
      const lines = label.getBoundingClientRect();
      const box = download.getBoundingClientRect();
      expect(lines.top - box.top, lang).toBeGreaterThanOrEqual(4);
      expect(box.bottom - lines.bottom, lang).toBeGreaterThanOrEqual(4);
      cleanupFixtures();
    }
  });

  it('says how to add favourites when "my agenda" is empty, with a mouse as with a finger', async () => {
    const { agenda } = await mountAgenda(`${SUMMIT} view="mine"`);
    expect(text($(agenda, '.empty'))).toBe(
      'Your agenda is empty. Select a workshop’s star to add it.',
    );
    cleanupFixtures();
    const { agenda: french } = await mountAgenda(`${SUMMIT} view="mine"`, { lang: 'fr' });
    expect(text($(french, '.empty'))).toBe(
      'Votre programme est vide. Sélectionnez l’étoile d’un atelier pour l’y ajouter.',
    );
  });
});

describe('workshop detail', () => {
  it('opens in a modal dialog, closes on Escape and returns focus', async () => {
    const { agenda } = await mountAgenda(SUMMIT, { lang: 'fr' });
    const opens: GicsWorkshopOpenEvent[] = [];
    agenda.addEventListener('gics-workshop-open', (event) => opens.push(event));
    const title = $$(agenda, '.title-button')[1]!;
    await userEvent.click(title);
    const dialog = $<HTMLDialogElement>(agenda, 'dialog');
    await until(() => dialog.open);
    expect(opens[0]!.detail.trigger).toBe('card');
    expect(text($(agenda, '#dialog-title'))).toBe(text(title));
    expect(text(dialog)).toContain('mardi 16 mai');
    expect(text(dialog)).toContain('Animation');
    const links = $$<HTMLAnchorElement>(agenda, 'dialog a[target="_blank"]');
    expect(links.map((link) => text(link))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Google Agenda'),
        expect.stringContaining('Outlook'),
      ]),
    );
    for (const link of links) {
      expect(link.rel).toBe('noopener noreferrer');
      expect(link.href).toMatch(/^https:/);
    }
    await expectNoAxeViolations(agenda);
    await userEvent.keyboard('{Escape}');
    await until(() => !dialog.open);
    await agenda.updateComplete;
    expect(focused(agenda)).toBe(title);
  });

  it('toggles the favourite from the dialog', async () => {
    const { agenda } = await mountAgenda(SUMMIT);
    await userEvent.click($$(agenda, '.title-button')[0]!);
    const toggle = $(agenda, '.fav-toggle');
    await userEvent.click(toggle);
    await agenda.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect($$(agenda, '[part="favorite-button"]')[0]!.getAttribute('aria-pressed')).toBe('true');
  });

  it('opens from a #workshop-<id> deep link, and writes it with sync-url', async () => {
    history.replaceState(null, '', '#workshop-donnees-ouvertes-impact');
    const { agenda } = await mountAgenda(`${SUMMIT} sync-url`);
    const dialog = $<HTMLDialogElement>(agenda, 'dialog');
    await until(() => dialog.open);
    expect(text($(agenda, '#dialog-title')).length).toBeGreaterThan(0);
    await userEvent.click(byRole(agenda, 'button', 'Close'));
    await until(() => !dialog.open);
    await agenda.updateComplete;
    expect(location.hash).toBe('');
    await userEvent.click($$(agenda, '.title-button')[2]!);
    await until(() => dialog.open);
    await agenda.updateComplete;
    expect(location.hash).toMatch(/^#workshop-/);
  });

  it('links cards to the host pages with workshop-href', async () => {
    const { agenda } = await mountAgenda(`${SUMMIT} workshop-href="/ateliers/{id}"`);
    const link = $<HTMLAnchorElement>(agenda, '.card-title a');
    expect(link.getAttribute('href')).toBe('/ateliers/ouverture-leadership-climat');
    expect($$(agenda, '.title-button')).toHaveLength(0);
  });
});

describe('structured data', () => {
  /** The JSON-LD block the agenda keeps in its light DOM, once written. */
  async function jsonLdOf(agenda: GicsAgenda): Promise<Record<string, unknown>> {
    const find = () =>
      agenda.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
    await until(() => find() !== null);
    return JSON.parse(find()!.textContent!) as Record<string, unknown>;
  }

  it('puts the summit as a schema.org Event in the light DOM, in the agenda’s language', async () => {
    const { agenda } = await mountAgenda(
      `${SUMMIT} structured-data workshop-href="/ateliers/{id}"`,
      {
        lang: 'fr',
      },
    );
    const data = await jsonLdOf(agenda);
    expect(data['@type']).toBe('Event');
    expect(data.name).toBe(montreal2023.name.fr);
    const subEvents = data.subEvent as Array<Record<string, unknown>>;
    expect(subEvents).toHaveLength(montreal2023.workshops.length);
    expect(subEvents[0]!.url).toBe(
      new URL('/ateliers/ouverture-leadership-climat', location.href).href,
    );
    // Not in the shadow root, where search engines would not read it; one block only.
    expect(agenda.shadowRoot!.querySelector('script')).toBeNull();
    agenda.lang = 'en';
    await expect.poll(async () => (await jsonLdOf(agenda)).name).toBe(montreal2023.name.en);
    expect(agenda.querySelectorAll('script')).toHaveLength(1);
    agenda.structuredData = false;
    await agenda.updateComplete;
    expect(agenda.querySelector('script')).toBeNull();
  });

  it('is off by default', async () => {
    const { agenda } = await mountAgenda(SUMMIT);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(agenda.querySelector('script')).toBeNull();
  });
});

/** A grid wide enough to stay a grid from its first layout (see `mountAgenda`'s `width`). */
async function mountGrid(attributes = '', lang = 'en') {
  const { agenda } = await mountAgenda(`${SUMMIT} view="grid" ${attributes}`, {
    lang,
    width: '960px',
  });
  expect($$(agenda, '[role="tab"]').length).toBeGreaterThan(0);
  return agenda;
}

describe('grid view', () => {
  it('shows rooms × time for one day, with day tabs operated by arrow keys', async () => {
    const agenda = await mountGrid();
    const tabs = $$(agenda, '[role="tab"]');
    expect(tabs.map(text)).toEqual(['Tuesday, May 16', 'Wednesday, May 17', 'Thursday, May 18']);
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    expect($$(agenda, '.grid-room').map(text)).toEqual(['Birch Room', 'Main Hall', 'Maple Room']);
    // Three rooms fit: they share the width, with nothing to scroll sideways.
    const scroller = $(agenda, '[part="grid"]');
    expect(scroller.scrollWidth).toBe(scroller.clientWidth);
    expect($(agenda, '.grid-room').getBoundingClientRect().width).toBeGreaterThan(
      14 * parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
    tabs[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await until(() => text(focused(agenda)) === 'Wednesday, May 17');
    expect(focused(agenda)?.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{End}');
    await until(() => text(focused(agenda)) === 'Thursday, May 18');
    expect(text($(agenda, '[role="tabpanel"]'))).toContain('co'); // the panel follows the tab
    await expectNoAxeViolations(agenda);
  });

  it('hides rooms and switches density', async () => {
    const agenda = await mountGrid();
    const before = cardTitles(agenda).length;
    await userEvent.click($(agenda, 'details.rooms > summary'));
    await userEvent.click(byRole(agenda, 'checkbox', 'Main Hall'));
    await agenda.updateComplete;
    expect($$(agenda, '.grid-room').map(text)).toEqual(['Birch Room', 'Maple Room']);
    expect(cardTitles(agenda).length).toBeLessThan(before);
    await userEvent.click(byRole(agenda, 'checkbox', 'Compact'));
    await agenda.updateComplete;
    expect(agenda.hasAttribute('compact')).toBe(true);
    expect(byRole<HTMLInputElement>(agenda, 'checkbox', 'Compact').checked).toBe(true);
  });

  it('falls back to the list when narrow, the toolbar pressing the list, and comes back when wide', async () => {
    const { agenda } = await mountAgenda(`${SUMMIT} view="grid"`, { width: '320px' });
    await until(() => $$(agenda, '[role="tab"]').length === 0);
    expect($$(agenda, 'h2.day-heading').length).toBe(3);
    // The grid needs room (640 px): its button goes rather than stay pressed over a list.
    const views = () =>
      $$(agenda, '[aria-labelledby="views-label"] button').map(
        (button) => `${text(button)}${button.getAttribute('aria-pressed') === 'true' ? ' ✓' : ''}`,
      );
    expect(views()).toEqual(['List ✓', 'My agenda']);
    expect(agenda.view).toBe('grid');
    await expectNoAxeViolations(agenda);
    agenda.parentElement!.style.setProperty('width', '960px');
    await until(() => $$(agenda, '[role="tab"]').length === 3);
    expect(views()).toEqual(['List', 'Grid ✓', 'My agenda']);
    // Narrowed again with the grid's button focused: the focus goes to the list's, not away.
    byRole(agenda, 'button', 'Grid').focus();
    agenda.parentElement!.style.setProperty('width', '320px');
    await until(() => $$(agenda, '[role="tab"]').length === 0);
    expect(focused(agenda)).toBe(byRole(agenda, 'button', 'List'));
  });
});

describe('under a strict Content-Security-Policy', () => {
  it('shows the list, chips, grid and dialog with no violation reported', async () => {
    const {
      document: page,
      violations,
      remove,
    } = await underStrictCsp(
      new URL('../define/gics-agenda.ts', import.meta.url).href,
      'gics-agenda',
      '<gics-agenda lang="en" structured-data></gics-agenda>',
    );
    const agenda = page.querySelector('gics-agenda')!;
    const loaded = nextOutcome(agenda);
    agenda.summit = montreal2023;
    await loaded;
    // Structured data is data, never run: no policy change for it.
    await until(() => agenda.querySelector('script[type="application/ld+json"]') !== null);
    const chip = byRole(agenda, 'button', 'Circular economy');
    // The theme colour reached the chip's swatch: set through the CSSOM, not blocked.
    expect(
      chip.querySelector<HTMLElement>('.badge')!.style.getPropertyValue('--_gics-theme-color'),
    ).not.toBe('');
    chip.click();
    await agenda.updateComplete;
    agenda.view = 'grid';
    await agenda.updateComplete;
    const cell = $(agenda, '.grid-cell');
    expect(cell.style.getPropertyValue('grid-row')).not.toBe('');
    agenda.view = 'list';
    await agenda.updateComplete;
    agenda.open(montreal2023.workshops[0]!.id);
    await until(() => $$(agenda, 'dialog[open] h2').length === 1);
    // The dialog's styles arrive with its content, as a constructed stylesheet.
    expect(getComputedStyle($(agenda, 'dialog')).borderStyle).toBe('solid');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).toEqual([]);
    remove();
  });
});

describe('long programmes', () => {
  it('shows the first cards at once and the rest of a 300-workshop programme right after', async () => {
    const { agenda } = await mountAgenda('', { summit: longSummit(300), lang: 'fr' });
    // The load event and the first render: only a screenful of cards yet…
    expect(cardTitles(agenda)).toHaveLength(FIRST_PAINT_CARDS);
    expect(text($(agenda, '[part="count"]'))).toBe('300 ateliers');
    // …then every card, a batch per task, with no button to press.
    await until(() => cardTitles(agenda).length === 300);
    expect($$(agenda, 'button.more')).toHaveLength(0);
    expect($$(agenda, 'h2.day-heading')).toHaveLength(75);
    // A later list (here a theme's 100) starts from the usual first cards, not the first paint's.
    byRole(agenda, 'button', 'Économie circulaire').click();
    await agenda.updateComplete;
    expect(cardTitles(agenda)).toHaveLength(FIRST_CARDS);
    await until(() => cardTitles(agenda).length === 100);
  });

  it('past 2,000 workshops, renders more as asked, and says how many remain', async () => {
    const { agenda } = await mountAgenda('', { summit: longSummit(2100), lang: 'fr' });
    expect(text($(agenda, '[part="count"]'))).toBe('2 100 ateliers');
    const remaining = () => {
      const label = text($(agenda, 'button.more'));
      return Number(/encore ([\d ]+) ateliers/.exec(label)![1]!.replace(/\D/g, ''));
    };
    expect(cardTitles(agenda).length + remaining()).toBe(2100);
    await expectNoAxeViolations(agenda);
    const before = cardTitles(agenda).length;
    const more = $(agenda, 'button.more');
    more.focus();
    await userEvent.keyboard('{Enter}');
    await agenda.updateComplete;
    expect(cardTitles(agenda).length).toBeGreaterThanOrEqual(before + MORE_CARDS);
    expect(cardTitles(agenda).length + remaining()).toBe(2100);
  });

  it('renders a crowded grid day from its first hours, then every cell in the background', async () => {
    const summit = crowdedDay(420);
    const { agenda } = await mountAgenda('view="grid"', { summit, width: '960px' });
    const cellTitles = () => cardTitles(agenda, '.grid-cell .card-title');
    // First the top of the grid: the 08:00 row (30 rooms) begins it, not the data's first
    // (latest) workshops.
    expect(cellTitles()).toHaveLength(FIRST_CARDS);
    expect(cellTitles().every((title) => Number(title.split(' ')[1]) <= 30)).toBe(true);
    await until(() => cellTitles().length === 420);
    expect(new Set(cellTitles()).size).toBe(420);
    expect($$(agenda, 'button.more')).toHaveLength(0);
    // Thirty rooms do not fit: each keeps the column width (14rem) and the grid scrolls sideways,
    // rather than every column growing to the longest title on one line.
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const widths = $$(agenda, '.grid-room').map((room) => room.getBoundingClientRect().width);
    expect(widths).toHaveLength(30);
    for (const width of widths) expect(width).toBeCloseTo(14 * rem, 0);
    const scroller = $(agenda, '[part="grid"]');
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
  });

  it('jumps to the grid cell happening now, late in a crowded day', async () => {
    const summit = crowdedDay(420);
    // The last row starts at 14:30: its first workshop is the 391st of the day.
    const target = summit.workshops.find((workshop) => workshop.id === 'crowded-390')!;
    const { agenda } = await mountAgenda(`view="grid" now="${target.start}"`, {
      summit,
      width: '960px',
    });
    await userEvent.click(byRole(agenda, 'button', 'Jump to now'));
    await until(() => focused(agenda)?.closest('.grid-cell') != null);
    expect(focused(agenda)!.closest('.card')!.classList.contains('is-now')).toBe(true);
  });

  it('renders the card "jump to now" goes to, however far down the list', async () => {
    // Past the background-render limit, so nothing but the jump renders that far.
    const summit = longSummit(2100);
    const target = summit.workshops[500]!;
    const { agenda } = await mountAgenda(`now="${target.start}"`, { summit });
    await userEvent.click(byRole(agenda, 'button', 'Jump to now'));
    await until(() => focused(agenda)?.closest('.card')?.classList.contains('is-now') === true);
    expect(text(focused(agenda)!.closest('.card')!.querySelector('.card-title'))).toBe(
      text($(agenda, `[data-id="${target.id}"] .card-title`)),
    );
  });

  it('follows each keystroke in the list; the count and the URL wait for a pause', async () => {
    const { agenda } = await mountAgenda(`${SUMMIT} sync-url`, { lang: 'fr' });
    const status = $(agenda, '[part="count"]');
    const search = $<HTMLInputElement>(agenda, 'input[type="search"]');
    search.focus();
    search.value = 'economie';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await agenda.updateComplete;
    expect(cardTitles(agenda)).toContain('L’économie circulaire, à la manière des coopérateurs');
    expect(cardTitles(agenda).length).toBeLessThan(12);
    expect(text(status)).toBe('12 ateliers');
    expect(new URL(location.href).searchParams.get('q')).toBeNull();
    await until(() => text(status) !== '12 ateliers');
    expect(text(status)).toBe(`${cardTitles(agenda).length} ateliers sur 12`);
    expect(new URL(location.href).searchParams.get('q')).toBe('economie');
  });
});

describe('now and next', () => {
  it('marks what is happening now and jumps to it', async () => {
    const { agenda } = await mountAgenda(`${SUMMIT} now="${DURING}"`);
    const now = $$(agenda, '.card.is-now');
    expect(now.length).toBeGreaterThan(0);
    expect(text(now[0]!.querySelector('[part="now-tag"]'))).toBe('Happening now');
    await userEvent.click(byRole(agenda, 'button', 'Jump to now'));
    await until(() => focused(agenda)?.closest('.card')?.classList.contains('is-now') === true);
  });

  it('offers no "jump to now" outside the summit', async () => {
    const { agenda } = await mountAgenda(`${SUMMIT} now="2024-01-01T12:00:00Z"`);
    expect(() => byRole(agenda, 'button', 'Jump to now')).toThrow();
  });
});

describe('accessibility in both schemes and languages', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['fr', 'en']) {
      it(`has no axe violations: ${scheme}, ${lang}`, async () => {
        const { agenda } = await mountAgenda(`${SUMMIT} color-scheme="${scheme}" now="${DURING}"`, {
          lang,
        });
        await expectNoAxeViolations(agenda);
        cleanupFixtures();
        await expectNoAxeViolations(await mountGrid(`color-scheme="${scheme}"`, lang));
      });
    }
  }
});

// Without data the agenda renders its idle state, whose updates are the base class's alone.
runElementBaseTests<GicsAgenda>('gics-agenda');
