/**
 * Reading a large feed's preview, on whichever thread reads the feed: the page (preview.ts,
 * which then shows it) or the load worker (load-worker.ts, which posts it to the page before
 * the whole).
 *
 *   the parsed feed → `previewFeed` of the importers: the same format holding the earliest
 *     sessions (`PREVIEW_SESSIONS`), or none (a format or a document whose part could read
 *     otherwise) → the importer and the lenient check, as the whole gets them → its summit
 */
import type { Summit } from '@gics/core/summit';
import type { LoadOptions } from './load.js';
import { importFeed } from './feed-read.js';
import { loadImporters, loadParser } from './read-modules.js';

/**
 * Sessions a preview cuts after (every session starting with the last of them stays in): more
 * than the cards a first render draws, with room for sessions the importer or the check leaves
 * out.
 */
const PREVIEW_SESSIONS = 32;

/** The summit of `json`'s preview (a parsed feed); `undefined` when it has none. */
export async function readPreview(
  json: unknown,
  options: Pick<LoadOptions, 'format' | 'feedTimeZone'>,
): Promise<Summit | undefined> {
  const [reader, importers] = await Promise.all([loadParser(), loadImporters()]);
  const forced = options.format && options.format !== 'auto' ? options.format : undefined;
  const format = forced ?? reader.detectFormat(json);
  if (format !== 'pretalx' && format !== 'gics') return undefined;
  let part = importers.previewFeed(json, format, PREVIEW_SESSIONS);
  if (part !== undefined && format === 'pretalx') {
    const imported = await importFeed(part, format, options.feedTimeZone);
    part = imported.ok ? imported.summit : undefined;
  }
  if (part === undefined) return undefined;
  const parsed = reader.parseSummitUnworded(part, { mode: 'lenient' });
  return parsed.ok ? parsed.summit : undefined;
}
