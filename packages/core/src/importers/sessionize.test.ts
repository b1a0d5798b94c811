import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSummit } from '../summit/worded.js';
import { fromSessionize } from './sessionize.js';
import { categoryKind } from './vocabulary.js';
import { summarizeNotes, type SessionizeOptions } from './import-report.js';
import {
  damaged,
  expectImported,
  expectValidSummit,
  expectWellWritten,
  fixture,
  noteList,
  roomName,
  speakerNames,
  workshop,
} from './testing/support.js';

const options: SessionizeOptions = {
  timeZone: 'America/Toronto',
  id: 'coop-tech-2031',
  name: 'Coop Tech fictif 2031',
};

function session(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '1',
    title: 'Session',
    startsAt: '2031-11-01T09:00:00',
    endsAt: '2031-11-01T10:00:00',
    isServiceSession: false,
    isPlenumSession: false,
    speakers: [],
    categoryItems: [],
    roomId: null,
    ...extra,
  };
}

function doc(sessions: unknown[]): Record<string, unknown> {
  return { sessions, speakers: [], categories: [], rooms: [] };
}

function problemCodes(result: ReturnType<typeof fromSessionize>): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((problem) => problem.code);
}

describe('fromSessionize on the fixture', () => {
  const { summit, notes } = expectImported(fromSessionize(fixture('sessionize'), options));

  it('maps the event to the summit, dated by its sessions', () => {
    expect(summit).toMatchObject({
      id: 'coop-tech-2031',
      name: 'Coop Tech fictif 2031',
      year: 2031,
      timeZone: 'America/Toronto',
      startDate: '2031-11-01',
      endDate: '2031-11-03',
    });
  });

  it('reads offset-less times in the zone and Z times as UTC, across the DST change', () => {
    expect(summit.workshops.map((item) => [item.id, item.start, item.end])).toEqual([
      // endsAt null: the default 30 minutes.
      ['880001', '2031-11-01T08:00:00-04:00', '2031-11-01T08:30:00-04:00'],
      ['880002', '2031-11-01T09:00:00-04:00', '2031-11-01T10:00:00-04:00'],
      // 14:30Z is 10:30 in Toronto (summer time).
      ['880003', '2031-11-01T10:30:00-04:00', '2031-11-01T11:15:00-04:00'],
      // Monday, back on standard time.
      ['880004', '2031-11-03T09:00:00-05:00', '2031-11-03T10:30:00-05:00'],
      ['880005', '2031-11-03T11:00:00-05:00', '2031-11-03T11:30:00-05:00'],
    ]);
    expect(Date.parse(workshop(summit, '880004').start)).toBe(Date.UTC(2031, 10, 3, 14));
  });

  it('turns the track category into themes and the others into language and tags', () => {
    expect(summit.themes).toEqual([
      {
        id: 'travail-cooperatif-co-op-work',
        name: 'Travail coopératif / Co-op work',
        color: '#1d4ed8',
      },
      { id: 'gouvernance', name: 'Gouvernance', color: '#b45309' },
      { id: 'mouvement-cooperatif', name: 'Mouvement coopératif', color: '#047857' },
    ]);
    expect(workshop(summit, '880003')).toMatchObject({
      themeIds: ['travail-cooperatif-co-op-work', 'gouvernance'],
      language: 'en',
      tags: ['Débutant / Beginner'],
    });
    expect(workshop(summit, '880004')).toMatchObject({
      themeIds: ['gouvernance'],
      language: 'bilingual',
    });
    expect(workshop(summit, '880005')).toMatchObject({ language: 'fr', tags: ['Tous / All'] });
    expect(workshop(summit, '880002').language).toBeUndefined();
  });

  it('maps titles, rooms, formats and descriptions', () => {
    expect(summit.rooms).toEqual([
      { id: 'auditorium-fictif', name: 'Auditorium fictif' },
      { id: 'salle-zoe-ng-fictive', name: 'Salle Zoë-Ng (fictive)' },
    ]);
    expect(workshop(summit, '880001')).toMatchObject({
      title: 'Accueil et inscription / Welcome and registration',
      roomId: 'auditorium-fictif',
      // A service session whose words name nothing, even in plenum, is networking.
      format: 'networking',
    });
    expect(workshop(summit, '880002')).toMatchObject({
      title: 'Ouverture : le mouvement coopératif en 2031',
      description: 'Plénière fictive d’ouverture.',
      // "Ouverture : …" names the format.
      format: 'plenary',
    });
    expect(workshop(summit, '880003')).toMatchObject({
      roomId: 'salle-zoe-ng-fictive',
      // Nothing says: a Sessionize session is a talk.
      format: 'talk',
    });
    expect(workshop(summit, '880004')).toMatchObject({ format: 'workshop' });
    expect(workshop(summit, '880004').roomId).toBeUndefined();
    expect(workshop(summit, '880005')).toMatchObject({ format: 'plenary' });
    expect(workshop(summit, '880005').description).toBeUndefined();
  });

  it('turns speakers into members with no kind, by full name or first and last name', () => {
    expect(summit.members).toEqual([
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000001',
        name: 'Émilie Côté',
        bio: 'Coopérante fictive.',
        // The javascript: link is dropped; the next one is used.
        url: 'https://emilie.example.org/',
        languages: [],
        tags: [],
        links: [],
      },
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000002',
        name: 'Zoë Ng',
        languages: [],
        tags: [],
        links: [],
      },
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000003',
        name: '李明',
        bio: 'Chercheur fictif.',
        languages: [],
        tags: [],
        links: [],
      },
    ]);
    expect(workshop(summit, '880003').speakerIds).toEqual([
      'a1b2c3d4-0000-4000-8000-000000000002',
      'a1b2c3d4-0000-4000-8000-000000000003',
    ]);
    expect(workshop(summit, '880004').speakerIds).toEqual(['a1b2c3d4-0000-4000-8000-000000000003']);
  });

  it('notes everything it skipped, changed or guessed', () => {
    expect(noteList(notes)).toEqual([
      // Which category holds the themes and which the language is read from their titles.
      'category_guessed @ categories[0]',
      'category_guessed @ categories[1]',
      'unsafe_url_dropped @ speakers[0].links[0].url',
      'person_without_name @ speakers[3]',
      'default_duration @ sessions[0]',
      'unknown_category_item @ sessions[3].categoryItems[2]',
      'unknown_room @ sessions[3].roomId',
      'unknown_speaker @ sessions[3].speakers[1]',
      'missing_start @ sessions[5]',
    ]);
    expectWellWritten(notes);
  });
});

describe('fromSessionize options and edge cases', () => {
  it('requires a valid time zone, and says what is missing without naming an option', () => {
    const input = fixture('sessionize');
    const missing = fromSessionize(input, { timeZone: '' });
    expect(problemCodes(missing)).toEqual(['missing_time_zone']);
    if (!missing.ok) {
      expectWellWritten(missing.problems);
      const { fr, en } = missing.problems[0]!.message;
      expect(en).toContain('Sessionize');
      expect(fr).toContain('Sessionize');
      expect(`${fr} ${en}`).not.toMatch(/timeZone|option/);
    }
    expect(problemCodes(fromSessionize(input, {} as SessionizeOptions))).toEqual([
      'missing_time_zone',
    ]);
    const invalid = fromSessionize(input, { timeZone: 'Europe/Atlantis' });
    expect(problemCodes(invalid)).toEqual(['invalid_time_zone']);
    if (!invalid.ok) expectWellWritten(invalid.problems);
  });

  it('places the same sessions in another zone', () => {
    const { summit } = expectImported(
      fromSessionize(fixture('sessionize'), { ...options, timeZone: 'Europe/Paris' }),
    );
    // Local 09:00 stays 09:00 (Paris); 14:30Z is 15:30 in Paris (standard time by November).
    expect(workshop(summit, '880002').start).toBe('2031-11-01T09:00:00+01:00');
    expect(workshop(summit, '880003').start).toBe('2031-11-01T15:30:00+01:00');
  });

  it('leaves service sessions out with `breaks: "skip"`', () => {
    const { summit, notes } = expectImported(
      fromSessionize(fixture('sessionize'), { ...options, breaks: 'skip' }),
    );
    expect(summit.workshops.map((item) => item.id)).not.toContain('880001');
    expect(noteList(notes)).toContain('break_skipped @ sessions[0]');
  });

  it('moves a local time the clocks skip, with a note', () => {
    const input = doc([
      session({ startsAt: '2031-03-09T02:15:00', endsAt: '2031-03-09T04:00:00' }),
    ]);
    const { summit, notes } = expectImported(fromSessionize(input, options));
    expect(summit.workshops[0]?.start).toBe('2031-03-09T03:15:00-04:00');
    expect(noteList(notes)).toEqual(['nonexistent_local_time @ sessions[0].startsAt']);
  });

  it('reads a format category, keeps its items as the label, and reports unknown languages', () => {
    const input = {
      ...doc([
        session({ isPlenumSession: true, categoryItems: [1, 2, 3] }),
        session({ id: '2', categoryItems: [3, 4] }),
      ]),
      categories: [
        {
          id: 9,
          title: 'Format',
          items: [
            { id: 1, name: 'Keynote' },
            { id: 3, name: 'Marathon' },
          ],
        },
        {
          id: 8,
          title: 'Langues',
          items: [
            { id: 2, name: 'Español' },
            { id: 4, name: 'Klingon' },
          ],
        },
      ],
    };
    const { summit, notes } = expectImported(fromSessionize(input, options));
    expect(summit.workshops[0]).toMatchObject({
      format: 'keynote',
      formatLabel: 'Keynote, Marathon',
      tags: ['Marathon'],
      language: 'es',
    });
    // A format item no word describes says nothing (real ones hold durations, "45 minutes"):
    // the session is a talk, and the item stays as its label and a tag.
    expect(summit.workshops[1]).toMatchObject({
      format: 'talk',
      formatLabel: 'Marathon',
      tags: ['Marathon'],
    });
    expect(summit.workshops[1]?.language).toBeUndefined();
    expect(noteList(notes)).toEqual([
      'category_guessed @ categories[0]',
      'category_guessed @ categories[1]',
      'unmapped_language @ sessions[1].categoryItems',
    ]);
    expectWellWritten(notes);
  });

  it('recognizes category titles in French and English', () => {
    expect(
      ['Track', 'Tracks', 'Thème', 'Thèmes', 'Theme', 'Topic', 'Thème / Track'].map(categoryKind),
    ).toEqual(Array(7).fill('theme'));
    expect(['Language', 'Langue', 'Langue / Language'].map(categoryKind)).toEqual(
      Array(3).fill('language'),
    );
    expect(['Session format', 'Type'].map(categoryKind)).toEqual(['format', 'format']);
    expect(['Level', 'Niveau', undefined].map(categoryKind)).toEqual(['tag', 'tag', 'tag']);
  });
});

describe('fromSessionize on bad input', () => {
  it.each([
    ['null', null],
    ['an empty object', {}],
    ['sessions without speakers', { sessions: [] }],
    ['the grouped Sessions endpoint', [{ groupId: null, groupName: 'All', sessions: [] }]],
    ['a pretalx document', fixture('pretalx')],
  ])('refuses %s as not Sessionize', (_label, input) => {
    expect(problemCodes(fromSessionize(input, options))).toEqual(['not_sessionize']);
  });

  it('fails when sessions are listed but none has a time', () => {
    expect(problemCodes(fromSessionize(doc([session({ startsAt: null })]), options))).toEqual([
      'no_workshops',
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, anyOptions) => {
        const result = fromSessionize(input, anyOptions as SessionizeOptions);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('gives a valid summit or problems when any part of the fixture is damaged', () => {
    fc.assert(
      fc.property(damaged(fixture('sessionize')), (input) => {
        const result = fromSessionize(input, options);
        if (result.ok) expectValidSummit(result.summit);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

// ── A feed with a byte-order mark, local times and organiser-named categories ─────────

/** The fixture's octets decoded the way `fetch` decodes a feed: UTF-8, byte-order mark dropped. */
function readFeed(file: string): { octets: Uint8Array; json: Record<string, unknown> } {
  const octets = readFileSync(new URL(`./fixtures/${file}`, import.meta.url));
  return { octets, json: JSON.parse(new TextDecoder().decode(octets)) as Record<string, unknown> };
}

describe('fromSessionize on a feed with a byte-order mark (sessionize-all-bom.json)', () => {
  const { octets, json } = readFeed('sessionize-all-bom.json');
  const berlin: SessionizeOptions = { timeZone: 'Europe/Berlin' };
  const { summit, notes } = expectImported(fromSessionize(json, berlin));

  it('gives a summit that parseSummit accepts strictly, references included', () => {
    const result = fromSessionize(json, berlin);
    const parsed = parseSummit(result.ok ? result.summit : undefined, { mode: 'strict' });
    expect(parsed.ok ? parsed.warnings : parsed.problems).toEqual([]);
  });

  it('starts with a byte-order mark, which JSON.parse refuses and a UTF-8 decoder drops', () => {
    expect([...octets.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const asRead = readFileSync(
      new URL('./fixtures/sessionize-all-bom.json', import.meta.url),
      'utf8',
    );
    expect(() => JSON.parse(asRead)).toThrow(SyntaxError);
    expect(json['sessions']).toHaveLength(7);
  });

  it('places local times in the zone given, and a null end gets the default duration', () => {
    expect(summit.workshops.map((item) => [item.id, item.start, item.end])).toEqual([
      ['sz-1001', '2032-03-26T08:00:00+01:00', '2032-03-26T08:30:00+01:00'],
      ['sz-1002', '2032-03-26T09:00:00+01:00', '2032-03-26T09:45:00+01:00'],
      ['sz-1003', '2032-03-26T10:00:00+01:00', '2032-03-26T10:45:00+01:00'],
      ['sz-1004', '2032-03-26T10:00:00+01:00', '2032-03-26T11:30:00+01:00'],
      ['sz-1005', '2032-03-26T13:00:00+01:00', '2032-03-26T14:00:00+01:00'],
      ['sz-1006', '2032-03-26T12:00:00+01:00', '2032-03-26T13:00:00+01:00'],
      // A session id with a space and a slash, made a valid id.
      ['sz-1007-b', '2032-03-27T16:00:00+01:00', '2032-03-27T16:30:00+01:00'],
    ]);
    expect(noteList(notes)).toEqual([
      'category_guessed @ categories[0]',
      'category_guessed @ categories[1]',
      'category_guessed @ categories[2]',
      'default_duration @ sessions[0]',
      'id_rewritten @ sessions[6].id',
    ]);
    expectWellWritten(notes);
  });

  it('keeps the rooms in the organiser’s `sort` order, not the array’s', () => {
    expect(summit.rooms.map((room) => room.name)).toEqual([
      'Main hall',
      'Room B',
      'Room C (workshops)',
    ]);
  });

  it('lets the words decide the format before the service and plenum flags', () => {
    expect(
      summit.workshops.map((item) => [item.id, item.format, item.formatLabel ?? null]),
    ).toEqual([
      ['sz-1001', 'networking', null],
      // Flagged as plenum and service, titled "Keynote: …": a keynote.
      ['sz-1002', 'keynote', null],
      ['sz-1003', 'talk', 'Vortrag (45 Min.)'],
      ['sz-1004', 'workshop', 'Hands-on workshop'],
      ['sz-1005', 'panel', 'Panel'],
      ['sz-1006', 'networking', null],
      ['sz-1007-b', 'plenary', null],
    ]);
    const skipped = expectImported(fromSessionize(json, { ...berlin, breaks: 'skip' })).summit;
    // `breaks: 'skip'` leaves the service breaks out, not the keynote.
    expect(skipped.workshops.map((item) => item.id)).toEqual([
      'sz-1002',
      'sz-1003',
      'sz-1004',
      'sz-1005',
      'sz-1007-b',
    ]);
  });

  it('reads language categories named in their own language as BCP 47 tags', () => {
    expect(summit.workshops.map((item) => item.language ?? null)).toEqual([
      null,
      null,
      'de',
      'es',
      'bilingual',
      null,
      'de',
    ]);
  });

  it('keeps the live and recording links, and every speaker link', () => {
    expect(workshop(summit, 'sz-1002').links).toEqual([
      {
        url: 'https://stream.fictional.example.net/main',
        title: { fr: 'En direct', en: 'Live stream' },
      },
    ]);
    expect(workshop(summit, 'sz-1003')).toMatchObject({
      url: 'https://video.fictional.example.net/1003',
      links: [
        {
          url: 'https://video.fictional.example.net/1003',
          title: { fr: 'Enregistrement', en: 'Recording' },
        },
      ],
    });
    const noor = summit.members[0]!;
    expect(noor).toEqual({
      id: '0b5e7a10-0000-4000-9000-00000000000a',
      name: 'Noor Imaginaire',
      url: 'https://noor.fictional.example.net/',
      // The website is the URL, though listed second; the other links follow the bio.
      bio: [
        'A fictional co-op organiser.',
        '',
        '- [Mastodon](https://social.fictional.example.net/@noor)',
        '- [Blog \\[fr\\]](https://noor.fictional.example.net/blog_%28fr%29)',
      ].join('\n'),
      languages: [],
      tags: [],
      links: [],
    });
    expect(noor.kind).toBeUndefined();
  });

  it('summarises its notes by kind', () => {
    expect(summarizeNotes(notes).map((group) => group.message.en)).toEqual([
      '3 Sessionize categories read from their titles',
      '1 session without an end or duration given the default duration',
      '1 identifier rewritten',
    ]);
    expect(summarizeNotes(notes).map((group) => group.message.fr)).toEqual([
      '3 catégories Sessionize interprétées d’après leur titre',
      '1 séance sans fin ni durée\u202f: durée par défaut appliquée',
      '1 identifiant réécrit',
    ]);
  });

  it('gives every session the same id when the feed lists sessions and rooms in another order', () => {
    const ids = (document: Record<string, unknown>) => {
      const imported = expectImported(fromSessionize(document, berlin)).summit;
      return {
        sessions: new Map(imported.workshops.map((item) => [item.title, item.id])),
        rooms: imported.rooms.map((room) => room.id),
      };
    };
    const before = ids(json);
    const sessions = json['sessions'] as unknown[];
    const rooms = json['rooms'] as unknown[];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(sessions, { minLength: sessions.length }),
        fc.shuffledSubarray(rooms, { minLength: rooms.length }),
        (shuffledSessions, shuffledRooms) => {
          expect(ids({ ...json, sessions: shuffledSessions, rooms: shuffledRooms })).toEqual(
            before,
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

// ── Property: every session of any feed comes through whole ──────────────────────────

const ZONE = 'America/Toronto';
const pad = (value: number) => String(value).padStart(2, '0');

/** A wall-clock time in June–August 2031 (no clock change in Toronto), on the quarter hour. */
const wallClock = fc
  .record({
    month: fc.integer({ min: 6, max: 8 }),
    day: fc.integer({ min: 1, max: 30 }),
    quarter: fc.integer({ min: 7 * 4, max: 20 * 4 }),
  })
  .map(({ month, day, quarter }) => {
    const time = `${pad(Math.floor(quarter / 4))}:${pad((quarter % 4) * 15)}:00`;
    return `2031-${pad(month)}-${pad(day)}T${time}`;
  });

/** The instant a Toronto wall-clock time names in summer (UTC−4). */
const torontoSummer = (local: string) => Date.parse(`${local}-04:00`);

const sessionizeFeed = fc
  .record({
    rooms: fc.uniqueArray(
      fc.record({
        id: fc.integer({ min: 1, max: 99_999 }),
        name: fc.stringMatching(/^[A-Z][a-z]{2,8}( [0-9]{1,2})?$/),
        sort: fc.integer({ min: 0, max: 20 }),
      }),
      { selector: (room) => room.id, minLength: 1, maxLength: 6 },
    ),
    speakers: fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        firstName: fc.stringMatching(/^[A-Z][a-zà-ÿ]{1,8}$/),
        lastName: fc.stringMatching(/^[A-Z][a-zà-ÿ]{1,8}$/),
      }),
      { selector: (speaker) => speaker.id, maxLength: 8 },
    ),
    sessions: fc.uniqueArray(
      fc.record({
        id: fc.integer({ min: 1, max: 999_999 }).map(String),
        title: fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 ]{0,30}$/),
        startsAt: wallClock,
        minutes: fc.integer({ min: 5, max: 180 }),
        inUtc: fc.boolean(),
        isServiceSession: fc.boolean(),
        isPlenumSession: fc.boolean(),
        room: fc.nat(),
        speakers: fc.array(fc.nat(), { maxLength: 3 }),
      }),
      { selector: (item) => item.id, minLength: 1, maxLength: 20 },
    ),
  })
  .map(({ rooms, speakers, sessions }) => ({
    categories: [],
    rooms,
    speakers: speakers.map((speaker) => ({
      ...speaker,
      fullName: `${speaker.firstName} ${speaker.lastName}`,
      links: [],
    })),
    sessions: sessions.map((item) => {
      const startMs = torontoSummer(item.startsAt);
      const endMs = startMs + item.minutes * 60_000;
      const chosen =
        speakers.length === 0
          ? []
          : item.speakers.map((index) => speakers[index % speakers.length]!.id);
      return {
        id: item.id,
        title: item.title,
        // Local times without an offset, or UTC with `Z`: both occur in the wild.
        startsAt: item.inUtc ? new Date(startMs).toISOString().replace('.000', '') : item.startsAt,
        endsAt: new Date(endMs).toISOString().replace('.000', ''),
        isServiceSession: item.isServiceSession,
        isPlenumSession: item.isPlenumSession,
        speakers: [...new Set(chosen)],
        categoryItems: [],
        roomId: rooms[item.room % rooms.length]!.id,
        expected: { startMs, endMs },
      };
    }),
  }));

describe('fromSessionize property', () => {
  it('imports every session with its speakers, instants and room, one workshop per session', () => {
    fc.assert(
      fc.property(sessionizeFeed, (feed) => {
        const { summit } = expectImported(fromSessionize(feed, { timeZone: ZONE }));
        expect(summit.workshops).toHaveLength(feed.sessions.length);
        const names = new Map(feed.speakers.map((speaker) => [speaker.id, speaker.fullName]));
        const rooms = new Map(feed.rooms.map((room) => [room.id, room.name]));
        feed.sessions.forEach((session, index) => {
          const imported = summit.workshops[index]!;
          expect(imported.id).toBe(session.id);
          expect(Date.parse(imported.start)).toBe(session.expected.startMs);
          expect(Date.parse(imported.end)).toBe(session.expected.endMs);
          expect(roomName(summit, imported)).toBe(rooms.get(session.roomId));
          expect(speakerNames(summit, imported)).toEqual(
            session.speakers.map((id) => names.get(id)!).sort(),
          );
        });
        // Rooms in the organiser's order: by `sort`, ties in the document's order.
        const sorted = feed.rooms
          .map((room, index) => ({ room, index }))
          .sort((a, b) => a.room.sort - b.room.sort || a.index - b.index)
          .map(({ room }) => room.name);
        expect(summit.rooms.map((room) => room.name)).toEqual(sorted);
      }),
      { numRuns: 150 },
    );
  });
});
