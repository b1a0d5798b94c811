/** Vocabulary shared by the agenda, its events and its messages. */

/** Why an agenda could not show a summit. */
export const AGENDA_ERROR_KINDS = [
  'not-found',
  'server',
  'not-json',
  'not-summit',
  'no-time-zone',
  'network',
] as const;
export type AgendaErrorKind = (typeof AGENDA_ERROR_KINDS)[number];

/** The agenda's views: every workshop by day, rooms × time for one day, or the favourites. */
export const AGENDA_VIEWS = ['list', 'grid', 'mine'] as const;
export type AgendaView = (typeof AGENDA_VIEWS)[number];

/** Formats `src` can be in; `auto` detects it from the document's shape. */
export const FEED_FORMATS = ['auto', 'gics', 'pretalx', 'frab', 'sessionize'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** Where a calendar download is asked for: the workshop's dialog, or the programme ("my agenda"). */
export type DownloadPlace = 'dialog' | 'list';
