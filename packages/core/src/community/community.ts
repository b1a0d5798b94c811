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
import { withWording } from '../summit/problem.js';
import type { Problem } from '../summit/problem.js';
import { isObject, readRecord } from '../summit/reader.js';
import type { Summit } from '../summit/summit.schema.js';
import {
  checkDuplicates,
  checkThemeAndMemberReferences,
  kept,
  readCollectionLists,
  readEntries,
  unreadable,
  verdictOf,
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

function parse(input: unknown, requested: ParseMode): ParseCommunityResult {
  // 1. The community itself.
  const fields = readRecord<CommunityFields>(COMMUNITY_FIELDS, input, []);
  const ownProblems = fields.ok ? [] : fields.problems;
  if (!isObject(input)) return { ok: false, problems: ownProblems };
  const lists = readCollectionLists(input, COMMUNITY_COLLECTIONS, ownProblems);
  // Without a community there is nothing to be lenient about: report everything.
  const lenient = requested === 'lenient' && ownProblems.length === 0;

  // 2. Each record on its own.
  const entries = {} as Entries;
  for (const collection of COMMUNITY_COLLECTIONS) {
    (entries as Record<CommunityCollection, Array<Entry<unknown>>>)[collection] = readEntries(
      collection,
      lists[collection],
      lenient,
    );
  }

  // 3. Rules across records.
  for (const collection of COMMUNITY_COLLECTIONS) {
    checkDuplicates(collection, entries[collection], lenient);
  }
  checkThemeAndMemberReferences(entries, lenient);

  // 4. The verdict.
  const verdict = verdictOf(fields, ownProblems, COMMUNITY_COLLECTIONS, entries, lenient);
  if (!verdict.ok) return verdict;
  return { ok: true, community: assemble(verdict.fields, entries), warnings: verdict.warnings };
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
