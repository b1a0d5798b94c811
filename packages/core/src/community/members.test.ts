import { describe, expect, it } from 'vitest';
import { Member, Practice, Workshop } from '../summit/summit.schema.js';
import {
  filterMembers,
  groupMembersByCountry,
  MEMBER_FILTERS,
  memberFacets,
  memberIndexOf,
  prepareMemberSearch,
  searchMembers,
  type MemberQuery,
  type MemberSource,
} from './members.js';

const member = (fields: Partial<Member> & Pick<Member, 'id' | 'name'>): Member =>
  Member.parse(fields);

const members = [
  member({
    id: 'coop-haut-lac',
    name: 'Coopérative forestière du Haut-Lac',
    kind: 'cooperative',
    country: 'CA',
    city: 'Québec',
    languages: ['fr'],
    tags: ['foresterie'],
    bio: { fr: 'Gère des **boisés** privés.', en: 'Manages private *woodlots*.' },
  }),
  member({
    id: 'mutuelle-ndiaganiao',
    name: 'Mutuelle des artisans de Ndiaganiao',
    kind: 'mutual',
    country: 'SN',
    languages: ['fr', 'wo'],
  }),
  member({
    id: 'noor',
    name: 'Noor Exemplaire',
    kind: 'individual',
    listed: true,
    organisation: 'Coopérative d’habitation Les Érables',
    country: 'SN',
    city: 'Dakar',
    languages: ['fr', 'wo', 'en'],
    tags: ['gouvernance'],
  }),
  member({
    id: 'lab-valbrune',
    name: 'Laboratoire de Valbrune',
    kind: 'academic',
    country: 'BE',
    languages: ['fr', 'nl'],
  }),
  member({ id: 'repair', name: 'Westmoor Repair Circle', country: 'GB', languages: ['en'] }),
  member({ id: 'ecuador', name: 'Cooperativa Ficticia', kind: 'cooperative', country: 'EC' }),
  member({ id: 'somewhere', name: 'Groupe sans pays', kind: 'other' }),
  // Never shown: a person who did not agree, an organisation that declined.
  member({
    id: 'quiet',
    name: 'Quiet Coopérative Person',
    kind: 'individual',
    country: 'CA',
    languages: ['fr'],
  }),
  member({ id: 'hidden', name: 'Hidden Co-op', kind: 'cooperative', listed: false, country: 'CA' }),
];

const workshops = [
  Workshop.parse({
    id: 'w1',
    title: 'Gouvernance',
    start: '2030-05-01T09:00:00-04:00',
    end: '2030-05-01T10:00:00-04:00',
    themeIds: ['leadership'],
    speakerIds: ['noor', 'quiet'],
  }),
];
const practices = [
  Practice.parse({
    id: 'p1',
    title: 'Réemploi du bois',
    themeIds: ['circular'],
    authorIds: ['coop-haut-lac', 'hidden'],
  }),
  Practice.parse({ id: 'p2', title: 'Outils', themeIds: ['digital'], authorIds: ['repair'] }),
];
const community: MemberSource = {
  members,
  workshops,
  practices,
  themes: [
    { id: 'digital', name: 'Numérique' },
    { id: 'leadership', name: 'Leadership' },
    { id: 'circular', name: 'Économie circulaire' },
  ],
};

const ids = (list: readonly Member[]) => list.map((found) => found.id);

describe('searchMembers', () => {
  it('searches names, organisations, bios, tags and cities, ignoring case and accents', () => {
    expect(ids(searchMembers(community, 'cooperative'))).toEqual(['coop-haut-lac', 'noor']);
    expect(ids(searchMembers(community, 'COOPERATIV'))).toEqual([
      'coop-haut-lac',
      'noor',
      'ecuador',
    ]);
    expect(ids(searchMembers(community, 'erables'))).toEqual(['noor']);
    expect(ids(searchMembers(community, 'WOODLOTS'))).toEqual(['coop-haut-lac']);
    expect(ids(searchMembers(community, 'boises prives'))).toEqual(['coop-haut-lac']);
    expect(ids(searchMembers(community, 'gouvernance dakar'))).toEqual(['noor']);
    expect(ids(searchMembers(community, 'quebec'))).toEqual(['coop-haut-lac']);
    expect(searchMembers(community, '')).toHaveLength(7);
  });

  it('finds the same after prepareMemberSearch, which only builds ahead', () => {
    const fresh: MemberSource = { ...community };
    prepareMemberSearch(fresh);
    expect(ids(searchMembers(fresh, 'cooperative'))).toEqual(['coop-haut-lac', 'noor']);
  });

  it('never finds a member a directory may not show', () => {
    expect(searchMembers(community, 'quiet')).toEqual([]);
    expect(searchMembers(community, 'hidden')).toEqual([]);
    expect(memberIndexOf(community).members).toHaveLength(7);
  });
});

describe('filterMembers', () => {
  it('filters by kind, country, language and theme; alternatives within, all across', () => {
    expect(ids(filterMembers(community, { kinds: ['cooperative', 'mutual'] }))).toEqual([
      'coop-haut-lac',
      'mutuelle-ndiaganiao',
      'ecuador',
    ]);
    expect(ids(filterMembers(community, { countries: ['SN'], languages: ['en'] }))).toEqual([
      'noor',
    ]);
    expect(ids(filterMembers(community, { languages: ['wo', 'nl'] }))).toEqual([
      'mutuelle-ndiaganiao',
      'noor',
      'lab-valbrune',
    ]);
    expect(ids(filterMembers(community, { text: 'coop', countries: ['CA'] }))).toEqual([
      'coop-haut-lac',
    ]);
  });

  it('files members under the themes of the workshops they lead and the practices they wrote', () => {
    expect(ids(filterMembers(community, { themes: ['leadership'] }))).toEqual(['noor']);
    expect(ids(filterMembers(community, { themes: ['circular', 'digital'] }))).toEqual([
      'coop-haut-lac',
      'repair',
    ]);
  });

  it('treats an empty list as no filter', () => {
    expect(filterMembers(community, { kinds: [], themes: [] })).toHaveLength(7);
  });
});

describe('memberFacets', () => {
  it('lists the values listed members use, in facet order, with counts', () => {
    const facets = memberFacets(community);
    expect(facets.kinds.map(({ value, count }) => [value, count])).toEqual([
      ['cooperative', 2],
      ['mutual', 1],
      ['academic', 1],
      ['individual', 1],
      ['other', 1],
    ]);
    // The hidden members' Canada counts once, for the co-operative that is listed.
    expect(facets.countries.map(({ value, count }) => [value, count])).toEqual([
      ['BE', 1],
      ['CA', 1],
      ['EC', 1],
      ['GB', 1],
      ['SN', 2],
    ]);
    expect(facets.themes.map(({ value }) => value)).toEqual(['digital', 'leadership', 'circular']);
    expect(facets.languages.map(({ value }) => value)).toEqual(['en', 'fr', 'nl', 'wo']);
  });

  it('counts what picking each value would show, the other filters and the words kept', () => {
    const queries: MemberQuery[] = [
      {},
      { text: 'coop' },
      { languages: ['fr'] },
      { countries: ['SN', 'CA'], kinds: ['individual'] },
      { text: 'de', languages: ['fr'], themes: ['leadership'] },
    ];
    for (const query of queries) {
      const facets = memberFacets(community, query);
      for (const filter of MEMBER_FILTERS) {
        for (const facet of facets[filter]) {
          const picked = { ...query, [filter]: [facet.value] };
          expect(facet.count, `${filter}=${facet.value}`).toBe(
            filterMembers(community, picked).length,
          );
          expect(facet.selected).toBe(
            ((query[filter] ?? []) as readonly unknown[]).includes(facet.value),
          );
        }
      }
    }
  });
});

describe('groupMembersByCountry', () => {
  it('groups listed members by country, named and sorted in the visitor’s language', () => {
    const french = groupMembersByCountry(members, 'fr');
    expect(french.map(({ name, count }) => [name, count])).toEqual([
      ['Belgique', 1],
      ['Canada', 1],
      ['Équateur', 1],
      ['Royaume-Uni', 1],
      ['Sénégal', 2],
      ['', 1],
    ]);
    expect(ids(french[4]!.members)).toEqual(['mutuelle-ndiaganiao', 'noor']);
    expect(french.at(-1)!.country).toBeUndefined();
    const english = groupMembersByCountry(filterMembers(community, { languages: ['fr'] }), 'en');
    expect(english.map(({ name, count }) => [name, count])).toEqual([
      ['Belgium', 1],
      ['Canada', 1],
      ['Senegal', 2],
    ]);
  });
});
