/**
 * Starts the agenda's load worker (load-worker.ts) for one load. Only the start is here, in the
 * page's first load: the worker's address has to be written in a module at the top of the
 * build, next to `load-worker.js` (scripts/build-cdn-worker.ts checks it). What the page and
 * the worker then say to each other (load-worker-link.ts) loads with the worker, on demand.
 *
 *   startLoadWorker({ src, format }), once the feed's answer says or shows it is large
 *     no `Worker` here, or construction throws (a `file:` page) ──▶ undefined: the page reads
 *                                                                     the feed itself
 *     started ──────────────────────────────────────────────────────▶ the worker, told `start`
 *       its script fails (a policy refusing workers, the file missing): `failed`, and no
 *       worker starts on this page again
 */
import type { LoadStart } from './load.js';

/** Whether a worker failed to start on this page (then every load stays on the main thread). */
let refused = false;

/** A load worker just started, and whether it has failed since. */
export interface StartedLoadWorker {
  readonly worker: Worker;
  /** Whether the worker failed (its `error` event fired), even before anything listened. */
  readonly failed: boolean;
}

/** Whether a load worker may start on this page (none has failed to, and `Worker` exists). */
export function workersMayStart(): boolean {
  return !refused && typeof Worker === 'function';
}

/** Starts a load worker for the feed `start` names; `undefined` where none can start. */
export function startLoadWorker(start: LoadStart): StartedLoadWorker | undefined {
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
  const started = { worker, failed: false };
  // Listening at once: a script that fails to load may do so before the link has arrived.
  worker.addEventListener('error', (event) => {
    // The page's own path takes over; the browser need not report the failure again.
    event.preventDefault();
    refused = true;
    started.failed = true;
  });
  worker.postMessage(start);
  return started;
}
