import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import mergedFixture from './fixtures/frab-merged-congress.json' with { type: 'json' };
import { fromFrab } from './frab.js';
import type { ImportOptions, ImportResult } from './import-report.js';
import type { Summit } from '../summit/summit.schema.js';
import {
  damaged,
  expectImported,
  expectValidSummit,
  expectWellWritten,
  fixture,
  noteList,
  workshop,
} from './testing/support.js';
import { makeCongress } from './testing/congress.js';

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
    expect(workshop(summit, guid(203))).toMatchObject({
      format: 'networking',
      language: 'bilingual',
    });
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
      { id: 'emilie-cote', name: 'Émilie Côté', languages: [], tags: [], links: [] },
      {
        id: 'LIMING',
        name: '李明',
        bio: 'Chercheur fictif en gouvernance.',
        languages: [],
        tags: [],
        links: [],
      },
      {
        id: 'ZOENG1',
        name: 'Zoë Ng',
        bio: 'Fictional facilitator.',
        languages: [],
        tags: [],
        links: [],
      },
      {
        id: '7f000000-0000-4000-8000-0000000000aa',
        name: 'Ana Ruiz',
        languages: [],
        tags: [],
        links: [],
      },
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
  it('leaves out a room capacity that is no safe whole number', () => {
    const input = fixture('frab') as {
      schedule: { conference: { rooms: Array<Record<string, unknown>> } };
    };
    input.schedule.conference.rooms[0]!.capacity = 2 ** 53;
    input.schedule.conference.rooms[1]!.capacity = 2.5;
    const { summit } = expectImported(fromFrab(input));
    expect(summit.rooms?.map((room) => room.capacity)).toEqual([undefined, undefined]);
    expectValidSummit(summit);
  });

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

describe('fromFrab on a merged congress schedule', () => {
  const merged = () => structuredClone(mergedFixture) as unknown as Doc;
  const berlin = { timeZone: 'Europe/Berlin' };
  const { summit, notes } = expectImported(fromFrab(merged(), berlin));
  const names = new Map(summit.members.map((member) => [member.id, member.name]));
  const speakers = (id: string) => workshop(summit, id).speakerIds.map((item) => names.get(item));
  const talk = (sub: 1 | 2, number: number) => `e${sub}000000-0000-4000-8000-00000000000${number}`;

  it('asks for the zone it does not give, naming no option, and never guesses it', () => {
    const result = fromFrab(merged());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((problem) => problem.code)).toEqual(['missing_time_zone']);
      expect(result.problems[0]?.where).toBe('schedule.conference.time_zone_name');
      expect(JSON.stringify(result.problems[0]?.message)).not.toMatch(/timeZone|option/);
      expectWellWritten(result.problems);
    }
  });

  it('credits each session to its own speakers, whatever ids the sub-conferences reuse', () => {
    // id 12 is Anouk Vermeer (with a guid) in one sub-conference and Bastian Kowalczyk (with
    // a code) in another; the wiki persons all have id 0.
    expect(speakers(talk(1, 2))).toEqual(['Anouk Vermeer']);
    expect(speakers(talk(2, 1))).toEqual(['Bastian Kowalczyk', 'Wiki Wanda']);
    expect(speakers(talk(2, 2))).toEqual(['Bastian Kowalczyk', 'Anouk Vermeer']);
    expect(speakers(talk(1, 1))).toEqual(['Wiki Wanda', 'Wiki Willem']);
    expect(speakers(talk(1, 4))).toEqual(['Wiki Willem']);
    // Each person once, with no kind the source does not give; stray spaces trimmed.
    expect(summit.members.map((member) => member.name)).toEqual([
      'Wiki Wanda',
      'Wiki Willem',
      'Anouk Vermeer',
      'Bastian Kowalczyk',
    ]);
    expect(summit.members.every((member) => member.kind === undefined)).toBe(true);
    expect(noteList(notes)).toContain(
      'person_key_reused @ schedule.conference.days[0].rooms.Halle Süd[0].persons[0]',
    );
  });

  it('keys sessions by guid though their numeric ids repeat, and breaks by start, room and title', () => {
    const ids = summit.workshops.map((item) => item.id);
    expect(ids).toEqual([
      talk(1, 1),
      talk(1, 2),
      expect.stringMatching(/^pause-[0-9a-z]+$/),
      talk(1, 3),
      talk(2, 1),
      talk(2, 2),
      talk(1, 4),
    ]);
    expect(noteList(notes).filter((note) => note.startsWith('duplicate_id'))).toEqual([]);
  });

  it('gives every session the same id when the schedule is republished in another order', () => {
    const byTitle = (input: Summit) =>
      Object.fromEntries(input.workshops.map((item) => [item.id, [item.title, item.start]]));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const doc = merged();
        const days = (doc['schedule'] as { conference: { days: Doc[] } }).conference.days;
        let state = seed;
        const nextIndex = (length: number) => {
          state = (Math.imul(state, 48271) >>> 0) % 2147483647;
          return state % length;
        };
        const shuffle = <T>(items: T[]): T[] => {
          for (let index = items.length - 1; index > 0; index -= 1) {
            const other = nextIndex(index + 1);
            [items[index], items[other]] = [items[other] as T, items[index] as T];
          }
          return items;
        };
        for (const day of days) {
          const rooms = Object.entries(day['rooms'] as Record<string, unknown[]>);
          day['rooms'] = Object.fromEntries(
            shuffle(rooms).map(([name, events]) => [name, shuffle([...events])]),
          );
        }
        shuffle(days);
        const republished = expectImported(fromFrab(doc, berlin)).summit;
        expect(byTitle(republished)).toEqual(byTitle(summit));
      }),
      { numRuns: 30 },
    );
  });

  it('keeps the organiser’s room order, adding rooms only the days name at the end', () => {
    expect(summit.rooms).toEqual([
      { id: 'halle-nord', name: 'Halle Nord', capacity: 3000 },
      { id: 'halle-sud', name: 'Halle Süd', capacity: 1000 },
      { id: 'werkstatt-3', name: 'Werkstatt 3' },
      { id: 'buhne-am-kanal', name: 'Bühne am Kanal' },
    ]);
  });

  it('ends each conference day at the days’ change, after the sessions past midnight', () => {
    expect(summit).toMatchObject({
      startDate: '2031-12-27',
      endDate: '2031-12-28',
      dayChange: '04:00',
    });
    expect(workshop(summit, talk(1, 4)).start).toBe('2031-12-29T02:00:00+01:00');
  });

  it('keeps subtitle, Markdown texts, every link and attachment, language and label', () => {
    expect(workshop(summit, talk(1, 1))).toMatchObject({
      subtitle: 'Ein erfundener Einstieg',
      summary: 'Ein **erfundener** Workshop mit [Notizen](https://notes.example.org/funk).',
      format: 'workshop',
      formatLabel: 'Workshop 50 Minutes',
      links: [],
    });
    expect(workshop(summit, talk(1, 3))).toMatchObject({
      format: 'talk',
      formatLabel: 'Talk 30 min + 10min Q&A',
      language: 'pt-BR',
      url: 'https://kongress.example.org/2031/talk/7/',
      links: [
        { url: 'https://kongress.example.org/media/7/slides.pdf', title: 'Folien' },
        { url: 'https://video.example.org/kongress/7', title: 'Video' },
        { url: 'https://kongress.example.org/2031/media/7/paper.pdf', title: 'Paper' },
      ],
    });
    expect(workshop(summit, talk(2, 1))).toMatchObject({
      format: 'panel',
      formatLabel: 'Podiumsdiskussion',
    });
    expect(workshop(summit, talk(2, 2))).toMatchObject({ format: 'talk', language: 'es' });
  });

  it('fails, rather than succeeding empty, when no session can be imported', () => {
    const doc = merged();
    const days = (doc['schedule'] as { conference: { days: Doc[] } }).conference.days;
    for (const day of days) {
      for (const events of Object.values(day['rooms'] as Record<string, Doc[]>)) {
        for (const item of events) delete item['title'];
      }
    }
    const result = fromFrab(doc, berlin);
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).toEqual([
      'no_workshops',
    ]);
    // A schedule with no session at all is an empty programme, not an error.
    expectImported(fromFrab(frabDoc([])));
  });
});

describe('fromFrab on generated congresses', () => {
  /** The source's sessions and the import's workshops, as comparable rows. */
  function rows(
    sessions: ReadonlyArray<{
      title: string;
      startMs: number;
      endMs: number;
      room: string;
      speakers: string[];
    }>,
  ): string[] {
    return sessions
      .map((session) =>
        JSON.stringify([
          session.title,
          session.startMs,
          session.endMs,
          session.room,
          session.speakers,
        ]),
      )
      .sort();
  }

  function imported(summit: Summit): string[] {
    const names = new Map(summit.members.map((member) => [member.id, member.name]));
    const rooms = new Map(summit.rooms.map((room) => [room.id, room.name]));
    return rows(
      summit.workshops.map((item) => ({
        title: typeof item.title === 'string' ? item.title : '',
        startMs: Date.parse(item.start),
        endMs: Date.parse(item.end),
        room: String(rooms.get(item.roomId ?? '') ?? ''),
        speakers: item.speakerIds.map((id) => names.get(id) ?? ''),
      })),
    );
  }

  it('gives every session one workshop with the same speakers, instants and room', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const congress = makeCongress({
          sessions: 150,
          rooms: 12,
          subConferences: 3,
          days: 4,
          seed,
        });
        const { summit } = expectImported(fromFrab(congress.frab));
        expect(summit.workshops).toHaveLength(congress.sessions.length);
        expect(imported(summit)).toEqual(rows(congress.sessions));
        expect(summit.rooms.map((room) => room.name)).toEqual(congress.rooms);
        expect(summit.dayChange).toBe('04:00');
      }),
      { numRuns: 8 },
    );
  });

  it('holds at a congress’s size: 1,400 sessions in 90 rooms from four sub-conferences', () => {
    const congress = makeCongress({
      sessions: 1400,
      rooms: 90,
      subConferences: 4,
      days: 4,
      seed: 39,
    });
    const { summit } = expectImported(fromFrab(congress.frab));
    expect(summit.workshops).toHaveLength(1400);
    expect(imported(summit)).toEqual(rows(congress.sessions));
    expect(summit.rooms).toHaveLength(90);
  });
});
