/**
 * The practices library's logic: search, filters, facet counts and sorts over a community's
 * practices (a `Community`, or a summit, which holds the same lists). Pure and DOM-free, so
 * `<gics-practices>` and a server render the same results.
 *
 * The flow, once: `practiceIndexOf(source)` reads every practice once (the values each filter
 * looks at) and caches that per source object; the search texts follow on the first query with
 * words, or earlier with `preparePracticeSearch` while the page is idle. A visitor's query
 * (`PracticeQuery`: words and picked filter values) is then a scan of small arrays:
 *
 * - **search**: the query's words are looked up in the index's list of distinct words (the
 *   agenda's word index, `agenda/search-text.ts`), so a keystroke costs the same whatever the
 *   length of the practices' bodies. Case, accents and punctuation are ignored as in the agenda;
 *   the text covers the title, summary and body (as plain text) in both languages, the tags, and
 *   the authors' names and organisations.
 * - **filters**: within one filter, picked values are alternatives (French *or* English); across
 *   filters, all must hold (French, *and* on circular economy).
 * - **facets**: for each filter, every value the community uses, with the number of practices
 *   the visitor would see after picking it, the other filters and the words kept.
 *
 * Sources are treated as immutable: build a new community object (as `parseCommunity` does) to
 * search new data.
 */
import { buildWordIndex, normalizeSearchText } from '../agenda/search-text.js';
import type { WordIndex } from '../agenda/search-text.js';
import { MEMBER_KINDS } from '../summit/checks.js';
import type { MemberKind } from '../summit/checks.js';
import { localize } from '../summit/localized-text.js';
import type { Language } from '../summit/localized-text.js';
import type { Member, Practice, Theme } from '../summit/summit.schema.js';
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

export type { FacetCount };

/** What the library reads: a `Community`, or a `Summit` (its workshops are not looked at). */
export interface PracticeSource {
  readonly practices: readonly Practice[];
  /** Authors' names, organisations, kinds and countries are read from here. */
  readonly members?: readonly Member[];
  /** The themes, in the order their facet lists them. */
  readonly themes?: readonly Theme[];
}

/** The filters a visitor can pick, each with its values. */
export const PRACTICE_FILTERS = ['themes', 'languages', 'kinds', 'countries', 'years'] as const;
export type PracticeFilter = (typeof PRACTICE_FILTERS)[number];

/** The type of one filter's values: ids, tags and codes are strings; years are numbers. */
export interface PracticeFilterValues {
  /** Theme ids: practices filed under one of them. */
  themes: string;
  /** BCP 47 tags in canonical case: practices available in one of them. */
  languages: string;
  /** Member kinds: practices with an author of one of them. */
  kinds: MemberKind;
  /** ISO 3166-1 alpha-2 codes: practices with an author from one of them. */
  countries: string;
  /** Years: practices shared (or, undated, last revised) in one of them. */
  years: number;
}

/**
 * What a visitor asks for: words to search, and the values picked in each filter. An absent or
 * empty list leaves that filter out.
 */
export type PracticeQuery = { text?: string } & {
  readonly [F in PracticeFilter]?: ReadonlyArray<PracticeFilterValues[F]>;
};

/**
 * Every value of every filter the community uses, with its count. Themes follow the source's
 * `themes` order, kinds `MEMBER_KINDS`, languages and countries their codes, years the newest
 * first.
 */
export type PracticeFacets = { [F in PracticeFilter]: Array<FacetCount<PracticeFilterValues[F]>> };

/** The orders the library offers: newest first (`updated`, else `date`), or by title A–Z. */
export const PRACTICE_SORTS = ['newest', 'title'] as const;
export type PracticeSort = (typeof PRACTICE_SORTS)[number];

/** The practices read once: the values each filter looks at, by position. */
interface IndexedValues {
  readonly themes: readonly string[][];
  readonly languages: readonly string[][];
  readonly kinds: readonly MemberKind[][];
  readonly countries: readonly string[][];
  readonly years: ReadonlyArray<number[]>;
}

/** What `practiceIndexOf` builds once per source. */
export interface PracticeIndex {
  readonly practices: readonly Practice[];
  /** The values each filter sees on `practices[i]`. */
  readonly values: IndexedValues;
  /** Every value each filter can take in this community, in facet order. */
  readonly domains: { readonly [F in PracticeFilter]: ReadonlyArray<PracticeFilterValues[F]> };
  /** The members by id. */
  readonly members: ReadonlyMap<string, Member>;
}

const indexes = new WeakMap<PracticeSource, PracticeIndex>();
/**
 * The distinct words of an index's search texts, built on its first query with words (or by
 * `preparePracticeSearch`): folding every body is most of the cost of a first screen, which needs
 * none of it.
 */
const wordIndexes = new WeakMap<PracticeIndex, WordIndex>();

/** The date the "newest" order reads: the last revision, else when it was shared. */
export function practiceDate(practice: Practice): string | undefined {
  return practice.updated ?? practice.date;
}

/** The year the year filter files a practice under: when it was shared, else last revised. */
export function practiceYear(practice: Practice): number | undefined {
  const date = practice.date ?? practice.updated;
  return date === undefined ? undefined : Number(date.slice(0, 4));
}

/** The members named by `practice.authorIds` that `members` knows, in the practice's order. */
export function practiceAuthors(
  practice: Practice,
  members: ReadonlyMap<string, Member>,
): Member[] {
  const authors: Member[] = [];
  for (const id of practice.authorIds) {
    const member = members.get(id);
    if (member !== undefined) authors.push(member);
  }
  return authors;
}

function buildIndex(source: PracticeSource): PracticeIndex {
  const members = new Map<string, Member>();
  for (const member of source.members ?? []) members.set(member.id, member);
  const practices = source.practices;
  const values: { [F in PracticeFilter]: Array<Array<PracticeFilterValues[F]>> } = {
    themes: [],
    languages: [],
    kinds: [],
    countries: [],
    years: [],
  };
  for (let position = 0; position < practices.length; position++) {
    const practice = practices[position]!;
    const authors = practiceAuthors(practice, members);
    values.themes.push(distinct(practice.themeIds));
    values.languages.push(distinct(practice.languages));
    values.kinds.push(distinct(authors.map((author) => author.kind)));
    values.countries.push(distinct(authors.map((author) => author.country)));
    const year = practiceYear(practice);
    values.years.push(year === undefined ? [] : [year]);
  }
  const themeOrder = (source.themes ?? []).map((theme) => theme.id);
  const usedThemes = usedValues(values.themes);
  const usedKinds = usedValues(values.kinds);
  return {
    practices,
    values,
    members,
    domains: {
      // Listed themes first, in their order, then any a practice names that the list lacks.
      themes: distinct([...themeOrder, ...usedThemes]),
      languages: [...usedValues(values.languages)].sort(),
      kinds: MEMBER_KINDS.filter((kind) => usedKinds.has(kind)),
      countries: [...usedValues(values.countries)].sort(),
      years: [...usedValues(values.years)].sort((a, b) => b - a),
    },
  };
}

/**
 * The normalized search text of a practice: its title, summary and body (plain text, Markdown
 * marks left out) in both languages, its tags, and its authors' names and organisations.
 */
function searchTextOf(practice: Practice, members: ReadonlyMap<string, Member>): string {
  const parts: string[] = [];
  pushText(parts, practice.title);
  pushText(parts, practice.summary, true);
  pushText(parts, practice.body, true);
  for (const tag of practice.tags) parts.push(tag);
  for (const author of practiceAuthors(practice, members)) {
    parts.push(author.name);
    if (author.organisation) parts.push(author.organisation);
  }
  return normalizeSearchText(parts.join(' '));
}

function buildSearchWords(index: PracticeIndex): WordIndex {
  return buildWordIndex(index.practices.map((practice) => searchTextOf(practice, index.members)));
}

function wordIndexOf(index: PracticeIndex): WordIndex {
  return cachedFor(wordIndexes, index, buildSearchWords);
}

/**
 * Builds now what the first search of `source` would otherwise build (every practice's search
 * text and the list of their distinct words), for example while the page is idle after its first
 * screen, so that the first keystroke costs what the others do. Optional.
 */
export function preparePracticeSearch(source: PracticeSource): void {
  wordIndexOf(practiceIndexOf(source));
}

/**
 * `preparePracticeSearch` a slice at a time, for a page that must answer its visitor meanwhile:
 * each call of the returned step builds search texts until `more()` says to stop (one at least),
 * and returns `true` once the search is ready. The list of distinct words is built by the call
 * that reads the last practice. A query made before the end builds what is left itself.
 *
 * @example
 * const step = practiceSearchSteps(community);
 * const slice = (deadline) => { if (!step(() => deadline.timeRemaining() > 1)) requestIdleCallback(slice); };
 * requestIdleCallback(slice);
 */
export function practiceSearchSteps(source: PracticeSource): (more: () => boolean) => boolean {
  const index = practiceIndexOf(source);
  const texts: string[] = [];
  return (more) => {
    if (wordIndexes.has(index)) return true;
    do {
      if (texts.length === index.practices.length) {
        wordIndexes.set(index, buildWordIndex(texts));
        return true;
      }
      texts.push(searchTextOf(index.practices[texts.length]!, index.members));
    } while (more());
    return false;
  };
}

/**
 * The index of `source`'s practices, built on first call and cached for that object. Optional:
 * every function below builds it on demand; call it while a page is idle so that the first
 * keystroke costs what the others do.
 */
export function practiceIndexOf(source: PracticeSource): PracticeIndex {
  return cachedFor(indexes, source, buildIndex);
}

/** How `query` fares on each practice of `index` (facets.ts). */
function evaluate(index: PracticeIndex, query: PracticeQuery) {
  return evaluateQuery(PRACTICE_FILTERS, index, index.practices.length, query, () =>
    wordIndexOf(index),
  );
}

/**
 * The practices matching `query` (its words and every filter), in the source's order.
 *
 * @example
 * filterPractices(community, { text: 'compost', languages: ['fr'], themes: ['circular'] });
 */
export function filterPractices(source: PracticeSource, query: PracticeQuery): Practice[] {
  const index = practiceIndexOf(source);
  return matchingRecords(index.practices, evaluate(index, query));
}

/**
 * The practices whose text holds every word of `text` (case, accents and punctuation ignored), in
 * the source's order; all of them for an empty query.
 *
 * @example searchPractices(community, 'economie circulaire') // finds « Économie circulaire »
 */
export function searchPractices(source: PracticeSource, text: string): Practice[] {
  return filterPractices(source, { text });
}

/**
 * Every value of every filter with the number of practices the visitor would see after picking
 * it, the query's words and other filters kept (its own filter's other picks left aside, since
 * values of one filter are alternatives). A value the query picks counts the practices it adds
 * to or keeps in the result the same way.
 */
export function practiceFacets(source: PracticeSource, query: PracticeQuery = {}): PracticeFacets {
  const index = practiceIndexOf(source);
  return facetCounts(PRACTICE_FILTERS, index, evaluate(index, query)) as PracticeFacets;
}

const collators = new Map<Language, Intl.Collator>();

/** Compares titles as people of `lang` sort them: case and accents aside, numbers by value. */
function titleCollator(lang: Language): Intl.Collator {
  return new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
}

/**
 * `practices` in a new array, ordered by `sort`: `newest` by last revision (else the date shared),
 * the most recent first and undated practices last; `title` A–Z by the title in `lang`, as people
 * of that language sort (`Intl.Collator`: « Économie » among the E's). Ties keep the given order.
 */
export function sortPractices(
  practices: readonly Practice[],
  sort: PracticeSort,
  lang: Language,
): Practice[] {
  if (sort === 'newest') {
    const dated = practices.map((practice, position) => ({
      practice,
      position,
      date: practiceDate(practice),
    }));
    dated.sort((a, b) => {
      if (a.date === b.date) return a.position - b.position;
      if (a.date === undefined) return 1;
      if (b.date === undefined) return -1;
      return a.date < b.date ? 1 : -1;
    });
    return dated.map(({ practice }) => practice);
  }
  const collator = cachedFor(collators, lang, titleCollator);
  const titled = practices.map((practice, position) => ({
    practice,
    position,
    title: localize(practice.title, lang).trim(),
  }));
  titled.sort((a, b) => collator.compare(a.title, b.title) || a.position - b.position);
  return titled.map(({ practice }) => practice);
}
