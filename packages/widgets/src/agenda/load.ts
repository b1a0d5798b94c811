/**
 * From `src` (or a value set as `.summit`) to a summit the agenda can show, or the reason
 * there is none. The flow, once:
 *
 *   fetch(src, signal) ── throws ──────────────────────────────▶ network (aborts are rethrown)
 *     → status 404/410 ─────────────────────────────────────────▶ not-found
 *     → any other status that is not 2xx ───────────────────────▶ server
 *     → reading it (feed-read.ts, on demand, asked for with the fetch), from here on
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
import type { ImportNote } from '@gics/core/importers';
import { nextTask } from '../internal/next-task.js';
import { once } from '../internal/on-demand.js';
import { prepareReading } from './read-modules.js';
import { startLoadWorker, workersMayStart, type StartedLoadWorker } from './load-worker-client.js';
import type { AgendaErrorKind, FeedFormat } from './types.js';

/** What identifies the version shown, to tell whether a refresh brought another. */
export interface Validators {
  etag?: string;
  /** The text's length and FNV-1a hash, for servers that send no ETag (or hide it). */
  fingerprint?: string;
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

/** Reading a feed into a summit (feed-read.ts), fetched with the feed. */
export const loadFeedReader = once(() => import('./feed-read.js'));

/** The page's side of the load worker's messages, fetched as the worker starts. */
const loadWorkerLink = /* @__PURE__ */ once(() => import('./load-worker-link.js'));

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
  askForReading(src, options);
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
      const here = await readHere(body, etag, options);
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
  askForReading(src, options);
  const answer = await answering;
  if (!(answer instanceof Response)) return answer;
  let text: string;
  try {
    text = await answer.text();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { ok: false, kind: 'network' };
  }
  return readHere(text, answer.headers.get('etag') ?? undefined, options);
}

/**
 * Asks for what reading `src` on this page needs, as it is fetched: the feed reader, and for a
 * first load (no `validators`) the rest (`prepareReading`).
 */
function askForReading(src: string, options: LoadOptions): void {
  void loadFeedReader().catch(() => undefined);
  if (!options.validators) prepareReading(src, options.format);
}

/**
 * Reads the feed's text (or its bytes) on this page, with the feed reader asked for with the
 * feed; `network` when that module cannot arrive.
 */
async function readHere(
  body: string | ArrayBuffer,
  etag: string | undefined,
  options: LoadOptions,
): Promise<Loaded> {
  const reader = await loadFeedReader().catch(() => undefined);
  if (!reader) return { ok: false, kind: 'network' };
  return reader.readFeed(typeof body === 'string' ? body : reader.decode(body), etag, options);
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
