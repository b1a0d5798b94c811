import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromFrab } from './frab.js';
import type { ImportOptions, ImportResult } from './import-report.js';
import {
  damaged,
  expectImported,
  expectValidSummit,
  expectWellWritten,
  fixture,
  noteList,
  workshop,
} from './test-support.js';

type Doc = Record<string, unknown>;

/** A small frab document with one day and the given events in room "Agora". */
function frabDoc(
  events: unknown[],
  conference: Doc = {},
  day: Doc = { date: '2031-05-13', day_start: '2031-05-13T09:00:00-04:00' },
): Doc {
  return {
    schedule: {
      version: 'test',
      conference: {
        acronym: 'test-2031',
        title: 'Test',
        time_zone_name: 'America/Toronto',
        days: [{ index: 1, ...day, rooms: { Agora: events } }],
        ...conference,
      },
    },
  };
}

/** The guid the fixture gives event `number`: the event's id in the summit. */
function guid(number: number): string {
  return `0a1b2c3d-0000-4000-8000-000000000${number}`;
}

function event(extra: Doc = {}): Doc {
  return { id: 1, date: '2031-05-13T10:00:00-04:00', duration: '1:00', title: 'Talk', ...extra };
}

function problemCodes(result: ImportResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((problem) => problem.code);
}

describe('fromFrab on the fixture', () => {
  const { summit, notes } = expectImported(fromFrab(fixture('frab')));

  it('maps the conference to the summit', () => {
    expect(summit).toMatchObject({
      id: 'fictif-2031',
      name: 'Sommet fictif des coopératives 2031',
      year: 2031,
      timeZone: 'America/Montreal',
      startDate: '2031-05-13',
      endDate: '2031-05-14',
      url: 'https://fictif.example.org/2031/',
    });
  });

  it('turns tracks into themes, keeping hex colours and filling the rest from the palette', () => {
    expect(summit.themes).toEqual([
      { id: 'economie-numerique', name: 'Économie numérique', color: '#1a6b3c' },
      { id: 'gouvernance-partagee', name: 'Gouvernance partagée', color: '#1d4ed8' },
      { id: 'finance-solidaire', name: 'Finance solidaire', color: '#cc00ff' },
    ]);
  });

  it('keeps every event that has a start, in source order', () => {
    expect(summit.workshops.map((item) => item.id)).toEqual(
      [101, 102, 104, 103, 105, 201, 203, 204].map(guid),
    );
  });

  it('lists the rooms in the organiser’s order, with their capacity', () => {
    expect(summit.rooms).toEqual([
      { id: 'agora', name: 'Agora', capacity: 300 },
      { id: 'salle-erable', name: 'Salle Érable', capacity: 60 },
    ]);
  });

  it('maps titles, rooms, formats, languages, themes, texts, links and URLs', () => {
    const opening = workshop(summit, guid(101));
    expect(opening).toMatchObject({
      title: 'Ouverture du sommet / Summit opening',
      roomId: 'agora',
      format: 'plenary',
      formatLabel: 'Plenary',
      language: 'bilingual',
      themeIds: [],
      summary: 'Mot de bienvenue des coopératives hôtesses (fictives).',
      url: 'https://fictif.example.org/2031/talk/101/',
      links: [],
    });
    // An empty subtitle is no subtitle; rooms are referred to by id only.
    expect(opening.subtitle).toBeUndefined();
    expect(opening.room).toBeUndefined();
    const platforms = workshop(summit, guid(102));
    expect(platforms).toMatchObject({
      title: 'Les coopératives de plateforme',
      subtitle: 'Un tour d’horizon imaginaire',
      format: 'talk',
      formatLabel: 'lecture',
      language: 'fr',
      themeIds: ['economie-numerique'],
      description: 'Une présentation fictive sur les plateformes détenues par leurs membres.',
      url: 'https://fictif.example.org/2031/talk/102/',
    });
    // An empty abstract is no summary, and the subtitle stays a subtitle.
    expect(platforms.summary).toBeUndefined();
    const lunch = workshop(summit, guid(104));
    expect(lunch).toMatchObject({ title: 'Dîner / Lunch', format: 'networking', roomId: 'agora' });
    expect(lunch.language).toBeUndefined();
    expect(lunch.url).toBeUndefined();
    expect(workshop(summit, guid(103))).toMatchObject({
      title: 'Hands-on: co-op bylaws as code',
      roomId: 'salle-erable',
      format: 'workshop',
      language: 'en',
      themeIds: ['gouvernance-partagee'],
      // Every link is kept, the relative one resolved against base_url; the javascript: URL of
      // the session page is dropped, so the first link is its page.
      links: [
        { url: 'https://fictif.example.org/2031/slides/103.pdf', title: 'Diapositives / Slides' },
        { url: 'https://video.example.org/fictif/103', title: 'Video' },
      ],
      url: 'https://fictif.example.org/2031/slides/103.pdf',
    });
    expect(workshop(summit, guid(105))).toMatchObject({
      format: 'panel',
      themeIds: ['finance-solidaire'],
      language: 'de',
    });
    expect(workshop(summit, guid(201))).toMatchObject({ format: 'keynote', language: 'en' });
    expect(workshop(summit, guid(203))).toMatchObject({ format: 'networking', language: 'bilingual' });
    expect(workshop(summit, guid(204))).toMatchObject({
      title: 'Karaoké coopératif',
      format: 'other',
      formatLabel: 'concert',
      language: 'es',
    });
  });

  it('changes conference days after the last session past midnight', () => {
    // Day 2 runs to 02:30 the next morning; day 1 opens at 08:30: 03:00 separates them all.
    expect(summit.dayChange).toBe('03:00');
  });

  it('prefers `date`, reads "1:05" and "01:05" alike, and runs days past midnight', () => {
    const times = Object.fromEntries(
      summit.workshops.map((item) => [item.id, [item.start, item.end]]),
    );
    expect(times).toEqual({
      [guid(101)]: ['2031-05-13T09:00:00-04:00', '2031-05-13T09:45:00-04:00'],
      [guid(102)]: ['2031-05-13T10:00:00-04:00', '2031-05-13T11:05:00-04:00'],
      [guid(104)]: ['2031-05-13T12:00:00-04:00', '2031-05-13T13:00:00-04:00'],
      [guid(103)]: ['2031-05-13T10:00:00-04:00', '2031-05-13T11:05:00-04:00'],
      [guid(105)]: ['2031-05-13T14:00:00-04:00', '2031-05-13T15:30:00-04:00'],
      // No `date`: day date + local start.
      [guid(201)]: ['2031-05-14T10:00:00-04:00', '2031-05-14T10:45:00-04:00'],
      [guid(203)]: ['2031-05-14T23:00:00-04:00', '2031-05-15T01:00:00-04:00'],
      // 01:30 on a day that opened at 09:00 is the next morning.
      [guid(204)]: ['2031-05-15T01:30:00-04:00', '2031-05-15T02:30:00-04:00'],
    });
    expect(Date.parse(workshop(summit, guid(204)).start)).toBe(Date.UTC(2031, 4, 15, 5, 30));
  });

  it('merges people met several times, in frab and pretalx style', () => {
    expect(summit.members).toEqual([
      { id: 'emilie-cote', name: 'Émilie Côté' },
      { id: 'LIMING', name: '李明', bio: 'Chercheur fictif en gouvernance.' },
      { id: 'ZOENG1', name: 'Zoë Ng', bio: 'Fictional facilitator.' },
      { id: '7f000000-0000-4000-8000-0000000000aa', name: 'Ana Ruiz' },
    ]);
    expect(workshop(summit, guid(102)).speakerIds).toEqual(['emilie-cote', 'LIMING']);
    expect(workshop(summit, guid(103)).speakerIds).toEqual(['ZOENG1']);
    expect(workshop(summit, guid(105)).speakerIds).toEqual([
      'emilie-cote',
      'ZOENG1',
      '7f000000-0000-4000-8000-0000000000aa',
    ]);
    // Matched by name alone.
    expect(workshop(summit, guid(201)).speakerIds).toEqual(['emilie-cote']);
    expect(workshop(summit, guid(204)).speakerIds).toEqual(['LIMING']);
  });

  it('notes everything it skipped, changed or guessed', () => {
    const day1 = 'schedule.conference.days[0].rooms';
    const day2 = 'schedule.conference.days[1].rooms';
    expect(noteList(notes)).toEqual([
      'invalid_color_replaced @ schedule.conference.tracks[1].color',
      `relative_url_resolved @ ${day1}.Agora[1].url`,
      `person_without_name @ ${day1}.Salle Érable[0].persons[1]`,
      `unsafe_url_dropped @ ${day1}.Salle Érable[0].url`,
      `relative_url_resolved @ ${day1}.Salle Érable[0].links[0].url`,
      `start_from_wall_clock @ ${day2}.Agora[0].start`,
      `missing_start @ ${day2}.Agora[1]`,
      `unknown_format @ ${day2}.Agora[3].type`,
      `start_from_wall_clock @ ${day2}.Agora[3].start`,
    ]);
    expect(notes[1]?.path).toEqual([
      'schedule',
      'conference',
      'days',
      0,
      'rooms',
      'Agora',
      1,
      'url',
    ]);
    expect(notes[1]?.message.en).toContain('https://fictif.example.org/2031/talk/102/');
    expect(notes[0]?.message.fr).toBe(
      'Couleur «\u202fnot-a-colour\u202f» illisible\u202f: remplacée par #1d4ed8.',
    );
    expectWellWritten(notes);
  });
});

describe('fromFrab options and edge cases', () => {
  it('leaves breaks out with `breaks: "skip"`, with a note', () => {
    const { summit, notes } = expectImported(fromFrab(fixture('frab'), { breaks: 'skip' }));
    expect(summit.workshops.map((item) => item.id)).not.toContain(guid(104));
    // A social evening is not a break: it stays.
    expect(summit.workshops.map((item) => item.id)).toContain(guid(203));
    expect(noteList(notes)).toContain('break_skipped @ schedule.conference.days[0].rooms.Agora[2]');
  });

  it('takes the zone from options when the document has none, and fails without either', () => {
    const doc = frabDoc([event()], { time_zone_name: undefined });
    expect(problemCodes(fromFrab(doc))).toEqual(['missing_time_zone']);
    const { summit } = expectImported(fromFrab(doc, { timeZone: 'America/Vancouver' }));
    expect(summit.timeZone).toBe('America/Vancouver');
    // The instant is kept; the offset is the zone's.
    expect(summit.workshops[0]?.start).toBe('2031-05-13T07:00:00-07:00');
  });

  it('falls back on options when the document zone is unknown, and fails when both are', () => {
    const doc = frabDoc([event()], { time_zone_name: 'Mars/Olympus' });
    const { summit, notes } = expectImported(fromFrab(doc, { timeZone: 'America/Montreal' }));
    expect(summit.timeZone).toBe('America/Montreal');
    expect(noteList(notes)).toEqual([
      'invalid_time_zone_ignored @ schedule.conference.time_zone_name',
    ]);
    const failed = fromFrab(doc);
    expect(problemCodes(failed)).toEqual(['invalid_time_zone']);
    expect(failed.ok ? '' : failed.problems[0]?.where).toBe('schedule.conference.time_zone_name');
    // A valid document zone wins over the fallback, which is then never looked at.
    expectImported(fromFrab(frabDoc([event()]), { timeZone: 'Nowhere/Else' }));
  });

  it('rewrites invalid ids and renames duplicates, with notes', () => {
    const doc = frabDoc([event({ id: 7 }), event({ id: 7, title: 'Twin' })], {
      acronym: 'Sommet 2031 !',
      tracks: [{ name: 'Coopératives', slug: 'coop ératives' }],
    });
    const { summit, notes } = expectImported(fromFrab(doc));
    expect(summit.id).toBe('Sommet-2031');
    expect(summit.themes[0]?.id).toBe('coop-eratives');
    expect(summit.workshops.map((item) => item.id)).toEqual(['7', '7-2']);
    expect(noteList(notes)).toEqual([
      'id_rewritten @ schedule.conference.tracks[0]',
      'duplicate_id @ schedule.conference.days[0].rooms.Agora[1].id',
      'id_rewritten @ schedule.conference.acronym',
    ]);
    expectWellWritten(notes);
  });

  it('uses the day start, else 05:00, to place events after midnight', () => {
    const noDayStart = frabDoc(
      [
        event({ date: undefined, start: '04:30' }),
        event({ id: 2, date: undefined, start: '05:00' }),
      ],
      {},
      { date: '2031-05-13' },
    );
    const { summit } = expectImported(fromFrab(noDayStart));
    expect(summit.workshops.map((item) => item.start)).toEqual([
      '2031-05-14T04:30:00-04:00',
      '2031-05-13T05:00:00-04:00',
    ]);
  });

  it('reads an offset-less `date` in the zone and moves a time the clocks skip, with notes', () => {
    const doc = frabDoc(
      [event({ date: '2031-03-09T10:00:00' }), event({ id: 2, date: undefined, start: '02:30' })],
      {},
      { date: '2031-03-09', day_start: '2031-03-09T00:00:00-05:00' },
    );
    const { summit, notes } = expectImported(fromFrab(doc));
    expect(summit.workshops.map((item) => item.start)).toEqual([
      '2031-03-09T10:00:00-04:00',
      '2031-03-09T03:30:00-04:00',
    ]);
    expect(noteList(notes)).toEqual([
      'local_time_assumed @ schedule.conference.days[0].rooms.Agora[0].date',
      'start_from_wall_clock @ schedule.conference.days[0].rooms.Agora[1].start',
      'nonexistent_local_time @ schedule.conference.days[0].rooms.Agora[1].start',
    ]);
    expectWellWritten(notes);
  });

  it('gives a default duration when none is usable, with a note', () => {
    const doc = frabDoc([
      event({ duration: undefined }),
      event({ id: 2, duration: '0:00' }),
      event({ id: 3, duration: 'soon', end: '2031-05-13T10:20:00-04:00' }),
    ]);
    const { summit, notes } = expectImported(fromFrab(doc, { defaultDurationMinutes: 15 }));
    expect(summit.workshops.map((item) => item.end)).toEqual([
      '2031-05-13T10:15:00-04:00',
      '2031-05-13T10:15:00-04:00',
      '2031-05-13T10:20:00-04:00',
    ]);
    expect(noteList(notes)).toEqual([
      'default_duration @ schedule.conference.days[0].rooms.Agora[0]',
      'default_duration @ schedule.conference.days[0].rooms.Agora[1]',
    ]);
  });

  it('drops relative URLs when there is no base URL', () => {
    const { summit, notes } = expectImported(fromFrab(frabDoc([event({ url: '/talk/1' })])));
    expect(summit.workshops[0]?.url).toBeUndefined();
    expect(noteList(notes)).toEqual([
      'relative_url_dropped @ schedule.conference.days[0].rooms.Agora[0].url',
    ]);
  });

  it('skips entries that are not objects or have no title, with notes', () => {
    const { summit, notes } = expectImported(
      fromFrab(frabDoc([42, event({ title: '  ' }), event({ id: 3, persons: ['Bob'] })])),
    );
    expect(summit.workshops).toHaveLength(1);
    expect(noteList(notes)).toEqual([
      'entry_not_object @ schedule.conference.days[0].rooms.Agora[0]',
      'missing_title @ schedule.conference.days[0].rooms.Agora[1]',
      'entry_not_object @ schedule.conference.days[0].rooms.Agora[2].persons[0]',
    ]);
  });

  it('names the summit from options when the document has no title or acronym', () => {
    const doc = frabDoc([event()], { acronym: undefined, title: undefined });
    const named = expectImported(fromFrab(doc, { name: { fr: 'Mon sommet', en: 'My summit' } }));
    expect(named.summit).toMatchObject({
      id: 'my-summit',
      name: { fr: 'Mon sommet', en: 'My summit' },
    });
    const anonymous = expectImported(fromFrab(doc));
    expect(anonymous.summit.id).toBe('summit-2031');
    expect(noteList(anonymous.notes)).toEqual(['summit_identity_missing @ (root)']);
  });

  it('takes the dates from the conference when the days have none', () => {
    const doc = frabDoc([event()], { start: '2031-05-12T09:00:00-04:00', end: '2031-05-15' }, {});
    const { summit } = expectImported(fromFrab(doc));
    expect([summit.startDate, summit.endDate]).toEqual(['2031-05-12', '2031-05-15']);
  });
});

describe('fromFrab on bad input', () => {
  it.each([
    ['null', null],
    ['an empty object', {}],
    ['an array', []],
    ['a string', 'schedule'],
    ['a schedule without conference', { schedule: { version: '1' } }],
    ['a conference without days', { schedule: { conference: { title: 'x', acronym: 'x' } } }],
    ['a pretalx document', fixture('pretalx')],
  ])('refuses %s as not frab', (_label, input) => {
    const result = fromFrab(input);
    expect(problemCodes(result)).toEqual(['not_frab']);
    if (!result.ok) expectWellWritten(result.problems);
  });

  it('fails when no date can be found', () => {
    const doc = { schedule: { conference: { title: 'T', time_zone_name: 'UTC', days: [] } } };
    expect(problemCodes(fromFrab(doc))).toEqual(['missing_dates']);
  });

  it('fails when the dates are outside the years GICS accepts', () => {
    const doc = frabDoc([event({ date: '1999-05-13T10:00:00-04:00' })], {}, { date: '1999-05-13' });
    expect(problemCodes(fromFrab(doc))).toEqual(['dates_out_of_range']);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = fromFrab(input);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('gives a valid summit or problems when any part of the fixture is damaged', () => {
    fc.assert(
      fc.property(damaged(fixture('frab')), (input) => {
        const result = fromFrab(input);
        if (result.ok) expectValidSummit(result.summit);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('survives hostile options', () => {
    const options = {
      timeZone: 5,
      name: { toString: 1 },
      breaks: 'never',
    } as unknown as ImportOptions;
    const { summit } = expectImported(fromFrab(fixture('frab'), options));
    expect(summit.timeZone).toBe('America/Montreal');
  });
});
