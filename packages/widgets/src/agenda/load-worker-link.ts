/**
 * The page's side of the load worker's messages, fetched with the worker (load.ts starts both
 * once a feed is large) and kept out of the page's first load.
 *
 *   linkLoadWorker(started) ─▶ read({ body, etag, options, preview }, signal, previewed): the
 *     answer's bytes are transferred to the worker (moved, not copied); with `preview`, the
 *     preview's summit comes first, to `previewed`, and the worker reads the whole once told
 *     the preview is drawn (`previewShown()`)
 *       the worker failed, its answer cannot be read, or it hands the load back ─▶ undefined
 *       aborted ───────────────────────────────────────────────────────────────▶ rejects
 *       answer ────────────────────────────────────────────────────────────────▶ the outcome
 *     search(), after a summit: its search data, which the worker builds and sends next
 *     close(): the worker ends, whatever happened
 *
 *   readInLoadWorker(started, request, …): the whole read of one load, preview included, and
 *     the search data adopted once it arrives; `undefined` means "read it on the main thread":
 *     the caller does, and the visitor sees the same agenda.
 *
 * The search data the worker sends after the summit is noted in load.ts (`searchComing`), for
 * what warms the search index to wait for it rather than build it too.
 */
import type { PreparedWorkshopSearch } from '@gics/core/agenda/search';
import type { Summit } from '@gics/core/summit';
import { nextTask } from '../internal/next-task.js';
import type { StartedLoadWorker } from './load-worker-client.js';
import {
  searchComing,
  type Loaded,
  type LoadRequest,
  type PreviewHook,
  type PreviewShown,
} from './load.js';

/** A load worker, linked to the page. */
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

/** Listens to the worker `started` and returns what the page asks of it. */
export function linkLoadWorker(started: StartedLoadWorker): LoadWorker {
  const { worker } = started;
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
  // After the listener startLoadWorker added, which marked the failure.
  worker.addEventListener('error', () => {
    answer(undefined);
    searchData(undefined);
  });
  if (started.failed) searchData(undefined);
  return {
    async read<Outcome>(
      request: LoadRequest,
      signal?: AbortSignal,
      onPreview?: (summit: Summit) => void,
    ) {
      signal?.throwIfAborted();
      if (started.failed) return undefined;
      previewed = onPreview;
      worker.postMessage(request, [request.body]);
      return new Promise<Outcome | undefined>((resolve, reject) => {
        answer = resolve as (outcome: unknown) => void;
        if (started.failed) resolve(undefined);
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

/**
 * `request` read in the worker `started`, its preview shown first through `preview`; ends the
 * worker unless it is still to send the summit's search data. `undefined` when the page must
 * read the feed itself (fetching it again: the body was transferred).
 */
export async function readInLoadWorker(
  started: StartedLoadWorker,
  request: LoadRequest,
  signal: AbortSignal | undefined,
  preview: PreviewHook | undefined,
): Promise<Loaded | undefined> {
  const reader = linkLoadWorker(started);
  let searching = false;
  try {
    // The worker reads the preview first and posts it, the page shows it while the worker
    // reads the whole; the whole is handed on once the preview is painted (or given up).
    let read = false;
    let shown: Promise<void> | undefined;
    const outcome = await reader.read<Loaded>(
      request,
      signal,
      preview &&
        ((summit) => {
          shown = preview({ summit }, () => read).finally(() => reader.previewShown());
        }),
    );
    read = true;
    await shown;
    if (outcome?.ok === true) {
      searching = true;
      const adopted = adoptSearch(outcome.summit, reader.search()).finally(() => reader.close());
      searchComing(outcome.summit, adopted);
      // The copy was made in the message's task; the summit is shown in a task of its own.
      await nextTask();
    }
    // A body no worker could read is fetched again by the caller.
    return outcome && !(outcome.ok === false && outcome.kind === 'network') ? outcome : undefined;
  } finally {
    if (!searching) reader.close();
  }
}

/**
 * Makes the search data the worker built `summit`'s own, so the page never builds the index in
 * a long task (the agenda's first query, or its warming after the first render, finds it).
 */
async function adoptSearch(
  summit: Summit,
  arriving: Promise<PreparedWorkshopSearch | undefined>,
): Promise<void> {
  try {
    const prepared = await arriving;
    if (prepared) (await import('@gics/core/agenda/search')).adoptWorkshopSearch(summit, prepared);
  } catch {
    // The index is built on this thread, as without a worker.
  }
}
