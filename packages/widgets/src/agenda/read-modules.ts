/**
 * What reading a feed needs on whichever thread reads it (the page, load.ts; the load worker,
 * load-worker.ts): the summit reader and the importers, modules of `@gics/core` fetched on
 * demand, asked for as the feed is (`prepareReading`), and a first date formatter. The page's
 * own side of a load (fetching, handing a large feed to the worker) stays in load.ts, out of
 * the worker's modules.
 */
import { once } from '../internal/on-demand.js';
import type { FeedFormat } from './types.js';

/** The importers, fetched once per page (a failure is forgotten: asked for again next time). */
export const loadImporters = once(() => import('@gics/core/importers/schedules'));

/**
 * The summit reader (`detectFormat`, `parseSummitUnworded`), fetched the first time a summit is
 * read on this thread: a page that loads `src` through a load worker never needs it (the worker
 * reads), a pre-rendered agenda and a `.summit` set by code do.
 */
export const loadParser = once(() => import('@gics/core/summit/parse'));

/**
 * Whether `src` is, by its address or the `format` asked for, a feed that needs an importer:
 * `format="pretalx|frab|sessionize"`, a pretalx widget feed (`…/widgets/schedule.json`), a frab
 * export (`…/schedule/export/schedule.json`, `…/schedule.json` of a conference) or a Sessionize
 * API address. Then the importer starts loading with the fetch, not after it.
 */
export function looksLikeFeed(src: string, format: FeedFormat | undefined): boolean {
  if (format && format !== 'auto') return format !== 'gics';
  return /\/widgets?\/schedule\.json(?:$|\?)|\/schedule\/export\/|sessionize\.com\/api\//i.test(
    src,
  );
}

/**
 * Gets this thread ready to read the feed `src` while it arrives: the summit reader, the
 * importer when `src` looks like a feed that needs one (`looksLikeFeed`), and a first date
 * formatter (`warmDateFormats`), built after the modules are asked for, which it would
 * otherwise hold up.
 */
export function prepareReading(src: string, format: FeedFormat | undefined): void {
  void loadParser().catch(() => undefined);
  if (looksLikeFeed(src, format)) void loadImporters().catch(() => undefined);
  warmDateFormats();
}

/** Whether this thread has built a date formatter yet (`warmDateFormats`). */
let datesWarm = false;

/**
 * Builds a first date formatter on this thread, in a task of its own, once: the first one a
 * thread builds loads the time zones and the calendars, tens of milliseconds that would
 * otherwise fall in the task reading the feed (the importer checks its zone) or showing it (the
 * cards' times). Called where the thread then waits (for the importer, for the load worker, for
 * the feed), after what starts the modules a read needs, which it would otherwise hold up.
 */
export function warmDateFormats(): void {
  if (datesWarm) return;
  datesWarm = true;
  setTimeout(() => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric' }).format(0);
    } catch {
      // A runtime without time zones reads and shows the feed as it can, later.
    }
  }, 0);
}
