/**
 * A large feed's preview shown, in a module loaded with the feed (summit-source.ts hands
 * load.ts a `PreviewHook` that loads it): the agenda's first screen drawn from the feed's
 * earliest workshops while the whole is read.
 *
 *   the preview's summit, read by the load worker, or the parsed feed, whose preview is read
 *     here (preview-read.ts: the importers' `previewFeed`, then the importer and the lenient
 *     check, as the whole gets them)
 *     → shown when the first screen it draws is the whole's (`fits`): the agenda's favourites
 *       open (a star is kept), the loader shows it as a ready summit (`isPreview`,
 *       load-controller.ts) whose toolbar and filters wait, inert (view-model.ts), until its
 *       load settles or aborts; resolves once that frame is painted
 *
 * Nothing here stops the load: a preview that cannot be read, or is read after the whole, is
 * not shown, and the whole settles as it would without one (an error included).
 */
import { formatTimeRange } from '@gics/core/agenda';
import type { Summit } from '@gics/core/summit';
import { nextTask } from '../internal/next-task.js';
import type { LoadOptions } from './load.js';
import { readPreview } from './preview-read.js';
import { previews } from './load-controller.js';
import type { AgendaParts } from './parts.js';
import type { SourceHost } from './summit-source.js';
import type * as UrlQuery from './url-query.js';
import { hasFilters, WORKSHOP_FRAGMENT } from './url-state.js';

/** The load a preview belongs to, and the agenda it is shown on. */
export interface PreviewContext {
  readonly options: Pick<LoadOptions, 'format' | 'feedTimeZone'>;
  /** The load's signal: an aborted load shows nothing. */
  readonly signal: AbortSignal;
  readonly host: SourceHost;
  readonly parts: AgendaParts;
  /** With `sync-url`, the address's reader, on its way. */
  readonly address: Promise<typeof UrlQuery | undefined> | undefined;
  /** Makes, in tasks of their own, what the first render of a summit reads (summit-source.ts). */
  readonly prepare: (summit: Summit) => Promise<void>;
}

/**
 * Shows a feed's preview (its summit, read by the load worker; or the parsed feed, whose
 * preview is read here), unless the whole is read by then (`late`) or it would not draw the
 * whole's first screen; resolves once it is painted, or given up.
 */
export async function showPreview(
  feed: { summit: Summit } | { json: unknown },
  late: () => boolean,
  context: PreviewContext,
): Promise<void> {
  const { options, signal } = context;
  const summit = 'summit' in feed ? feed.summit : await readPreview(feed.json, options);
  if (!summit || late() || signal.aborted || !(await fits(summit, context))) return;
  const { loader, favorites } = context.parts;
  // A star given during the preview is stored, and read again with the whole; where the
  // browser keeps nothing, the whole would start without it: no preview there.
  favorites.open(summit.id);
  if (!favorites.persistent) return;
  // The first render's days, filter choices and date formatters, made in tasks of their own;
  // then the cards' time formatter (the first card's times in the event's zone), in another.
  await context.prepare(summit);
  const [first] = summit.workshops;
  const lang = context.host.language;
  if (first) formatTimeRange(first.start, first.end, { lang, timeZone: summit.timeZone });
  await nextTask();
  if (late() || signal.aborted) return;
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
