import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gicsCommunity } from '../samples/community.js';
import { parseCommunity } from './community.js';
import type { Community } from './community.schema.js';
import {
  filterPractices,
  practiceDate,
  practiceFacets,
  PRACTICE_FILTERS,
  practiceSearchSteps,
  searchPractices,
  sortPractices,
} from './practices.js';
import type { PracticeQuery } from './practices.js';
import type { Member, Practice } from '../summit/summit.schema.js';

function parsed(input: unknown = gicsCommunity): Community {
  const result = parseCommunity(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.community;
}

const community = parsed();
const ids = (practices: readonly Practice[]) => practices.map((practice) => practice.id);

function practice(id: string, fields: Partial<Practice> = {}): Practice {
  return {
    id,
    title: id,
    themeIds: [],
    authorIds: [],
    tags: [],
    languages: [],
    links: [],
    ...fields,
  };
}

function member(id: string, fields: Partial<Member> = {}): Member {
  return { id, name: id, languages: [], tags: [], links: [], ...fields };
}

/** The reference: a practice matches a query when every filter it sets holds, by definition. */
function matches(source: Community, item: Practice, query: PracticeQuery): boolean {
  const authors = item.authorIds
    .map((id) => source.members.find((m) => m.id === id))
    .filter((m): m is Member => m !== undefined);
  const year = (item.date ?? item.updated)?.slice(0, 4);
  const holds = <T>(picked: readonly T[] | undefined, has: (value: T) => boolean) =>
    !picked || picked.length === 0 || picked.some(has);
  return (
    holds(query.themes, (theme) => item.themeIds.includes(theme)) &&
    holds(query.languages, (language) => item.languages.includes(language)) &&
    holds(query.kinds, (kind) => authors.some((author) => author.kind === kind)) &&
    holds(query.countries, (country) => authors.some((author) => author.country === country)) &&
    holds(query.years, (wanted) => year === String(wanted)) &&
    (query.text === undefined || searchPractices(source, query.text).includes(item))
  );
}

describe('searchPractices', () => {
  it('ignores case and accents, in titles, summaries, bodies and tags of both languages', () => {
    expect(ids(searchPractices(community, 'ECONOMIES D’ENERGIE'))).toEqual([
      'fonds-intercooperatif-climat',
    ]);
    expect(ids(searchPractices(community, 'séchoir'))).toEqual(['sechoir-solaire']);
    expect(ids(searchPractices(community, 'food waste'))).toEqual(['sechoir-solaire']);
    // A word of the body only, in its plain text: Markdown marks are not words.
    expect(ids(searchPractices(community, 'quinze minutes'))).toEqual(['climat-au-conseil']);
    expect(searchPractices(community, '**')).toHaveLength(30);
  });

  it('finds practices by their authors’ names and organisations', () => {
    expect(ids(searchPractices(community, 'rosa inventada'))).toEqual([
      'education-cooperative-quartier',
      'formation-en-ligne-jeunes',
    ]);
    // Jonas Fictif's organisation.
    expect(ids(searchPractices(community, 'genossenschaftsverband'))).toEqual([
      'bilan-carbone-participatif',
      'donnees-energie-ouvertes',
    ]);
  });

  it('needs every word, matches the start or middle of words, and keeps the source order', () => {
    expect(ids(searchPractices(community, 'compost maraîchers'))).toEqual(['compost-partage']);
    expect(searchPractices(community, 'compost zzz')).toEqual([]);
    expect(ids(searchPractices(community, 'recycl'))).toEqual(['paves-plastique']);
    expect(searchPractices(community, '   ')).toEqual(community.practices);
  });
});

describe('filterPractices', () => {
  it('keeps practices of any picked value within a filter, and of every filter', () => {
    const circularInFrench = filterPractices(community, {
      themes: ['economie-circulaire'],
      languages: ['fr'],
    });
    expect(circularInFrench.length).toBeGreaterThan(0);
    for (const item of circularInFrench) {
      expect(item.themeIds).toContain('economie-circulaire');
      expect(item.languages).toContain('fr');
    }
    const byKenyaOrMexico = filterPractices(community, { countries: ['KE', 'MX'] });
    expect(ids(byKenyaOrMexico)).toEqual([
      'vetements-remis-a-neuf',
      'consigne-bouteilles-lait',
      'paiement-mobile-producteurs',
      'tracabilite-vetements',
    ]);
    expect(ids(filterPractices(community, { kinds: ['mutual'], years: [2023] }))).toEqual([
      'delegues-vallees',
    ]);
  });

  it('files an undated practice under no year, and one only revised under that year', () => {
    const source = {
      practices: [
        practice('shared', { date: '2024-05-01', updated: '2025-01-01' }),
        practice('revised', { updated: '2025-02-02' }),
        practice('undated'),
      ],
    };
    expect(ids(filterPractices(source, { years: [2025] }))).toEqual(['revised']);
    expect(ids(filterPractices(source, { years: [2024] }))).toEqual(['shared']);
  });

  it('gives exactly the practices every picked filter holds for (property)', () => {
    const values = practiceFacets(community);
    const pick = <T>(list: ReadonlyArray<{ value: T }>) =>
      fc.option(fc.subarray(list.map(({ value }) => value)), { nil: undefined });
    const queries = fc.record({
      text: fc.option(fc.constantFrom('coop', 'énergie', 'platform', 'vote', 'x'), {
        nil: undefined,
      }),
      themes: pick(values.themes),
      languages: pick(values.languages),
      kinds: pick(values.kinds),
      countries: pick(values.countries),
      years: pick(values.years),
    });
    fc.assert(
      fc.property(queries, (query) => {
        const expected = community.practices.filter((item) => matches(community, item, query));
        expect(ids(filterPractices(community, query))).toEqual(ids(expected));
      }),
      { numRuns: 300 },
    );
  });
});

describe('practiceFacets', () => {
  it('lists every value the community uses, in a stable order, with its count', () => {
    const facets = practiceFacets(community);
    expect(facets.themes.map(({ value, count }) => [value, count])).toEqual(
      community.themes.map(({ id }) => [
        id,
        community.practices.filter((item) => item.themeIds.includes(id)).length,
      ]),
    );
    expect(facets.kinds.map(({ value }) => value)).toEqual([
      'cooperative',
      'mutual',
      'academic',
      'individual',
      'other',
    ]);
    expect(facets.years.map(({ value }) => value)).toEqual([2025, 2024, 2023]);
    expect(facets.languages.map(({ value }) => value)).toEqual(
      [...facets.languages.map(({ value }) => value)].sort(),
    );
    expect(facets.countries.every(({ selected }) => !selected)).toBe(true);
  });

  it('counts what picking each value would show, the other filters and the words kept (property)', () => {
    const values = practiceFacets(community);
    const pick = <T>(list: ReadonlyArray<{ value: T }>) =>
      fc.option(
        fc.subarray(
          list.map(({ value }) => value),
          { maxLength: 2 },
        ),
        { nil: undefined },
      );
    const queries = fc.record({
      text: fc.option(fc.constantFrom('coop', 'données', 'members'), { nil: undefined }),
      themes: pick(values.themes),
      languages: pick(values.languages),
      kinds: pick(values.kinds),
      countries: pick(values.countries),
      years: pick(values.years),
    });
    fc.assert(
      fc.property(queries, (query) => {
        const facets = practiceFacets(community, query);
        for (const filter of PRACTICE_FILTERS) {
          for (const { value, count, selected } of facets[filter]) {
            const picked = { ...query, [filter]: [value] };
            const expected = community.practices.filter((item) =>
              matches(community, item, picked),
            ).length;
            expect([filter, value, count]).toEqual([filter, value, expected]);
            expect(selected).toBe(
              (query[filter] as readonly unknown[] | undefined)?.includes(value) ?? false,
            );
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('names a theme practices use even when the community does not list it', () => {
    const source = {
      themes: [{ id: 'listed', name: 'Listed' }],
      practices: [
        practice('a', { themeIds: ['unlisted'] }),
        practice('b', { themeIds: ['listed'] }),
      ],
    };
    expect(practiceFacets(source).themes.map(({ value, count }) => [value, count])).toEqual([
      ['listed', 1],
      ['unlisted', 1],
    ]);
  });

  it('reads authors’ kinds and countries, once per practice however many authors share them', () => {
    const source = {
      members: [
        member('a', { kind: 'cooperative', country: 'SN' }),
        member('b', { kind: 'cooperative', country: 'SN' }),
      ],
      practices: [practice('p', { authorIds: ['a', 'b', 'ghost'] })],
    };
    const facets = practiceFacets(source);
    expect(facets.kinds).toEqual([{ value: 'cooperative', count: 1, selected: false }]);
    expect(facets.countries).toEqual([{ value: 'SN', count: 1, selected: false }]);
  });
});

describe('sortPractices', () => {
  it('puts the most recently revised or shared first, undated last, ties in the given order', () => {
    const list = [
      practice('old', { date: '2023-01-01' }),
      practice('undated-1'),
      practice('revised', { date: '2022-01-01', updated: '2025-01-01' }),
      practice('recent', { date: '2024-06-01' }),
      practice('undated-2'),
      practice('recent-too', { date: '2024-06-01' }),
    ];
    expect(ids(sortPractices(list, 'newest', 'fr'))).toEqual([
      'revised',
      'recent',
      'recent-too',
      'old',
      'undated-1',
      'undated-2',
    ]);
    expect(ids(list)[0]).toBe('old');
  });

  it('sorts titles A–Z as each language does, accents among their letters', () => {
    const list = [
      practice('z', { title: { fr: 'Zéro déchet', en: 'Zero waste' } }),
      practice('e', { title: { fr: 'Économie', en: 'Economy' } }),
      practice('a', { title: { fr: 'Atelier', en: 'Workshop' } }),
      practice('d', { title: { fr: 'Données', en: 'Data' } }),
    ];
    expect(ids(sortPractices(list, 'title', 'fr'))).toEqual(['a', 'd', 'e', 'z']);
    expect(ids(sortPractices(list, 'title', 'en'))).toEqual(['d', 'e', 'a', 'z']);
  });

  it('keeps every practice once, in an order each sort respects (property)', () => {
    const dates = fc.option(
      fc.constantFrom('2023-01-05', '2023-11-30', '2024-02-29', '2025-07-14'),
      { nil: undefined },
    );
    const lists = fc.array(
      fc.record({ title: fc.string({ minLength: 1 }), date: dates, updated: dates }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(lists, fc.constantFrom('fr', 'en') as fc.Arbitrary<'fr' | 'en'>, (rows, lang) => {
        const list = rows.map((row, index) =>
          practice(`p${index}`, {
            title: row.title,
            ...(row.date && { date: row.date }),
            ...(row.updated && { updated: row.updated }),
          }),
        );
        const newest = sortPractices(list, 'newest', lang);
        expect([...ids(newest)].sort()).toEqual([...ids(list)].sort());
        for (let at = 1; at < newest.length; at++) {
          const [before, after] = [practiceDate(newest[at - 1]!), practiceDate(newest[at]!)];
          if (after !== undefined) expect(before !== undefined && before >= after).toBe(true);
        }
        const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
        const byTitle = sortPractices(list, 'title', lang);
        for (let at = 1; at < byTitle.length; at++) {
          const order = collator.compare(
            (byTitle[at - 1]!.title as string).trim(),
            (byTitle[at]!.title as string).trim(),
          );
          expect(order).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});

describe('practiceSearchSteps', () => {
  it('prepares the search a slice at a time, then finds what a search built at once finds', () => {
    const fresh = parsed();
    const step = practiceSearchSteps(fresh);
    let calls = 0;
    // Two practices per slice: `more` says yes once after the first of each slice.
    let done = false;
    while (!done) {
      let asked = 0;
      done = step(() => ++asked < 2);
      calls += 1;
    }
    expect(calls).toBe(Math.ceil(fresh.practices.length / 2) + 1);
    expect(step(() => true)).toBe(true);
    for (const text of ['economie circulaire', 'compost', 'COOPÉRATIVE']) {
      expect(ids(searchPractices(fresh, text))).toEqual(ids(searchPractices(community, text)));
    }
  });

  it('leaves a search made halfway to build what is left itself', () => {
    const fresh = parsed();
    const step = practiceSearchSteps(fresh);
    expect(step(() => false)).toBe(false);
    expect(ids(searchPractices(fresh, 'numerique'))).toEqual(
      ids(searchPractices(community, 'numerique')),
    );
    expect(step(() => false)).toBe(true);
  });
});
