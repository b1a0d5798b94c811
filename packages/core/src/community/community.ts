/**
 * `parseCommunity`: from untrusted data to a `Community` (themes, members, practices), or to
 * problems a webmaster can act on, exactly as `parseSummit` reads a summit. It never throws.
 *
 * The flow mirrors `parseSummit`'s, with the summit's own record checks (`summit.ts`):
 *
 * 1. **The community itself**: its own fields (id, name…) from `fields.generated.ts`, generated
 *    from `community.schema.ts`; its three collections must be lists. A problem here is fatal.
 * 2. **Each record on its own**, read with the summit's field tables: a theme, a member or a
 *    practice reads the same in a community file as in a summit file.
 * 3. **Rules across records**: unique ids per collection, and a practice's `themeIds` and
 *    `authorIds` naming themes and members that exist.
 * 4. **The verdict**: `strict` refuses any problem; `lenient` leaves invalid records and dangling
 *    references out, each with a warning, as `parseSummit` does.
 *
 * A summit file is a community too (its workshops and dates are left out): `communityOf` gives the
 * community view of a summit already parsed.
 */
import { problemWording } from '../summit/messages.js';
import { problemOf, withWording } from '../summit/problem.js';
import type { Problem } from '../summit/problem.js';
import { readRecord } from '../summit/reader.js';
import type { Summit } from '../summit/summit.schema.js';
import {
  allIds,
  checkDuplicates,
  checkReferencesStrict,
  dropDanglingReferences,
  kept,
  keptIds,
  readEntry,
  recordDropped,
  unreadable,
} from '../summit/summit.js';
import type { Entry, ParseMode, RecordTypes } from '../summit/summit.js';
import { COMMUNITY_COLLECTIONS } from './collections.js';
import type { CommunityCollection } from './collections.js';
import type { Community } from './community.schema.js';
import { COMMUNITY_FIELDS } from './fields.generated.js';

export interface ParseCommunityOptions {
  /** Defaults to `strict`. */
  mode?: ParseMode;
}

/**
 * A usable community with what was left out of it (always empty in `strict` mode), or the
 * reasons there is none: the same shape as `parseSummit`'s result.
 */
export type ParseCommunityResult =
  { ok: true; community: Community; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** The community's own fields: everything but its collections. */
type CommunityFields = Omit<Community, CommunityCollection>;

type Entries = { [C in CommunityCollection]: Array<Entry<RecordTypes[C]>> };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse(input: unknown, requested: ParseMode): ParseCommunityResult {
  // 1. The community itself.
  const fields = readRecord<CommunityFields>(COMMUNITY_FIELDS, input, []);
  const ownProblems = fields.ok ? [] : fields.problems;
  if (!isObject(input)) return { ok: false, problems: ownProblems };
  const lists = {} as Record<CommunityCollection, ReadonlyArray<unknown>>;
  for (const collection of COMMUNITY_COLLECTIONS) {
    const list = input[collection];
    if (list === undefined || Array.isArray(list)) lists[collection] = list ?? [];
    else {
      lists[collection] = [];
      ownProblems.push(problemOf('invalid_type', [collection], { expected: 'array', value: list }));
    }
  }
  // Without a community there is nothing to be lenient about: report everything.
  const lenient = requested === 'lenient' && ownProblems.length === 0;

  // 2. Each record on its own.
  const entries = {} as Entries;
  for (const collection of COMMUNITY_COLLECTIONS) {
    const list = lists[collection];
    (entries as Record<CommunityCollection, Array<Entry<unknown>>>)[collection] = list.map(
      (raw, index) => readEntry(collection, raw, index, lenient),
    );
  }

  // 3. Rules across records.
  for (const collection of COMMUNITY_COLLECTIONS) {
    checkDuplicates(collection, entries[collection], lenient);
  }
  if (lenient) {
    const keptTargets = {
      themes: keptIds(entries.themes, true),
      members: keptIds(entries.members, true),
    };
    const seen = { themes: allIds(entries.themes), members: allIds(entries.members) };
    dropDanglingReferences('practices', entries.practices, keptTargets, seen);
  } else {
    const known = { themes: allIds(entries.themes), members: allIds(entries.members) };
    checkReferencesStrict('practices', entries.practices, known);
  }

  // 4. The verdict.
  if (!lenient) {
    const problems = ownProblems;
    for (const collection of COMMUNITY_COLLECTIONS) {
      for (const entry of entries[collection]) if (entry.problems) problems.push(...entry.problems);
    }
    if (problems.length > 0 || !fields.ok) return { ok: false, problems };
    return { ok: true, community: assemble(fields.value, entries), warnings: [] };
  }
  if (!fields.ok) return { ok: false, problems: ownProblems };
  const warnings: Problem[] = [];
  for (const collection of COMMUNITY_COLLECTIONS) {
    for (const entry of entries[collection]) {
      if (entry.value === undefined || entry.problems) {
        warnings.push(recordDropped(collection, entry));
        if (entry.problems) warnings.push(...entry.problems);
      } else if (entry.notes) {
        warnings.push(...entry.notes);
      }
    }
  }
  return { ok: true, community: assemble(fields.value, entries), warnings };
}

function assemble(fields: CommunityFields, entries: Entries): Community {
  return {
    ...fields,
    themes: kept(entries.themes),
    members: kept(entries.members),
    practices: kept(entries.practices),
  };
}

/**
 * Validates community data (a community file, or a summit file: its workshops are left out) and
 * returns the typed `Community`, or the problems that prevent it, each with a path into the data
 * and a sentence in French and English. Never throws.
 *
 * @example
 * const result = parseCommunity(JSON.parse(text), { mode: 'lenient' });
 * if (result.ok) show(result.community.practices);
 * for (const problem of result.ok ? result.warnings : result.problems) {
 *   console.warn(`${problem.where}: ${problem.message.fr}`);
 * }
 */
export function parseCommunity(
  input: unknown,
  options?: ParseCommunityOptions,
): ParseCommunityResult {
  return withWording(problemWording, () => parseUnworded(input, options));
}

/**
 * `parseCommunity` without its sentences: each problem's `message` holds its code until
 * `wordProblems` (from `@gics/core/summit`) words it, so a page that shows a problem only now and
 * then loads the sentences with the first one.
 */
export function parseCommunityUnworded(
  input: unknown,
  options?: ParseCommunityOptions,
): ParseCommunityResult {
  return withWording(undefined, () => parseUnworded(input, options));
}

function parseUnworded(input: unknown, options?: ParseCommunityOptions): ParseCommunityResult {
  try {
    return parse(input, options?.mode === 'lenient' ? 'lenient' : 'strict');
  } catch {
    // Reading the document itself failed (a throwing getter or proxy at the top level).
    return { ok: false, problems: [unreadable([])] };
  }
}

/**
 * The community view of a summit: its themes, members and practices, under the summit's id,
 * name and page. The lists are the summit's own (not copies).
 *
 * @example
 * const practices = searchPractices(createPracticeIndex(communityOf(summit)), 'compost');
 */
export function communityOf(summit: Summit): Community {
  const community: Community = {
    id: summit.id,
    name: summit.name,
    themes: summit.themes,
    members: summit.members,
    practices: summit.practices,
  };
  if (summit.url !== undefined) community.url = summit.url;
  return community;
}

/**
 * Whether `json` is shaped like a community document rather than a summit: an object with a
 * `themes`, `members` or `practices` list and none of a summit's `timeZone`, `startDate` or
 * `workshops`. A few property lookups, no validation; never throws.
 */
export function looksLikeCommunity(json: unknown): boolean {
  try {
    if (!isObject(json)) return false;
    if ('timeZone' in json || 'startDate' in json || 'workshops' in json) return false;
    return COMMUNITY_COLLECTIONS.some((collection) => Array.isArray(json[collection]));
  } catch {
    return false;
  }
}
