/**
 * The faceted search the practices library and the member directory share: records read once
 * into the values each filter looks at (`FacetIndex`), a visitor's query (words and picked
 * values) evaluated as a scan of small arrays, and the facet counts that follow from it.
 *
 *   evaluateQuery(filters, index, query, words)
 *     → for each record (by position): how many constraints it fails (the words count as one,
 *       each filter as one) and, for those failing exactly one, which
 *   matchingRecords(records, evaluation) → the records failing none
 *   facetCounts(filters, index, evaluation) → per filter, every value of its domain with the
 *     records kept by every other constraint that carry it
 *
 * Within one filter, picked values are alternatives; across filters, all must hold. What each
 * index holds (which records, which values, the search texts) is the caller's: `practices.ts`
 * and `members.ts` build and cache their own.
 */
import { markTextsWithWords, searchWords } from '../agenda/search-text.js';
import type { WordIndex } from '../agenda/search-text.js';
import type { LocalizedText } from '../summit/localized-text.js';
import { markdownToPlainText } from '../text/markdown.js';

/** One value of a filter with the number of records picking it would show. */
export interface FacetCount<T> {
  value: T;
  count: number;
  /** Whether the query already picks this value. */
  selected: boolean;
}

/** The values each filter of `F` sees on each record (by position), and every value it can take. */
export interface FacetIndex<F extends string> {
  /** The values each filter sees on record `i`: `values[filter][i]`. */
  readonly values: { readonly [K in F]: ReadonlyArray<readonly unknown[]> };
  /** Every value each filter can take, in facet order. */
  readonly domains: { readonly [K in F]: readonly unknown[] };
}

/** Words to search, and the values picked in each filter; an absent or empty list leaves it out. */
export type FacetQuery<F extends string> = { text?: string } & {
  readonly [K in F]?: readonly unknown[];
};

/** What `evaluateQuery` tells of each record, by position. */
export interface QueryEvaluation<F extends string> {
  /** How many of the query's constraints the record fails: `0` is a match. */
  readonly failures: Uint8Array;
  /** For a record failing exactly one: the filter's position in `filters`, or `filters.length` for the words. */
  readonly failing: Uint8Array;
  /** The picked values of each filter as sets; `undefined` for a filter left out. */
  readonly picked: { readonly [K in F]: ReadonlySet<unknown> | undefined };
}

/** What `cachedFor` keeps its values in: a `Map`, or a `WeakMap` for values per object. */
interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value `cache` holds for `key`, built by `build` and kept there on the first call: an index
 * per source object, its word index, a collator per language.
 */
export function cachedFor<K, V>(cache: Cache<K, V>, key: K, build: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = build(key);
    cache.set(key, value);
  }
  return value;
}

/**
 * Every value of one filter the records carry (`values[filter]`), once each, in order of first
 * appearance.
 */
export function usedValues<T>(lists: ReadonlyArray<readonly T[]>): Set<T> {
  const used = new Set<T>();
  for (const list of lists) for (const value of list) used.add(value);
  return used;
}

/** The values of `values` once each, in order of first appearance, `undefined` left out. */
export function distinct<T>(values: Iterable<T | undefined>): T[] {
  const set = new Set<T>();
  for (const value of values) if (value !== undefined) set.add(value);
  return [...set];
}

/**
 * Adds `text` to `into`: a plain string as it is, a bilingual one in French then English (the
 * English left out when it repeats the French); `plain` reads it as Markdown, marks left out.
 */
export function pushText(into: string[], text: LocalizedText | undefined, plain = false): void {
  if (text === undefined) return;
  const add = (value: string) => into.push(plain ? markdownToPlainText(value) : value);
  if (typeof text === 'string') add(text);
  else {
    if (text.fr) add(text.fr);
    if (text.en && text.en !== text.fr) add(text.en);
  }
}

function hasAny(values: readonly unknown[], picked: ReadonlySet<unknown>): boolean {
  for (const value of values) if (picked.has(value)) return true;
  return false;
}

/**
 * Evaluates `query` over the `count` records of `index`. `words` gives the records' word index,
 * asked for only when the query has words: a first screen builds no search text.
 */
export function evaluateQuery<F extends string>(
  filters: readonly F[],
  index: FacetIndex<F>,
  count: number,
  query: FacetQuery<F>,
  words: () => WordIndex,
): QueryEvaluation<F> {
  const failures = new Uint8Array(count);
  const failing = new Uint8Array(count);
  const searched = searchWords(query.text ?? '');
  if (searched.length > 0) {
    const marks = new Uint32Array(count);
    markTextsWithWords(words(), searched, marks);
    for (let position = 0; position < count; position++) {
      if (marks[position] === searched.length) continue;
      failures[position] = 1;
      failing[position] = filters.length;
    }
  }
  const picked = {} as { [K in F]: ReadonlySet<unknown> | undefined };
  filters.forEach((filter, which) => {
    const list = query[filter];
    const wanted = list && list.length > 0 ? new Set(list) : undefined;
    picked[filter] = wanted;
    if (wanted === undefined) return;
    const values = index.values[filter];
    for (let position = 0; position < count; position++) {
      if (hasAny(values[position]!, wanted)) continue;
      failures[position]! += 1;
      failing[position] = which;
    }
  });
  return { failures, failing, picked };
}

/** The records failing none of the query's constraints, in their order. */
export function matchingRecords<T>(
  records: readonly T[],
  evaluation: QueryEvaluation<string>,
): T[] {
  const { failures } = evaluation;
  const matches: T[] = [];
  for (let position = 0; position < failures.length; position++) {
    if (failures[position] === 0) matches.push(records[position]!);
  }
  return matches;
}

/**
 * Every value of every filter with the number of records the visitor would see after picking
 * it, the query's words and other filters kept (its own filter's other picks left aside, since
 * values of one filter are alternatives).
 */
export function facetCounts<F extends string>(
  filters: readonly F[],
  index: FacetIndex<F>,
  evaluation: QueryEvaluation<F>,
): Record<F, Array<FacetCount<unknown>>> {
  const { failures, failing, picked } = evaluation;
  const facets = {} as Record<F, Array<FacetCount<unknown>>>;
  filters.forEach((filter, which) => {
    const counts = new Map<unknown, number>();
    const values = index.values[filter];
    for (let position = 0; position < failures.length; position++) {
      // Kept by every other constraint: no failure, or this filter's own only.
      const failed = failures[position]!;
      if (failed > 1 || (failed === 1 && failing[position] !== which)) continue;
      for (const value of values[position]!) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const wanted = picked[filter];
    facets[filter] = index.domains[filter].map((value) => ({
      value,
      count: counts.get(value) ?? 0,
      selected: wanted?.has(value) ?? false,
    }));
  });
  return facets;
}
