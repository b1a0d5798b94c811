import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Language } from '../summit/localized-text.js';
import type { Summit, Workshop } from '../summit/summit.schema.js';
import { icsFileName, toICalendar, utcDateTime, writeICalendar } from './icalendar.js';
import { markdownToPlainText } from '../text/markdown.js';

// ical.js leaves unknown X- properties escaped; X-WR-CALNAME is TEXT, as clients read it.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };
ICAL.design.icalendar.property['x-wr-timezone'] = { defaultType: 'text' };

const NOW = new Date('2023-05-01T12:34:56.789Z');

function workshop(fields: Partial<Workshop> & Pick<Workshop, 'id' | 'title'>): Workshop {
  return {
    start: '2023-05-16T09:30:00-04:00',
    end: '2023-05-16T11:00:00-04:00',
    themeIds: [],
    speakerIds: [],
    format: 'workshop',
    links: [],
    tags: [],
    ...fields,
  };
}

const SUMMIT: Summit = {
  id: 'gics-2023',
  name: { fr: 'GICS Montréal 2023', en: 'GICS Montreal 2023' },
  year: 2023,
  city: 'Montréal',
  country: 'CA',
  timeZone: 'America/Toronto',
  startDate: '2023-05-16',
  endDate: '2023-05-18',
  venue: { fr: 'Palais des congrès', en: 'Convention Centre' },
  url: 'https://gics.example/2023',
  rooms: [],
  themes: [
    { id: 'circular', name: { fr: 'Économie circulaire', en: 'Circular economy' } },
    { id: 'finance', name: { fr: 'Finance; solidaire, éthique', en: 'Ethics\\finance, fair' } },
  ],
  members: [
    {
      id: 'ana',
      name: 'Ana Silva',
      kind: 'individual',
      organisation: 'Coop «\u00a0Alpha\u00a0», Québec',
      languages: [],
      tags: [],
      links: [],
    },
    { id: 'li', name: '李华', kind: 'individual', languages: [], tags: [], links: [] },
  ],
  practices: [],
  workshops: [
    workshop({
      id: 'w1',
      title: { fr: 'Coopératives; le «\u00a0pourquoi\u00a0», le comment', en: 'Co-ops; why, how' },
      summary: { fr: 'Un résumé.', en: 'A summary.' },
      description: {
        fr: 'Ligne 1\nLigne 2 avec \\ barre, point-virgule ; et virgule,\r\nfin.',
        en: 'Line 1\nLine 2 with \\ backslash; semicolon, comma\r\nend.',
      },
      themeIds: ['circular', 'finance', 'unknown-theme'],
      speakerIds: ['ana', 'li', 'unknown-member'],
      room: { fr: 'Salle 2A', en: 'Room 2A' },
      url: 'https://gics.example/2023/ateliers/w1?x=1&y=2',
    }),
    workshop({
      id: 'w2',
      title: `Émojis 👩🏽‍🌾🌍 et 合作社 ${'协同组合和社会经济'.repeat(8)}\u0007\u0000`,
      description: `${'àé'.repeat(50)}\r${'😀'.repeat(30)}\u001b[31m\u007f\u0085`,
      start: '2023-05-17T13:00:00Z',
      end: '2023-05-17T14:15:30.5Z',
      url: 'mailto:info@gics.example',
    }),
    workshop({
      id: 'w3',
      title: { fr: 'Plénière de clôture' },
      start: '2023-05-18T16:00:00+02:00',
      end: '2023-05-18T17:00:00+02:00',
      room: 'Auditorium',
    }),
  ],
};

interface ExpectedEvent {
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  start: string;
  end: string;
  categories: string[];
}

const EXPECTED: Record<Language, ExpectedEvent[]> = {
  fr: [
    {
      uid: 'w1@gics-2023.gics',
      summary: 'Coopératives; le «\u00a0pourquoi\u00a0», le comment',
      description:
        'Un résumé.\n\nLigne 1\nLigne 2 avec \\ barre, point-virgule ; et virgule,\nfin.\n\n' +
        'Intervenants\u00a0: Ana Silva (Coop «\u00a0Alpha\u00a0», Québec), 李华\n\n' +
        'https://gics.example/2023/ateliers/w1?x=1&y=2',
      location: 'Salle 2A, Palais des congrès',
      url: 'https://gics.example/2023/ateliers/w1?x=1&y=2',
      start: '2023-05-16T13:30:00.000Z',
      end: '2023-05-16T15:00:00.000Z',
      categories: ['Économie circulaire', 'Finance; solidaire, éthique'],
    },
    {
      uid: 'w2@gics-2023.gics',
      summary: `Émojis 👩🏽‍🌾🌍 et 合作社 ${'协同组合和社会经济'.repeat(8)}`,
      description: `${'àé'.repeat(50)}\n${'😀'.repeat(30)}[31m\n\nmailto:info@gics.example`,
      location: 'Palais des congrès',
      url: null,
      start: '2023-05-17T13:00:00.000Z',
      end: '2023-05-17T14:15:30.000Z',
      categories: [],
    },
    {
      uid: 'w3@gics-2023.gics',
      summary: 'Plénière de clôture',
      description: null,
      location: 'Auditorium, Palais des congrès',
      url: null,
      start: '2023-05-18T14:00:00.000Z',
      end: '2023-05-18T15:00:00.000Z',
      categories: [],
    },
  ],
  en: [
    {
      uid: 'w1@gics-2023.gics',
      summary: 'Co-ops; why, how',
      description:
        'A summary.\n\nLine 1\nLine 2 with \\ backslash; semicolon, comma\nend.\n\n' +
        'Speakers: Ana Silva (Coop «\u00a0Alpha\u00a0», Québec), 李华\n\n' +
        'https://gics.example/2023/ateliers/w1?x=1&y=2',
      location: 'Room 2A, Convention Centre',
      url: 'https://gics.example/2023/ateliers/w1?x=1&y=2',
      start: '2023-05-16T13:30:00.000Z',
      end: '2023-05-16T15:00:00.000Z',
      categories: ['Circular economy', 'Ethics\\finance, fair'],
    },
    {
      uid: 'w2@gics-2023.gics',
      summary: `Émojis 👩🏽‍🌾🌍 et 合作社 ${'协同组合和社会经济'.repeat(8)}`,
      description: `${'àé'.repeat(50)}\n${'😀'.repeat(30)}[31m\n\nmailto:info@gics.example`,
      location: 'Convention Centre',
      url: null,
      start: '2023-05-17T13:00:00.000Z',
      end: '2023-05-17T14:15:30.000Z',
      categories: [],
    },
    {
      uid: 'w3@gics-2023.gics',
      summary: 'Plénière de clôture',
      description: null,
      location: 'Auditorium, Convention Centre',
      url: null,
      start: '2023-05-18T14:00:00.000Z',
      end: '2023-05-18T15:00:00.000Z',
      categories: [],
    },
  ],
};

type Time = InstanceType<typeof ICAL.Time>;

function utcInstant(value: unknown): string {
  expect(value).toBeInstanceOf(ICAL.Time);
  const time = value as Time;
  expect(time.zone?.tzid).toBe('UTC');
  return time.toJSDate().toISOString();
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((event): ExpectedEvent => ({
    uid: event.getFirstPropertyValue('uid') as string,
    summary: event.getFirstPropertyValue('summary') as string,
    description: event.getFirstPropertyValue('description') as string | null,
    location: event.getFirstPropertyValue('location') as string | null,
    url: event.getFirstPropertyValue('url') as string | null,
    start: utcInstant(event.getFirstPropertyValue('dtstart')),
    end: utcInstant(event.getFirstPropertyValue('dtend')),
    categories: event
      .getAllProperties('categories')
      .flatMap((property) => property.getValues() as string[]),
  }));
  return { calendar, events };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** Checks the physical form: CRLF everywhere, ≤ 75 octets a line, whole UTF-8 characters. */
function expectWellFormed(ics: string): void {
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const problems: string[] = [];
  // Cut the octets at each CRLF and decode every physical line strictly.
  const bytes = encoder.encode(ics);
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) {
    const line = bytes.subarray(start, i - 1);
    let text = '';
    try {
      text = strictUtf8.decode(line);
    } catch {
      problems.push(`not whole UTF-8 characters: ${line.join(' ')}`);
    }
    if (bytes[i - 1] !== 0x0d) problems.push(`LF without CR after ${text}`);
    if (line.length > 75) problems.push(`${line.length} octets: ${text}`);
    if (text.includes('\r')) problems.push(`CR without LF in ${text}`);
    start = i + 1;
  }
  if (start !== bytes.length) problems.push('last line without CRLF');
  // Encoding replaces a lone surrogate silently: compare with the string itself.
  if (strictUtf8.decode(bytes) !== ics) problems.push('lone surrogate');
  // Unfolded, every content line starts with a property name.
  for (const line of ics.replace(/\r\n /g, '').slice(0, -2).split('\r\n')) {
    if (!/^[A-Z][A-Z-]*:/.test(line)) problems.push(`not a property: ${line}`);
  }
  expect(problems).toEqual([]);
}

describe('toICalendar', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`gives every field of every workshop (${lang})`, () => {
      const ics = toICalendar(SUMMIT, { lang, now: NOW });
      expectWellFormed(ics);
      const { events } = parse(ics);
      expect(events).toEqual(EXPECTED[lang]);
    });

    it(`describes the calendar (${lang})`, () => {
      const { calendar } = parse(toICalendar(SUMMIT, { lang, now: NOW }));
      expect(calendar.getFirstPropertyValue('prodid')).toMatch(
        new RegExp(`^-//GICS Kit//[^/]+//${lang.toUpperCase()}$`),
      );
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
      expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
        lang === 'fr' ? 'GICS Montréal 2023' : 'GICS Montreal 2023',
      );
      expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('America/Toronto');
      expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
    });
  }

  it('stamps every event with `now`, in UTC, without milliseconds', () => {
    const ics = toICalendar(SUMMIT, { lang: 'fr', now: NOW });
    expect(ics.match(/^DTSTAMP:.*$/gm)).toEqual(Array(3).fill('DTSTAMP:20230501T123456Z'));
    for (const event of parse(ics).calendar.getAllSubcomponents('vevent')) {
      expect(utcInstant(event.getFirstPropertyValue('dtstamp'))).toBe('2023-05-01T12:34:56.000Z');
    }
  });

  it('stamps with the current time by default', () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const event = parse(toICalendar(SUMMIT, { lang: 'fr' })).calendar.getFirstSubcomponent(
      'vevent',
    );
    const stamp = Date.parse(utcInstant(event?.getFirstPropertyValue('dtstamp')));
    expect(stamp).toBeGreaterThanOrEqual(before);
    expect(stamp).toBeLessThanOrEqual(Date.now());
  });

  it('is deterministic: same input, same UIDs and text', () => {
    const first = toICalendar(SUMMIT, { lang: 'en', now: NOW });
    expect(toICalendar(structuredClone(SUMMIT), { lang: 'en', now: NOW })).toBe(first);
    const selected = parse(toICalendar(SUMMIT, { lang: 'fr', workshopIds: ['w3'], now: NOW }));
    expect(selected.events.map((event) => event.uid)).toEqual(['w3@gics-2023.gics']);
  });

  it('exports only the chosen workshops, in the order of the summit', () => {
    const ics = toICalendar(SUMMIT, {
      lang: 'fr',
      workshopIds: new Set(['w3', 'nope', 'w1']),
      now: NOW,
    });
    expectWellFormed(ics);
    expect(parse(ics).events).toEqual([EXPECTED.fr[0], EXPECTED.fr[2]]);
  });

  it('names the listed room of a workshop’s roomId, in each language', () => {
    const rooms = [{ id: 'hall', name: { fr: 'Grande salle', en: 'Main Hall' } }];
    const [first] = SUMMIT.workshops;
    const inHall = { ...first!, roomId: 'hall', room: undefined };
    const summit: Summit = { ...SUMMIT, rooms, workshops: [inHall] };
    for (const [lang, location] of [
      ['fr', 'Grande salle, Palais des congrès'],
      ['en', 'Main Hall, Convention Centre'],
    ] as const) {
      const ics = toICalendar(summit, { lang, now: NOW });
      expectWellFormed(ics);
      expect(parse(ics).events.map((event) => event.location)).toEqual([location]);
    }
  });

  it('gives a calendar without events when nothing is chosen', () => {
    const ics = toICalendar(SUMMIT, { lang: 'en', workshopIds: [], now: NOW });
    expectWellFormed(ics);
    expect(parse(ics).events).toEqual([]);
  });

  it('writes CRLF line endings and folds long lines with CRLF and one space', () => {
    const ics = toICalendar(SUMMIT, { lang: 'fr', now: NOW });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics).toMatch(/\r\n [^ ]/);
    expect(ics.split('\r\n').filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
  });

  it('lets no text break out of its property', () => {
    const hostile = workshop({
      id: 'evil',
      title: 'Title\r\nEND:VEVENT\r\nBEGIN:VEVENT\nUID:forged\rX:1',
      room: 'Room\u0000\u000b\u000c\u001f\u007f\u0085\u009f',
      url: 'https://gics.example/a b\n?q="x"\t',
    });
    const summit: Summit = { ...SUMMIT, name: 'Name\r\nMETHOD:CANCEL', workshops: [hostile] };
    const ics = toICalendar(summit, { lang: 'en', now: NOW });
    expectWellFormed(ics);
    const { calendar, events } = parse(ics);
    expect(calendar.getAllProperties('method')).toHaveLength(1);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Name\nMETHOD:CANCEL');
    expect(events).toHaveLength(1);
    expect(events[0]?.uid).toBe('evil@gics-2023.gics');
    expect(events[0]?.summary).toBe('Title\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged\nX:1');
    expect(events[0]?.location).toBe('Room, Convention Centre');
    expect(events[0]?.url).toBe('https://gics.example/a%20b?q=%22x%22');
  });

  it('reads offsets in any ISO 8601 form and rejects what is not a date-time', () => {
    const compact = workshop({
      id: 'c',
      title: 'c',
      start: '2023-05-16T09:30:00+0200',
      end: '2023-05-16T10:30:00+02',
    });
    const { events } = parse(toICalendar({ ...SUMMIT, workshops: [compact] }, { lang: 'fr' }));
    expect(events[0]?.start).toBe('2023-05-16T07:30:00.000Z');
    expect(events[0]?.end).toBe('2023-05-16T08:30:00.000Z');

    const broken = workshop({ id: 'broken', title: 'b', end: 'tomorrow' });
    expect(() => toICalendar({ ...SUMMIT, workshops: [broken] }, { lang: 'fr' })).toThrow(
      /broken.*tomorrow/,
    );
  });
});

describe('toICalendar with arbitrary text', () => {
  // Any code point, lone surrogates and controls included, plus the characters that matter.
  const unit = fc.oneof(
    fc.constantFrom(
      '\\',
      ';',
      ',',
      ':',
      '"',
      '\n',
      '\r',
      '\r\n',
      '\t',
      ' ',
      '«',
      '»',
      '\u00a0',
      '\u0000',
      '\u007f',
      '\u0085',
      '\u2028',
      '\ufeff',
      '\ud83d',
      '\ude00',
      'é',
      'e\u0301',
      '合',
      '😀',
      '👩🏽‍🌾',
      '🇨🇦',
    ),
    fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
  );
  const text = fc.string({ unit, maxLength: 200 });

  /** What the calendar should say for `value`: an independent statement of the cleaning rules. */
  function cleaned(value: string): string {
    let result = '';
    for (const char of value.replace(/\r\n?/g, '\n')) {
      const code = char.codePointAt(0) ?? 0;
      if (code >= 0xd800 && code <= 0xdfff) result += '\ufffd';
      else if (char === '\t' || char === '\n') result += char;
      else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) continue;
      else result += char;
    }
    return result;
  }

  it('round-trips through ical.js and keeps every line within 75 octets', () => {
    fc.assert(
      fc.property(text, text, (title, description) => {
        const summit: Summit = {
          ...SUMMIT,
          name: `«${title}»`,
          themes: [{ id: 't', name: `#${description}` }],
          members: [],
          workshops: [
            workshop({
              id: 'w',
              title,
              description: `>${description}`,
              room: `[${title}]`,
              themeIds: ['t'],
            }),
          ],
        };
        const ics = toICalendar(summit, { lang: 'fr', now: NOW });
        expectWellFormed(ics);
        const { calendar, events } = parse(ics);
        expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(cleaned(`«${title}»`));
        expect(events[0]?.summary).toBe(cleaned(title));
        // The description is Markdown: the calendar gets its plain text.
        expect(events[0]?.description).toBe(cleaned(markdownToPlainText(`>${description}`)));
        expect(events[0]?.location).toBe(cleaned(`[${title}], Palais des congrès`));
        expect(events[0]?.categories).toEqual([cleaned(`#${description}`)]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('writeICalendar', () => {
  const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

  /** A summit whose file spans many 64 KiB pieces, in several scripts. */
  function largeSummit(count: number): Summit {
    const workshops = Array.from({ length: count }, (_, index) =>
      workshop({
        id: `w${index}`,
        title: { fr: `Atelier n° ${index} : économie sociale 😀`, en: `Workshop ${index}` },
        summary: { fr: `Coopératives, mutuelles; 合作社 ${index}`.repeat(3) },
        room: `Salle ${index % 12}`,
        themeIds: [index % 2 === 0 ? 'circular' : 'finance'],
      }),
    );
    return { ...SUMMIT, workshops };
  }

  function collect(summit: Summit, options: Parameters<typeof writeICalendar>[1]): Uint8Array[] {
    const pieces: Uint8Array[] = [];
    writeICalendar(summit, options, (octets) => pieces.push(octets.slice()));
    return pieces;
  }

  for (const lang of ['fr', 'en'] as const) {
    it(`writes the octets of the very text toICalendar gives (${lang})`, () => {
      const summit = largeSummit(2000);
      const pieces = collect(summit, { lang, now: NOW });
      expect(pieces.length).toBeGreaterThan(5);
      const text = pieces.map((piece) => strictUtf8.decode(piece)).join('');
      expect(text).toBe(toICalendar(summit, { lang, now: NOW }));
    });
  }

  it('hands on pieces of at most 64 KiB, none cutting a character in two', () => {
    for (const piece of collect(largeSummit(2000), { lang: 'fr', now: NOW })) {
      expect(piece.length).toBeGreaterThan(0);
      expect(piece.length).toBeLessThanOrEqual(64 * 1024);
      expect(() => strictUtf8.decode(piece)).not.toThrow();
    }
  });

  it('writes a small selection in one piece', () => {
    const pieces = collect(largeSummit(50), { lang: 'en', now: NOW, workshopIds: ['w7'] });
    expect(pieces).toHaveLength(1);
    const text = strictUtf8.decode(pieces[0]);
    expect(text).toBe(toICalendar(largeSummit(50), { lang: 'en', now: NOW, workshopIds: ['w7'] }));
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('stops at the first error of the sink and lets it reach the caller', () => {
    let calls = 0;
    const full = new Error('disk full');
    expect(() =>
      writeICalendar(largeSummit(2000), { lang: 'fr', now: NOW }, () => {
        calls += 1;
        if (calls === 2) throw full;
      }),
    ).toThrow(full);
    expect(calls).toBe(2);
  });
});

describe('utcDateTime', () => {
  it('agrees with toISOString over years 0000 to 9999', () => {
    const time = fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 });
    fc.assert(
      fc.property(time, (value) => {
        const iso = new Date(value).toISOString();
        expect(utcDateTime(value, 'test')).toBe(`${iso.slice(0, 19).replace(/[-:]/g, '')}Z`);
      }),
      { numRuns: 300 },
    );
    expect(utcDateTime(Date.UTC(2024, 1, 29, 23, 59, 59, 999), 'leap')).toBe('20240229T235959Z');
    expect(utcDateTime(-1, 'before 1970')).toBe('19691231T235959Z');
  });

  it('refuses what iCalendar cannot write', () => {
    expect(() => utcDateTime(Number.NaN, 'nan')).toThrow(RangeError);
    expect(() => utcDateTime(253_402_300_800_000, 'year 10000')).toThrow(RangeError);
    expect(() => utcDateTime(-62_167_219_200_001, 'year -1')).toThrow(RangeError);
  });
});

describe('icsFileName', () => {
  it('makes a plain file name of the summit name', () => {
    expect(icsFileName(SUMMIT, 'fr')).toBe('gics-montreal-2023.ics');
    expect(icsFileName({ ...SUMMIT, name: 'Sommet «\u00a0Œuvre\u00a0» 2024 !' }, 'en')).toBe(
      'sommet-oeuvre-2024.ics',
    );
  });

  it('falls back to the summit id when nothing is left of the name', () => {
    expect(icsFileName({ ...SUMMIT, name: '合作社 🌍' }, 'fr')).toBe('gics-2023.ics');
  });
});
