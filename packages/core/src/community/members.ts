/**
 * The member directory's logic: search, filters, facet counts and grouping by country over the
 * members a directory may show (`isListedMember`), from a community or a summit. Pure and
 * DOM-free, so `<gics-members>` and a server render the same results.
 *
 * The flow, once: `memberIndexOf(source)` keeps the listed members, reads each once (the values
 * each filter looks at) and caches that per source object; the search texts follow on the first
 * query with words, or earlier with `prepareMemberSearch` while the page is idle. A visitor's
 * query (`MemberQuery`: words and picked filter values) is then a scan of small arrays:
 *
 * - **search**: every word of the query must appear in the member's text, case, accents and
 *   punctuation ignored as in the agenda; the words are looked up in the list of the texts'
 *   distinct words (the agenda's word index, `agenda/search-text.ts`). The text covers the name,
 *   the organisation, the bio (as plain text, both languages), the tags and the city.
 * - **filters**: within one filter, picked values are alternatives (Canada *or* Senegal); across
 *   filters, all must hold (Canada, *and* speaks French). A member's themes are those of the
 *   workshops they lead (`speakerIds`) and of the practices they wrote (`authorIds`).
 * - **facets**: for each filter, every value the listed members use, with the number of members
 *   the visitor would see after picking it, the other filters and the words kept.
 *
 * Members a directory may not show never enter the index: they are not found, counted or
 * grouped. Sources are treated as immutable: build a new community object (as `parseCommunity`
 * does) to search new data.
 */
import { buildWordIndex, normalizeSearchText } from '../agenda/search-text.js';
import type { WordIndex } from '../agenda/search-text.js';
import { MEMBER_KINDS } from '../summit/checks.js';
import type { MemberKind } from '../summit/checks.js';
import type { Language } from '../summit/localized-text.js';
import type { Member, Practice, Theme, Workshop } from '../summit/summit.schema.js';
import {
  cachedFor,
  distinct,
  evaluateQuery,
  facetCounts,
  matchingRecords,
  pushText,
  usedValues,
  type FacetCount,
} from './facets.js';
import { isListedMember } from './listed.js';

/** What the directory reads: a `Community`, or a `Summit` (its workshops give themes too). */
export interface MemberSource {
  readonly members: readonly Member[];
  /** Practices file their authors under their themes. */
  readonly practices?: readonly Practice[];
  /** Workshops file the members who lead them under their themes. */
  readonly workshops?: readonly Workshop[];
  /** The themes, in the order their facet lists them. */
  readonly themes?: readonly Theme[];
}

/** The filters a visitor can pick. */
export const MEMBER_FILTERS = ['kinds', 'countries', 'themes', 'languages'] as const;
export type MemberFilter = (typeof MEMBER_FILTERS)[number];

/** The type of one filter's values. */
export interface MemberFilterValues {
  /** Member kinds. */
  kinds: MemberKind;
  /** ISO 3166-1 alpha-2 codes. */
  countries: string;
  /** Theme ids: members who lead a workshop or wrote a practice on one of them. */
  themes: string;
  /** BCP 47 tags in canonical case: members who speak one of them. */
  languages: string;
}

/**
 * What a visitor asks for: words to search, and the values picked in each filter. An absent or
 * empty list leaves that filter out.
 */
export type MemberQuery = { text?: string } & {
  readonly [F in MemberFilter]?: ReadonlyArray<MemberFilterValues[F]>;
};

/**
 * Every value of every filter the listed members use, with its count. Kinds follow
 * `MEMBER_KINDS`, themes the source's `themes` order, countries and languages their codes.
 */
export type MemberFacets = {
  [F in MemberFilter]: Array<FacetCount<MemberFilterValues[F]>>;
};

/** What `memberIndexOf` builds once per source. */
export interface MemberIndex {
  /** The members a directory may show, in the source's order. */
  readonly members: readonly Member[];
  /** The values each filter sees on `members[i]`. */
  readonly values: { readonly [F in MemberFilter]: ReadonlyArray<Array<MemberFilterValues[F]>> };
  /** Every value each filter can take among the listed members, in facet order. */
  readonly domains: { readonly [F in MemberFilter]: ReadonlyArray<MemberFilterValues[F]> };
}

const indexes = new WeakMap<MemberSource, MemberIndex>();
/**
 * The distinct words of an index's search texts, built on its first query with words (or by
 * `prepareMemberSearch`): a first screen needs none of them.
 */
const wordIndexes = new WeakMap<MemberIndex, WordIndex>();

/** The theme ids of the workshops each member leads and the practices each member wrote. */
function themesByMember(source: MemberSource): Map<string, Set<string>> {
  const themes = new Map<string, Set<string>>();
  const file = (memberIds: readonly string[], themeIds: readonly string[]) => {
    if (themeIds.length === 0) return;
    for (const id of memberIds) {
      let set = themes.get(id);
      if (set === undefined) themes.set(id, (set = new Set()));
      for (const theme of themeIds) set.add(theme);
    }
  };
  for (const workshop of source.workshops ?? []) file(workshop.speakerIds, workshop.themeIds);
  for (const practice of source.practices ?? []) file(practice.authorIds, practice.themeIds);
  return themes;
}

function buildIndex(source: MemberSource): MemberIndex {
  const members = source.members.filter(isListedMember);
  const themesOf = themesByMember(source);
  const values: { [F in MemberFilter]: Array<Array<MemberFilterValues[F]>> } = {
    kinds: [],
    countries: [],
    themes: [],
    languages: [],
  };
  members.forEach((member) => {
    values.kinds.push(member.kind === undefined ? [] : [member.kind]);
    values.countries.push(member.country === undefined ? [] : [member.country]);
    values.themes.push([...(themesOf.get(member.id) ?? [])]);
    values.languages.push(distinct(member.languages));
  });
  const usedKinds = usedValues(values.kinds);
  const usedThemes = usedValues(values.themes);
  const themeOrder = (source.themes ?? []).map((theme) => theme.id);
  return {
    members,
    values,
    domains: {
      kinds: MEMBER_KINDS.filter((kind) => usedKinds.has(kind)),
      countries: [...usedValues(values.countries)].sort(),
      // Listed themes first, in their order, then any a record names that the list lacks.
      themes: distinct([...themeOrder.filter((id) => usedThemes.has(id)), ...usedThemes]),
      languages: [...usedValues(values.languages)].sort(),
    },
  };
}

/** The normalized search text of a member: name, organisation, bio (plain text), tags, city. */
function searchTextOf(member: Member): string {
  const parts = [member.name];
  if (member.organisation) parts.push(member.organisation);
  pushText(parts, member.bio, true);
  parts.push(...member.tags);
  if (member.city) parts.push(member.city);
  return normalizeSearchText(parts.join(' '));
}

function buildSearchWords(index: MemberIndex): WordIndex {
  return buildWordIndex(index.members.map(searchTextOf));
}

function wordIndexOf(index: MemberIndex): WordIndex {
  return cachedFor(wordIndexes, index, buildSearchWords);
}

/**
 * Builds now what the first search of `source` would otherwise build (every listed member's
 * search text and the list of their distinct words), for example while the page is idle after
 * its first screen, so that the first keystroke costs what the others do. Optional.
 */
export function prepareMemberSearch(source: MemberSource): void {
  wordIndexOf(memberIndexOf(source));
}

/**
 * The index of `source`'s listed members, built on first call and cached for that object.
 * Optional: every function below builds it on demand; call it while a page is idle so that the
 * first keystroke costs what the others do.
 */
export function memberIndexOf(source: MemberSource): MemberIndex {
  return cachedFor(indexes, source, buildIndex);
}

/** How `query` fares on each listed member of `index` (facets.ts). */
function evaluate(index: MemberIndex, query: MemberQuery) {
  return evaluateQuery(MEMBER_FILTERS, index, index.members.length, query, () =>
    wordIndexOf(index),
  );
}

/**
 * The listed members matching `query` (its words and every filter), in the source's order.
 *
 * @example
 * filterMembers(community, { text: 'habitation', countries: ['CA', 'SN'], languages: ['fr'] });
 */
export function filterMembers(source: MemberSource, query: MemberQuery = {}): Member[] {
  const index = memberIndexOf(source);
  return matchingRecords(index.members, evaluate(index, query));
}

/**
 * The listed members whose name, organisation, bio, tags or city hold every word of `text`
 * (case, accents and punctuation ignored), in the source's order; all of them for an empty query.
 *
 * @example searchMembers(community, 'cooperative quebec') // finds « Coopérative … », Québec
 */
export function searchMembers(source: MemberSource, text: string): Member[] {
  return filterMembers(source, { text });
}

/**
 * Every value of every filter with the number of listed members the visitor would see after
 * picking it, the query's words and other filters kept (its own filter's other picks left aside,
 * since values of one filter are alternatives).
 */
export function memberFacets(source: MemberSource, query: MemberQuery = {}): MemberFacets {
  const index = memberIndexOf(source);
  return facetCounts(MEMBER_FILTERS, index, evaluate(index, query)) as MemberFacets;
}

/** The members of one country, for a directory grouped by country. */
export interface MemberCountryGroup {
  /** ISO 3166-1 alpha-2 code; `undefined` for the members whose country is not given. */
  country: string | undefined;
  /** The country's name in the visitor's language (`Intl.DisplayNames`); `''` without one. */
  name: string;
  /** How many members the group holds. */
  count: number;
  /** The members, in the order given. */
  members: Member[];
}

const regionNames = new Map<Language, Intl.DisplayNames | undefined>();
const collators = new Map<Language, Intl.Collator>();

/** Compares country names as people of `lang` sort them, case and accents aside. */
function countryCollator(lang: Language): Intl.Collator {
  return new Intl.Collator(lang, { sensitivity: 'base' });
}

function countryName(code: string, lang: Language): string {
  if (!regionNames.has(lang)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    } catch {
      // An engine without region names: codes are shown as they are.
    }
    regionNames.set(lang, names);
  }
  try {
    return regionNames.get(lang)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * `members` grouped by country, the groups ordered by the country's name in `lang` as people of
 * that language sort them (`Intl.Collator`: « Équateur » among the E's), members without a
 * country last. Only members a directory may show are grouped: pass `filterMembers`' result, or
 * any list.
 *
 * @example
 * for (const group of groupMembersByCountry(filterMembers(community, query), 'fr')) {
 *   heading(`${group.name} (${group.count})`);
 * }
 */
export function groupMembersByCountry(
  members: readonly Member[],
  lang: Language,
): MemberCountryGroup[] {
  const groups = new Map<string | undefined, Member[]>();
  for (const member of members) {
    if (!isListedMember(member)) continue;
    const group = groups.get(member.country);
    if (group) group.push(member);
    else groups.set(member.country, [member]);
  }
  const compare = cachedFor(collators, lang, countryCollator).compare;
  return [...groups]
    .map(([country, list]) => ({
      country,
      name: country === undefined ? '' : countryName(country, lang),
      count: list.length,
      members: list,
    }))
    .sort((a, b) => {
      if (a.country === undefined) return 1;
      if (b.country === undefined) return -1;
      return compare(a.name, b.name) || (a.country < b.country ? -1 : 1);
    });
}
