/**
 * Starts the agenda's load worker (load-worker.ts) for one load, and hands it the feed's answer
 * to read.
 *
 *   startLoadWorker({ src, format }), once the feed's answer says or shows it is large
 *     no `Worker` here, or construction throws (a `file:` page) ──────▶ undefined: the page
 *                                                                         reads the feed itself
 *   read({ body, etag, options, preview }, signal, previewed), once the feed answered: its
 *     bytes, read by the page while the worker started, are transferred to it (moved, not
 *     copied); with `preview`, the preview's summit comes first, to `previewed`, and the
 *     worker reads the whole once told the preview is drawn (`previewShown()`)
 *     the worker failed to start (a policy refusing workers, its script
 *       missing), its answer cannot be read, or it hands the load back ─▶ undefined
 *     aborted ─────────────────────────────────────────────────────────▶ rejects
 *     answer ──────────────────────────────────────────────────────────▶ the outcome
 *   search(), after a summit: its search data, which the worker builds and sends next
 *   close(): the worker ends, whatever happened
 *
 * `undefined` means "read it on the main thread": the caller does, and the visitor sees the
 * same agenda. A page where a worker failed to start does not start one again.
 */
import type { PreparedWorkshopSearch } from '@gics/core/agenda/search';
import type { Summit } from '@gics/core/summit';
import type { LoadRequest, LoadStart, PreviewShown } from './load.js';

/** Whether a worker failed to start on this page (then every load stays on the main thread). */
let refused = false;

/** A load worker, started for one load. */
export interface LoadWorker {
  /**
   * `request` read by the worker; `undefined` when it cannot read it. `previewed` receives the
   * summit of the feed's preview, when `request.preview` asked for it and there is one.
   */
  read<Outcome>(
    request: LoadRequest,
    signal?: AbortSignal,
    previewed?: (summit: Summit) => void,
  ): Promise<Outcome | undefined>;
  /**
   * The search data of the summit `read` gave (sent after it); `undefined` when none comes, the
   * worker having failed or been closed.
   */
  search(): Promise<PreparedWorkshopSearch | undefined>;
  /** Tells the worker the preview it posted is drawn (or given up): it reads the whole. */
  previewShown(): void;
  /** Ends the worker. */
  close(): void;
}

/** Whether a load worker may start on this page (none has failed to, and `Worker` exists). */
export function workersMayStart(): boolean {
  return !refused && typeof Worker === 'function';
}

/** Starts a load worker for the feed `start` names; `undefined` where none can start. */
export function startLoadWorker(start: LoadStart): LoadWorker | undefined {
  if (!workersMayStart()) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./load-worker.js', import.meta.url), {
      type: 'module',
      name: 'gics-agenda-load',
    });
  } catch {
    refused = true;
    return undefined;
  }
  let failed = false;
  let answer: (outcome: unknown) => void = () => {};
  let previewed: ((summit: Summit) => void) | undefined;
  let searchData: (search: PreparedWorkshopSearch | undefined) => void = () => {};
  const search = new Promise<PreparedWorkshopSearch | undefined>((resolve) => {
    searchData = resolve;
  });
  // A summit in parts (load-worker.ts, `postOutcome`): the outcome waiting for its workshops.
  let waiting: { outcome: { summit: { workshops: unknown[] } }; parts: number } | undefined;
  worker.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (data && typeof data === 'object' && 'preview' in data) {
      previewed?.((data as { preview: Summit }).preview);
    } else if (data && typeof data === 'object' && 'search' in data) {
      searchData((data as { search: PreparedWorkshopSearch | null }).search ?? undefined);
    } else if (data && typeof data === 'object' && 'parts' in data) {
      const { parts, ...outcome } = data as { parts: number; summit: { workshops: unknown[] } };
      waiting = { outcome, parts };
    } else if (waiting && data && typeof data === 'object' && 'workshops' in data) {
      for (const workshop of (data as { workshops: unknown[] }).workshops) {
        waiting.outcome.summit.workshops.push(workshop);
      }
      if (--waiting.parts === 0) answer(waiting.outcome);
    } else answer(data ?? undefined);
  });
  worker.addEventListener('messageerror', () => answer(undefined));
  worker.addEventListener('error', (event) => {
    // The page's own path takes over; the browser need not report the failure again.
    event.preventDefault();
    refused = true;
    failed = true;
    answer(undefined);
    searchData(undefined);
  });
  worker.postMessage(start);
  return {
    async read<Outcome>(
      request: LoadRequest,
      signal?: AbortSignal,
      onPreview?: (summit: Summit) => void,
    ) {
      signal?.throwIfAborted();
      if (failed) return undefined;
      previewed = onPreview;
      worker.postMessage(request, [request.body]);
      return new Promise<Outcome | undefined>((resolve, reject) => {
        answer = resolve as (outcome: unknown) => void;
        if (failed) resolve(undefined);
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    },
    search: () => search,
    previewShown: () => worker.postMessage({ previewShown: true } satisfies PreviewShown),
    close: () => {
      worker.terminate();
      searchData(undefined);
    },
  };
}
