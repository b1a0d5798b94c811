/**
 * The agenda's modules that arrive on demand, each fetched once per page the first time it is
 * needed (a module that failed to arrive is asked for again the next time), and the style
 * sheets that arrive with them:
 *
 * - detail.ts: the workshop dialog's content and styles (with the Markdown renderer);
 * - download.ts: the calendar files a visitor downloads, with the calendar export;
 * - `@gics/core/agenda/search`: the text search;
 * - `@gics/core/agenda/filter`: the filtering, which the first screen needs only when a filter
 *   comes with the summit (`themes`, the address with `sync-url`), else loaded after it;
 * - `@gics/core/summit/parse`: the summit parser, when the page reads a summit itself
 *   (`loadParser` in load.ts, which the load worker shares);
 * - refresh.ts: live updates (`refresh`);
 * - url-query.ts: the filters and view in the query string (`sync-url`);
 * - grid-view.ts: the grid, its layout and styles; mine.ts: my agenda and its conflicts.
 *
 * A bundler makes each a chunk of its own; the CDN build puts them in `dist/cdn/chunks/`; their
 * styles are adopted with `adoptStyles` (`internal/on-demand.ts`).
 */
import { once } from '../internal/on-demand.js';

/** The workshop dialog's content. */
export const loadDetail = once(() => import('./detail.js'));

/** The text search, for the first query (and the search index, warmed after the first paint). */
export const loadTextSearch = once(() => import('@gics/core/agenda/search'));

/** The filtering, for the first filter (loaded after the first paint when none is set). */
export const loadFilterEngine = once(() => import('@gics/core/agenda/filter'));

/** The query string's reader and writer, for agendas with `sync-url`. */
export const loadUrlQuery = once(() => import('./url-query.js'));

/** Live updates, for agendas with `refresh`. */
export const loadRefresh = once(() => import('./refresh.js'));

/** The calendar files a visitor downloads (`.ics`). */
export const loadDownload = once(() => import('./download.js'));

/** The views that arrive on demand, by the view they show. */
export const loadView = {
  grid: once(() => import('./grid-view.js')),
  mine: once(() => import('./mine.js')),
};
