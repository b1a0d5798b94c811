/**
 * Reading a feed into a summit, on whichever thread reads it: the page (load.ts, which fetches
 * it, and summit-source.ts for a `.summit`), the load worker (load-worker.ts) or a server
 * (ssr/agenda.ts). The page fetches it with the feed (`loadFeedReader`, load.ts), beside the
 * summit reader and the importers it calls: nothing here is needed before the feed is in.
 *
 *   the feed's bytes → `decode` → text; a refresh whose ETag or text is the version shown
 *     → `not-modified`
 *   text → JSON (`not-json`) → a large feed's preview first (`preview`, preview-read.ts) →
 *   `readSummit`: the format (forced or detected) → the importer for pretalx, frab or
 *     Sessionize (`importFeed`) → `parseSummitUnworded`, lenient, its problems in words
 */
import type { Problem, SourceFormat } from '@gics/core/summit';
import type { ImportNote, ImportResult } from '@gics/core/importers';
import { nextTask } from '../internal/next-task.js';
import { loadImporters, loadParser, warmDateFormats } from './read-modules.js';
import type { Loaded, LoadOptions, LoadOutcome, LoadRequest, PreviewHook } from './load.js';

/**
 * From this size (about 400 talks) a feed's first screen is drawn from its preview: reading the
 * whole then takes the page well over 100 ms, reading the preview a few.
 */
export const PREVIEW_FROM_BYTES = 128 * 1024;

// The importers' problem code for a feed that does not say its zone (`isMissingTimeZone` in
// `@gics/core/importers`, which stays out of the first load).
const MISSING_TIME_ZONE = 'missing_time_zone';

/** A text's length and 32-bit FNV-1a hash: different texts almost never share one. */
export function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

/**
 * From this size (about 200 talks) a feed is read in three tasks rather than one: reading it
 * whole would be a task over 50 ms on a slow machine.
 */
const READ_IN_STEPS_FROM_BYTES = 64 * 1024;

/** `json` in `format` imported as a summit (not yet checked). */
export async function importFeed(
  json: unknown,
  format: 'pretalx' | 'frab' | 'sessionize',
  feedTimeZone: string | undefined,
): Promise<ImportResult> {
  const importers = await loadImporters();
  const options = feedTimeZone ? { timeZone: feedTimeZone } : {};
  if (format === 'pretalx') return importers.fromPretalx(json, options);
  if (format === 'frab') return importers.fromFrab(json, options);
  return importers.fromSessionize(json, { timeZone: feedTimeZone ?? '' });
}

/** Reads a parsed JSON document as a summit, converting other tools' schedules first. */
export async function readSummit(
  json: unknown,
  options: Pick<LoadOptions, 'format' | 'feedTimeZone'> & {
    /** Whether the import and the parse run in tasks of their own (a large feed). */
    inSteps?: boolean;
  } = {},
): Promise<LoadOutcome> {
  const forced = options.format && options.format !== 'auto' ? options.format : undefined;
  // On its way since the feed was asked for; `undefined` when it could not arrive.
  const reader = await loadParser().catch(() => undefined);
  if (!reader) return { ok: false, kind: 'network' };
  const format: SourceFormat = forced ?? reader.detectFormat(json);
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
    if (options.inSteps) await nextTask();
  }
  const parsed = reader.parseSummitUnworded(input, { mode: 'lenient' });
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

/** A body's text, as `Response.text()` reads it: UTF-8, a byte-order mark dropped, bad bytes replaced. */
export function decode(body: ArrayBuffer): string {
  return new TextDecoder().decode(body);
}

/**
 * Reads what the page hands the load worker (the worker's whole task), handing the parsed feed
 * to `preview` first when the page asked for its preview.
 */
export async function readRequest(request: LoadRequest, preview?: PreviewHook): Promise<Loaded> {
  const options = request.preview && preview ? { ...request.options, preview } : request.options;
  return readFeed(decode(request.body), request.etag, options);
}

/** Reads a feed's text (answered with `etag`) as a summit, or as the version shown. */
export async function readFeed(
  text: string,
  etag: string | undefined,
  options: LoadOptions,
): Promise<Loaded> {
  const previous = options.validators;
  if (previous) {
    if (etag && etag === previous.etag) return { ok: 'not-modified' };
    if (!etag && fingerprintOf(text) === previous.fingerprint) return { ok: 'not-modified' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, kind: 'not-json' };
  }
  warmDateFormats();
  // A feed of some size holds the thread in three tasks (text, import, parse), not one; a
  // small one in one, where more tasks would only let frames in between.
  const inSteps = text.length >= READ_IN_STEPS_FROM_BYTES;
  if (inSteps) await nextTask();
  if (options.preview && text.length >= PREVIEW_FROM_BYTES) {
    await options.preview({ json }, () => false);
    await nextTask();
  }
  const outcome = await readSummit(json, { ...options, inSteps });
  if (!outcome.ok || !(previous || options.keepValidators)) return outcome;
  return { ...outcome, validators: etag ? { etag } : { fingerprint: fingerprintOf(text) } };
}
