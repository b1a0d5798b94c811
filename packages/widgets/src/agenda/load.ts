/**
 * From `src` (or a value set as `.summit`) to a summit the agenda can show, or the reason
 * there is none. The flow, once:
 *
 *   fetch(src, signal) ── throws ──────────────────────────────▶ network (aborts are rethrown)
 *     → status 404/410 ─────────────────────────────────────────▶ not-found
 *     → any other status that is not 2xx ───────────────────────▶ server
 *     → JSON.parse(text) ── fails ──────────────────────────────▶ not-json
 *     → the summit reader (`@gics/core/summit/parse`, on demand, asked for with the fetch)
 *         does not arrive ─────────────────────────────────────▶ network
 *     → format: `format=` or the reader's `detectFormat`
 *         pretalx | frab | sessionize → the core's importer, loaded on demand
 *                                       (`@gics/core/importers/schedules`), notes kept as warnings
 *           no time zone in the feed nor `feed-time-zone` ─────▶ no-time-zone
 *         unknown ─────────────────────────────────────────────▶ not-summit
 *     → `parseSummitUnworded(…, { mode: 'lenient' })`: invalid records are left out and
 *         reported, their sentences loaded on demand (`@gics/core/summit/worded`) when there are some
 *         no summit at all ─────────────────────────────────────▶ not-summit (with problems)
 *     → { summit, warnings, format, validators }
 *
 * `loadSummit` reads a large answer off the main thread: it starts a module worker
 * (load-worker.ts, started by load-worker-client.ts and spoken to through load-worker-link.ts,
 * which loads with it) as soon as the answer's length, or the bytes arrived so far, reach
 * `WORKER_FROM_BYTES`, so the worker and the importer it needs load while the rest arrives,
 * hands it the answer's bytes (read meanwhile, transferred, not copied), and takes the outcome
 * by structured clone. Decoding, parsing, importing and validating a large feed never hold the
 * page. A feed under `WORKER_FROM_BYTES` is read on the page, in a task before the one that
 * shows it. Where no worker can start (no `Worker`, a `file:` page, a policy refusing workers,
 * a worker that fails), `fetchSummit` runs the whole flow on the main thread, fetching again if
 * the worker had the body, and the visitor sees the same agenda.
 *
 * A feed of `PREVIEW_FROM_BYTES` or more, whose reader gave a `preview` hook, is shown twice:
 * first its preview (preview-read.ts: its earliest sessions, imported and checked as the whole
 * is), read once the feed is parsed, on the thread that reads it (the load worker posts it to
 * the page before the whole), in a task of its own; then the whole.
 *
 * A refresh (`validators` given) asks the browser to revalidate its copy: the browser sends
 * `If-None-Match`/`If-Modified-Since` itself (no CORS preflight, unlike headers of our own),
 * and an unchanged programme costs a 304 on the network. The answer is then `not-modified`
 * when its ETag, else its text (a fingerprint), is the version's shown, and is not read again.
 */
import type { Problem, SourceFormat, Summit } from '@gics/core/summit';
import type { ImportNote, ImportResult } from '@gics/core/importers';
import { nextTask } from '../internal/next-task.js';
import { once } from '../internal/on-demand.js';
import { startLoadWorker, workersMayStart, type StartedLoadWorker } from './load-worker-client.js';
import type { AgendaErrorKind, FeedFormat } from './types.js';

// The importers' problem code for a feed that does not say its zone (`isMissingTimeZone` in
// `@gics/core/importers`, which stays out of the first load).
const MISSING_TIME_ZONE = 'missing_time_zone';

/** What identifies the version shown, to tell whether a refresh brought another. */
export interface Validators {
  etag?: string;
  /** The text's length and FNV-1a hash, for servers that send no ETag (or hide it). */
  fingerprint?: string;
}

/** A text's length and 32-bit FNV-1a hash: different texts almost never share one. */
export function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

/** A summit to show with what was left out of it, or why there is none. */
export type LoadOutcome =
  | {
      ok: true;
      summit: Summit;
      format: SourceFormat;
      warnings: Array<Problem | ImportNote>;
      /** The response's validators, for a conditional refresh. */
      validators?: Validators;
    }
  | { ok: false; kind: AgendaErrorKind; status?: number; problems?: Problem[] };

/** How `loadSummit` and `readSummit` read a feed. */
export interface LoadOptions {
  signal?: AbortSignal;
  /** Forces a format instead of detecting it. */
  format?: FeedFormat;
  /** The event's zone for feeds that do not say (Sessionize). */
  feedTimeZone?: string;
  /** The version shown: the load is a refresh, which may answer `not-modified`. */
  validators?: Validators;
  /** Whether to give the loaded version's validators (for later refreshes). */
  keepValidators?: boolean;
  /** The size from which a feed is read in a load worker (`WORKER_FROM_BYTES` unless given). */
  workerFrom?: number;
  /** What reads and shows a large feed's preview before the whole is read; none without it. */
  preview?: PreviewHook;
}

/**
 * A feed smaller than this (about 1,500 talks) is read on the page itself: reading it costs less
 * than a worker takes to start, and the page's longest task is the first render either way.
 */
export const WORKER_FROM_BYTES = 512 * 1024;

/**
 * From this size (about 200 talks) a feed is read in three tasks rather than one: reading it
 * whole would be a task over 50 ms on a slow machine.
 */
const READ_IN_STEPS_FROM_BYTES = 64 * 1024;

/**
 * From this size (about 400 talks) a feed's first screen is drawn from its preview: reading the
 * whole then takes the page well over 100 ms, reading the preview a few.
 */
export const PREVIEW_FROM_BYTES = 128 * 1024;

/**
 * What shows a large feed's preview (preview.ts): its summit, read by the load worker, or the
 * parsed feed, whose preview it reads; not once the whole is read (`late`). Resolves once the
 * preview is on screen, or given up; never rejects.
 */
export type PreviewHook = (
  feed: { summit: Summit } | { json: unknown },
  late: () => boolean,
) => Promise<void>;

/** What the page tells the load worker as it starts it, before the feed answers. */
export interface LoadStart {
  /** The feed's address and format: the importer starts loading with the fetch when it is one. */
  src: string;
  format?: FeedFormat;
}

/** What the page tells the load worker once the preview it posted is drawn, or given up. */
export interface PreviewShown {
  previewShown: true;
}

/** What the page hands the load worker to read: the feed's answer. */
export interface LoadRequest {
  /** The answer's bytes, read in full by the page while the worker started, then transferred. */
  body: ArrayBuffer;
  /** The answer's ETag. */
  etag?: string;
  options: Omit<LoadOptions, 'signal' | 'preview'>;
  /** Whether the worker reads the feed's preview first, and posts its summit before the whole. */
  preview?: boolean;
}

/** The importers, fetched once per page (a failure is forgotten: asked for again next time). */
export const loadImporters = once(() => import('@gics/core/importers/schedules'));

/**
 * The summit reader (`detectFormat`, `parseSummitUnworded`), fetched the first time a summit is
 * read on this thread: a page that loads `src` through a load worker never needs it (the worker
 * reads), a pre-rendered agenda and a `.summit` set by code do.
 */
export const loadParser = once(() => import('@gics/core/summit/parse'));

/** The page's side of the load worker's messages, fetched as the worker starts. */
const loadWorkerLink = /* @__PURE__ */ once(() => import('./load-worker-link.js'));

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

/** What a load ends with: a summit to show, why there is none, or that the one shown is current. */
export type Loaded = LoadOutcome | { ok: 'not-modified' };

/**
 * Fetches and reads `src`, the reading off the main thread when a worker can start;
 * `not-modified` when `validators` were given and the server says the version shown is current.
 * Rejects only when `signal` aborts the load.
 */
export async function loadSummit(
  src: string,
  options: LoadOptions & { validators: Validators },
): Promise<Loaded>;
export async function loadSummit(src: string, options?: LoadOptions): Promise<LoadOutcome>;
export async function loadSummit(src: string, options: LoadOptions = {}): Promise<Loaded> {
  if (!workersMayStart()) return fetchSummit(src, options);
  const { signal, preview, ...reading } = options;
  const workerFrom = options.workerFrom ?? WORKER_FROM_BYTES;
  // Whichever thread reads the feed: most servers do not say a feed's length before it has
  // arrived (a compressed, chunked answer), and a page that read it would otherwise wait for
  // its modules after it.
  const answering = fetchFeed(src, options);
  if (!options.validators) prepareReading(src, options.format);
  const answer = await answering;
  if (!(answer instanceof Response)) return answer;
  const etag = answer.headers.get('etag') ?? undefined;
  const length = answer.headers.get('content-length');
  const small = length !== null && Number(length) < workerFrom;
  let started: StartedLoadWorker | undefined;
  let handed = false;
  try {
    let body: ArrayBuffer;
    try {
      // The worker starts as soon as the feed is known to be large (at once when its length
      // says so), and loads its modules while the rest arrives; a small one never competes
      // with the page's reading.
      const large = length !== null && !small;
      body = await readBody(answer, large ? 0 : workerFrom, !small, () => {
        started = startLoadWorker({ src, format: options.format });
        if (started) void loadWorkerLink().catch(() => undefined);
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      return { ok: false, kind: 'network' };
    }
    if (!started || body.byteLength < workerFrom) {
      const here = await readFeed(decode(body), etag, options);
      // Read in this task, shown in the next: neither holds the page for long.
      if (here.ok === true) await nextTask();
      return here;
    }
    const link = await loadWorkerLink().catch(() => undefined);
    if (link) {
      handed = true;
      const request = { body, etag, options: reading, preview: !!preview };
      const outcome = await link.readInLoadWorker(started, request, signal, preview);
      if (outcome) return outcome;
    }
  } finally {
    if (!handed) (started as StartedLoadWorker | undefined)?.worker.terminate();
  }
  return fetchSummit(src, options);
}

/**
 * The whole body of `answer`, calling `large` once `from` bytes of it have arrived (at once for
 * 0): as they arrive when `streamed`, else once the body is in (a length that counted
 * compressed bytes). Rejects as `Response.arrayBuffer()` does (an abort, a broken connection).
 */
async function readBody(
  answer: Response,
  from: number,
  streamed: boolean,
  large: () => void,
): Promise<ArrayBuffer> {
  if (from <= 0) large();
  if (!streamed || !answer.body || from <= 0) {
    const whole = await answer.arrayBuffer();
    if (from > 0 && whole.byteLength >= from) large();
    return whole;
  }
  const reader = answer.body.getReader();
  const parts: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    const before = received;
    received += value.byteLength;
    if (before < from && received >= from) large();
  }
  const whole = new Uint8Array(received);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.byteLength;
  }
  return whole.buffer;
}

/** A body's text, as `Response.text()` reads it: UTF-8, a byte-order mark dropped, bad bytes replaced. */
function decode(body: ArrayBuffer): string {
  return new TextDecoder().decode(body);
}

/** The search data on its way from a load worker, by the summit it is for (load-worker-link.ts). */
const searchesArriving = new WeakMap<Summit, Promise<void>>();

/** Notes that `summit`'s search data is on its way from a load worker, made its own by `adopted`. */
export function searchComing(summit: Summit, adopted: Promise<void>): void {
  searchesArriving.set(summit, adopted);
}

/**
 * Resolves once the search data a load worker is building for `summit` is `summit`'s own (at
 * once when none is coming): what warms the search index waits for it rather than build it too.
 */
export function searchFromWorker(summit: Summit): Promise<void> {
  return searchesArriving.get(summit) ?? Promise.resolve();
}

/**
 * `loadSummit` all on the thread it is called from: the page's own path where no worker can
 * start.
 */
export async function fetchSummit(src: string, options: LoadOptions = {}): Promise<Loaded> {
  const answering = fetchFeed(src, options);
  if (!options.validators) prepareReading(src, options.format);
  const answer = await answering;
  if (!(answer instanceof Response)) return answer;
  let text: string;
  try {
    text = await answer.text();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { ok: false, kind: 'network' };
  }
  return readFeed(text, answer.headers.get('etag') ?? undefined, options);
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

/** The answer to `src`, or why there is none to read. Rejects only when `signal` aborts. */
async function fetchFeed(src: string, options: LoadOptions): Promise<Response | LoadOutcome> {
  try {
    const response = await fetch(src, {
      signal: options.signal,
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
      ...(options.validators ? { cache: 'no-cache' as const } : {}),
    });
    if (response.status === 404 || response.status === 410) {
      return { ok: false, kind: 'not-found', status: response.status };
    }
    if (!response.ok) return { ok: false, kind: 'server', status: response.status };
    return response;
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { ok: false, kind: 'network' };
  }
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
function warmDateFormats(): void {
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

/**
 * Reads what the page hands the load worker (the worker's whole task), handing the parsed feed
 * to `preview` first when the page asked for its preview.
 */
export async function readRequest(request: LoadRequest, preview?: PreviewHook): Promise<Loaded> {
  const options = request.preview && preview ? { ...request.options, preview } : request.options;
  return readFeed(decode(request.body), request.etag, options);
}

/** Reads a feed's text (answered with `etag`) as a summit, or as the version shown. */
async function readFeed(
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
