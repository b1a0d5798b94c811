/** Vocabulary shared by `<gics-practices>`, its events and its messages. */
/**
 * Why the library could not show practices: the agenda's kinds and wording for fetching and
 * reading, and `not-community` (as `<gics-members>` says it) for a document that is neither a GICS
 * community nor a summit.
 */
export const PRACTICES_ERROR_KINDS = [
  'not-found',
  'server',
  'not-json',
  'not-community',
  'network',
] as const;
export type PracticesErrorKind = (typeof PRACTICES_ERROR_KINDS)[number];

/** What `src` or `.community` turned out to be. */
export type PracticesSourceKind = 'community' | 'summit';
