import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeHexColor, PaletteCursor, THEME_PALETTE } from './colors.js';
import {
  formatInZone,
  parseCalendarDate,
  parseDateTime,
  parseDuration,
  parseTimeOfDay,
  wallClockToInstant,
} from './datetime.js';
import { resolveI18n, toLocalizedText } from './i18n.js';
import { IdRegistry, isValidId, sanitizeId, shortHash, slugify } from './ids.js';
import {
  createNote,
  IMPORT_NOTE_CODES,
  IMPORT_PROBLEM_CODES,
  importProblem,
} from './import-report.js';
import { fromFrab, fromPretalx } from './index.js';
import type { ImportNote } from './import-report.js';
import { chooseDayChange, PeopleDirectory, type SourceDay } from './summit-builder.js';
import { expectWellWritten } from './testing/support.js';
import { safeLink, parseBaseUrl } from './urls.js';
import { formatFromType, isBreakType, languageFrom } from './vocabulary.js';

describe('ids', () => {
  it('slugifies names, accents and symbols included', () => {
    expect(slugify('Économie sociale & solidaire')).toBe('economie-sociale-solidaire');
    expect(slugify('  Zoë Ng  ')).toBe('zoe-ng');
    expect(slugify('李明')).toBe('');
  });

  it('sanitizes ids, keeping case and allowed punctuation', () => {
    expect(sanitizeId('Session #12')).toBe('Session-12');
    expect(sanitizeId('_a.b:c~d')).toBe('a.b:c~d');
    expect(sanitizeId('Côté!')).toBe('Cote');
    expect(isValidId(sanitizeId('-- x --'))).toBe(true);
  });

  it('hands out unique ids and says why one changed', () => {
    const ids = new IdRegistry('person');
    expect(ids.claim('ABC')).toEqual({ id: 'ABC' });
    expect(ids.claim('ABC')).toEqual({ id: 'ABC-2', change: 'duplicate' });
    expect(ids.claim('a b')).toEqual({ id: 'a-b', change: 'rewritten' });
    expect(ids.claim(undefined, 'Zoë Ng')).toEqual({ id: 'zoe-ng' });
    expect(ids.claim(undefined, 'Zoë Ng')).toEqual({ id: 'zoe-ng-2' });
    expect(ids.claim(undefined, '李明').id).toMatch(/^person-\d+$/);
    expect(ids.claim('!!!')).toEqual({
      id: expect.stringMatching(/^person-\d+$/),
      change: 'rewritten',
    });
  });
});

describe('datetime', () => {
  it('reads instants with Z or an offset, and wall-clock times without', () => {
    expect(parseDateTime('2031-11-01T14:30:00Z')).toEqual({
      kind: 'instant',
      epochMs: Date.UTC(2031, 10, 1, 14, 30),
    });
    expect(parseDateTime('2031-11-01T10:30:00.500-04:00')).toEqual({
      kind: 'instant',
      epochMs: Date.UTC(2031, 10, 1, 14, 30, 0, 500),
    });
    expect(parseDateTime('2031-11-01T10:30+0530')).toEqual({
      kind: 'instant',
      epochMs: Date.UTC(2031, 10, 1, 5, 0),
    });
    expect(parseDateTime('2031-11-01T09:00:00')).toEqual({
      kind: 'wall-clock',
      wallClock: { year: 2031, month: 11, day: 1, hour: 9, minute: 0, second: 0 },
    });
  });

  it('refuses what is not a real date-time', () => {
    for (const text of [
      '2031-02-30T09:00:00Z',
      '2031-11-01T24:00:00Z',
      '2031-11-01',
      'soon',
      '0099-01-01T00:00:00Z',
      '2031-11-01T09:00:00+25:00',
    ]) {
      expect(parseDateTime(text)).toBeUndefined();
    }
    expect(parseCalendarDate('2032-02-29')).toEqual({ year: 2032, month: 2, day: 29 });
    expect(parseCalendarDate('2031-02-29')).toBeUndefined();
  });

  it('reads frab durations and local times', () => {
    expect(parseDuration('1:05')).toBe(65);
    expect(parseDuration('01:05')).toBe(65);
    expect(parseDuration('26:00')).toBe(1560);
    expect(parseDuration('0:00:30')).toBe(0.5);
    expect(parseDuration('1h05')).toBeUndefined();
    expect(parseTimeOfDay('9:05')).toBe(545);
    expect(parseTimeOfDay('24:00')).toBeUndefined();
  });

  it('places wall-clock times in a zone across DST and writes the offset of the moment', () => {
    const zone = 'America/Montreal';
    const summer = wallClockToInstant(
      { year: 2031, month: 11, day: 1, hour: 9, minute: 0, second: 0 },
      zone,
    );
    const winter = wallClockToInstant(
      { year: 2031, month: 11, day: 3, hour: 9, minute: 0, second: 0 },
      zone,
    );
    expect(formatInZone(summer.epochMs, zone)).toBe('2031-11-01T09:00:00-04:00');
    expect(formatInZone(winter.epochMs, zone)).toBe('2031-11-03T09:00:00-05:00');
    const gap = wallClockToInstant(
      { year: 2031, month: 3, day: 9, hour: 2, minute: 30, second: 0 },
      zone,
    );
    expect(gap.shifted).toBe(true);
    expect(formatInZone(gap.epochMs, zone)).toBe('2031-03-09T03:30:00-04:00');
    expect(formatInZone(Date.UTC(2031, 0, 1), 'Asia/Kolkata')).toBe('2031-01-01T05:30:00+05:30');
    expect(formatInZone(Date.UTC(2031, 0, 1), 'UTC')).toBe('2031-01-01T00:00:00+00:00');
  });
});

describe('vocabulary', () => {
  it('maps session types onto GICS formats', () => {
    expect(
      [
        'lecture',
        'Talk',
        'workshop',
        'Atelier',
        'keynote',
        'panel',
        'Table ronde',
        'Plénière',
        'break',
        'Pause-café',
        'social',
      ].map(formatFromType),
    ).toEqual([
      'talk',
      'talk',
      'workshop',
      'workshop',
      'keynote',
      'panel',
      'panel',
      'plenary',
      'networking',
      'networking',
      'networking',
    ]);
    expect(formatFromType('concert')).toBeUndefined();
    expect(isBreakType('Lunch')).toBe(true);
    expect(isBreakType('networking')).toBe(false);
  });

  it('maps language codes and labels of any language to BCP 47 tags, pairs giving bilingual', () => {
    const cases: Array<[string[], string | undefined]> = [
      [['fr'], 'fr'],
      [['fr-CA'], 'fr-CA'],
      [['en_US'], 'en-US'],
      [['pt-br'], 'pt-BR'],
      [['English'], 'en'],
      [['Français'], 'fr'],
      [['fr/en'], 'bilingual'],
      [['EN + FR'], 'bilingual'],
      [['Bilingue / Bilingual'], 'bilingual'],
      [['Français', 'English'], 'bilingual'],
      [['de'], 'de'],
      [['Español'], 'es'],
      [['Klingon-ish'], undefined],
      [[], undefined],
    ];
    for (const [values, expected] of cases) expect(languageFrom(values)).toBe(expected);
  });
});

describe('i18n', () => {
  const value = { de: 'Kaffeepause', 'fr-CA': 'Pause-café', en: 'Coffee break' };

  it('falls back from the language to its base, then English, then the first value', () => {
    expect(resolveI18n(value, 'fr')).toBe('Pause-café');
    expect(resolveI18n(value, 'fr-CA')).toBe('Pause-café');
    expect(resolveI18n(value, 'de-formal')).toBe('Kaffeepause');
    expect(resolveI18n(value, 'it')).toBe('Coffee break');
    expect(resolveI18n({ de: 'Kaffeepause', es: 'Pausa' }, 'fr')).toBe('Kaffeepause');
    expect(resolveI18n({ en: '  ' }, 'en')).toBeUndefined();
    expect(resolveI18n(['x'], 'en')).toBeUndefined();
  });

  it('builds LocalizedText, collapsing identical languages', () => {
    expect(toLocalizedText(value)).toEqual({ fr: 'Pause-café', en: 'Coffee break' });
    expect(toLocalizedText({ en: 'Main hall' })).toBe('Main hall');
    expect(toLocalizedText(' Salle 2 ')).toBe('Salle 2');
    expect(toLocalizedText({})).toBeUndefined();
    expect(toLocalizedText(null)).toBeUndefined();
  });
});

describe('colours', () => {
  function luminance(hex: string): number {
    const channel = (index: number) => {
      const value = parseInt(hex.slice(index, index + 2), 16) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  }

  it('has a palette legible on white (WCAG AA, 4.5:1)', () => {
    for (const color of THEME_PALETTE) {
      expect(1.05 / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
    expect(new Set(THEME_PALETTE).size).toBe(THEME_PALETTE.length);
  });

  it('normalizes hex colours and cycles through the palette', () => {
    expect(normalizeHexColor('#ABC')).toBe('#aabbcc');
    expect(normalizeHexColor('1A6B3C')).toBe('#1a6b3c');
    expect(normalizeHexColor('purple')).toBeUndefined();
    const cursor = new PaletteCursor();
    const taken = THEME_PALETTE.map(() => cursor.take());
    expect(taken).toEqual([...THEME_PALETTE]);
    expect(cursor.take()).toBe(THEME_PALETTE[0]);
  });
});

describe('urls', () => {
  it('keeps http(s), resolves relative links and drops the rest, with notes', () => {
    const notes: ImportNote[] = [];
    const base = parseBaseUrl('https://fictif.example.org/2031/');
    expect(safeLink('https://a.example.org/x', base, ['a'], notes)).toBe('https://a.example.org/x');
    expect(safeLink('talk/1', base, ['b'], notes)).toBe('https://fictif.example.org/2031/talk/1');
    expect(safeLink('/talk/2', base, ['c'], notes)).toBe('https://fictif.example.org/talk/2');
    expect(safeLink(' JavaScript:alert(1)', base, ['d'], notes)).toBeUndefined();
    expect(safeLink('data:text/html,hi', base, ['e'], notes)).toBeUndefined();
    expect(safeLink('mailto:a@example.org', base, ['f'], notes)).toBeUndefined();
    expect(safeLink('talk/3', undefined, ['g'], notes)).toBeUndefined();
    expect(notes.map((note) => `${note.code} @ ${note.where}`)).toEqual([
      'relative_url_resolved @ b',
      'relative_url_resolved @ c',
      'unsafe_url_dropped @ d',
      'unsafe_url_dropped @ e',
      'unsafe_url_dropped @ f',
      'relative_url_dropped @ g',
    ]);
    expect(parseBaseUrl('ftp://example.org/')).toBeUndefined();
    expect(parseBaseUrl('not a url')).toBeUndefined();
  });
});

describe('messages', () => {
  it('writes every note and problem in French and English, with French typography', () => {
    const params = {
      title: 'T',
      start: 'S',
      value: 'V',
      zone: 'Z',
      minutes: 30,
      type: 'x',
      language: 'de',
      room: 'r',
      track: 't',
      speaker: 's',
      item: 'i',
      url: 'u',
      resolved: 'r',
      count: 2,
      from: 'a',
      to: 'b',
      color: 'c',
      fallback: 'f',
      name: 'n',
      id: 'i',
      date: 'd',
      reason: 'r',
      key: 'id 12',
      other: 'o',
      dayChange: '06:00',
      format: 'frab',
      category: 'c',
    };
    expectWellWritten(IMPORT_NOTE_CODES.map((code) => createNote(code, ['x'], params)));
    expectWellWritten(IMPORT_PROBLEM_CODES.map((code) => importProblem(code, [], params)));
    for (const code of IMPORT_NOTE_CODES) {
      expect(createNote(code, ['x'], params).message.fr).not.toContain('?');
    }
  });
});

describe('never throwing', () => {
  it('turns an exception from a hostile getter into a problem', () => {
    const hostile = Object.defineProperty({ schedule: {} }, 'talks', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = fromPretalx(hostile);
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).toEqual([
      'import_failed',
    ]);
    expect(
      fromFrab(
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('trap');
            },
          },
        ),
      ).ok,
    ).toBe(false);
  });
});

describe('ambiguous local times', () => {
  it('takes the earlier of two instants when the clocks fall back, in any zone', () => {
    const paris = wallClockToInstant(
      { year: 2030, month: 10, day: 27, hour: 2, minute: 30, second: 0 },
      'Europe/Paris',
    );
    expect(formatInZone(paris.epochMs, 'Europe/Paris')).toBe('2030-10-27T02:30:00+02:00');
    const toronto = wallClockToInstant(
      { year: 2031, month: 11, day: 2, hour: 1, minute: 30, second: 0 },
      'America/Toronto',
    );
    expect(formatInZone(toronto.epochMs, 'America/Toronto')).toBe('2031-11-02T01:30:00-04:00');
    const lordHowe = wallClockToInstant(
      { year: 2031, month: 4, day: 6, hour: 1, minute: 45, second: 0 },
      'Australia/Lord_Howe',
    );
    expect(formatInZone(lordHowe.epochMs, 'Australia/Lord_Howe')).toBe('2031-04-06T01:45:00+11:00');
    expect([paris.shifted, toronto.shifted, lordHowe.shifted]).toEqual([false, false, false]);
  });
});

describe('people directory', () => {
  function directory() {
    const notes: ImportNote[] = [];
    return { people: new PeopleDirectory(notes), notes };
  }

  it('merges a person by their strongest key, and never two different names', () => {
    const { people, notes } = directory();
    const anouk = people.add({ numericId: '12', guid: 'A-1', name: 'Anouk Vermeer' }, ['a']);
    // Same guid, same name with other spacing and case: the same person.
    expect(people.add({ guid: 'a-1', name: ' anouk  vermeer ' }, ['b'])).toBe(anouk);
    // Same numeric id, another name: someone else, noted once.
    const bastian = people.add({ numericId: '12', code: 'QX7', name: 'Bastian Kowalczyk' }, ['c']);
    expect(bastian).not.toBe(anouk);
    expect(people.add({ numericId: '12', name: 'Bastian Kowalczyk' }, ['d'])).toBe(bastian);
    expect(people.add({ numericId: '12', name: 'Anouk Vermeer' }, ['e'])).toBe(anouk);
    expect(notes.map((note) => `${note.code} @ ${note.where}`)).toEqual(['person_key_reused @ c']);
    expectWellWritten(notes);
  });

  it('takes 0 and empty ids for no key, so wiki persons are told apart by name', () => {
    const { people } = directory();
    const wanda = people.add({ numericId: '0', name: 'Wiki Wanda' }, ['a']);
    const willem = people.add({ numericId: '0', name: 'Wiki Willem' }, ['b']);
    expect(willem).not.toBe(wanda);
    expect(people.add({ numericId: '', name: 'Wiki Wanda' }, ['c'])).toBe(wanda);
    expect(people.members).toHaveLength(2);
  });

  it('keeps namesakes with different keys apart, and a keyless mention of them on its own', () => {
    const { people, notes } = directory();
    const first = people.add({ guid: 'g-1', name: 'Sam Lee' }, ['a']);
    const second = people.add({ guid: 'g-2', name: 'Sam Lee' }, ['b']);
    expect(second).not.toBe(first);
    const keyless = people.add({ name: 'Sam Lee' }, ['c']);
    expect([first, second]).not.toContain(keyless);
    // Met again without a key: the same keyless entry, not a fourth person.
    expect(people.add({ name: 'Sam Lee' }, ['d'])).toBe(keyless);
    expect(people.members).toHaveLength(3);
    expect(notes.map((note) => note.code)).toEqual(['person_name_ambiguous']);
    expectWellWritten(notes);
  });

  it('gives members no kind when the source says none', () => {
    const { people } = directory();
    people.add({ code: 'ZOE', name: 'Zoë Ng' }, []);
    expect(people.members).toEqual([
      { id: 'ZOE', name: 'Zoë Ng', languages: [], tags: [], links: [] },
    ]);
  });
});

describe('conference days', () => {
  const zone = 'Europe/Berlin';
  const at = (iso: string) => Date.parse(iso);

  it('keeps midnight when no day crosses it', () => {
    expect(
      chooseDayChange(
        [
          {
            date: '2031-05-13',
            startMs: at('2031-05-13T09:00:00+02:00'),
            endMs: at('2031-05-13T18:00:00+02:00'),
          },
          {
            date: '2031-05-14',
            startMs: at('2031-05-14T09:00:00+02:00'),
            endMs: at('2031-05-15T00:00:00+02:00'),
          },
        ],
        zone,
      ),
    ).toEqual({ minutes: 0, misplaced: 0 });
  });

  it('changes days between the latest end and the earliest start, on the hour when it can', () => {
    const days: SourceDay[] = [
      {
        date: '2031-12-27',
        startMs: at('2031-12-27T11:00:00+01:00'),
        endMs: at('2031-12-28T05:40:00+01:00'),
      },
      {
        date: '2031-12-28',
        startMs: at('2031-12-28T10:00:00+01:00'),
        endMs: at('2031-12-29T04:00:00+01:00'),
      },
    ];
    expect(chooseDayChange(days, zone)).toEqual({ minutes: 6 * 60, misplaced: 0 });
    // A session filed under the first day at 06:30 the next morning moves the change later.
    days[0]!.sessionStartsMs = [at('2031-12-28T06:30:00+01:00')];
    expect(chooseDayChange(days, zone)).toEqual({ minutes: 7 * 60, misplaced: 0 });
    // With only a minute to spare, that minute.
    days[1]!.startMs = at('2031-12-28T06:31:00+01:00');
    expect(chooseDayChange(days, zone)).toEqual({ minutes: 6 * 60 + 31, misplaced: 0 });
  });

  it('picks the time that misplaces fewest when none fits every day', () => {
    const days = [
      {
        date: '2031-12-27',
        startMs: at('2031-12-27T11:00:00+01:00'),
        endMs: at('2031-12-28T06:00:00+01:00'),
      },
      // This day opens before the previous one closed.
      {
        date: '2031-12-28',
        startMs: at('2031-12-28T05:00:00+01:00'),
        endMs: at('2031-12-29T04:00:00+01:00'),
      },
      {
        date: '2031-12-29',
        startMs: at('2031-12-29T10:00:00+01:00'),
        endMs: at('2031-12-29T20:00:00+01:00'),
      },
    ];
    // 04:00 to 05:00 fits every day but the first's close; 06:00 every day but the second's
    // opening: the earliest of those is kept.
    expect(chooseDayChange(days, zone)).toEqual({ minutes: 4 * 60, misplaced: 1 });
  });

  it('notes an approximate day change in the summit it builds', () => {
    const doc = {
      schedule: {
        conference: {
          title: 'T',
          acronym: 't',
          time_zone_name: zone,
          days: [
            {
              date: '2031-12-27',
              day_start: '2031-12-27T11:00:00+01:00',
              day_end: '2031-12-28T06:00:00+01:00',
              rooms: {
                A: [{ guid: 'x', title: 'X', date: '2031-12-27T12:00:00+01:00', duration: '1:00' }],
              },
            },
            {
              date: '2031-12-28',
              day_start: '2031-12-28T05:00:00+01:00',
              day_end: '2031-12-28T20:00:00+01:00',
              rooms: {},
            },
          ],
        },
      },
    };
    const result = fromFrab(doc);
    expect(result.ok && result.notes.map((note) => note.code)).toEqual(['day_change_approximate']);
    if (result.ok) expectWellWritten(result.notes);
  });
});

describe('instants written in a zone', () => {
  it('writes the same text as date-fns in any zone, at any instant of the supported years', () => {
    const zones = [
      'America/Montreal',
      'Europe/Berlin',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2200, 0, 1) }),
        fc.constantFrom(...zones),
        (epochMs, zone) => {
          const instant = Math.floor(epochMs / 1000) * 1000;
          expect(formatInZone(instant, zone)).toBe(
            format(new TZDate(instant, zone), "yyyy-MM-dd'T'HH:mm:ssxxx"),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('derived ids', () => {
  it('fingerprints text stably and briefly', () => {
    expect(shortHash('1000|agora|Pause')).toBe(shortHash('1000|agora|Pause'));
    expect(shortHash('1000|agora|Pause')).not.toBe(shortHash('1001|agora|Pause'));
    expect(shortHash('')).toMatch(/^[0-9a-z]{1,7}$/);
  });
});
