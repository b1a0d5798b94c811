import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSummit } from '../summit/worded.js';
import { createNote, isMissingTimeZone, summarizeNotes } from './import-report.js';
import { fromPretalx } from './pretalx.js';
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

const named = { id: 'communs-2030', name: { fr: 'Rencontres fictives', en: 'Fictional meetup' } };

function talk(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: 'AAA111',
    title: 'Talk',
    start: '2030-10-26T10:00:00+02:00',
    end: '2030-10-26T11:00:00+02:00',
    speakers: [],
    ...extra,
  };
}

function doc(talks: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 't',
    timezone: 'Europe/Paris',
    talks,
    tracks: [],
    rooms: [],
    speakers: [],
    ...extra,
  };
}

describe('fromPretalx on the fixture', () => {
  const { summit, notes } = expectImported(fromPretalx(fixture('pretalx'), named));

  it('maps the event to the summit, with the name and id given as options', () => {
    expect(summit).toMatchObject({
      id: 'communs-2030',
      name: { fr: 'Rencontres fictives', en: 'Fictional meetup' },
      year: 2030,
      timeZone: 'Europe/Paris',
      startDate: '2030-10-26',
      endDate: '2030-10-27',
    });
  });

  it('turns i18n tracks into bilingual themes with fallback and colours', () => {
    expect(summit.themes).toEqual([
      {
        id: 'commons-data',
        name: { fr: 'Communs et données', en: 'Commons & data' },
        description: {
          fr: 'Thème fictif sur les données partagées.',
          en: 'Fictional track on shared data.',
        },
        color: '#7a3eb1',
      },
      // Only German: shown as is in both languages.
      { id: 'genossenschaftsrecht', name: 'Genossenschaftsrecht', color: '#1d4ed8' },
      // `fr-ca` serves French through the base-language fallback.
      {
        id: 'next-generation-of-co-ops',
        name: { fr: 'Relève coopérative', en: 'Next generation of co-ops' },
        color: '#0e7490',
      },
    ]);
  });

  it('keeps the rooms in the document’s order', () => {
    expect(summit.rooms).toEqual([
      { id: 'main-hall', name: { fr: 'Grande salle', en: 'Main hall' } },
      { id: 'salle-2-07', name: 'Salle 2.07' },
    ]);
  });

  it('maps talks and breaks, with times across the change back to standard time', () => {
    expect(summit.workshops.map((item) => [item.id, item.start, item.end])).toEqual([
      ['QWE123', '2030-10-26T10:00:00+02:00', '2030-10-26T10:45:00+02:00'],
      [
        expect.stringMatching(/^coffee-break-[a-z0-9]+$/),
        '2030-10-26T10:45:00+02:00',
        '2030-10-26T11:15:00+02:00',
      ],
      ['RTY456', '2030-10-27T10:00:00+01:00', '2030-10-27T11:00:00+01:00'],
      // No `end`: start + `duration` minutes.
      ['UIO789', '2030-10-27T14:00:00+01:00', '2030-10-27T14:30:00+01:00'],
    ]);
    expect(Date.parse(workshop(summit, 'RTY456').start)).toBe(Date.UTC(2030, 9, 27, 9));
  });

  it('maps titles, rooms, themes, speakers, languages and formats', () => {
    expect(workshop(summit, 'QWE123')).toMatchObject({
      title: 'Des communs numériques pour les coopératives',
      summary: 'Une conférence fictive, samedi, heure d’été.',
      roomId: 'main-hall',
      themeIds: ['commons-data'],
      speakerIds: ['AB12CD', 'LM56GH'],
      language: 'fr',
      // A pretalx talk that names no type is a talk.
      format: 'talk',
    });
    const coffee = summit.workshops[1]!;
    expect(coffee).toMatchObject({
      title: { fr: 'Pause café', en: 'Coffee break' },
      roomId: 'main-hall',
      format: 'networking',
      speakerIds: [],
    });
    expect(workshop(summit, 'RTY456')).toMatchObject({
      roomId: 'salle-2-07',
      themeIds: ['genossenschaftsrecht'],
      speakerIds: ['ZN34EF'],
      language: 'en',
    });
    const german = workshop(summit, 'UIO789');
    // German is a language like any other.
    expect(german).toMatchObject({ themeIds: [], speakerIds: ['LM56GH'], language: 'de' });
    expect(german.roomId).toBeUndefined();
  });

  it('turns speakers into members with no kind: pretalx does not say', () => {
    expect(summit.members).toEqual([
      {
        id: 'AB12CD',
        name: 'Émilie Côté',
        bio: 'Coopérante fictive.',
        languages: [],
        tags: [],
        links: [],
      },
      { id: 'ZN34EF', name: 'Zoë Ng', languages: [], tags: [], links: [] },
      { id: 'LM56GH', name: '李明', languages: [], tags: [], links: [] },
    ]);
  });

  it('notes everything it skipped, changed or guessed', () => {
    expect(noteList(notes)).toEqual([
      'invalid_color_replaced @ tracks[1].color',
      'person_without_name @ speakers[3]',
      'unknown_speaker @ talks[2].speakers[1]',
      'unknown_room @ talks[3].room',
      'unknown_track @ talks[3].track',
      'missing_start @ talks[4]',
    ]);
    expectWellWritten(notes);
  });
});

describe('fromPretalx on a Spanish-language event (pretalx-widget-es.json)', () => {
  const source = fixture('pretalx-es');
  const { summit, notes } = expectImported(fromPretalx(source));

  it('gives a summit that parseSummit accepts strictly, references included', () => {
    const result = fromPretalx(source);
    const parsed = parseSummit(result.ok ? result.summit : undefined, { mode: 'strict' });
    expect(parsed.ok ? parsed.warnings : parsed.problems).toEqual([]);
  });

  it('names no event and reports nothing about it: the format has no name to give', () => {
    expect(summit.name).toEqual({ fr: 'Événement importé 2029', en: 'Imported event 2029' });
    expect(notes).toEqual([]);
  });

  it('maps organisers’ session types by meaning and keeps each label', () => {
    expect(
      summit.workshops.map((item) => [item.id, item.format, item.formatLabel ?? null]),
    ).toEqual([
      [
        'KQ7XMB',
        'talk',
        { fr: 'Charla 30 min + 10 min de preguntas', en: 'Talk 30 min + 10min Q&A' },
      ],
      [expect.stringMatching(/^coffee-break-/), 'networking', null],
      ['WT3LPA', 'workshop', 'Workshop 90 Minuten'],
      ['PN8QRS', 'panel', 'Podiumsdiskussion'],
      ['LT5UVW', 'talk', { fr: 'Charla relámpago', en: 'Lightning Talk' }],
      ['KN2OPE', 'keynote', { fr: 'Conferencia magistral', en: 'Keynote' }],
      // No word of "Feria" names a format: `other`, shown with its label.
      ['OT9XYZ', 'other', 'Feria'],
      [expect.stringMatching(/^lunch-/), 'networking', null],
    ]);
  });

  it('keeps each talk’s language as a BCP 47 tag and its texts as given', () => {
    expect(summit.workshops.map((item) => item.language ?? null)).toEqual([
      'es',
      null,
      'de',
      'de',
      'pt-BR',
      'es',
      'es',
      null,
    ]);
    // An i18n title without French: French readers get the talk's own language, not nothing.
    expect(workshop(summit, 'KQ7XMB')).toMatchObject({
      title: { fr: 'Cooperativas de datos en la práctica', en: 'Data co-ops in practice' },
      // Markdown is kept as given; rendering is the displays' job.
      summary: 'Una **charla** ficticia con un [enlace](https://ficticio.example.org/datos).',
      description: 'Primer párrafo.\n\nSegundo párrafo con `código`.',
      tags: ['datos', 'gobernanza'],
    });
    expect(workshop(summit, 'WT3LPA').title).toBe('Genossenschaftliche Plattformen selbst bauen');
  });

  it('keeps every resource as a link, the first one as the url', () => {
    expect(workshop(summit, 'KQ7XMB')).toMatchObject({
      url: 'https://ficticio.example.org/diapositivas.pdf',
      links: [
        { url: 'https://ficticio.example.org/diapositivas.pdf', title: 'Diapositivas' },
        { url: 'https://ficticio.example.org/repo', title: 'Repositorio' },
      ],
    });
  });

  it('reads a break’s start in UTC and its end with an offset as the instants they name', () => {
    const [, coffee] = summit.workshops;
    expect([coffee?.start, coffee?.end]).toEqual([
      '2029-06-14T10:40:00+02:00',
      '2029-06-14T11:10:00+02:00',
    ]);
    // No French: the event's first content language serves French readers.
    expect(coffee?.title).toEqual({ fr: 'Pausa café', en: 'Coffee break' });
  });

  it('keeps the rooms in the document’s order, with their capacity', () => {
    expect(summit.rooms).toEqual([
      {
        id: 'main-auditorium',
        name: { fr: 'Auditorio principal', en: 'Main auditorium' },
        capacity: 400,
      },
      { id: 'patio', name: 'Patio' },
      { id: 'sala-b', name: 'Sala B', capacity: 40 },
    ]);
    expect(summit.workshops.map((item) => item.roomId)).toEqual([
      'main-auditorium',
      'main-auditorium',
      'sala-b',
      'main-auditorium',
      'sala-b',
      'main-auditorium',
      'patio',
      'patio',
    ]);
  });

  it('gives every talk and break the same id when the feed lists them in another order', () => {
    const ids = (document: Record<string, unknown>) => {
      const imported = expectImported(fromPretalx(document)).summit;
      return new Map(
        imported.workshops.map((item) => [`${item.start}|${roomName(imported, item)}`, item.id]),
      );
    };
    const before = ids(source);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(source['talks'] as unknown[], {
          minLength: (source['talks'] as unknown[]).length,
        }),
        fc.shuffledSubarray(source['rooms'] as unknown[], {
          minLength: (source['rooms'] as unknown[]).length,
        }),
        (talks, rooms) => {
          expect(ids({ ...source, talks, rooms })).toEqual(before);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('fromPretalx on a feed without content_locales', () => {
  it('reads names in the language most talks are given in, before English', () => {
    const input = doc(
      [
        talk({ content_locale: 'es', room: 1 }),
        talk({ code: 'B', content_locale: 'es' }),
        talk({ code: 'C', content_locale: 'en' }),
        {
          title: { en: 'Break', es: 'Receso' },
          start: '2030-10-26T09:50:00Z',
          end: '2030-10-26T12:10:00+02:00',
          room: 1,
          slot_type: 'break',
        },
      ],
      { rooms: [{ id: 1, name: { en: 'Workshop room', es: 'Sala de talleres' } }] },
    );
    const { summit } = expectImported(fromPretalx(input, named));
    expect(summit.rooms[0]?.name).toEqual({ fr: 'Sala de talleres', en: 'Workshop room' });
    expect(summit.workshops[3]).toMatchObject({
      title: { fr: 'Receso', en: 'Break' },
      start: '2030-10-26T11:50:00+02:00',
      end: '2030-10-26T12:10:00+02:00',
    });
  });
});

describe('fromPretalx event identity', () => {
  it('takes the event’s name, slug and page when the document carries them', () => {
    const input = doc([talk()], {
      event: {
        name: { en: 'Fictional Con', de: 'Fiktive Konferenz' },
        slug: 'ficcon-2030',
        url: 'https://pretalx.example.org/ficcon-2030/',
      },
    });
    const { summit, notes } = expectImported(fromPretalx(input));
    expect(summit).toMatchObject({
      id: 'ficcon-2030',
      name: 'Fictional Con',
      url: 'https://pretalx.example.org/ficcon-2030/',
    });
    expect(notes).toEqual([]);
  });

  it('lets options name the event the document does not name', () => {
    const { summit, notes } = expectImported(fromPretalx(fixture('pretalx'), named));
    expect([summit.id, summit.name]).toEqual(['communs-2030', named.name]);
    expect(noteList(notes)).not.toContain('summit_identity_missing @ (root)');
  });
});

describe('fromPretalx options and edge cases', () => {
  it('names the summit generically, without a note, when no name is given', () => {
    const { summit, notes } = expectImported(fromPretalx(fixture('pretalx')));
    expect(summit.id).toBe('summit-2030');
    expect(summit.name).toEqual({ fr: 'Événement importé 2030', en: 'Imported event 2030' });
    expect(notes.map((note) => note.code)).not.toContain('summit_identity_missing');
  });

  it('leaves breaks out with `breaks: "skip"`, with a note', () => {
    const { summit, notes } = expectImported(
      fromPretalx(fixture('pretalx'), { ...named, breaks: 'skip' }),
    );
    expect(summit.workshops.map((item) => item.format)).not.toContain('networking');
    expect(noteList(notes)).toContain('break_skipped @ talks[1]');
  });

  it('gives an untitled break a bilingual title and an id made from its start and room', () => {
    const untitled = talk({ code: undefined, title: undefined, slot_type: 'break' });
    const { summit } = expectImported(fromPretalx(doc([talk(), untitled]), named));
    expect(summit.workshops[1]).toMatchObject({
      id: expect.stringMatching(/^break-[a-z0-9]+$/),
      title: { fr: 'Pause', en: 'Break' },
    });
    const alone = expectImported(fromPretalx(doc([untitled]), named)).summit;
    expect(alone.workshops[0]?.id).toBe(summit.workshops[1]?.id);
  });

  it('reads offset-less times in the zone, with a note', () => {
    const input = doc([talk({ start: '2030-10-27T02:30:00', end: '2030-10-27T03:30:00+01:00' })]);
    const { summit, notes } = expectImported(fromPretalx(input, named));
    // 02:30 happens twice that night in Paris; the first one (summer time) is taken.
    expect(summit.workshops[0]?.start).toBe('2030-10-27T02:30:00+02:00');
    expect(noteList(notes)).toEqual(['local_time_assumed @ talks[0].start']);
  });

  it('maps slot types, keeps unknown ones as labels, and reads speakers given as objects', () => {
    const input = doc(
      [
        talk({ slot_type: 'keynote', speakers: [{ code: 'S1' }] }),
        talk({ code: 'B', slot_type: 'blocker' }),
      ],
      { speakers: [{ code: 'S1', name: 'Sam' }] },
    );
    const { summit, notes } = expectImported(fromPretalx(input, named));
    expect(
      summit.workshops.map((item) => [item.format, item.formatLabel, item.speakerIds]),
    ).toEqual([
      ['keynote', 'keynote', ['S1']],
      ['other', 'blocker', []],
    ]);
    expect(notes).toEqual([]);
  });

  it('notes a content locale that names no language', () => {
    const { summit, notes } = expectImported(
      fromPretalx(doc([talk({ content_locale: 'zz-top' })]), named),
    );
    expect(summit.workshops[0]?.language).toBeUndefined();
    expect(noteList(notes)).toEqual(['unmapped_language @ talks[0].content_locale']);
    expectWellWritten(notes);
  });

  it('uses options.timeZone when `timezone` is missing, and fails without, naming the feed', () => {
    const input = doc([talk()], { timezone: undefined });
    expect(
      expectImported(fromPretalx(input, { timeZone: 'Europe/Brussels' })).summit.timeZone,
    ).toBe('Europe/Brussels');
    const failed = fromPretalx(input);
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.problems.map((problem) => problem.code)).toEqual(['missing_time_zone']);
    expect(failed.problems.every(isMissingTimeZone)).toBe(true);
    const [problem] = failed.problems;
    expect(problem?.message.en).toContain('pretalx');
    expect(problem?.message.fr).toContain('pretalx');
    // What is missing, never an option name: each front end says how to give the zone.
    expect(`${problem?.message.en} ${problem?.message.fr}`).not.toMatch(/timeZone|option/);
    expectWellWritten(failed.problems);
  });

  it('takes the dates from the talks when the event gives none', () => {
    const input = doc([talk(), talk({ code: 'B', start: '2030-10-28T09:00:00+01:00', end: null })]);
    const { summit, notes } = expectImported(fromPretalx(input, named));
    expect([summit.startDate, summit.endDate]).toEqual(['2030-10-26', '2030-10-28']);
    expect(noteList(notes)).toEqual(['default_duration @ talks[1]']);
  });

  it('gives a session whose duration runs past any date the default duration, with a note', () => {
    const input = doc([talk({ end: null, duration: '4191382680' })]);
    const { summit, notes } = expectImported(fromPretalx(input, named));
    expect(summit.workshops[0]?.end).toBe('2030-10-26T10:30:00+02:00');
    expect(noteList(notes)).toEqual(['default_duration @ talks[0]']);
    expectValidSummit(summit);
  });

  it('summarises its notes by kind', () => {
    const input = doc([talk({ speakers: ['X1', 'X2'] }), talk({ code: 'B', speakers: ['X3'] })]);
    const { notes } = expectImported(fromPretalx(input, named));
    expect(summarizeNotes(notes).map((group) => [group.code, group.count, group.message])).toEqual([
      [
        'unknown_speaker',
        3,
        {
          fr: '3 personnes non listées retirées des séances',
          en: '3 unlisted speakers removed from sessions',
        },
      ],
    ]);
  });
});

describe('summarizeNotes', () => {
  it('counts what notes are about, in French and English, singular and plural', () => {
    const notes = [
      createNote('extra_links_dropped', ['events', 0], { count: 200, title: 'A' }),
      createNote('unknown_room', ['talks', 1, 'room'], { room: '9' }),
      createNote('extra_links_dropped', ['events', 4], { count: 85, title: 'B' }),
    ];
    const summary = summarizeNotes(notes);
    expect(summary.map((group) => [group.code, group.count, group.notes.length])).toEqual([
      ['extra_links_dropped', 285, 2],
      ['unknown_room', 1, 1],
    ]);
    expect(summary.map((group) => group.message)).toEqual([
      { fr: '285 liens supplémentaires laissés de côté', en: '285 extra links left out' },
      {
        fr: '1 séance dont la salle n’est pas listée',
        en: '1 session whose room is not listed',
      },
    ]);
    expectWellWritten(summary);
    expect(summarizeNotes([])).toEqual([]);
  });
});

describe('fromPretalx on bad input', () => {
  it.each([
    ['null', null],
    ['an empty object', {}],
    ['a number', 12],
    ['talks that are not a list', { timezone: 'UTC', talks: {} }],
    ['a frab document', fixture('frab')],
    ['a Sessionize document', fixture('sessionize')],
  ])('refuses %s as not pretalx', (_label, input) => {
    const result = fromPretalx(input);
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).toEqual([
      'not_pretalx',
    ]);
    if (!result.ok) expectWellWritten(result.problems);
  });

  it('fails on a truncated document with no dates', () => {
    const result = fromPretalx({ timezone: 'Europe/Paris', talks: [] });
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).toEqual([
      'missing_dates',
    ]);
  });

  it('fails when talks are listed but none can be imported', () => {
    const result = fromPretalx(doc([talk({ start: null }), talk({ code: 'B', start: 'soon' })]), {
      ...named,
    });
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).toEqual([
      'no_workshops',
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        const result = fromPretalx(input, options as never);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('gives a valid summit or problems when any part of the fixture is damaged', () => {
    fc.assert(
      fc.property(damaged(fixture('pretalx')), (input) => {
        const result = fromPretalx(input, named);
        if (result.ok) expectValidSummit(result.summit);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

// ── Property: every talk of any feed comes through whole ──────────────────────────────

const personName = fc.stringMatching(/^[A-Z][a-zà-ÿ]{1,8} [A-Z][a-zà-ÿ]{1,8}$/);
/** Instants from 2030 to 2031, on the minute. */
const instant = fc
  .integer({ min: 0, max: 366 * 24 * 60 })
  .map((minutes) => Date.UTC(2030, 0, 1) + minutes * 60_000);

/** ISO text of an instant, either in UTC (`Z`) or with a fixed offset. */
function isoAt(epochMs: number, offsetMinutes: number): string {
  if (offsetMinutes === 0) return new Date(epochMs).toISOString().replace('.000Z', 'Z');
  const local = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const pretalxFeed = fc
  .record({
    rooms: fc.uniqueArray(
      fc.record({
        id: fc.integer({ min: 1, max: 999 }),
        name: fc.stringMatching(/^[A-Z][a-z]{2,8}( [0-9]{1,2})?$/),
      }),
      { selector: (room) => room.id, minLength: 1, maxLength: 6 },
    ),
    speakers: fc.uniqueArray(
      fc.record({ code: fc.stringMatching(/^[A-Z0-9]{6}$/), name: personName }),
      { selector: (speaker) => speaker.code, maxLength: 8 },
    ),
    talks: fc.array(
      fc.record({
        isBreak: fc.boolean(),
        code: fc.stringMatching(/^[A-Z0-9]{6}$/),
        title: fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 ]{0,30}$/),
        start: instant,
        minutes: fc.integer({ min: 5, max: 240 }),
        offset: fc.constantFrom(0, 60, 120, -300),
        room: fc.nat(),
        speakers: fc.array(fc.nat(), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 20 },
    ),
  })
  .map(({ rooms, speakers, talks }) => {
    const codes = new Set<string>();
    return {
      version: 'prop',
      timezone: 'Europe/Madrid',
      tracks: [],
      rooms: rooms.map((room) => ({ id: room.id, name: { en: room.name } })),
      speakers,
      talks: talks.map((item) => {
        const room = rooms[item.room % rooms.length]!;
        const base = {
          title: item.title,
          start: isoAt(item.start, item.offset),
          end: isoAt(item.start + item.minutes * 60_000, item.offset === 0 ? 120 : 0),
          room: room.id,
        };
        if (item.isBreak || codes.has(item.code)) return base;
        codes.add(item.code);
        const chosen =
          speakers.length === 0
            ? []
            : item.speakers.map((index) => speakers[index % speakers.length]!.code);
        return { ...base, code: item.code, speakers: [...new Set(chosen)], content_locale: 'es' };
      }),
    };
  });

describe('fromPretalx property', () => {
  it('imports every talk with its speakers, instants and room, one workshop per talk', () => {
    fc.assert(
      fc.property(pretalxFeed, (feed) => {
        const { summit } = expectImported(fromPretalx(feed));
        expect(summit.workshops).toHaveLength(feed.talks.length);
        const speakerName = new Map(feed.speakers.map((speaker) => [speaker.code, speaker.name]));
        const roomNames = new Map(feed.rooms.map((room) => [room.id, room.name.en]));
        feed.talks.forEach((talk, index) => {
          const imported = summit.workshops[index]!;
          if ('code' in talk) expect(imported.id).toBe(talk.code);
          expect(Date.parse(imported.start)).toBe(Date.parse(talk.start));
          expect(Date.parse(imported.end)).toBe(Date.parse(talk.end));
          expect(roomName(summit, imported)).toBe(roomNames.get(talk.room));
          const expected =
            'speakers' in talk ? talk.speakers.map((code) => speakerName.get(code)!) : [];
          expect(speakerNames(summit, imported)).toEqual(expected.sort());
        });
      }),
      { numRuns: 150 },
    );
  });
});
