/** The values `<gics-members>` attributes take, and why a directory could not be shown. */

/** `list` (cards), `countries` (cards grouped by country) or `map` (the world map beside the list). */
export const MEMBERS_VIEWS = ['list', 'countries', 'map'] as const;
export type MembersView = (typeof MEMBERS_VIEWS)[number];

/** Why a directory could not be shown. */
export const MEMBERS_ERROR_KINDS = [
  'not-found',
  'server',
  'not-json',
  'not-community',
  'network',
] as const;
export type MembersErrorKind = (typeof MEMBERS_ERROR_KINDS)[number];

/** What `src` held: a community file, a summit file, or Murmurations profiles or an Index answer. */
export type MembersFormat = 'community' | 'summit' | 'murmurations';
