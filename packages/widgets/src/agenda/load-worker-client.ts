/**
 * Runs a load in the agenda's load worker (load-worker.ts), one worker per load, closed once it
 * answers or the load is aborted.
 *
 *   readInWorker(src, options, signal)
 *     no `Worker` here, construction throws (a `file:` page) ──────────▶ undefined
 *     the worker fails to start (a policy refusing workers, the script
 *       missing), its answer cannot be read, or it hands the load back ─▶ undefined
 *     aborted ─────────────────────────────────────────────────────────▶ rejects, worker closed
 *     answer ──────────────────────────────────────────────────────────▶ the outcome
 *
 * `undefined` means "read it on the main thread": the caller does, and the visitor sees the
 * same agenda. A page where a worker failed to start does not try again.
 */
import type { LoadRequest } from './load.js';

/** Whether a worker failed to start on this page (then every load stays on the main thread). */
let refused = false;

/** `request` done by a load worker; `undefined` when no worker can do it here. */
export function readInWorker<Outcome>(
  request: LoadRequest,
  signal?: AbortSignal,
): Promise<Outcome | undefined> {
  if (refused || typeof Worker !== 'function') return Promise.resolve(undefined);
  signal?.throwIfAborted();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./load-worker.js', import.meta.url), {
      type: 'module',
      name: 'gics-agenda-load',
    });
  } catch {
    refused = true;
    return Promise.resolve(undefined);
  }
  return new Promise<Outcome | undefined>((resolve, reject) => {
    const settle = (outcome: Outcome | undefined) => {
      worker.terminate();
      signal?.removeEventListener('abort', aborted);
      resolve(outcome);
    };
    const aborted = () => {
      worker.terminate();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', aborted, { once: true });
    worker.addEventListener('message', (event: MessageEvent<Outcome | null>) =>
      settle(event.data ?? undefined),
    );
    worker.addEventListener('messageerror', () => settle(undefined));
    worker.addEventListener('error', (event) => {
      // The page's own path takes over; the browser need not report the failure again.
      event.preventDefault();
      refused = true;
      settle(undefined);
    });
    worker.postMessage(request);
  });
}
