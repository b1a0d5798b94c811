import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Member, Workshop } from '../summit/summit.schema.js';
import { WORKSHOP_FORMATS, WORKSHOP_LANGUAGES } from '../summit/summit.schema.js';
import { type WorkshopCriteria, filterWorkshopPositions, filterWorkshops } from './filter.js';
import {
  DAYS,
  QUERIES,
  ROOMS,
  THEME_IDS,
  ZONES,
  makeSummit,
  makeWorkshop,
  workshopsArbitrary,
} from './test-helpers.js';
import { roomKey } from './group.js';
import { createWorkshopSearchIndex, searchWords } from './search-text.js';
import { calendarDateIn } from './time.js';

const members: Member[] = [
  { id: 'helene', name: 'Hélène Côté', kind: 'individual' },
  { id: 'joe', name: 'Joe Smith', kind: 'cooperative' },
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
    languages: subset(WORKSHOP_LANGUAGES),
    days: subset(DAYS),
    rooms: subset(ROOMS.map(roomKey)),
    query: fc.constantFrom(...QUERIES),
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
          const after = filterWorkshops(summit, { ...extra, ...base, timeZone });
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

/** Every criterion read workshop by workshop, the plainest way, as a reference. */
function plainFilter(
  input: readonly Workshop[],
  criteria: WorkshopCriteria,
  timeZone: string,
): Workshop[] {
  const words = searchWords(criteria.query ?? '');
  const index = createWorkshopSearchIndex(makeSummit([...input]));
  const rooms = criteria.rooms?.map((room) => room.trim());
  const names = (room: Workshop['room']): string[] =>
    room === undefined
      ? []
      : typeof room === 'string'
        ? [roomKey(room)]
        : [roomKey(room), room.fr?.trim(), room.en?.trim()].filter((n) => n !== undefined);
  return input.filter(
    (w) =>
      (!criteria.themeIds?.length || w.themeIds.some((id) => criteria.themeIds!.includes(id))) &&
      (!criteria.formats?.length || criteria.formats.includes(w.format)) &&
      (!criteria.languages?.length ||
        (w.language !== undefined &&
          (criteria.languages.includes(w.language) ||
            (w.language === 'bilingual' &&
              (criteria.languages.includes('fr') || criteria.languages.includes('en')))))) &&
      (!rooms?.length || names(w.room).some((name) => rooms.includes(name))) &&
      (!criteria.days?.length || criteria.days.includes(calendarDateIn(w.start, timeZone))) &&
      words.every((word) => index.textOf(w).includes(word)),
  );
}

describe('filterWorkshops on a summit’s own list', () => {
  it('agrees with a plain reading of every criterion, call after call', () => {
    fc.assert(
      fc.property(
        workshopsArbitrary(),
        fc.array(fc.tuple(criteriaArbitrary, fc.constantFrom(...ZONES)), { maxLength: 4 }),
        (input, calls) => {
          // One summit for all the calls, so its cached columns serve each of them.
          const summit = makeSummit(input);
          const into = new Uint32Array(input.length + 3);
          for (const [criteria, timeZone] of calls) {
            const expected = plainFilter(input, criteria, timeZone);
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
