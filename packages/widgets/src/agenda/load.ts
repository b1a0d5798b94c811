/**
 * From `src` (or a value set as `.summit`) to a summit the agenda can show, or the reason
 * there is none. The flow, once:
 *
 *   fetch(src, signal) ── throws ──────────────────────────────▶ network (aborts are rethrown)
 *     → status 404/410 ─────────────────────────────────────────▶ not-found
 *     → any other status that is not 2xx ───────────────────────▶ server
 *     → JSON.parse(text) ── fails ──────────────────────────────▶ not-json
 *     → format: `format=` or `detectFormat` from `@gics/core`
 *         pretalx | frab | sessionize → the core's importer, loaded on demand
 *                                       (`@gics/core/importers`), notes kept as warnings
 *           no time zone in the feed nor `feed-time-zone` ─────▶ no-time-zone
 *         unknown ─────────────────────────────────────────────▶ not-summit
 *     → `parseSummitUnworded(…, { mode: 'lenient' })`: invalid records are left out and
 *         reported, their sentences loaded on demand (`@gics/core/summit/worded`) when there are some
 *         no summit at all ─────────────────────────────────────▶ not-summit (with problems)
 *     → { summit, warnings, format }
 */
import {
  detectFormat,
  parseSummitUnworded,
  type Problem,
  type SourceFormat,
  type Summit,
} from '@gics/core/summit';
import type { ImportNote, ImportResult } from '@gics/core/importers';
import type { AgendaErrorKind, FeedFormat } from './types.js';

// The importers' problem code for a feed that does not say its zone (`isMissingTimeZone` in
// `@gics/core/importers`, which stays out of the first load).
const MISSING_TIME_ZONE = 'missing_time_zone';

/** A summit to show with what was left out of it, or why there is none. */
export type LoadOutcome =
  | { ok: true; summit: Summit; format: SourceFormat; warnings: Array<Problem | ImportNote> }
  | { ok: false; kind: AgendaErrorKind; status?: number; problems?: Problem[] };

/** How `loadSummit` and `readSummit` read a feed. */
export interface LoadOptions {
  signal?: AbortSignal;
  /** Forces a format instead of detecting it. */
  format?: FeedFormat;
  /** The event's zone for feeds that do not say (Sessionize). */
  feedTimeZone?: string;
}

/** Runs the importer for `format`; the importers stay out of the agenda's main bundle. */
async function importFeed(
  json: unknown,
  format: 'pretalx' | 'frab' | 'sessionize',
  feedTimeZone: string | undefined,
): Promise<ImportResult> {
  const importers = await import('@gics/core/importers');
  const options = feedTimeZone ? { timeZone: feedTimeZone } : {};
  if (format === 'pretalx') return importers.fromPretalx(json, options);
  if (format === 'frab') return importers.fromFrab(json, options);
  return importers.fromSessionize(json, { timeZone: feedTimeZone ?? '' });
}

/** Reads a parsed JSON document as a summit, converting other tools' schedules first. */
export async function readSummit(
  json: unknown,
  options: Pick<LoadOptions, 'format' | 'feedTimeZone'> = {},
): Promise<LoadOutcome> {
  const forced = options.format && options.format !== 'auto' ? options.format : undefined;
  const format: SourceFormat = forced ?? detectFormat(json);
  let input: unknown = json;
  let notes: ImportNote[] = [];
  if (format === 'unknown') return { ok: false, kind: 'not-summit', problems: [] };
  if (format !== 'gics') {
    const imported = await importFeed(json, format, options.feedTimeZone);
    if (!imported.ok) {
      const { problems } = imported;
      const zoneless = problems.some((problem) => problem.code === MISSING_TIME_ZONE);
      return { ok: false, kind: zoneless ? 'no-time-zone' : 'not-summit', problems };
    }
    input = imported.summit;
    notes = imported.notes;
  }
  const parsed = parseSummitUnworded(input, { mode: 'lenient' });
  if (!parsed.ok) return { ok: false, kind: 'not-summit', problems: await worded(parsed.problems) };
  const warnings = await worded(parsed.warnings);
  return { ok: true, summit: parsed.summit, format, warnings: [...notes, ...warnings] };
}

/** Problems with their sentences, which load with the first problem there is to report. */
async function worded(problems: Problem[]): Promise<Problem[]> {
  if (problems.length === 0) return problems;
  const { wordProblems } = await import('@gics/core/summit/worded');
  return wordProblems(problems);
}

/** Fetches and reads `src`. Rejects only when `signal` aborts the load. */
export async function loadSummit(src: string, options: LoadOptions = {}): Promise<LoadOutcome> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(src, {
      signal: options.signal,
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (response.status === 404 || response.status === 410) {
      return { ok: false, kind: 'not-found', status: response.status };
    }
    if (!response.ok) return { ok: false, kind: 'server', status: response.status };
    text = await response.text();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { ok: false, kind: 'network' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, kind: 'not-json' };
  }
  return readSummit(json, options);
}
