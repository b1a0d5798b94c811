import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Member, Workshop } from '../summit/summit.schema.js';
import { WORKSHOP_FORMATS } from '../summit/summit.schema.js';
import { type WorkshopCriteria, filterWorkshopPositions, filterWorkshops } from './filter.js';
import {
  DAYS,
  LANGUAGE_TAGS,
  LISTED_ROOMS,
  QUERIES,
  ROOM_IDS,
  ROOMS,
  THEME_IDS,
  ZONES,
  makeSummit,
  makeWorkshop,
  workshopsArbitrary,
} from './testing/helpers.js';
import { roomKey } from './group.js';
import { createWorkshopSearchIndex, searchWords, WORKSHOP_TEXT_SEARCH } from './search-text.js';
import { filterWorkshopPositionsWith, filterWorkshopsWith } from './filter-engine.js';
import type { LocalizedText } from '../summit/localized-text.js';

const members: Member[] = [
  { id: 'helene', name: 'Hélène Côté', kind: 'individual', languages: [], tags: [], links: [] },
  { id: 'joe', name: 'Joe Smith', kind: 'cooperative', languages: [], tags: [], links: [] },
];

const economy = makeWorkshop({
  id: 'economy',
  start: '2023-05-16T09:30:00-04:00',
  end: '2023-05-16T10:45:00-04:00',
  title: { fr: 'Économie sociale', en: 'Social economy' },
  summary: { fr: 'Les coopératives d’habitation', en: 'Housing co-operatives' },
  themeIds: ['circular'],
  format: 'panel',
  language: 'fr',
  room: { fr: 'Salle Desjardins', en: 'Desjardins Room' },
  tags: ['logement'],
  speakerIds: ['helene'],
});
const finance = makeWorkshop({
  id: 'finance',
  start: '2023-05-16T23:30:00-04:00',
  end: '2023-05-17T00:30:00-04:00',
  title: 'Finance solidaire',
  themeIds: ['finance', 'circular'],
  language: 'bilingual',
  room: 'Agora',
  speakerIds: ['joe'],
});
const youth = makeWorkshop({
  id: 'youth',
  start: '2023-05-17T14:00:00-04:00',
  end: '2023-05-17T15:00:00-04:00',
  title: { fr: 'Cœur de la relève', en: 'Next generation at heart' },
  themeIds: ['youth'],
  format: 'keynote',
  language: 'en',
  tags: ['Jeunesse'],
});
const untagged = makeWorkshop({
  id: 'untagged',
  start: '2023-05-18T09:00:00-04:00',
  end: '2023-05-18T10:00:00-04:00',
  title: { en: 'Open space' },
});
const summit = makeSummit([economy, finance, youth, untagged], members);

const ids = (workshops: readonly Workshop[]): string[] => workshops.map((w) => w.id);
const filter = (criteria: WorkshopCriteria): string[] => ids(filterWorkshops(summit, criteria));

describe('filterWorkshops', () => {
  it('returns every workshop, in order, for empty criteria', () => {
    const all = ['economy', 'finance', 'youth', 'untagged'];
    expect(filter({})).toEqual(all);
    expect(
      filter({ themeIds: [], formats: [], languages: [], days: [], rooms: [], query: ' ' }),
    ).toEqual(all);
  });

  it('ORs the values of one criterion', () => {
    expect(filter({ themeIds: ['finance', 'youth'] })).toEqual(['finance', 'youth']);
    expect(filter({ formats: ['panel', 'keynote'] })).toEqual(['economy', 'youth']);
  });

  it('ANDs criteria', () => {
    expect(filter({ themeIds: ['circular'], formats: ['workshop'] })).toEqual(['finance']);
    expect(filter({ themeIds: ['circular'], formats: ['keynote'] })).toEqual([]);
  });

  it('counts a bilingual workshop as French and as English', () => {
    expect(filter({ languages: ['fr'] })).toEqual(['economy', 'finance']);
    expect(filter({ languages: ['en'] })).toEqual(['finance', 'youth']);
    expect(filter({ languages: ['bilingual'] })).toEqual(['finance']);
  });

  it('matches rooms by key or by either name', () => {
    expect(filter({ rooms: [roomKey(economy.room)] })).toEqual(['economy']);
    expect(filter({ rooms: ['Desjardins Room', 'Agora'] })).toEqual(['economy', 'finance']);
  });

  it('filters days in the summit’s zone by default', () => {
    expect(filter({ days: ['2023-05-16'] })).toEqual(['economy', 'finance']);
    expect(filter({ days: ['2023-05-17', '2023-05-18'] })).toEqual(['youth', 'untagged']);
  });

  it('filters days in the visitor’s zone when given one', () => {
    expect(filter({ days: ['2023-05-16'], timeZone: 'Europe/Paris' })).toEqual(['economy']);
    expect(filter({ days: ['2023-05-17'], timeZone: 'Europe/Paris' })).toEqual([
      'finance',
      'youth',
    ]);
  });

  it('falls back on the written date for a list of workshops without zone', () => {
    expect(ids(filterWorkshops([finance, youth], { days: ['2023-05-16'] }))).toEqual(['finance']);
  });

  it('matches BCP 47 tags exactly, whatever their case, and bilingual as French and English', () => {
    const spoken = ['de', 'pt-BR', 'pt', 'bilingual', 'fr-CA'].map((language, i) =>
      makeWorkshop({ id: `l${i}`, start: economy.start, end: economy.end, language }),
    );
    const inLanguages = (languages: string[]) =>
      ids(filterWorkshops(makeSummit(spoken), { languages }));
    expect(inLanguages(['de'])).toEqual(['l0']);
    expect(inLanguages(['pt-br'])).toEqual(['l1']);
    expect(inLanguages(['pt'])).toEqual(['l2']);
    expect(inLanguages(['fr'])).toEqual(['l3']);
    expect(inLanguages(['fr-CA', 'DE'])).toEqual(['l0', 'l4']);
    expect(ids(filterWorkshops(spoken, { languages: ['PT-BR'] }))).toEqual(['l1']);
  });

  it('matches a listed room by its id or its names, and a room given as text by that room', () => {
    const rooms = [{ id: 'agora', name: { fr: 'Agora', en: 'The Agora' } }];
    const inAgora = makeWorkshop({ id: 'by-id', start: economy.start, end: economy.end });
    const listed = makeSummit([{ ...inAgora, roomId: 'agora' }, economy, finance], [], { rooms });
    const inRooms = (wanted: string[]) => ids(filterWorkshops(listed, { rooms: wanted }));
    // `finance` names the Agora as text: it is in the listed room.
    expect(inRooms(['agora'])).toEqual(['by-id', 'finance']);
    expect(inRooms(['The Agora'])).toEqual(['by-id', 'finance']);
    expect(inRooms(['Salle Desjardins'])).toEqual(['economy']);
    expect(ids(filterWorkshops(listed.workshops, { rooms: ['agora'] }, listed))).toEqual([
      'by-id',
      'finance',
    ]);
    // Without the summit, a roomId cannot be resolved.
    expect(ids(filterWorkshops(listed.workshops, { rooms: ['agora'] }))).toEqual([]);
  });

  it('filters conference days with the summit’s day change in its zone', () => {
    const night = makeSummit([economy, finance, youth, untagged], members, { dayChange: '06:00' });
    const onDay = (criteria: WorkshopCriteria) => ids(filterWorkshops(night, criteria));
    // `finance` starts at 23:30: with a 06:00 day change, 30 minutes later it is still the 16th.
    const late = makeWorkshop({
      id: 'after-midnight',
      start: '2023-05-17T01:30:00-04:00',
      end: '2023-05-17T02:00:00-04:00',
    });
    const withLate = makeSummit([economy, late, youth], members, { dayChange: '06:00' });
    expect(ids(filterWorkshops(withLate, { days: ['2023-05-16'] }))).toEqual([
      'economy',
      'after-midnight',
    ]);
    expect(ids(filterWorkshops(withLate, { days: ['2023-05-16'], dayChange: '00:00' }))).toEqual([
      'economy',
    ]);
    expect(onDay({ days: ['2023-05-17'] })).toEqual(['youth']);
    // Another zone has calendar days unless a day change is given for it.
    expect(ids(filterWorkshops(withLate, { days: ['2023-05-17'], timeZone: 'UTC' }))).toEqual([
      'after-midnight',
      'youth',
    ]);
    expect(
      ids(filterWorkshops(withLate, { days: ['2023-05-16'], timeZone: 'UTC', dayChange: '06:00' })),
    ).toEqual(['economy', 'after-midnight']);
  });

  it('finds words without regard to case or accents, in French', () => {
    expect(filter({ query: 'economie' })).toEqual(['economy']);
    expect(filter({ query: 'ÉCONOMIE' })).toEqual(['economy']);
    expect(filter({ query: 'coop' })).toEqual(['economy']);
    expect(filter({ query: 'coeur' })).toEqual(['youth']);
    expect(filter({ query: 'Cœur' })).toEqual(['youth']);
    expect(filter({ query: 'jeunesse' })).toEqual(['youth']);
  });

  it('finds words in English too', () => {
    expect(filter({ query: 'HOUSING' })).toEqual(['economy']);
    expect(filter({ query: 'heart' })).toEqual(['youth']);
    expect(filter({ query: 'open' })).toEqual(['untagged']);
  });

  it('needs every word of a multi-word query', () => {
    expect(filter({ query: 'sociale coop' })).toEqual(['economy']);
    expect(filter({ query: 'sociale finance' })).toEqual([]);
    expect(filter({ query: 'solidaire' })).toEqual(['finance']);
  });

  it('finds rooms, tags and speakers', () => {
    expect(filter({ query: 'desjardins' })).toEqual(['economy']);
    expect(filter({ query: 'agora' })).toEqual(['finance']);
    expect(filter({ query: 'logement' })).toEqual(['economy']);
    expect(filter({ query: 'helene cote' })).toEqual(['economy']);
    expect(filter({ query: 'smith' })).toEqual(['finance']);
  });

  it('searches speakers of a list when given the summit', () => {
    expect(ids(filterWorkshops([finance, economy], { query: 'smith' }, summit))).toEqual([
      'finance',
    ]);
    expect(ids(filterWorkshops([finance, economy], { query: 'smith' }))).toEqual([]);
  });

  it('combines text with other criteria', () => {
    expect(filter({ query: 'coop', languages: ['en'] })).toEqual([]);
    expect(filter({ query: 'finance', languages: ['en'], days: ['2023-05-16'] })).toEqual([
      'finance',
    ]);
  });
});

const subset = <T>(values: readonly T[]) => fc.option(fc.subarray([...values]), { nil: undefined });
const criteriaArbitrary: fc.Arbitrary<WorkshopCriteria> = fc.record(
  {
    themeIds: subset(THEME_IDS),
    formats: subset(WORKSHOP_FORMATS),
    languages: subset([...LANGUAGE_TAGS, 'pt-br', 'pt']),
    days: subset(DAYS),
    rooms: subset([...ROOMS.map(roomKey), ...ROOM_IDS, 'Main Hall', ' Annex']),
    query: fc.constantFrom(...QUERIES),
    dayChange: fc.constantFrom('06:00', '00:00', '02:30'),
  },
  { requiredKeys: [] },
);

/** Whether `part` is `whole` with some elements removed, the rest in the same order. */
function isSubsequence<T>(part: readonly T[], whole: readonly T[]): boolean {
  let i = 0;
  for (const item of whole) if (i < part.length && part[i] === item) i++;
  return i === part.length;
}

describe('filterWorkshops properties', () => {
  it('returns a subsequence of its input', () => {
    fc.assert(
      fc.property(
        workshopsArbitrary(),
        criteriaArbitrary,
        fc.constantFrom(...ZONES),
        (input, criteria, timeZone) => {
          const result = filterWorkshops(input, { ...criteria, timeZone });
          expect(isSubsequence(result, input)).toBe(true);
        },
      ),
    );
  });

  it('is the identity for empty criteria', () => {
    fc.assert(
      fc.property(workshopsArbitrary(), (input) => {
        const result = filterWorkshops(input, {});
        expect(result).toEqual(input);
        expect(result.every((workshop, i) => workshop === input[i])).toBe(true);
        expect(filterWorkshops(makeSummit(input), {})).toEqual(input);
      }),
    );
  });

  it('never grows when a criterion is added', () => {
    fc.assert(
      fc.property(
        workshopsArbitrary(),
        criteriaArbitrary,
        criteriaArbitrary,
        fc.constantFrom(...ZONES),
        (input, base, extra, timeZone) => {
          const summit = makeSummit(input);
          const before = filterWorkshops(summit, { ...base, timeZone });
          // The day change says what the days are, and stays that of `base`.
          const after = filterWorkshops(summit, {
            ...extra,
            ...base,
            timeZone,
            dayChange: base.dayChange,
          });
          expect(isSubsequence(after, before)).toBe(true);
        },
      ),
    );
  });

  it('agrees with a plain predicate on themes and formats', () => {
    fc.assert(
      fc.property(workshopsArbitrary(), criteriaArbitrary, (input, criteria) => {
        const expected = input.filter(
          (w) =>
            (!criteria.themeIds?.length ||
              w.themeIds.some((id) => criteria.themeIds?.includes(id))) &&
            (!criteria.formats?.length || criteria.formats.includes(w.format)),
        );
        const actual = filterWorkshops(input, {
          themeIds: criteria.themeIds ?? [],
          formats: criteria.formats ?? [],
        });
        expect(actual).toEqual(expected);
      }),
    );
  });
});

/** The conference day of `start` in `timeZone`, worked out with `Intl` alone, as a reference. */
function plainConferenceDate(start: string, timeZone: string, dayChange = '00:00'): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(start));
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const [hours, minutes] = dayChange.split(':').map(Number) as [number, number];
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return new Date(wall - (hours * 60 + minutes) * 60_000).toISOString().slice(0, 10);
}

/** Every criterion read workshop by workshop, the plainest way, as a reference. */
function plainFilter(
  input: readonly Workshop[],
  criteria: WorkshopCriteria,
  timeZone: string,
  summitDayChange?: string,
): Workshop[] {
  const words = searchWords(criteria.query ?? '');
  const index = createWorkshopSearchIndex(makeSummit([...input], [], { rooms: LISTED_ROOMS }));
  const rooms = criteria.rooms?.map((room) => room.trim());
  const names = (room: LocalizedText | undefined): string[] =>
    room === undefined
      ? []
      : typeof room === 'string'
        ? [roomKey(room)]
        : [roomKey(room), room.fr?.trim(), room.en?.trim()].filter((n) => n !== undefined);
  // A listed room by its id, else the listed room of the same name, else the text as given.
  const roomNames = (w: Workshop): string[] => {
    const listed =
      LISTED_ROOMS.find((room) => room.id === w.roomId) ??
      (w.room === undefined
        ? undefined
        : LISTED_ROOMS.find((room) => roomKey(room.name) === roomKey(w.room)));
    return listed ? [listed.id, ...names(listed.name)] : names(w.room);
  };
  const languages = criteria.languages?.map((tag) =>
    tag === 'bilingual' ? tag : Intl.getCanonicalLocales(tag)[0]!,
  );
  const dayChange =
    criteria.dayChange ?? (timeZone === 'America/Montreal' ? summitDayChange : undefined);
  return input.filter(
    (w) =>
      (!criteria.themeIds?.length || w.themeIds.some((id) => criteria.themeIds!.includes(id))) &&
      (!criteria.formats?.length || criteria.formats.includes(w.format)) &&
      (!languages?.length ||
        (w.language !== undefined &&
          (languages.includes(w.language) ||
            (w.language === 'bilingual' &&
              (languages.includes('fr') || languages.includes('en')))))) &&
      (!rooms?.length || roomNames(w).some((name) => rooms.includes(name))) &&
      (!criteria.days?.length ||
        criteria.days.includes(plainConferenceDate(w.start, timeZone, dayChange))) &&
      words.every((word) => index.textOf(w).includes(word)),
  );
}

describe('filterWorkshops on a summit’s own list', () => {
  it('agrees with a plain reading of every criterion, call after call', () => {
    fc.assert(
      fc.property(
        workshopsArbitrary(),
        fc.array(fc.tuple(criteriaArbitrary, fc.constantFrom(...ZONES)), { maxLength: 4 }),
        fc.option(fc.constantFrom('05:00', '06:00'), { nil: undefined }),
        (input, calls, dayChange) => {
          // One summit for all the calls, so its cached columns serve each of them; its rooms
          // are listed, and some workshops refer to them by id, others by name.
          const summit = makeSummit(input, [], { rooms: LISTED_ROOMS, dayChange });
          const into = new Uint32Array(input.length + 3);
          for (const [criteria, timeZone] of calls) {
            const expected = plainFilter(input, criteria, timeZone, dayChange);
            expect(filterWorkshops(summit, { ...criteria, timeZone })).toEqual(expected);
            expect(filterWorkshops(input, { ...criteria, timeZone }, summit)).toEqual(expected);
            // The same answer as positions, ascending, in a new array or in a reused one.
            const own = [...filterWorkshopPositions(summit, { ...criteria, timeZone })];
            expect(own.map((position) => summit.workshops[position])).toEqual(expected);
            expect(own).toEqual(own.toSorted((a, b) => a - b));
            expect([...filterWorkshopPositions(summit, { ...criteria, timeZone }, into)]).toEqual(
              own,
            );
          }
        },
      ),
    );
  });

  it('follows a summit given a new list of workshops', () => {
    const mutable = makeSummit([economy, finance]);
    expect(ids(filterWorkshops(mutable, { query: 'finance' }))).toEqual(['finance']);
    mutable.workshops = [youth, finance, untagged];
    expect(ids(filterWorkshops(mutable, { query: 'finance' }))).toEqual(['finance']);
    expect(ids(filterWorkshops(mutable, { themeIds: ['youth'] }))).toEqual(['youth']);
    mutable.workshops = [finance, economy, youth];
    expect(ids(filterWorkshops(mutable, { query: 'finance' }))).toEqual(['finance']);
    expect(ids(filterWorkshops(mutable, { query: 'cooperatives' }))).toEqual(['economy']);
  });

  it('fails on an unknown zone only when a day has to be worked out, as before', () => {
    expect(
      filterWorkshops(summit, {
        themeIds: ['none'],
        days: ['2023-05-16'],
        timeZone: 'Nowhere/Land',
      }),
    ).toEqual([]);
    expect(() =>
      filterWorkshops(summit, { days: ['2023-05-16'], timeZone: 'Nowhere/Land' }),
    ).toThrow(RangeError);
  });

  it('returns a new array each time', () => {
    const first = filterWorkshops(summit, {});
    expect(first).not.toBe(summit.workshops);
    expect(filterWorkshops(summit, {})).not.toBe(first);
  });
});

describe('filterWorkshopPositions', () => {
  it('writes into the array it is given and allocates none of its own', () => {
    const into = new Uint32Array(summit.workshops.length);
    const found = filterWorkshopPositions(summit, { query: 'finance' }, into);
    expect(found.buffer).toBe(into.buffer);
    expect(found.byteOffset).toBe(0);
    expect(ids([...found].map((position) => summit.workshops[position]!))).toEqual(['finance']);
    const all = filterWorkshopPositions(summit, {}, into);
    expect(all.length).toBe(summit.workshops.length);
    // Its own answer, by contrast, outlives the next call.
    const own = filterWorkshopPositions(summit, { query: 'finance' });
    filterWorkshopPositions(summit, {});
    expect(ids([...own].map((position) => summit.workshops[position]!))).toEqual(['finance']);
  });

  it('refuses an array too short for the summit, saying how long it must be', () => {
    const short = new Uint32Array(summit.workshops.length - 1);
    expect(() => filterWorkshopPositions(summit, {}, short)).toThrow(
      new RangeError(
        `filterWorkshopPositions: \`into\` holds ${short.length} positions; the summit has ${summit.workshops.length} workshops.`,
      ),
    );
  });

  it('fails on an unknown zone only when a day has to be worked out, like filterWorkshops', () => {
    const criteria = { themeIds: ['none'], days: ['2023-05-16'], timeZone: 'Nowhere/Land' };
    expect(filterWorkshopPositions(summit, criteria)).toHaveLength(0);
    expect(() =>
      filterWorkshopPositions(summit, { days: ['2023-05-16'], timeZone: 'Nowhere/Land' }),
    ).toThrow(RangeError);
  });
});

describe('filterWorkshopsWith (the text search given, or not)', () => {
  it('filters without the text search as long as no criteria has a query', () => {
    const criteria: WorkshopCriteria = { themeIds: ['economy'], query: '  ' };
    expect(filterWorkshopsWith(undefined, summit, criteria)).toEqual(
      filterWorkshops(summit, criteria),
    );
    expect([...filterWorkshopPositionsWith(undefined, summit, { formats: ['panel'] })]).toEqual([
      ...filterWorkshopPositions(summit, { formats: ['panel'] }),
    ]);
    expect(filterWorkshopsWith(undefined, summit.workshops, {}, summit)).toEqual(summit.workshops);
  });

  it('needs the search for a query, and says where it comes from', () => {
    expect(() => filterWorkshopsWith(undefined, summit, { query: 'coop' })).toThrow(
      /@gics\/core\/agenda\/search/,
    );
  });

  it('with the search, answers as filterWorkshops does', () => {
    for (const query of ['coop', 'ÉCONOMIE', 'x y']) {
      expect(filterWorkshopsWith(WORKSHOP_TEXT_SEARCH, summit, { query })).toEqual(
        filterWorkshops(summit, { query }),
      );
    }
  });
});
