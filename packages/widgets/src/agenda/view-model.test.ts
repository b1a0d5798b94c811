import { beforeAll, describe, expect, it } from 'vitest';
import { parseSummit, type Summit, type WorkshopInput } from '@gics/core';
import { compareProgrammes, formatTimeRange } from '@gics/core/agenda';
import * as filterEngine from '@gics/core/agenda/filter';
import { WORKSHOP_TEXT_SEARCH } from '@gics/core/agenda/search';
import { agendaMessages } from '../i18n/agenda.js';
import { agendaUpdateMessages } from '../i18n/agenda-updates.js';
import { agendaMineMessages } from '../i18n/agenda-mine.js';
import * as grid from './grid-view.js';
import * as mine from './mine.js';
import { FIRST_CARDS } from '../internal/progressive.js';
import { markChanges } from './refresh.js';
import { loadRefresh } from './modules.js';
import { NO_FILTERS } from './url-state.js';
import {
  AgendaMemo,
  agendaViewModel,
  NO_CHANGES,
  firstRenderSteps,
  type AgendaInput,
  type ReadyModel,
} from './view-model.js';

/** Both on-demand views, arrived. */
const views = { grid, mine };

const MONTREAL = 'America/Montreal';

/** A summit of `count` one-hour workshops a day apart at 9:00, plus two that overlap at 14:00. */
function summitOf(count: number): Summit {
  const workshop = (
    id: string,
    start: string,
    end: string,
    room: string,
    title: WorkshopInput['title'] = { fr: `Atelier ${id}`, en: `Workshop ${id}` },
  ): WorkshopInput => ({
    id,
    title,
    start,
    end,
    room,
  });
  const workshops = Array.from({ length: count }, (_, index) => {
    const day = String(16 + (index % 3)).padStart(2, '0');
    return workshop(
      `w${index}`,
      `2023-05-${day}T09:00:00-04:00`,
      `2023-05-${day}T10:00:00-04:00`,
      `Salle ${index}`,
    );
  });
  workshops.push(
    workshop('a', '2023-05-16T14:00:00-04:00', '2023-05-16T15:00:00-04:00', 'Grande salle', {
      fr: 'Cuisine coopérative',
      en: 'Cooperative kitchen',
    }),
    workshop('b', '2023-05-16T14:30:00-04:00', '2023-05-16T15:30:00-04:00', 'Petite salle', {
      fr: 'Jardin partagé',
      en: 'Shared garden',
    }),
  );
  const parsed = parseSummit({
    id: 'essai',
    name: 'Sommet d’essai',
    year: 2023,
    timeZone: MONTREAL,
    startDate: '2023-05-16',
    endDate: '2023-05-18',
    workshops,
  });
  if (!parsed.ok) throw new Error('the test summit does not parse');
  return parsed.summit;
}

function input(summit: Summit | undefined, changes: Partial<AgendaInput> = {}): AgendaInput {
  return {
    lang: 'en',
    t: agendaMessages.en,
    status: summit ? 'ready' : 'loading',
    errorKind: undefined,
    retry: false,
    summit,
    view: 'list',
    narrow: false,
    timeZone: 'event',
    zone: MONTREAL,
    localZone: MONTREAL,
    prerendered: false,
    zoneRow: false,
    filters: NO_FILTERS,
    query: '',
    searching: false,
    announced: '',
    favorites: new Set(),
    persistent: true,
    favoritesTouched: false,
    instant: Date.parse('2023-05-01T12:00:00Z'),
    limit: FIRST_CARDS,
    gridDay: '2023-05-16',
    hiddenRooms: new Set(),
    hideFilters: false,
    filtersOpen: false,
    compact: false,
    workshopHref: '',
    openId: undefined,
    detail: undefined,
    views: {},
    textSearch: WORKSHOP_TEXT_SEARCH,
    filterEngine,
    changes: NO_CHANGES,
    updateNotice: '',
    refreshFailing: false,
    downloadFailed: undefined,
    ...changes,
  };
}

function ready(model: ReturnType<typeof agendaViewModel>): ReadyModel {
  if (model.status !== 'ready') throw new Error(`expected a summit on show, got ${model.status}`);
  return model;
}

// The marks' words arrive with the refresher, which a refresh that changed something has loaded.
beforeAll(() => loadRefresh());

describe('agendaViewModel', () => {
  it('says what is loading or why nothing shows', () => {
    const memo = new AgendaMemo();
    expect(agendaViewModel(input(undefined), memo)).toMatchObject({ status: 'loading' });
    expect(
      agendaViewModel(
        input(undefined, { status: 'error', errorKind: 'not-found', retry: true }),
        memo,
      ),
    ).toMatchObject({ status: 'error', errorKind: 'not-found', retry: true });
  });

  it('cuts a long list to the cards allowed, and reports what it left out', () => {
    const summit = summitOf(100);
    const model = ready(agendaViewModel(input(summit), new AgendaMemo()));
    expect(model.count).toBe(agendaMessages.en.resultCount(102, 102));
    expect(model.content.kind).toBe('list');
    const shown =
      model.content.kind === 'list'
        ? model.content.list.days.flatMap((day) => day.slots.flatMap((slot) => slot.workshops))
        : [];
    expect(shown).toHaveLength(FIRST_CARDS);
    expect(model.leftOut).toEqual({ hidden: 102 - FIRST_CARDS, total: 102, background: false });
  });

  it('draws a prepared first render from what was prepared, as it would have made it', () => {
    const summit = summitOf(100);
    const memo = new AgendaMemo();
    for (const step of firstRenderSteps(memo, summit, 'en', agendaMessages.en, MONTREAL)) step();
    const prepared = memo.grouped.get([summit.workshops, MONTREAL], () => []);
    expect(prepared.length).toBe(3);
    const model = ready(agendaViewModel(input(summit), memo));
    const unprepared = ready(agendaViewModel(input(summit), new AgendaMemo()));
    expect(model.content.kind === 'list' && model.content.all).toBe(prepared);
    expect(model.content).toEqual(unprepared.content);
    expect(model.filters).toEqual(unprepared.filters);
    expect(model.toolbar).toEqual(unprepared.toolbar);
  });

  it('filters and groups again only when what they are made from changes', () => {
    const summit = summitOf(10);
    const memo = new AgendaMemo();
    const first = ready(agendaViewModel(input(summit), memo));
    const ticked = ready(agendaViewModel(input(summit, { instant: Date.now() }), memo));
    expect(ticked.filtered).toBe(first.filtered);
    expect(ticked.filters?.formats).toBe(first.filters?.formats);
    const searched = ready(
      agendaViewModel(input(summit, { filters: { ...NO_FILTERS, query: 'kitchen' } }), memo),
    );
    expect(searched.filtered.map((workshop) => workshop.id)).toEqual(['a']);
  });

  it('shows every workshop without the filtering, and waits for it once a filter is set', () => {
    const summit = summitOf(10);
    const memo = new AgendaMemo();
    const unfiltered = ready(agendaViewModel(input(summit, { filterEngine: undefined }), memo));
    expect(unfiltered.filtered).toEqual(summit.workshops);
    expect(unfiltered.content.kind).toBe('list');
    const filters = { ...NO_FILTERS, query: 'kitchen' };
    const waiting = ready(
      agendaViewModel(
        input(summit, { filters, filterEngine: undefined, announced: 'before' }),
        memo,
      ),
    );
    expect(waiting.content).toEqual({ kind: 'pending' });
    expect(waiting.count, 'no count until the filtering has arrived').toBe('before');
    const filtered = ready(agendaViewModel(input(summit, { filters }), memo));
    expect(filtered.content.kind).toBe('list');
    expect(filtered.filtered.map((workshop) => workshop.id)).toEqual(['a']);
  });

  it('keeps the count it announced while a search is typed', () => {
    const summit = summitOf(10);
    const memo = new AgendaMemo();
    const filters = { ...NO_FILTERS, query: 'kitchen' };
    const typing = ready(
      agendaViewModel(input(summit, { filters, searching: true, announced: 'before' }), memo),
    );
    expect(typing.count).toBe('before');
    const paused = ready(agendaViewModel(input(summit, { filters, announced: 'before' }), memo));
    expect(paused.count).toBe(agendaMessages.en.resultCount(1, 12));
  });

  it('waits for the views’ module for the grid, then lays out the day', () => {
    const summit = summitOf(3);
    const memo = new AgendaMemo();
    const pending = ready(agendaViewModel(input(summit, { view: 'grid' }), memo));
    expect(pending.content).toEqual({ kind: 'pending' });
    expect(pending.filters?.days, 'the tabs choose the day').toBeUndefined();
    const model = ready(agendaViewModel(input(summit, { view: 'grid', views, limit: 2 }), memo));
    if (model.content.kind !== 'grid') throw new Error('expected the grid');
    expect(model.content.days).toEqual(['2023-05-16', '2023-05-17', '2023-05-18']);
    expect(model.content.grid.cells.map((cell) => cell.workshop.id)).toEqual(['w0', 'a', 'b']);
    expect(model.content.cells).toHaveLength(2);
    expect(model.leftOut).toEqual({ hidden: 1, total: 3, background: true });
    // Too narrow for a grid: the list, which needs no module.
    const narrow = ready(agendaViewModel(input(summit, { view: 'grid', narrow: true }), memo));
    expect(narrow.content.kind).toBe('list');
    // Unless it is a pre-rendered first update: the server drew the grid, not knowing the width.
    const drawn = input(summit, { view: 'grid', narrow: true, prerendered: true, views });
    expect(ready(agendaViewModel(drawn, memo)).content.kind).toBe('grid');
  });

  it('shows my agenda with its conflicts in words, and says when favourites are not kept', () => {
    const summit = summitOf(3);
    const memo = new AgendaMemo();
    const none = ready(agendaViewModel(input(summit, { view: 'mine', views }), memo));
    expect(none.content).toEqual({ kind: 'empty', message: agendaMessages.en.mineEmpty });
    const favorites = new Set(['a', 'b', 'w1']);
    const mine = ready(
      agendaViewModel(input(summit, { view: 'mine', views, favorites, persistent: false }), memo),
    );
    expect(mine.count).toBe(agendaMessages.en.resultCount(3, 3));
    expect(mine.notice).toBe(true);
    expect(mine.filters, 'no filters in my agenda').toBeUndefined();
    if (mine.content.kind !== 'mine') throw new Error('expected my agenda');
    expect(mine.content.conflictCount).toBe(1);
    const conflicts = [...(mine.content.list.conflicts ?? [])].map(([w, words]) => [w.id, words]);
    expect(conflicts).toEqual([
      ['a', agendaMineMessages.en.conflict(['Shared garden'])],
      ['b', agendaMineMessages.en.conflict(['Cooperative kitchen'])],
    ]);
    expect(mine.toolbar.favoriteCount).toBe(3);
    expect(mine.toolbar.jump, 'no "jump to now" in my agenda').toBe(false);
  });

  it('marks a moved workshop with where it was, which its card does not show, in English and French', () => {
    const before = summitOf(6);
    const moves: Record<string, Partial<Summit['workshops'][number]>> = {
      // Two hours later the same day: the times it had.
      w0: { start: '2023-05-16T11:00:00-04:00', end: '2023-05-16T12:00:00-04:00' },
      // To the next day at the same time: its day.
      w1: { start: '2023-05-18T09:00:00-04:00', end: '2023-05-18T10:00:00-04:00' },
      // Two days earlier, an hour earlier: its day and times.
      w5: { start: '2023-05-16T08:00:00-04:00', end: '2023-05-16T09:00:00-04:00' },
      // Same times, another room: the room it had.
      w2: { room: 'Salle 9' },
      // Later and elsewhere: both.
      a: { start: '2023-05-16T16:00:00-04:00', end: '2023-05-16T17:00:00-04:00', room: 'Salle 9' },
    };
    const after: Summit = {
      ...before,
      workshops: before.workshops.map((workshop) => ({ ...workshop, ...moves[workshop.id] })),
    };
    const changes = markChanges(
      NO_CHANGES,
      compareProgrammes(before, after),
      Date.parse('2023-05-01T13:00:00Z'),
      before,
    );
    const marks = (lang: 'en' | 'fr') =>
      Object.fromEntries(
        ready(
          agendaViewModel(
            input(after, { lang, t: agendaMessages[lang], changes }),
            new AgendaMemo(),
          ),
        ).cards.marks,
      );
    expect(marks('en')).toEqual({
      w0: 'Moved (previously 9:00–10:00 a.m.)',
      w1: 'Moved (previously Wednesday, May 17)',
      w5: 'Moved (previously Thursday, May 18, 9:00–10:00 a.m.)',
      w2: 'Moved (previously Salle 2)',
      a: 'Moved (previously 2:00–3:00 p.m., Grande salle)',
    });
    expect(marks('fr')).toEqual({
      w0: 'Déplacé (avant\u00a0: 9\u00a0h – 10\u00a0h)',
      w1: 'Déplacé (avant\u00a0: mercredi 17 mai)',
      w5: 'Déplacé (avant\u00a0: jeudi 18 mai, 9\u00a0h – 10\u00a0h)',
      w2: 'Déplacé (avant\u00a0: Salle 2)',
      a: 'Déplacé (avant\u00a0: 14\u00a0h – 15\u00a0h, Grande salle)',
    });
    // None of them repeats what its card shows: its time range now.
    for (const [id, mark] of Object.entries(marks('en'))) {
      const workshop = after.workshops.find((each) => each.id === id)!;
      const shown = formatTimeRange(workshop.start, workshop.end, {
        lang: 'en',
        timeZone: MONTREAL,
      });
      expect(mark).not.toContain(shown);
    }
  });

  it('marks a workshop moved back where it was, or moved with nothing known, as moved alone', () => {
    const summit = summitOf(3);
    const [w0] = summit.workshops;
    const until = Date.parse('2023-05-01T13:00:00Z');
    const changes = {
      marks: new Map([
        [
          'w0',
          {
            kind: 'moved' as const,
            until,
            from: { start: w0!.start, end: w0!.end, room: undefined },
          },
        ],
        ['w1', { kind: 'moved' as const, until }],
      ]),
      removed: new Map(),
    };
    for (const lang of ['en', 'fr'] as const) {
      const model = ready(
        agendaViewModel(
          input(summit, { lang, t: agendaMessages[lang], changes }),
          new AgendaMemo(),
        ),
      );
      expect(Object.fromEntries(model.cards.marks)).toEqual({
        w0: agendaUpdateMessages[lang].moved,
        w1: agendaUpdateMessages[lang].moved,
      });
    }
    expect([agendaUpdateMessages.en.moved, agendaUpdateMessages.fr.moved]).toEqual([
      'Moved',
      'Déplacé',
    ]);
  });

  it('offers the zone toggle when the visitor’s zone differs, and "jump to now" during the summit', () => {
    const summit = summitOf(3);
    const memo = new AgendaMemo();
    const home = ready(agendaViewModel(input(summit), memo));
    expect(home.toolbar.zones).toBeUndefined();
    expect(home.toolbar.jump).toBe(false);
    const away = ready(
      agendaViewModel(
        input(summit, {
          localZone: 'Europe/Paris',
          timeZone: 'local',
          instant: Date.parse('2023-05-16T14:00:00-04:00'),
        }),
        memo,
      ),
    );
    expect(away.toolbar.zones?.current).toBe('local');
    expect(away.toolbar.jump).toBe(true);
  });

  it('keeps the zone toggle’s row on a pre-rendered agenda, "Your time" offered only elsewhere', () => {
    const summit = summitOf(3);
    const memo = new AgendaMemo();
    const home = ready(agendaViewModel(input(summit, { zoneRow: true }), memo));
    expect(home.toolbar.zones).toEqual({
      eventLabel: expect.any(String),
      current: 'event',
      local: false,
    });
    const away = ready(
      agendaViewModel(input(summit, { zoneRow: true, localZone: 'Europe/Paris' }), memo),
    );
    expect(away.toolbar.zones?.local).toBe(true);
    expect(away.toolbar.zones?.eventLabel).toBe(home.toolbar.zones?.eventLabel);
  });
});
