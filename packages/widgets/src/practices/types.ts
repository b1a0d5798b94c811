/** Vocabulary shared by `<gics-practices>`, its events and its messages. */
import type { AgendaErrorKind } from '../agenda/types.js';

/**
 * Why the library could not show practices: the agenda's kinds, less the time zone a schedule
 * feed may lack. `not-summit` is a document that is neither a GICS community nor a summit.
 */
export const PRACTICES_ERROR_KINDS = [
  'not-found',
  'server',
  'not-json',
  'not-summit',
  'network',
] as const satisfies readonly AgendaErrorKind[];
export type PracticesErrorKind = (typeof PRACTICES_ERROR_KINDS)[number];

/** What `src` or `.community` turned out to be. */
export type PracticesSourceKind = 'community' | 'summit';
