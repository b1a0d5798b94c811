/**
 * The agenda on schedules shaped like real conference exports: a congress-sized frab feed
 * (`testing/congress-feed.ts`: 90 rooms listed in the organiser's order, nights past
 * midnight, Markdown abstracts, German and English sessions) and a frab feed that does not say
 * its time zone, both served from 127.0.0.1.
 */
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import '../define/gics-agenda.js';
import type { GicsAgendaErrorEvent } from '../events/agenda-error.js';
import type { GicsAgendaLoadEvent } from '../events/agenda-load.js';
import { cleanupFixtures, expectNoAxeViolations } from '../testing/helpers.js';
import { $, $$, byRole, mountAgenda, text, until } from './testing/helpers.js';
import { CONGRESS_ROOMS, congressFeed } from './testing/congress-feed.js';

const server = inject('agendaServer');
const CONGRESS = `src="${server}/congress.json"`;
const { sessions, afterMidnight } = congressFeed();

afterEach(() => {
  cleanupFixtures();
  vi.restoreAllMocks();
});

describe('a congress-sized frab feed', () => {
  it('shows every session under its conference day: four days, nights on the day they began', async () => {
    const { agenda, outcome } = await mountAgenda(CONGRESS, { width: '1200px' });
    const event = (await outcome) as GicsAgendaLoadEvent;
    expect(event.type).toBe('gics-agenda-load');
    expect(event.detail.summit.workshops).toHaveLength(sessions);
    // Every card renders in the background; the last day's heading is then on the page.
    await until(() => $$(agenda, '.card').length === sessions);
    expect($$(agenda, '.day-heading').map((heading) => text(heading))).toEqual([
      'Saturday, December 27',
      'Sunday, December 28',
      'Monday, December 29',
      'Tuesday, December 30',
    ]);
    // A session at 00:20 on the 28th is on the 27th's programme, after the evening.
    const night = afterMidnight.find(({ day }) => day === '2031-12-27')!;
    const card = $$(agenda, '.card').find((candidate) =>
      text(candidate.querySelector('.card-title')).includes(night.title),
    )!;
    const day = card.closest('section.day')!;
    expect(text(day.querySelector('.day-heading'))).toBe('Saturday, December 27');
  });

  it('offers exactly the four conference days as grid tabs, rooms in the organiser’s order', async () => {
    const { agenda } = await mountAgenda(`${CONGRESS} view="grid"`, { width: '1200px' });
    await until(() => $$(agenda, '[role="tab"]').length > 0);
    expect($$(agenda, '[role="tab"]').map((tab) => text(tab))).toEqual([
      'Saturday, December 27',
      'Sunday, December 28',
      'Monday, December 29',
      'Tuesday, December 30',
    ]);
    // Main halls first, as `conference.rooms` lists them, not side rooms sorted by name.
    const columns = $$(agenda, '.grid-room').map((room) => text(room));
    expect(columns.slice(0, 5)).toEqual(CONGRESS_ROOMS.slice(0, 5));
    expect(columns).toEqual(CONGRESS_ROOMS.filter((room) => columns.includes(room)));
    // The night's last rows read past midnight, at the bottom of the day.
    const times = $$(agenda, '.grid-time').map((time) => text(time));
    expect(times[0]).toBe('11:00 a.m.');
    expect(times.at(-1)).toMatch(/^(12|1|2):\d\d a\.m\.$/);
  });

  it('renders a Markdown abstract as text and a real link, and cards show it without marks', async () => {
    const { agenda } = await mountAgenda(CONGRESS, { width: '1200px' });
    const first = $$(agenda, '.card')[0]!;
    const summary = text(first.querySelector('.card-summary'));
    expect(summary).toContain('An invented abstract');
    expect(summary).not.toMatch(/\*\*|\]\(/);
    first.querySelector<HTMLButtonElement>('[data-open]')!.click();
    await until(() => agenda.shadowRoot!.querySelector('dialog[open]') !== null);
    const dialog = $(agenda, 'dialog[open]');
    await until(
      () => dialog.querySelector('a[href^="https://congress.example.org/notes/"]') !== null,
    );
    const link = dialog.querySelector<HTMLAnchorElement>(
      'a[href^="https://congress.example.org/notes/"]',
    )!;
    expect(text(link)).toContain('the notes');
    expect(text(dialog.querySelector('strong'))).toBe('invented');
    expect(text(dialog)).not.toContain('**');
  });

  it('names the languages the feed has, in the visitor’s language', async () => {
    const { agenda } = await mountAgenda(CONGRESS, { lang: 'fr' });
    const options = $$<HTMLOptionElement>(agenda, '#filter-language option').map((option) =>
      text(option),
    );
    expect(options.slice(1)).toEqual(['Allemand', 'Anglais']);
    const { agenda: english } = await mountAgenda(CONGRESS, { lang: 'en' });
    expect(
      $$<HTMLOptionElement>(english, '#filter-language option').map((option) => text(option)),
    ).toEqual(expect.arrayContaining(['German', 'English']));
    const german = $$(english, '.card').find((card) => text(card).includes('In German'));
    expect(german).toBeDefined();
  });
});

describe('a feed that does not say its time zone', () => {
  it('says what is missing and names the attribute, in English and in French, without a useless retry', async () => {
    const { agenda, outcome } = await mountAgenda(`src="${server}/frab-no-zone.json"`);
    const event = (await outcome) as GicsAgendaErrorEvent;
    expect(event.detail.kind).toBe('no-time-zone');
    expect(event.detail.problems?.[0]?.code).toBe('missing_time_zone');
    const alert = text($(agenda, '[role="alert"]'));
    expect(alert).toContain('does not say which time zone');
    expect(alert).toContain('feed-time-zone="Europe/Berlin"');
    expect(() => byRole(agenda, 'button', 'Try again')).toThrow();
    await expectNoAxeViolations(agenda);

    const { agenda: french } = await mountAgenda(`src="${server}/frab-no-zone.json"`, {
      lang: 'fr-CA',
    });
    expect(text($(french, '[role="alert"]'))).toContain('n’indique pas le fuseau horaire');
    expect(text($(french, '[role="alert"]'))).toContain('feed-time-zone="America/Toronto"');
  });

  it('shows the agenda once the page gives the zone with feed-time-zone', async () => {
    const { agenda, outcome } = await mountAgenda(
      `src="${server}/frab-no-zone.json" feed-time-zone="America/Toronto"`,
    );
    expect((await outcome).type).toBe('gics-agenda-load');
    expect($$(agenda, '.card').length).toBeGreaterThan(0);
  });
});

describe('a clean pretalx feed in Spanish', () => {
  it('loads without a console warning, though the feed names no event', async () => {
    const warn = vi.spyOn(console, 'warn');
    const { agenda, outcome } = await mountAgenda(
      `src="${server}/fixtures/pretalx-widget-es.json"`,
      { lang: 'fr' },
    );
    const event = (await outcome) as GicsAgendaLoadEvent;
    expect(event.type).toBe('gics-agenda-load');
    expect(event.detail.warnings).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    // Spanish sessions are kept, and named in the visitor's language.
    const options = $$<HTMLOptionElement>(agenda, '#filter-language option').map((option) =>
      text(option),
    );
    expect(options).toContain('Espagnol');
    expect($$(agenda, '.card').some((card) => text(card).includes('En espagnol'))).toBe(true);
  });
});
