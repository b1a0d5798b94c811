/**
 * A large feed's preview, loaded on demand once a feed is known to be large (summit-source.ts
 * hands load.ts a `PreviewHook` that loads this module): the agenda's first screen drawn from
 * the feed's earliest workshops while the whole is read.
 *
 *   the feed's text (parsed here in a task of its own) or its parsed JSON
 *     → `previewFeed` of the importers: the same format holding the earliest sessions
 *       (`PREVIEW_SESSIONS`), or none (a format or a document whose part could read otherwise)
 *     → the importer and the lenient check, as the whole gets them
 *     → shown when the first screen it draws is the whole's (`fits`): the agenda's favourites
 *       open (a star is kept), the loader shows it as a ready summit (`isPreview`,
 *       load-controller.ts) whose toolbar and filters wait, inert (view-model.ts), until its
 *       load settles or aborts; resolves once that frame is painted
 *
 * Nothing here stops the load: a preview that cannot be read, or is read after the whole, is
 * not shown, and the whole settles as it would without one (an error included).
 */
import type { Summit } from '@gics/core/summit';
import { importFeed, loadImporters, loadParser, nextTask, type LoadOptions } from './load.js';
import { previews } from './load-controller.js';
import type { AgendaParts } from './parts.js';
import type { SourceHost } from './summit-source.js';
import type * as UrlQuery from './url-query.js';
import { hasFilters, WORKSHOP_FRAGMENT } from './url-state.js';

/**
 * Sessions a preview cuts after (every session starting with the last of them stays in): more
 * than the cards a first render draws, with room for sessions the importer or the check leaves
 * out.
 */
const PREVIEW_SESSIONS = 32;

/** The load a preview belongs to, and the agenda it is shown on. */
export interface PreviewContext {
  readonly options: Pick<LoadOptions, 'format' | 'feedTimeZone'>;
  /** The load's signal: an aborted load shows nothing. */
  readonly signal: AbortSignal;
  readonly host: SourceHost;
  readonly parts: AgendaParts;
  /** With `sync-url`, the address's reader, on its way. */
  readonly address: Promise<typeof UrlQuery | undefined> | undefined;
}

/**
 * Reads the preview of a feed (its text, or its parsed JSON) and shows it, unless the whole
 * is read by then (`late`) or it would not draw the whole's first screen; resolves once it is
 * painted, or given up.
 */
export async function showPreview(
  feed: string | { json: unknown },
  late: () => boolean,
  context: PreviewContext,
): Promise<void> {
  const { options, signal } = context;
  const gone = () => late() || signal.aborted;
  if (typeof feed === 'string') await nextTask();
  const json: unknown = typeof feed === 'string' ? JSON.parse(feed) : feed.json;
  const [reader, importers] = await Promise.all([loadParser(), loadImporters()]);
  const forced = options.format && options.format !== 'auto' ? options.format : undefined;
  const format = forced ?? reader.detectFormat(json);
  if (format !== 'pretalx' && format !== 'gics') return;
  // The text was parsed in a task of its own; the preview is read in the next.
  if (typeof feed === 'string') await nextTask();
  const part = importers.previewFeed(json, format, PREVIEW_SESSIONS);
  if (part === undefined || gone()) return;
  let input = part;
  if (format === 'pretalx') {
    const imported = await importFeed(part, format, options.feedTimeZone);
    if (!imported.ok) return;
    input = imported.summit;
  }
  const parsed = reader.parseSummitUnworded(input, { mode: 'lenient' });
  if (!parsed.ok || gone() || !(await fits(parsed.summit, context))) return;
  const { summit } = parsed;
  const { loader, favorites } = context.parts;
  // A star given during the preview is stored, and read again with the whole; where the
  // browser keeps nothing, the whole would start without it: no preview there.
  favorites.open(summit.id);
  if (!favorites.persistent) return;
  // Shown as a ready summit until its load settles (its outcome replaces it) or aborts (a new
  // load, the element leaving the page): never left on show as if it were the whole.
  previews.add(summit);
  loader.status = 'ready';
  loader.data = summit;
  signal.addEventListener('abort', () => {
    if (loader.data !== summit) return;
    loader.status = 'loading';
    loader.data = undefined;
  });
  context.host.requestUpdate();
  await context.host.updateComplete;
  // The whole is read after the frame that paints the preview, never before it.
  await new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/**
 * Whether `summit`, a preview, draws the whole's first screen: the list, without a theme
 * chosen, a workshop to open, structured data (search engines would read a part) or, with
 * `sync-url`, an address choosing filters or a view; and at least the cards a first render
 * draws.
 */
async function fits(summit: Summit, { host, parts, address }: PreviewContext): Promise<boolean> {
  if (host.view !== 'list' || host.themes.length > 0 || host.structuredData) return false;
  if (WORKSHOP_FRAGMENT.test(location.hash)) return false;
  if (summit.workshops.length < parts.progressive.limit) return false;
  const state = address && (await address)?.readUrlState(location.search);
  return !address || (!!state && !state.view && !hasFilters(state.filters));
}
